// The whole path in real browsers: the built extension marks the sample article, opens a card
// on hover, leaves other pages alone, switches off and on from the popup, never changes the
// page's DOM and never touches the network.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { BROWSER_NAMES } from '../../src/dev/browsers';
import { scanFile } from '../../src/dev/scan';
import { PAGES_DIR } from './harness';
import {
  browserMissingMessage,
  clickToggle,
  openPopupFor,
  startHarness,
  toggleChecked,
  type Harness,
} from './harness';
import {
  hoverWord,
  markedTexts,
  serializedPage,
  visibleCard,
  waitFor,
  waitForMarks,
} from './page-helpers';

const ARTICLE = '/seed-article.html';

for (const name of BROWSER_NAMES) {
  const missing = browserMissingMessage(name);
  if (missing && process.env.CI === 'true') {
    describe(name, () => {
      it('is installed (CI needs both browsers)', () => {
        throw new Error(missing);
      });
    });
    continue;
  }
  if (missing) console.warn(`\n!!! SKIPPING ${name} end-to-end tests: ${missing}\n`);

  describe.skipIf(missing !== null)(`${name}: the whole path`, () => {
    let h: Harness;
    beforeAll(async () => {
      h = await startHarness(name);
    });
    afterAll(async () => {
      await h?.close();
    });

    async function openArticle(path = ARTICLE): Promise<Page> {
      const page = await h.newPage();
      await page.goto(h.server.origin + path);
      return page;
    }

    it('marks the names in the sample article', async () => {
      const page = await openArticle();
      const marks = await waitForMarks(page, 20);
      for (const name of [
        'Blinken',
        'Lavrov',
        'OSCE',
        'NATO',
        'European Council',
        'Kiev',
        'Antony Blinken',
      ]) {
        expect(marks).toContain(name);
      }
      // Whole names, not parts of words: "European Council" is one mark, "Europe" alone is none.
      expect(marks).not.toContain('European');
      expect(marks).not.toContain('Europe');
      // The related-stories block beside the article is not the article.
      const related = await page.evaluate(() => {
        const highlight = CSS.highlights.get('backstory-mention')!;
        return [...highlight].some((r) => r.startContainer.parentElement?.closest('aside'));
      });
      expect(related).toBe(false);
      // The extension marks exactly what `npm run scan` reports for the same page.
      const scanned = await scanFile(`${PAGES_DIR}seed-article.html`);
      expect(marks).toEqual(scanned.mentions.map((m) => m.text));
      await page.close();
    });

    it('opens the card for "Blinken" on hover, with the role he held on the article date', async () => {
      const page = await openArticle();
      await waitForMarks(page, 20);
      await hoverWord(page, 'Blinken', 2); // "During their meeting, Blinken informed Lavrov"
      const card = (await waitFor('the card', () => visibleCard(page)))!;
      expect(card.entityId).toBe('antony-blinken');
      expect(card.heading).toBe('Antony Blinken');
      expect(card.role).toBe('dialog');
      expect(card.text).toContain('US Secretary of State');
      expect(card.text).toMatch(/December 3, 2021|3 December 2021/);
      // Only one overlay host, attached to <html>.
      expect(await page.evaluate(() => document.querySelectorAll('backstory-overlay').length)).toBe(
        1,
      );
      expect(
        await page.evaluate(
          () =>
            document.querySelector('backstory-overlay')?.parentElement === document.documentElement,
        ),
      ).toBe(true);
      await page.close();
    });

    it('resolves the seed spellings "Kiev" and "Anthony Blinken" to Kyiv and Antony Blinken', async () => {
      const page = await openArticle();
      await waitForMarks(page, 20);
      await hoverWord(page, 'Kiev');
      expect((await waitFor('the Kyiv card', () => visibleCard(page)))?.entityId).toBe('kyiv');
      await page.keyboard.press('Escape');
      await hoverWord(page, 'Anthony Blinken');
      await waitFor(
        'the Blinken card',
        async () => (await visibleCard(page))?.entityId === 'antony-blinken',
      );
      await page.close();
    });

    it('keeps the card open while the pointer is in it, closes it when the pointer leaves, and on Esc', async () => {
      const page = await openArticle();
      await waitForMarks(page, 20);
      await hoverWord(page, 'Lavrov', 1);
      await waitFor('the card', () => visibleCard(page));
      // Travel into the card and stay there well past the close grace period.
      const box = await page.evaluate(() => {
        const card = document
          .querySelector('backstory-overlay')!
          .shadowRoot!.querySelector('[data-backstory-card]')!;
        const r = card.getBoundingClientRect();
        return { x: r.left + r.width / 2, y: r.top + 20 };
      });
      await page.mouse.move(box.x, box.y, { steps: 5 });
      await new Promise((r) => setTimeout(r, 900));
      expect((await visibleCard(page))?.entityId).toBe('sergey-lavrov');
      // Leave both for empty space: the card closes.
      await page.mouse.move(5, 890, { steps: 3 });
      await waitFor('the card to close', async () => (await visibleCard(page)) === null);
      // Esc closes an open card.
      await hoverWord(page, 'OSCE');
      await waitFor('the OSCE card', async () => (await visibleCard(page))?.entityId === 'osce');
      await page.keyboard.press('Escape');
      await waitFor('Esc to close the card', async () => (await visibleCard(page)) === null);
      await page.close();
    });

    it('marks nothing on pages that are not articles: a home page, search results, a form', async () => {
      for (const path of ['/home.html', '/search.html', '/form.html']) {
        const page = await openArticle(path);
        // Give the content script time to decide; the article page is marked well within this.
        await page.waitForNetworkIdle({ idleTime: 300 }).catch(() => {});
        await new Promise((r) => setTimeout(r, 700));
        expect({ path, marks: await markedTexts(page) }).toEqual({ path, marks: [] });
        await page.close();
      }
    });

    it('switches off and on from the popup, for this site and everywhere, without reloading', async () => {
      const page = await openArticle();
      await waitForMarks(page, 20);
      await page.evaluate(() => ((window as unknown as { loadedOnce: boolean }).loadedOnce = true));
      await hoverWord(page, 'NATO');
      await waitFor('a card', () => visibleCard(page));

      const popup = await openPopupFor(h, page);
      expect(await toggleChecked(popup, 'site')).toBe(true);
      await waitFor('the popup to list the entities', () =>
        popup.evaluate(() => document.querySelector('[data-entity-id="antony-blinken"]') !== null),
      );

      await clickToggle(popup, 'site');
      await waitFor('the marks to go', async () => (await markedTexts(page)).length === 0);
      expect(await page.evaluate(() => document.querySelector('backstory-overlay'))).toBeNull();

      await clickToggle(popup, 'site');
      await waitForMarks(page, 20);

      await clickToggle(popup, 'all');
      await waitFor(
        'the marks to go (all sites)',
        async () => (await markedTexts(page)).length === 0,
      );
      expect(await toggleChecked(popup, 'all')).toBe(false);
      await clickToggle(popup, 'all');
      await waitForMarks(page, 20);
      // Back without a reload: the page's own state survived.
      expect(
        await page.evaluate(() => (window as unknown as { loadedOnce?: boolean }).loadedOnce),
      ).toBe(true);
      await popup.close();
      await page.close();
    });

    it("never changes the page's DOM: before marking, marked, card opened and closed, switched off", async () => {
      // "Before marking": the article loaded with Backstory off for the site.
      const page = await openArticle();
      await waitForMarks(page, 20);
      const popup = await openPopupFor(h, page);
      await clickToggle(popup, 'site');
      await waitFor('marks to go', async () => (await markedTexts(page)).length === 0);
      await page.reload();
      await new Promise((r) => setTimeout(r, 500));
      expect(await markedTexts(page)).toEqual([]);
      const before = await serializedPage(page);

      await clickToggle(popup, 'site');
      await waitForMarks(page, 20);
      expect(await serializedPage(page)).toBe(before);

      await hoverWord(page, 'Crimea');
      await waitFor(
        'the Crimea card',
        async () => (await visibleCard(page))?.entityId === 'crimea',
      );
      expect(await serializedPage(page)).toBe(before);
      await page.keyboard.press('Escape');
      await waitFor('the card to close', async () => (await visibleCard(page)) === null);
      expect(await serializedPage(page)).toBe(before);

      await clickToggle(popup, 'site');
      await waitFor('marks to go', async () => (await markedTexts(page)).length === 0);
      expect(await serializedPage(page)).toBe(before);
      expect(await page.evaluate(() => document.querySelector('backstory-overlay'))).toBeNull();
      expect(
        await page.evaluate(
          () => (window as unknown as { pageScript: { ran: boolean } }).pageScript.ran,
        ),
      ).toBe(true);

      await clickToggle(popup, 'site'); // leave the site switched on for later tests
      await popup.close();
      await page.close();
    });

    it('makes no network request: pages fetch only their own files, the extension only its own', async () => {
      // Runs after the tests above, over everything they did.
      const allowed = (url: string) =>
        url.startsWith(h.server.origin + '/') ||
        url.startsWith(h.extensionOrigin + '/') ||
        url.startsWith('data:');
      expect(h.pageRequests.filter((url) => !allowed(url))).toEqual([]);
      // The worker reads its glossary files from its own package, and nothing else. In
      // Chromium the watch sees those reads (the page's card shards at least; the index may be
      // read before the watch starts), so it would see any other request too.
      if (name === 'chromium') {
        expect(
          h.workerRequests.some((url) => url.startsWith(`${h.extensionOrigin}/glossary/`)),
        ).toBe(true);
      }
      expect(
        h.workerRequests.filter((url) => !url.startsWith(`${h.extensionOrigin}/glossary/`)),
      ).toEqual([]);
      if (name === 'firefox') {
        // Firefox is quiet on its own here, so any request for another host at all is a failure.
        expect(h.server.requests.filter((r) => r.foreign)).toEqual([]);
      }
      // The trap works: a request for another host from a page does reach it.
      const page = await openArticle();
      const before = h.server.requests.filter((r) => r.foreign).length;
      await page.evaluate(() => fetch('http://backstory-trap.test/probe').catch(() => null));
      await waitFor(
        'the trap to see the probe',
        async () => h.server.requests.filter((r) => r.foreign).length > before,
      );
      await page.close();
    });
  });
}
