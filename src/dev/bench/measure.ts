// What `npm run bench` measures in one browser page: Backstory's content-script figures (from
// the bench build's performance mark), the long tasks the page saw, and the baselines: a
// TreeWalker pass that only reads the text (the lower bound) and mark.js.
import { createRequire } from 'node:module';
import type { Browser, Page } from 'puppeteer-core';

const require = createRequire(import.meta.url);
const MARKJS_TIMEOUT_MS = 60_000;

export interface PageRun {
  /** Backstory's own synchronous work, summed (ms). */
  mainThreadMs: number;
  /** Content script start to the last mark registered, worker included (ms). */
  endToEndMs: number;
  /** The most Backstory did in any one task (ms). */
  longestSliceMs: number;
  /** The longest task the page reported, any cause; the Long Tasks API sees only > 50 ms. */
  longestTaskMs: number | null;
  mentions: number;
  lowerBoundMs: number;
  /** The same walk from the content script's world, on a fresh load of the page. */
  scriptLowerBoundMs: number;
  steps: Record<string, number>;
  phases: Record<string, number>;
}

/** Long tasks are observed from before the page's first script (Chromium has the API). */
const OBSERVE_LONG_TASKS = `
  window.__longTasks = PerformanceObserver.supportedEntryTypes.includes('longtask') ? [] : null;
  if (window.__longTasks) try {
    new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__longTasks.push([e.startTime, e.duration]); })
      .observe({ type: 'longtask', buffered: true });
  } catch { window.__longTasks = null; }`;

export async function runPage(browser: Browser, url: string): Promise<PageRun> {
  const page = await browser.newPage();
  try {
    await page.evaluateOnNewDocument(OBSERVE_LONG_TASKS);
    await page.goto(url, { timeout: 120_000 });
    const detail = await poll(page, () => {
      const mark = performance.getEntriesByName('backstory:marked')[0] as
        PerformanceMark | undefined;
      return (mark?.detail as string | undefined) ?? null;
    });
    const run = JSON.parse(detail) as Omit<
      PageRun,
      'longestTaskMs' | 'lowerBoundMs' | 'scriptLowerBoundMs'
    > & { startedAt: number };
    await new Promise((r) => setTimeout(r, 300)); // let the long-task observer report
    // Only tasks from the content script's start on: loading the page itself is not ours.
    const longestTaskMs = await page.evaluate((from) => {
      const tasks = (window as unknown as { __longTasks: [number, number][] | null }).__longTasks;
      if (tasks === null) return null;
      return Math.max(0, ...tasks.filter(([start]) => start >= from).map(([, d]) => d));
    }, run.startedAt);
    return {
      ...run,
      longestTaskMs,
      lowerBoundMs: await lowerBound(page),
      scriptLowerBoundMs: await scriptLowerBound(browser, url),
    };
  } finally {
    await page.close();
  }
}

/** The lower bound in the content script's own world (bench builds, see bench-timing.ts). */
async function scriptLowerBound(browser: Browser, url: string): Promise<number> {
  const page = await browser.newPage();
  try {
    await page.goto(`${url}#backstory-lower-bound`, { timeout: 120_000 });
    const detail = await poll(page, () => {
      const mark = performance.getEntriesByName('backstory:lower-bound')[0] as
        PerformanceMark | undefined;
      return (mark?.detail as string | undefined) ?? null;
    });
    return (JSON.parse(detail) as { lowerBoundMs: number }).lowerBoundMs;
  } finally {
    await page.close();
  }
}

/** Baseline (a): reading every text node of the article and nothing else. */
function lowerBound(page: Page): Promise<number> {
  return page.evaluate(() => {
    const started = performance.now();
    const walker = document.createTreeWalker(
      document.querySelector('article')!,
      NodeFilter.SHOW_TEXT,
    );
    let length = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode())
      length += (node as Text).data.length;
    return length >= 0 ? performance.now() - started : -1;
  });
}

