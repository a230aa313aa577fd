// Pages nobody here wrote, made to be hard: each fixture under tests/fixtures/pages/hostile/
// opens in Chromium and Firefox with Backstory loaded. For every one: no uncaught exception from
// the extension, the page's own script still works (its fixtureCheck()), and the expected marks
// appear, or, where marking would be unsafe or wrong, none do.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame, Page } from 'puppeteer-core';
import { BROWSER_NAMES, type BrowserName } from '../../src/dev/browsers';
import { hugeArticle } from '../../src/dev/bench/pages';
import { browserMissingMessage, startHarness, type Harness } from './harness';
import { markedTexts, visibleCard, waitFor } from './page-helpers';

const ROOT = new URL('../..', import.meta.url).pathname;

interface HostileCase {
  file: string;
  why: string;
  /** Texts that must all be marked, or 'none' when nothing may be. */
  marks: string[] | 'none';
  /** Texts that must never be marked. */
  never?: string[];
  /** Read the marks from the frame whose URL ends like this, not the top page. */
  frame?: string;
  /** Something the page does after its first marks, and the marks expected then. */
  act?: (page: Page) => Promise<void>;
  after?: { marks: string[]; never?: string[] };
  /** Open a card on the first mark and expect it (default), or expect no overlay at all. */
  card?: 'opens' | 'none' | 'skip';
  /** Extra assertions, in the page. */
  verify?: (page: Page, browser: BrowserName) => Promise<void>;
}

const STORY_A = ['Antony Blinken', 'Sergey Lavrov', 'Stockholm', 'OSCE', 'NATO'];
const STORY_B = ['Jens Stoltenberg', 'Recep Tayyip Erdoğan', 'Ankara'];

