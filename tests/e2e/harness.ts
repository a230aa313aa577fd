// Per-browser setup for the end-to-end tests: the fixture server, the browser with the built
// extension, and the network watch. A missing browser fails in CI and is skipped loudly elsewhere.
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'puppeteer-core';
import {
  browserAvailable,
  browserBinary,
  launchWithExtension,
  type BrowserName,
} from '../../src/dev/browsers';
import { startFixtureServer, type FixtureServer } from '../../src/dev/fixture-server';
import { waitFor } from './page-helpers';

export const PAGES_DIR = fileURLToPath(new URL('../fixtures/pages/', import.meta.url));

export function browserMissingMessage(name: BrowserName): string | null {
  if (browserAvailable(name)) return null;
  return `${name} not found at ${browserBinary(name)} (install it: apt-get install -y ${
    name === 'chromium' ? 'chromium' : 'firefox-esr'
  }, or set ${name === 'chromium' ? 'CHROMIUM_BIN' : 'FIREFOX_BIN'})`;
}

export interface Harness {
  name: BrowserName;
  browser: Browser;
  server: FixtureServer;
  extensionOrigin: string;
  /** Every request a page made (URL), and every request the extension's worker made. */
  pageRequests: string[];
  workerRequests: string[];
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

export async function startHarness(
  name: BrowserName,
  generated: Record<string, () => string> = {},
  /**
   * Watch the Chromium worker's own network log. A DevTools session left on the worker keeps
   * a restarted worker from answering, so tests that stop the worker turn this off.
   */
  { watchWorkerNetwork = true } = {},
): Promise<Harness> {
  const server = await startFixtureServer(PAGES_DIR, generated);
  // Every request for another host is sent to the fixture server as a proxy, which logs it.
  const { browser, extensionOrigin } = await launchWithExtension(name, {
    headless: true,
    proxyOrigin: server.origin,
  });
  const pageRequests: string[] = [];
  const workerRequests: string[] = [];
  if (name === 'chromium' && watchWorkerNetwork) {
    // Chromium itself talks to Google services through the proxy; the worker's own requests are
    // told apart by watching its network directly.
    const worker = await browser.waitForTarget(
      (t) => t.type() === 'service_worker' && t.url().startsWith(extensionOrigin),
    );
    const session = await worker.createCDPSession();
    session.on('Network.requestWillBeSent', (event) => workerRequests.push(event.request.url));
    await session.send('Network.enable');
  }
  const pages: Page[] = [];
  return {
    name,
    browser,
    server,
    extensionOrigin,
    pageRequests,
    workerRequests,
    async newPage() {
      const page = await browser.newPage();
      page.on('request', (request) => pageRequests.push(request.url()));
      pages.push(page);
      return page;
    },
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/** Opens an extension page; Firefox sends no load event for these, so poll until it is ready. */
export async function openExtensionPage(h: Harness, path: string, ready: string): Promise<Page> {
  const page = await h.newPage();
  void page.goto(`${h.extensionOrigin}/${path}`).catch(() => {});
  await waitFor(`${path} to load`, () =>
    page.evaluate((s) => document.querySelector(s) !== null, ready),
  );
  return page;
}

/**
 * The browser's id for the tab of `page`: bring it to the front and ask an extension page for
 * the active tab (Backstory has no "tabs" permission, so it cannot look tabs up by URL).
 */
export async function tabIdOf(extensionPage: Page, page: Page): Promise<number> {
  await page.bringToFront();
  return extensionPage.evaluate(async () => {
    const api = (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome;
    const [tab] = await api.tabs.query({ active: true, lastFocusedWindow: true });
    if (tab?.id === undefined) throw new Error('no active tab');
    return tab.id;
  });
}

/** Opens the toolbar popup for the tab of `page`, in a tab of its own. */
export async function openPopupFor(h: Harness, page: Page): Promise<Page> {
  const popup = await openExtensionPage(h, 'popup.html', '#app');
  const tabId = await tabIdOf(popup, page);
  void popup.goto(`${h.extensionOrigin}/popup.html?tab=${tabId}`).catch(() => {});
  await waitFor('popup switches', () =>
    popup.evaluate(() => {
      const input = document.querySelector<HTMLInputElement>('[data-backstory-toggle="site"]');
      return input !== null && !input.disabled && location.search.includes('tab=');
    }),
  );
  return popup;
}

export function clickToggle(popup: Page, which: 'all' | 'site'): Promise<void> {
  return popup.evaluate((which) => {
    document.querySelector<HTMLInputElement>(`[data-backstory-toggle="${which}"]`)!.click();
  }, which);
}

export function toggleChecked(popup: Page, which: 'all' | 'site'): Promise<boolean> {
  return popup.evaluate(
    (which) =>
      document.querySelector<HTMLInputElement>(`[data-backstory-toggle="${which}"]`)!.checked,
    which,
  );
}

/** Saves Backstory's settings as the options page does (both areas, newest copy wins). */
export async function saveSettings(h: Harness, settings: Record<string, unknown>): Promise<void> {
  const page = await openExtensionPage(h, 'options.html', '[data-backstory-kind]');
  await page.evaluate(async (settings) => {
    const api = (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome;
    const record = { settings, settingsSavedAt: Date.now() };
    await api.storage.local.set(record);
    await api.storage.sync.set(record);
  }, settings);
  await page.close();
}
