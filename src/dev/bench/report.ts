// BENCHMARKS.md from one `npm run bench` run: every figure beside its baselines as a ratio,
// and each budget from issue 6 with whether this run met it.

export interface PageFigures {
  mentions: number;
  mainThreadMs: number;
  endToEndMs: number;
  longestSliceMs: number;
  /** null where the browser has no Long Tasks API (Firefox); 0: no task over 50 ms. */
  longestTaskMs: number | null;
  lowerBoundMs: number;
  scriptLowerBoundMs: number;
  steps: Record<string, number>;
  /** When the content script reached each point, ms after it started. */
  phases: Record<string, number>;
  /** undefined: not run; null: over a minute; NaN: failed. */
  markJsRegExpMs: number | null | undefined;
  markJsArrayMs?: number | null;
}

export interface BenchOutput {
  date: string;
  machine: string;
  browsers: Record<string, string>;
  runs: number;
  /** Keyed "browser / glossary / page". */
  pages: Record<string, PageFigures>;
  workers: Record<
    string,
    {
      coldStartMs: number;
      scriptMs: number;
      firstScanMs: number;
      warmScanMs: number;
      heapMB: number;
    }
  >;
  hover: { samples?: number; delayMs?: number; p50Ms?: number; p95Ms?: number; maxMs?: number };
  memory: { pageWithBackstoryMB?: number; pageWithoutMB?: number; contentScriptMB?: number };
  bundles: Record<string, { raw: number; gzip: number }>;
  seconds: number;
}

const ms = (x: number | null | undefined) =>
  x === undefined ? '–' : x === null ? '> 60 s' : Number.isNaN(x) ? 'failed' : x.toFixed(1);
const ratio = (a: number | undefined, b: number | null | undefined) =>
  a !== undefined && typeof b === 'number' && b > 0 && !Number.isNaN(b)
    ? `${(a / b).toFixed(2)}×`
    : '–';
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

interface Budget {
  what: string;
  limit: string;
  value: string;
  met: boolean | null;
}

function budgets(o: BenchOutput): Budget[] {
  const page = (g: string, p: string) => o.pages[`chromium / ${g} / ${p}`];
  const list: Budget[] = [];
  const sample = page('real', 'sample');
  if (sample) {
    const limit = Math.max(3 * sample.lowerBoundMs, 2);
    list.push({
      what: 'sample article, real glossary: content-script main thread',
      limit: `≤ max(3 × lower bound, 2 ms) = ${limit.toFixed(1)} ms`,
      value: `${ms(sample.mainThreadMs)} ms`,
      met: sample.mainThreadMs <= limit,
    });
    list.push({
      what: 'sample article, real glossary: end to end',
      limit: '≤ 15 ms',
      value: `${ms(sample.endToEndMs)} ms`,
      met: sample.endToEndMs <= 15,
    });
  }
  const huge = page('synthetic-50k', '100k words');
  if (huge) {
    const longest = Math.max(huge.longestSliceMs, huge.longestTaskMs ?? 0);
    list.push({
      what: '100k-word page, 50k glossary: longest task',
      limit: '≤ 50 ms',
      value:
        `${ms(huge.longestSliceMs)} ms, Backstory's longest slice; ` +
        (huge.longestTaskMs === 0
          ? 'the page saw no task over 50 ms after Backstory started'
          : `the page saw a ${ms(huge.longestTaskMs)} ms task after Backstory started`),
      met: longest <= 50,
    });
    list.push({
      what: '100k-word page, 50k glossary: content-script main thread',
      limit: `≤ 4 × lower bound = ${(4 * huge.lowerBoundMs).toFixed(1)} ms`,
      value: `${ms(huge.mainThreadMs)} ms`,
      met: huge.mainThreadMs <= 4 * huge.lowerBoundMs,
    });
    list.push({
      what: '100k-word page, 50k glossary: end to end',
      limit: '≤ 400 ms',
      value: `${ms(huge.endToEndMs)} ms`,
      met: huge.endToEndMs <= 400,
    });
    const markJs = huge.markJsRegExpMs;
    list.push({
      what: '100k-word page, 50k glossary: faster than mark.js markRegExp',
      limit: `< ${ms(markJs)} ms (mark.js)`,
      value: `${ms(huge.endToEndMs)} ms end to end, ${ms(huge.mainThreadMs)} ms main thread`,
      met: typeof markJs === 'number' && !Number.isNaN(markJs) ? huge.endToEndMs < markJs : null,
    });
  }
  for (const [g, limit] of [
    ['real', 50],
    ['synthetic-50k', 150],
  ] as const) {
    const w = o.workers[g];
    if (w)
      list.push({
        what: `worker cold start, ${g} glossary`,
        limit: `≤ ${limit} ms`,
        value: `${ms(w.coldStartMs)} ms`,
        met: w.coldStartMs <= limit,
      });
  }
  if (o.hover.p95Ms !== undefined)
    list.push({
      what: 'hover to visible card, delay excluded, p95',
      limit: '≤ 16 ms',
      value: `${ms(o.hover.p95Ms)} ms`,
      met: o.hover.p95Ms <= 16,
    });
  const content = o.bundles['content.js'];
  if (content)
    list.push({
      what: 'content script bundle (Preact and floating-ui included)',
      limit: '≤ 60 KB minified',
      value: kb(content.raw),
      met: content.raw <= 60 * 1024,
    });
  return list;
}