const CASES: HostileCase[] = [
  {
    file: 'spa-pushstate.html',
    why: 'a single-page app swaps the article and the address with history.pushState',
    marks: STORY_A,
    act: (page) =>
      page.evaluate(() => (window as unknown as { navigateToSecond(): void }).navigateToSecond()),
    after: { marks: STORY_B, never: ['Sergey Lavrov'] },
  },
  {
    file: 'hydration.html',
    why: 'hydration replaces the server-rendered text nodes a moment after load',
    marks: STORY_A,
    act: async (page) => {
      await waitFor('hydration', () =>
        page.evaluate(
          () =>
            (window as unknown as { fixture: { hydrated?: boolean } }).fixture.hydrated === true,
        ),
      );
    },
    after: { marks: STORY_A },
    verify: async (page) => {
      // The marks sit on the new nodes, not on the thrown-away ones.
      await waitFor('marks on the hydrated text', () =>
        page.evaluate(() => {
          const ranges = [...(CSS.highlights.get('backstory-mention') ?? [])];
          return ranges.length > 0 && ranges.every((r) => r.startContainer.isConnected);
        }),
      );
    },
  },
  {
    file: 'infinite-scroll.html',
    why: 'infinite scroll appends a second article',
    marks: STORY_A,
    act: (page) => page.evaluate(() => (window as unknown as { loadMore(): void }).loadMore()),
    after: { marks: [...STORY_A, ...STORY_B] },
  },
  {
    file: 'huge.html',
    why: 'a 100,000-word page',
    marks: ['NATO'],
    verify: async (page) => {
      expect((await markedTexts(page)).length).toBeGreaterThan(3000);
    },
  },
  {
    file: 'iframe.html',
    why: 'the article is inside a same-origin iframe; the host page is not an article',
    marks: STORY_A,
    frame: '/hostile/frame-article.html',
    verify: async (page) => expect(await markedTexts(page)).toEqual([]),
  },
  {
    file: 'frameset.html',
    why: 'a frameset, the article in one of its frames',
    marks: STORY_A,
    frame: '/hostile/frame-article.html',
    card: 'skip',
  },
  {
    file: 'shadow-root.html',
    why: 'part of the story lives in an open shadow root (not marked: page styles and hit-tests do not reach into it)',
    marks: ['Blinken', 'Lavrov', 'Moscow'],
    never: STORY_B,
  },
  {
    file: 'closed-shadow.html',
    why: 'part of the story lives in a closed shadow root',
    marks: ['Blinken', 'Lavrov', 'Moscow', 'Kyiv'],
    never: STORY_B,
  },
  {
    file: 'forms.html',
    why: 'entity names in textareas, inputs, selects, buttons and editable regions',
    marks: STORY_A,
    verify: async (page) => {
      const inEditable = await page.evaluate(() =>
        [...(CSS.highlights.get('backstory-mention') ?? [])].some((r) =>
          r.startContainer.parentElement?.closest(
            'textarea, input, select, button, [contenteditable]:not([contenteditable="false"])',
          ),
        ),
      );
      expect(inEditable).toBe(false);
    },
  },
  {
    file: 'scripts-rtl-cjk.html',
    why: 'right-to-left and CJK text, emoji and surrogate pairs right next to names',
    marks: [
      'Lavrov',
      'Blinken',
      'NATO',
      'Xi Jinping',
      'Vladimir Putin',
      'Kyiv',
      'OSCE',
      'Stockholm',
      'Moscow',
    ],
    verify: async (page) => {
      // Every mark is exactly a name: no half of a surrogate pair or emoji inside.
      for (const text of await markedTexts(page)) expect(text).toMatch(/^[\p{L}\p{M}' .-]+$/u);
    },
  },
  {
    file: 'split-inline.html',
    why: 'names split across inline elements ("Ser<b>gey</b> Lav<i>rov</i>")',
    marks: ['Sergey Lavrov', 'Antony Blinken', 'Stockholm', 'NATO'],
  },
  {
    file: 'csp.html',
    why: "a strict Content-Security-Policy (default-src 'none')",
    marks: STORY_A,
    verify: async (page) => {
      // The card is styled (its own styles are not blocked by the page's policy).
      const background = await page.evaluate(() => {
        const card = document
          .querySelector('backstory-overlay')
          ?.shadowRoot?.querySelector('[data-backstory-card]');
        return card ? getComputedStyle(card).backgroundColor : null;
      });
      expect(background).toBe('rgb(255, 255, 255)');
    },
  },
  {
    file: 'prototype-overrides.html',
    why: 'the page rewrites Array.prototype.map, Node.prototype.appendChild, attachShadow, getComputedStyle, customElements.define and JSON.parse',
    marks: STORY_A,
  },
  {
    file: 'own-overlay-element.html',
    why: 'the page defines its own <backstory-overlay> element (no overlay rather than a broken one)',
    marks: STORY_A,
    card: 'none',
  },
  {
    file: 'page-highlights.html',
    why: 'the page has its own ::highlight styles and highlights (kept as they were)',
    marks: ['Antony Blinken', 'Sergey Lavrov'],
  },
  {
    file: 'removes-unknown.html',
    why: 'the page removes any element it did not put on <html> (cards cannot show; nothing breaks)',
    marks: STORY_A,
    card: 'skip',
    verify: async (page) => {
      const first = await firstMarkPoint(page);
      await page.mouse.click(first.x, first.y);
      await new Promise((r) => setTimeout(r, 800));
      await page.mouse.click(first.x, first.y);
      await new Promise((r) => setTimeout(r, 500));
    },
  },
  {
    file: 'base-href.html',
    why: 'a <base href> pointing at another host',
    marks: STORY_A,
  },
  { file: 'image.svg', why: 'an SVG document', marks: 'none', card: 'skip' },
  { file: 'data.xml', why: 'an XML document', marks: 'none', card: 'skip' },
  {
    file: 'comments.html',
    why: 'not an article, but every comment is an <article>',
    marks: 'none',
  },
  {
    file: 'print.html',
    why: 'print media: marks are not printed',
    marks: STORY_A,
    verify: async (page, browser) => {
      const decoration = () =>
        page.evaluate(
          () =>
            getComputedStyle(
              document.querySelector('article p')!,
              '::highlight(backstory-dotted-blue)',
            ).textDecorationLine,
        );
      expect(await decoration()).toBe('underline');
      // Puppeteer cannot emulate print media over Firefox's remote protocol (CDP only).
      if (browser !== 'chromium') return;
      await page.emulateMediaType('print');
      expect(await decoration()).toBe('none');
      await page.emulateMediaType(undefined);
    },
  },
  {
    file: 'hidden.html',
    why: 'names in hidden, aria-hidden, template, noscript, script and style content, and in a script right after an empty one',
    marks: ['Sergey Lavrov', 'Antony Blinken', 'Stockholm'],
    never: ['NATO', 'Kyiv', 'OSCE', 'Crimea', 'Moscow', 'Kremlin', 'Ursula von der Leyen'],
  },
  {
    file: 'deep-nesting.html',
    why: '500 nested elements (deeper layouts stall Chromium itself)',
    marks: ['Sergey Lavrov', 'Antony Blinken', 'Stockholm', 'NATO'],
  },
  {
    file: 'giant-text-node.html',
    why: 'one text node of 400,000 characters',
    marks: ['Sergey Lavrov', 'Antony Blinken'],
    verify: async (page) => expect((await markedTexts(page)).length).toBeGreaterThan(20000),
  },
  {
    file: 'body-replaced.html',
    why: 'the page swaps in a whole new <body>',
    marks: STORY_A,
    act: async (page) => {
      await waitFor('the new body', () =>
        page.evaluate(
          () =>
            (window as unknown as { fixture: { replaced?: boolean } }).fixture.replaced === true,
        ),
      );
    },
    after: { marks: STORY_B, never: ['Sergey Lavrov'] },
  },
  {
    file: 'design-mode.html',
    why: 'the whole document is editable (designMode)',
    marks: 'none',
  },
  {
    file: 'page-api-overrides.html',
    why: 'the page replaces CSS.highlights.set, Highlight, StaticRange, MutationObserver, createTreeWalker and fetch',
    marks: STORY_A,
  },
  {
    file: 'throwing-listeners.html',
    why: "the page's own capturing listeners throw on every event",
    marks: STORY_A,
  },
  {
    file: 'markup-in-text.html',
    why: 'page text that looks like markup is never evaluated or inserted',
    marks: ['Sergey Lavrov', 'Antony Blinken', 'NATO'],
  },
  {
    file: 'invisible-characters.html',
    why: 'soft hyphens, zero-width spaces and joiners, no-break spaces inside names',
    marks: ['Lav\u00ADrov', 'Antony\u00A0Blinken', 'NA\u200BTO', 'O\u00ADSCE', 'Stock\u200Dholm'],
  },
];

/** The centre of the first mark, scrolled into view, in the top page's coordinates. */
async function firstMarkPoint(page: Page, frame?: Frame): Promise<{ x: number; y: number }> {
  const inFrame = await (frame ?? page.mainFrame()).evaluate(() => {
    let r: AbstractRange | null = null;
    for (const range of CSS.highlights.get('backstory-mention')!) {
      r = range;
      break;
    }
    if (!r) throw new Error('no mark');
    const range = document.createRange();
    range.setStart(r.startContainer, r.startOffset);
    range.setEnd(r.endContainer, r.endOffset);
    const before = range.getBoundingClientRect();
    window.scrollBy(0, before.top - window.innerHeight / 2);
    const box = range.getClientRects()[0]!;
    return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
  });
  if (!frame) return inFrame;
  // Where the frame sits in the top page.
  const element = await frame.frameElement();
  const offset = (await element!.boundingBox())!;
  return { x: inFrame.x + offset.x, y: inFrame.y + offset.y };
}

function containsAll(marked: string[], wanted: string[]): boolean {
  return wanted.every((w) => marked.includes(w));
}

for (const name of BROWSER_NAMES) {
  describe.skipIf(browserMissingMessage(name) !== null)(`${name}: hostile pages`, () => {
    let h: Harness;
    beforeAll(async () => {
      h = await startHarness(name, { '/hostile/huge.html': () => hugeArticle(ROOT) });
    });
    afterAll(async () => {
      await h?.close();
    });

    for (const c of CASES) {
      it(`${c.file}: ${c.why}`, async () => {
        const page = await h.newPage();
        const errors = await watchErrors(page, h.extensionOrigin, name);
        await page.goto(`${h.server.origin}/hostile/${c.file}`);
        const target = (): Page | Frame =>
          c.frame ? page.frames().find((f) => f.url().endsWith(c.frame!))! : page;
        if (c.frame)
          await waitFor('the frame', async () =>
            page.frames().some((f) => f.url().endsWith(c.frame!)),
          );

        if (c.marks === 'none') {
          await new Promise((r) => setTimeout(r, 1500));
          expect(await markedTexts(target())).toEqual([]);
        } else {
          const wanted = c.marks;
          await waitFor(
            `marks ${wanted.join(', ')}`,
            async () => containsAll(await markedTexts(target()), wanted),
            15_000,
          );
        }
        for (const text of c.never ?? []) expect(await markedTexts(target())).not.toContain(text);

        if (c.act) {
          await c.act(page);
          const after = c.after!;
          await waitFor(
            `marks after the page changed: ${after.marks.join(', ')}`,
            async () => {
              const marked = await markedTexts(target());
              return (
                containsAll(marked, after.marks) &&
                !(after.never ?? []).some((t) => marked.includes(t))
              );
            },
            15_000,
          );
        }

        const card = c.card ?? (c.marks === 'none' ? 'skip' : 'opens');
        if (card !== 'skip') {
          const frame = c.frame ? (target() as Frame) : undefined;
          const first = await firstMarkPoint(page, frame);
          await page.mouse.click(first.x, first.y);
          if (card === 'opens') {
            expect(await waitFor('a card', () => visibleCard(target()))).not.toBeNull();
          } else {
            await new Promise((r) => setTimeout(r, 800));
            expect(await visibleCard(target())).toBeNull();
          }
        }
        await c.verify?.(page, name);

        // The documents without a page script: SVG, XML and the generated long page.
        if (!/\.(svg|xml)$|^huge/.test(c.file)) {
          const working = await target().evaluate(() =>
            (window as unknown as { fixtureCheck(): boolean }).fixtureCheck(),
          );
          const problems = await target().evaluate(
            () => (window as unknown as { fixture: { problems: string[] } }).fixture.problems,
          );
          expect(working, `the page's own checks: ${problems.join('; ')}`).toBe(true);
        }
        expect(errors, 'errors from the extension').toEqual([]);
        await page.close();
      });
    }
  });
}

/**
 * Errors the extension raised on the page: its uncaught exceptions and console errors, told
 * apart from the page's own (some fixtures throw on purpose) by where they come from.
 */
async function watchErrors(page: Page, origin: string, browser: BrowserName): Promise<string[]> {
  const errors: string[] = [];
  const ours = (text: string, where = '') =>
    text.includes(origin) || where.includes(origin) || /Backstory/.test(text);
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const where = message.location().url ?? '';
    if (ours(message.text(), where)) errors.push(`console: ${message.text()} (${where})`);
  });
  page.on('pageerror', (error) => {
    const text = error instanceof Error ? `${error.message}\n${error.stack ?? ''}` : String(error);
    if (ours(text)) errors.push(`uncaught: ${text}`);
  });
  if (browser === 'chromium') {
    // Content scripts run in a world of their own, whose exceptions only the protocol reports.
    const session = await page.createCDPSession();
    session.on('Runtime.exceptionThrown', ({ exceptionDetails }) => {
      const text = `${exceptionDetails.text} ${exceptionDetails.exception?.description ?? ''} ${exceptionDetails.url ?? ''}`;
      if (ours(text, JSON.stringify(exceptionDetails.stackTrace ?? {})))
        errors.push(`uncaught: ${text}`);
    });
    await session.send('Runtime.enable');
  }
  return errors;
}
