// What Backstory promises every page, checked on hostile fixtures in both browsers: the page's
// DOM outside <backstory-overlay> never changes (before marking, marked, a card opened and
// closed, switched off); switching off leaves no host, no highlight of ours and no listener;
// and a stopped worker (Chrome stops idle ones) costs the reader nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { BROWSER_NAMES } from '../../src/dev/browsers';
import { DEFAULT_SETTINGS } from '../../src/shared/settings';
import {
  browserMissingMessage,
  openExtensionPage,
  saveSettings,
  startHarness,
  type Harness,
} from './harness';
import {
  markedTexts,
  serializedPage,
  visibleCard,
  waitFor,
  waitForMarks,
  wordPoint,
} from './page-helpers';

const FIXTURES: [file: string, word: string][] = [
  ['split-inline.html', 'tony'],
  ['forms.html', 'Lavrov'],
  ['scripts-rtl-cjk.html', 'Putin'],
  ['page-highlights.html', 'Lavrov'],
  ['markup-in-text.html', 'Lavrov'],
  ['invisible-characters.html', 'Blinken'],
  ['throwing-listeners.html', 'Lavrov'],
];

const off = { ...DEFAULT_SETTINGS, sites: { '127.0.0.1': 'never' } };

/**
 * Event listeners Backstory's content script has on window, document and <html> (Chromium's
 * DevTools, asked from the content script's own world: it reports the listeners of the world
 * it is asked from).
 */
async function listenerCount(page: Page, extensionOrigin: string): Promise<number> {
  const session = await page.createCDPSession();
  const contexts: { id: number; origin: string }[] = [];
  session.on('Runtime.executionContextCreated', ({ context }) => contexts.push(context));
  await session.send('Runtime.enable');
  const ours = contexts.filter((c) => c.origin.startsWith(extensionOrigin));
  let count = 0;
  for (const context of ours) {
    for (const expression of ['window', 'document', 'document.documentElement']) {
      const { result } = await session.send('Runtime.evaluate', {
        expression,
        contextId: context.id,
      });
      const { listeners } = await session.send('DOMDebugger.getEventListeners', {
        objectId: result.objectId!,
      });
      count += listeners.length;
    }
  }
  await session.detach();
  return count;
}

/** Highlight names registered on the page (the page's own included). */
function highlightNames(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const names: string[] = [];
    CSS.highlights.forEach((_, name) => names.push(name));
    return names.sort();
  });
}

for (const name of BROWSER_NAMES) {
  describe.skipIf(browserMissingMessage(name) !== null)(`${name}: invariants`, () => {
    let h: Harness;
    beforeAll(async () => {
      h = await startHarness(name, {}, { watchWorkerNetwork: false });
    });
    afterAll(async () => {
      await h?.close();
    });

    for (const [file, word] of FIXTURES) {
      it(`${file}: the DOM stays as the page made it, and switching off leaves nothing behind`, async () => {
        await saveSettings(h, off);
        const page = await h.newPage();
        await page.goto(`${h.server.origin}/hostile/${file}`);
        await new Promise((r) => setTimeout(r, 800));
        expect(await markedTexts(page)).toEqual([]);
        const before = await serializedPage(page);
        const pageHighlights = await highlightNames(page);
        const baseListeners =
          name === 'chromium' ? await listenerCount(page, h.extensionOrigin) : 0;

        await saveSettings(h, DEFAULT_SETTINGS);
        await waitForMarks(page, 2);
        expect(await serializedPage(page)).toBe(before);
        if (name === 'chromium')
          expect(await listenerCount(page, h.extensionOrigin)).toBeGreaterThan(baseListeners);

        const { x, y } = await wordPoint(page, word);
        await page.mouse.click(x, y);
        await waitFor('a card', () => visibleCard(page));
        expect(await serializedPage(page)).toBe(before);
        await page.keyboard.press('Escape');
        await waitFor('the card to close', async () => (await visibleCard(page)) === null);
        expect(await serializedPage(page)).toBe(before);

        await saveSettings(h, off);
        await waitFor('the marks to go', async () => (await markedTexts(page)).length === 0);
        expect(await serializedPage(page)).toBe(before);
        expect(await page.evaluate(() => document.querySelector('backstory-overlay'))).toBeNull();
        expect(await highlightNames(page)).toEqual(pageHighlights);
        if (name === 'chromium')
          expect(await listenerCount(page, h.extensionOrigin)).toBe(baseListeners);
        // Nothing answers the pointer any more.
        await page.mouse.click(x, y);
        await new Promise((r) => setTimeout(r, 600));
        expect(await visibleCard(page)).toBeNull();
        expect(
          await page.evaluate(() =>
            (window as unknown as { fixtureCheck(): boolean }).fixtureCheck(),
          ),
        ).toBe(true);
        await saveSettings(h, DEFAULT_SETTINGS);
        await page.close();
      });
    }

    it.skipIf(name !== 'chromium')(
      'keeps working after the worker is stopped: hovering, related cards and new pages',
      async () => {
        const page = await h.newPage();
        await page.goto(`${h.server.origin}/seed-article.html`);
        await waitForMarks(page, 20);
        const extensionPage = await openExtensionPage(h, 'options.html', '[data-backstory-kind]');
        const devtools = await extensionPage.createCDPSession();
        await devtools.send('ServiceWorker.enable');
        await devtools.send('ServiceWorker.stopAllWorkers');
        await new Promise((r) => setTimeout(r, 500));

        // A card from the page's own copy, and a related entity's card from a new worker.
        const { x, y } = await wordPoint(page, 'Blinken', 2);
        await page.mouse.click(x, y);
        await waitFor(
          'the Blinken card',
          async () => (await visibleCard(page))?.entityId === 'antony-blinken',
        );
        await page.evaluate(() => {
          const root = document.querySelector('backstory-overlay')!.shadowRoot!;
          [...root.querySelectorAll<HTMLElement>('button.chip')]
            .find((b) => b.textContent === 'Joe Biden')!
            .click();
        });
        await waitFor(
          'the Biden card',
          async () => (await visibleCard(page))?.entityId === 'joe-biden',
        );

        await devtools.send('ServiceWorker.stopAllWorkers');
        await new Promise((r) => setTimeout(r, 500));
        const next = await h.newPage();
        await next.goto(`${h.server.origin}/hostile/split-inline.html`);
        expect(await waitForMarks(next, 2)).toContain('Sergey Lavrov');
        await extensionPage.close();
        await next.close();
        await page.close();
      },
    );
  });
}