export function markdown(o: BenchOutput): string {
  const pageRows = Object.entries(o.pages).map(([key, r]) => {
    const steps = Object.entries(r.steps)
      .map(([k, v]) => `${k} ${v.toFixed(1)}`)
      .join(', ');
    return `| ${key} | ${r.mentions} | ${ms(r.mainThreadMs)} | ${ratio(r.mainThreadMs, r.lowerBoundMs)} | ${ratio(r.mainThreadMs, r.scriptLowerBoundMs)} | ${ratio(r.mainThreadMs, r.markJsRegExpMs)} | ${ms(r.endToEndMs)} | ${ratio(r.endToEndMs, r.markJsRegExpMs)} | ${ms(r.longestSliceMs)} | ${r.longestTaskMs === null ? 'n/a' : r.longestTaskMs === 0 ? 'none' : ms(r.longestTaskMs)} | ${ms(r.lowerBoundMs)} | ${ms(r.scriptLowerBoundMs)} | ${ms(r.markJsRegExpMs)} | ${ms(r.markJsArrayMs)} | ${steps} |`;
  });
  const workerRows = Object.entries(o.workers).map(
    ([g, w]) =>
      `| ${g} | ${ms(w.coldStartMs)} | ${ms(w.scriptMs)} | ${ms(w.firstScanMs)} | ${ms(w.warmScanMs)} | ${w.heapMB.toFixed(1)} MB |`,
  );
  const bundleRows = Object.entries(o.bundles).map(
    ([f, s]) => `| ${f} | ${kb(s.raw)} | ${kb(s.gzip)} |`,
  );
  const budgetRows = budgets(o).map(
    (b) => `| ${b.what} | ${b.limit} | ${b.value} | ${b.met === null ? '–' : b.met ? '✓' : '✗'} |`,
  );
  const browsers = Object.values(o.browsers).join('; ');
  return `# Benchmarks

\`npm run bench\` on ${o.machine} (${browsers}), headless, ${o.date.slice(0, 10)}; medians of ${o.runs}
runs; the whole run took ${o.seconds} s. Bench builds compile timing marks into the content
script; normal builds do not. These machines are shared and noisy: compare figures within one
run (the ratios), not across runs.

## Budgets (Chromium)

| what | budget | this run | met |
|---|---|---|---|
${budgetRows.join('\n')}

## Content script (ms)

- **main thread**: the content script's own synchronous work, summed: detect the article,
  collect its text, send it, mark the mentions. Not included: the browser's own cost of
  delivering the worker's answer, which the script cannot time.
- **end to end**: content script start to the last mark registered, the worker's scan and
  the settings read included.
- **longest slice**: the most Backstory did in one task (its work is cut into slices of about
  8 ms). **long task**: the longest task the page itself reported (Chromium's Long Tasks API
  only sees tasks over 50 ms; "none": there was none; Firefox has no such API).
- **lower bound**: a TreeWalker pass that only reads every text node of the article, run from
  the page after Backstory is done. **lower bound (script)**: the same pass from the content
  script's own world on a fresh load of the page (a bench build does only that on a page
  opened with \`#backstory-lower-bound\`): what the cheapest possible content script pays,
  since a content script's world makes its own wrapper for every DOM node it touches (on the
  100,000-word page 2–3× the page's figure). The budgets use the page's figure, as issue 6
  defines it.
- **mark.js**: \`markRegExp\` with one regex of the glossary's full names (the popular way to
  highlight terms), and \`mark(array)\` with the same names at the real glossary's size, in the
  same browser with Backstory switched off.
- Ratios: main thread ÷ lower bound and ÷ mark.js regexp; end to end ÷ mark.js regexp.

| browser / glossary / page | mentions | main thread | ÷ lower bound | ÷ lower bound (script) | ÷ mark.js | end to end | ÷ mark.js | longest slice | long task | lower bound | lower bound (script) | mark.js regexp | mark.js array | steps |
|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|
${pageRows.join('\n')}

## Background worker (Chromium)

Cold start: worker start to the first scan answered (the worker's own clock, restarted through
DevTools as Chrome stops idle workers), the sample article. Heap: the warm worker after a GC.

| glossary | cold start | of which script | of which first scan | warm scan | heap |
|---|---|---|---|---|---|
${workerRows.join('\n')}

## Hover and memory (Chromium, real glossary)

- Hover: one pointer move onto a marked name of the sample article to the card's DOM being
  ready to paint, minus the ${o.hover.delayMs ?? '–'} ms hover delay, ${o.hover.samples ?? 0} hovers: p50 ${ms(o.hover.p50Ms)} ms, p95 ${ms(o.hover.p95Ms)} ms, max ${ms(o.hover.maxMs)} ms.
- Heap on the 100,000-word page after a GC: ${o.memory.pageWithBackstoryMB?.toFixed(1) ?? '–'} MB with Backstory
  marking it, ${o.memory.pageWithoutMB?.toFixed(1) ?? '–'} MB with Backstory switched off; marking adds ${o.memory.contentScriptMB?.toFixed(1) ?? '–'} MB
  (the text, its node table and the ranges). Worker heaps are in the table above.

## Bundles (Chromium build)

| file | minified | gzip |
|---|---|---|
${bundleRows.join('\n')}
`;
}
