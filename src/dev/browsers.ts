// Launches real Chromium or Firefox with the built extension loaded (recipe: BROWSER-TESTS.md).
// Shared by `npm start` and the end-to-end tests.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';

export type BrowserName = 'chromium' | 'firefox';
export const BROWSER_NAMES: BrowserName[] = ['chromium', 'firefox'];

// Must match GECKO_ID in build.mjs. The UUID pins the moz-extension:// origin for the tests.
export const GECKO_ID = 'backstory@backstory-extension.org';
const FIREFOX_UUID = '6b1f0c3e-4d2a-4b8e-9f3a-0d5c7e2a1b90';

export function browserBinary(name: BrowserName): string {
  return name === 'chromium'
    ? (process.env.CHROMIUM_BIN ?? '/usr/bin/chromium')
    : (process.env.FIREFOX_BIN ?? '/usr/bin/firefox-esr');
}

export function browserAvailable(name: BrowserName): boolean {
  return existsSync(browserBinary(name));
}

export interface LaunchOptions {
  headless: boolean;
  /** Send every request for another host to this origin, which logs and refuses it. */
  proxyOrigin?: string;
  distDir?: string;
  /** A profile folder to keep between launches (default: a fresh temporary profile). */
  userDataDir?: string;
  /** Runs after the browser starts and before the extension is installed (pages opened first). */
  beforeInstall?: (browser: Browser) => Promise<void>;
}

export interface ExtensionBrowser {
  browser: Browser;
  name: BrowserName;
  /** chrome-extension://ID or moz-extension://UUID, no trailing slash. */
  extensionOrigin: string;
}

export async function launchWithExtension(
  name: BrowserName,
  options: LaunchOptions,
): Promise<ExtensionBrowser> {
  const dist = resolve(options.distDir ?? 'dist');
  if (name === 'chromium') {
    const proxy = options.proxyOrigin ? [`--proxy-server=${options.proxyOrigin}`] : [];
    const browser = await puppeteer.launch({
      executablePath: browserBinary('chromium'),
      headless: options.headless,
      userDataDir: options.userDataDir,
      pipe: true,
      enableExtensions: true,
      defaultViewport: { width: 1200, height: 900 },
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
        '--no-default-browser-check',
        // Keep Chromium's own service traffic quiet, so any request that reaches the trap
        // proxy is one worth failing a test over.
        '--disable-sync',
        '--disable-default-apps',
        '--no-pings',
        '--disable-domain-reliability',
        '--disable-client-side-phishing-detection',
        '--disable-breakpad',
        '--metrics-recording-only',
        '--disable-features=NetworkTimeServiceQuerying,OptimizationHints,Translate,MediaRouter,AutofillServerCommunication,CertificateTransparencyComponentUpdater',
        '--enable-unsafe-extension-debugging',
        '--window-size=1200,900',
        ...proxy,
      ],
    });
    await options.beforeInstall?.(browser);
    const id = await browser.installExtension(resolve(dist, 'chrome'));
    return { browser, name, extensionOrigin: `chrome-extension://${id}` };
  }
  const proxyPrefs: Record<string, unknown> = {};
  if (options.proxyOrigin) {
    const { hostname, port } = new URL(options.proxyOrigin);
    Object.assign(proxyPrefs, {
      'network.proxy.type': 1,
      'network.proxy.http': hostname,
      'network.proxy.http_port': Number(port),
      'network.proxy.ssl': hostname,
      'network.proxy.ssl_port': Number(port),
      'network.proxy.allow_hijacking_localhost': false,
    });
  }
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: browserBinary('firefox'),
    headless: options.headless,
    userDataDir: options.userDataDir,
    defaultViewport: { width: 1200, height: 900 },
    args: ['--remote-allow-system-access', '--width=1200', '--height=900'],
    env: { ...process.env, MOZ_DISABLE_NONLOCAL_CONNECTIONS: '1' },
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
      ...proxyPrefs,
    },
  });
  await options.beforeInstall?.(browser);
  await browser.installExtension(resolve(dist, 'firefox'));
  return { browser, name, extensionOrigin: `moz-extension://${FIREFOX_UUID}` };
}
