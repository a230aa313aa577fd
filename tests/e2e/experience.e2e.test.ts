// How cards feel in use, in both browsers: the pointer must rest on a name (passing across it
// opens nothing), a dark page gets a dark card, a finger's tap opens a card and its scroll does
// not, a card shows above a fullscreen article, and it fits a phone's or a 200%-zoomed screen.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { BROWSER_NAMES } from '../../src/dev/browsers';
import { DEFAULT_SETTINGS, type Settings } from '../../src/shared/settings';
import { browserMissingMessage, openExtensionPage, startHarness, type Harness } from './harness';
import { hoverWord, visibleCard, waitFor, waitForMarks, wordPoint } from './page-helpers';

/** The card's box and theme, read from the overlay's shadow root. */
function cardBox(page: Page) {
  return page.evaluate(() => {
    const card = document
      .querySelector('backstory-overlay')
      ?.shadowRoot?.querySelector<HTMLElement>('[data-backstory-card]');
    if (!card) return null;
    const r = card.getBoundingClientRect();
    const [red, green, blue] = getComputedStyle(card)
      .backgroundColor.match(/[\d.]+/g)!
      .map(Number);
    return {
      left: r.left,
      right: r.right,
      top: r.top,
      bottom: r.bottom,
      viewport: document.documentElement.clientWidth,
      luminance: (0.2126 * red! + 0.7152 * green! + 0.0722 * blue!) / 255,
    };
  });
}

for (const name of BROWSER_NAMES) {
  const missing = browserMissingMessage(name);
  describe.skipIf(missing !== null)(`${name}: how cards feel`, () => {
    let h: Harness;
    beforeAll(async () => {
      h = await startHarness(name);
    });
    afterAll(async () => {
      await h?.close();
    });

    /** Saves settings as the options page does (newest copy wins), then closes the page. */
    async function useSettings(changes: Partial<Settings>) {
      const options = await openExtensionPage(h, 'options.html', '[data-backstory-kind]');
      await options.evaluate(
        async (settings) => {
          const api = (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome;
          const record = { settings, settingsSavedAt: Date.now() };
          await api.storage.local.set(record);
          await api.storage.sync.set(record);
        },
        { ...DEFAULT_SETTINGS, ...changes },
      );
      await options.close();
    }

    async function article(width = 1200, height = 900, hasTouch = false) {
      const page = await h.newPage();
      await page.setViewport({ width, height, hasTouch });
      await page.goto(`${h.server.origin}/seed-article.html`);
      await waitForMarks(page, 20);
      return page;
    }

    it('opens nothing while the pointer passes across a name, and opens once it rests there', async () => {
      await useSettings({ hoverDelay: 1000 });
      const page = await article();
      const { x, y } = await wordPoint(page, 'Lavrov', 1);
      // Across the name and on, without stopping.
      await page.mouse.move(x - 120, y, { steps: 2 });
      await page.mouse.move(x + 160, y, { steps: 8 });
      await page.mouse.move(x + 160, y + 200, { steps: 2 });
      await new Promise((r) => setTimeout(r, 1500));
      expect(await visibleCard(page)).toBeNull();
      // Now the pointer comes to rest on it: the card opens after the (long) delay.
      await hoverWord(page, 'Lavrov', 1);
      expect((await waitFor('the card', () => visibleCard(page), 5000)).entityId).toBe(
        'sergey-lavrov',
      );
      await useSettings({});
      await page.close();
    });

    it('shows a dark card on a dark page, whatever the system theme', async () => {
      const page = await article();
      await hoverWord(page, 'Blinken', 1);
      await waitFor('the light card', () => visibleCard(page));
      expect((await cardBox(page))!.luminance).toBeGreaterThan(0.8);
      await page.mouse.move(5, 890);
      await waitFor('the card to close', async () => (await visibleCard(page)) === null);
      // The site switches to its own dark theme (as many news sites do at night).
      await page.addStyleTag({
        content:
          'body, main, article { background: #121417 !important; color: #e8e8e8 !important; }',
      });
      await hoverWord(page, 'Blinken', 1);
      await waitFor('the dark card', () => visibleCard(page));
      expect((await cardBox(page))!.luminance).toBeLessThan(0.25);
      await page.close();
    });

    it('fits the card inside a phone screen and a 200%-zoomed window', async () => {
      // 200% zoom of a 1200-pixel window leaves 600 CSS pixels; a small phone has 360.
      for (const width of [600, 360]) {
        const page = await article(width, 740);
        const { x, y } = await wordPoint(page, 'Kuleba');
        await page.mouse.click(x, y);
        await waitFor(
          'the Kuleba card',
          async () => (await visibleCard(page))?.entityId === 'dmytro-kuleba',
        );
        const box = (await cardBox(page))!;
        expect(box.left, `left edge at ${width}px`).toBeGreaterThanOrEqual(0);
        expect(box.right, `right edge at ${width}px`).toBeLessThanOrEqual(box.viewport);
        await page.close();
      }
    });

    it('shows the card above an article the reader has put in fullscreen', async () => {
      const page = await article();
      // A click gives the page the user activation that fullscreen requires.
      await page.mouse.click(1150, 880);
      await page.evaluate(() => document.querySelector('article')!.requestFullscreen());
      await waitFor('fullscreen', () => page.evaluate(() => document.fullscreenElement !== null));
      const { x, y } = await wordPoint(page, 'Lavrov', 1);
      await page.mouse.click(x, y);
      await waitFor('the card', () => visibleCard(page));
      const box = (await cardBox(page))!;
      const onTop = await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.localName, {
        x: (box.left + box.right) / 2,
        y: (box.top + box.bottom) / 2,
      });
      expect(onTop).toBe('backstory-overlay');
      await page.evaluate(() => document.exitFullscreen());
      await page.close();
    });

    it('opens a card on a tap, never on a finger scrolling across a name, and a tap outside closes it', async () => {
      const page = await article(400, 800, true);
      const { x, y } = await wordPoint(page, 'Lavrov', 1);
      await page.touchscreen.touchStart(x, y);
      await page.touchscreen.touchMove(x, y - 120);
      await page.touchscreen.touchEnd();
      // The flick scrolls on for a while; a tap during it only stops it, as on a phone.
      let last = -1;
      await waitFor('the page to stop scrolling', async () => {
        await new Promise((r) => setTimeout(r, 250));
        const y = await page.evaluate(() => window.scrollY);
        const still = y === last;
        last = y;
        return still;
      });
      expect(await visibleCard(page)).toBeNull();
      const again = await wordPoint(page, 'Lavrov', 1);
      await page.touchscreen.tap(again.x, again.y);
      expect((await waitFor('the card', () => visibleCard(page)))?.entityId).toBe('sergey-lavrov');
      await page.touchscreen.tap(20, 780);
      await waitFor('the card to close', async () => (await visibleCard(page)) === null);
      await page.close();
    });
  });
}
