// The options page: its choices reach open tabs at once, and unreadable settings are reported.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSER_NAMES } from '../../src/dev/browsers';
import { browserMissingMessage, openExtensionPage, startHarness, type Harness } from './harness';
import { markedTexts, waitFor, waitForMarks } from './page-helpers';

for (const name of BROWSER_NAMES) {
  const missing = browserMissingMessage(name);
  // extension.e2e.test.ts reports a missing browser (and fails CI); here it is just skipped.
  describe.skipIf(missing !== null)(`${name}: options`, () => {
    let h: Harness;
    beforeAll(async () => {
      h = await startHarness(name);
    });
    afterAll(async () => {
      await h?.close();
    });

    it('applies kinds, first-mention-only and the underline style to an open tab without a reload', async () => {
      const page = await h.newPage();
      await page.goto(`${h.server.origin}/seed-article.html`);
      const before = await waitForMarks(page, 20);
      expect(before).toContain('Blinken');
      const options = await openExtensionPage(h, 'options.html', '[data-backstory-kind="person"]');
      const click = (selector: string) =>
        options.evaluate(
          (selector) => document.querySelector<HTMLInputElement>(selector)!.click(),
          selector,
        );

      await click('[data-backstory-kind="person"]');
      await waitFor('people to be unmarked', async () => {
        const marks = await markedTexts(page);
        return marks.length > 0 && !marks.includes('Blinken') && marks.includes('NATO');
      });
      await click('[data-backstory-setting="firstMentionOnly"]');
      await waitFor('one mark per entity', async () => {
        const marks = await markedTexts(page);
        return marks.length > 0 && marks.filter((m) => m === 'NATO').length === 1;
      });
      await options.evaluate(() => {
        const select = document.querySelector<HTMLSelectElement>(
          '[data-backstory-setting="underline.style"]',
        )!;
        select.value = 'wavy';
        select.dispatchEvent(new Event('change', { bubbles: true }));
      });
      await waitFor('the wavy underline', () =>
        page.evaluate(() => (CSS.highlights.get('backstory-wavy-blue')?.size ?? 0) > 0),
      );

      await options.evaluate(() =>
        document.querySelector<HTMLButtonElement>('[data-backstory-reset]')!.click(),
      );
      await waitFor(
        'all marks back',
        async () => (await markedTexts(page)).length === before.length,
      );
      await options.close();
      await page.close();
    });

    it('says so when stored settings were unreadable, and keeps what it could read', async () => {
      const first = await openExtensionPage(h, 'options.html', '[data-backstory-kind="person"]');
      await first.evaluate(async () => {
        const api = (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome;
        await api.storage.local.set({
          settings: {
            version: 2,
            enabled: true,
            sites: { 'x.example': 'never' },
            hoverDelay: 'soon',
          },
        });
      });
      await first.close();
      // A fresh page (Firefox sends no load event for extension pages, so no reload()).
      const options = await openExtensionPage(h, 'options.html', '[data-backstory-kind="person"]');
      const notice = await waitFor('the notice', () =>
        options.evaluate(
          () => document.querySelector('[data-backstory-settings-reset]')?.textContent ?? null,
        ),
      );
      expect(notice).toContain('hoverDelay');
      expect(
        await options.evaluate(
          () => document.querySelector('[data-backstory-site="x.example"]') !== null,
        ),
      ).toBe(true);
      await options.evaluate(() =>
        document.querySelector<HTMLButtonElement>('[data-backstory-reset]')!.click(),
      );
      await options.close();
    });
  });
}