async function poll<T>(page: Page, check: () => T | null, timeoutMs = 120_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = (await page.evaluate(check)) as T | null;
    if (value !== null) return value;
    if (Date.now() > deadline) throw new Error('Backstory never marked the page');
    await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * Baseline (b): mark.js over the same article with the same names, in a browser without
 * Backstory. null: it did not finish within a minute; NaN: it failed (mark.js overflows the
 * stack on large term lists).
 */
export async function runMarkJs(
  browser: Browser,
  url: string,
  names: string[],
  mode: 'regexp' | 'array',
): Promise<number | null> {
  const page = await browser.newPage();
  try {
    await page.goto(url, { timeout: 120_000 });
    await page.addScriptTag({ path: require.resolve('mark.js/dist/mark.min.js') });
    // A source string, not a function: tsx would wrap named inner functions in a helper the
    // page does not have.
    const pattern = `\\b(?:${names.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})\\b`;
    const timing = page.evaluate(
      `new Promise((done) => {
      const instance = new Mark(document.querySelector('article'));
      const started = performance.now();
      const options = { separateWordSearch: false, accuracy: 'exactly', diacritics: false, done: () => done(performance.now() - started) };
      if (${JSON.stringify(mode)} === 'array') instance.mark(${JSON.stringify(names)}, options);
      else instance.markRegExp(new RegExp(${JSON.stringify('PATTERN')}, 'g'), options);
    })`.replace(JSON.stringify('PATTERN'), () => JSON.stringify(pattern)),
    ) as Promise<number>;
    return await Promise.race([
      timing.catch(() => Number.NaN),
      new Promise<null>((r) => setTimeout(() => r(null), MARKJS_TIMEOUT_MS)),
    ]);
  } finally {
    await page.close().catch(() => {});
  }
}

/** Saves Backstory settings from one of its own pages (the newest copy wins). */
export async function setSettings(
  browser: Browser,
  origin: string,
  settings: Record<string, unknown>,
): Promise<void> {
  const page = await browser.newPage();
  try {
    void page.goto(`${origin}/options.html`).catch(() => {});
    await pollOn(page, () => document.querySelector('[data-backstory-kind]') !== null);
    await page.evaluate(async (settings) => {
      const api = (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome;
      const record = { settings, settingsSavedAt: Date.now() };
      await api.storage.local.set(record);
      await api.storage.sync.set(record);
    }, settings);
  } finally {
    await page.close();
  }
}

async function pollOn(page: Page, check: () => boolean): Promise<void> {
  for (let i = 0; i < 100; i++) {
    if (await page.evaluate(check).catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('the extension page did not load');
}

/**
 * Hover: one pointer move onto a marked name, to the card's DOM being ready to paint (seen by
 * a MutationObserver in its shadow root), minus the hover delay. Each of `count` hovers goes to
 * another mention.
 */
export async function measureHover(
  browser: Browser,
  url: string,
  delayMs: number,
  count = 20,
): Promise<number[]> {
  const page = await browser.newPage();
  await page.setViewport({ width: 1200, height: 900 });
  try {
    await page.goto(url);
    // tsx names the inner functions of evaluated code with a helper the page lacks.
    await page.evaluate('globalThis.__name = (f) => f');
    await poll(page, () => (performance.getEntriesByName('backstory:marked').length ? 1 : null));
    await new Promise((r) => setTimeout(r, 1000)); // the page's cards have arrived
    const latencies: number[] = [];
    for (let i = 0; i < count; i++) {
      await page.mouse.move(5, 890);
      await new Promise((r) => setTimeout(r, 500)); // the previous card closes
      const target = await page.evaluate((i) => {
        const ranges = [...CSS.highlights.get('backstory-mention')!].sort(
          (a, b) => a.startOffset - b.startOffset,
        );
        const r = ranges[(i * 7) % ranges.length]!;
        const range = document.createRange();
        range.setStart(r.startContainer, r.startOffset);
        range.setEnd(r.endContainer, r.endOffset);
        const top = range.getBoundingClientRect().top;
        window.scrollBy(0, top - 300);
        const box = range.getClientRects()[0]!;
        // Watch for the card in the overlay; note when the pointer arrives.
        const w = window as unknown as { __arrived: number; __shown: Promise<number> };
        w.__arrived = -1;
        addEventListener('pointermove', () => (w.__arrived = performance.now()), {
          once: true,
          capture: true,
        });
        w.__shown = new Promise<number>((resolve) => {
          const check = () => {
            const host = document.querySelector('backstory-overlay');
            const frame = host?.shadowRoot?.querySelector<HTMLElement>('.frame');
            if (frame && !frame.hidden && frame.querySelector('[data-backstory-card]')) {
              resolve(performance.now());
              return true;
            }
            return false;
          };
          const attach = () => {
            const root = document.querySelector('backstory-overlay')?.shadowRoot;
            if (!root) return false;
            const observer = new MutationObserver(() => check() && observer.disconnect());
            observer.observe(root, { subtree: true, childList: true, attributes: true });
            return true;
          };
          if (!attach()) {
            const outer = new MutationObserver(() => attach() && outer.disconnect());
            outer.observe(document.documentElement, { childList: true, subtree: true });
          }
        });
        return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
      }, i);
      await page.mouse.move(target.x, target.y);
      const latency = await page.evaluate(async () => {
        const w = window as unknown as { __arrived: number; __shown: Promise<number> };
        const shown = await Promise.race([
          w.__shown,
          new Promise<number>((r) => setTimeout(() => r(-1), 3000)),
        ]);
        return shown < 0 || w.__arrived < 0 ? null : shown - w.__arrived;
      });
      if (latency !== null) latencies.push(latency - delayMs);
    }
    return latencies;
  } finally {
    await page.close();
  }
}

/** The page's JS heap (page and content scripts share it) after a GC, in bytes. */
export async function pageHeap(browser: Browser, url: string): Promise<number> {
  const page = await browser.newPage();
  try {
    await page.goto(url, { timeout: 120_000 });
    await new Promise((r) => setTimeout(r, 3000)); // marked (or not) and settled
    const session = await page.createCDPSession();
    await session.send('HeapProfiler.collectGarbage');
    return (await session.send('Runtime.getHeapUsage')).usedSize;
  } finally {
    await page.close();
  }
}
