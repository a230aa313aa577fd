// npm run bench — what the reader waits for, in headless Chromium with bench builds (timing
// marks compiled in): the sample article, an ~800-word article and a 100,000-word page, with the
// real glossary and synthetic ones of 5,000 and 50,000 entities. Baselines in the same run:
// (a) a TreeWalker pass that only reads every text node, (b) mark.js markRegExp with a regex of
// the same names, and mark.js mark(array) with the real glossary. Medians of RUNS runs.
// Writes .cache/bench/results.json and BENCHMARKS.md.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'puppeteer-core';
import { compileEntriesDir, entriesDir } from '../../glossary/load-entries';
import type { CompiledGlossary } from '../../glossary/types';
import { browserBinary, launchWithExtension } from '../browsers';
import { measureWorker, median } from '../cold-start';
import { startFixtureServer } from '../fixture-server';
import { hugeArticle, mediumArticle } from './pages';
import { syntheticGlossary } from './synthetic-glossary';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const cache = join(root, '.cache/bench');
const RUNS = Number(process.env.RUNS ?? 5);
const MARKJS_TIMEOUT_MS = 60_000;
const require = createRequire(import.meta.url);

interface PageRun {
  steps: Record<string, number>;
  mainThreadMs: number;
  endToEndMs: number;
  longestTaskMs: number;
  mentions: number;
  lowerBoundMs: number;
}

async function buildAll(glossaries: Record<string, CompiledGlossary>): Promise<void> {
  execFileSync(process.execPath, ['build.mjs'], { cwd: root, stdio: 'inherit' });
  const { buildBench } = (await import(join(root, 'build.mjs'))) as {
    buildBench: (o: { glossary: CompiledGlossary; outdir: string }) => Promise<void>;
  };
  for (const [name, glossary] of Object.entries(glossaries)) {
    await buildBench({ glossary, outdir: join(cache, name, 'chrome') });
  }
}

function writePages(): string {
  const dir = join(cache, 'pages');
  mkdirSync(dir, { recursive: true });
  for (const f of ['seed-article.html', 'news.css'])
    copyFileSync(join(root, 'tests/fixtures/pages', f), join(dir, f));
  writeFileSync(join(dir, 'medium.html'), mediumArticle(root));
  writeFileSync(join(dir, 'huge.html'), hugeArticle(root));
  return dir;
}

/** Long tasks are observed from before the page's first script. */
const OBSERVE_LONG_TASKS = `
  window.__longTasks = [];
  new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__longTasks.push(e.duration); })
    .observe({ type: 'longtask', buffered: true });`;

async function runPage(browser: Browser, url: string): Promise<PageRun> {
  const page = await browser.newPage();
  try {
    await page.evaluateOnNewDocument(OBSERVE_LONG_TASKS);
    await page.goto(url, { timeout: 120_000 });
    const detail = await poll(page, () => {
      const mark = performance.getEntriesByName('backstory:marked')[0] as
        PerformanceMark | undefined;
      return (mark?.detail as string | undefined) ?? null;
    });
    const run = JSON.parse(detail) as Omit<PageRun, 'longestTaskMs' | 'lowerBoundMs'>;
    await new Promise((r) => setTimeout(r, 300)); // let the long-task observer report
    const longestTaskMs = await page.evaluate(() =>
      Math.max(0, ...(window as unknown as { __longTasks: number[] }).__longTasks),
    );
    // Baseline (a): reading every text node of the article and nothing else.
    const lowerBoundMs = await page.evaluate(() => {
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
    return { ...run, longestTaskMs, lowerBoundMs };
  } finally {
    await page.close();
  }
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

/** Baseline (b): mark.js over the same article, with the same names. */
async function runMarkJs(
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
    // A baseline that fails (mark.js overflows the stack on large term lists) is reported as
    // failed, not fatal.
    return await Promise.race([
      timing.catch(() => Number.NaN),
      new Promise<null>((r) => setTimeout(() => r(null), MARKJS_TIMEOUT_MS)),
    ]);
  } finally {
    await page.close().catch(() => {});
  }
}

function bundleSizes(): Record<string, { raw: number; gzip: number }> {
  const dir = join(root, 'dist/chrome');
  const sizes: Record<string, { raw: number; gzip: number }> = {};
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.js'))) {
    const bytes = readFileSync(join(dir, file));
    sizes[file] = { raw: bytes.length, gzip: gzipSync(bytes).length };
  }
  return sizes;
}

async function main() {
  const started = Date.now();
  // BENCH_GLOSSARIES=real,synthetic-50k and BENCH_PAGES=sample,100k narrow a run (while working
  // on one figure); the full run is what BENCHMARKS.md reports.
  const pick = (all: string[], env: string | undefined) =>
    env ? all.filter((name) => env.split(',').some((part) => name.includes(part))) : all;
  const glossaryMakers: Record<string, () => CompiledGlossary> = {
    real: () => compileEntriesDir(entriesDir()),
    'synthetic-5k': () => syntheticGlossary(5_000),
    'synthetic-50k': () => syntheticGlossary(50_000),
  };
  const glossaries = Object.fromEntries(
    pick(Object.keys(glossaryMakers), process.env.BENCH_GLOSSARIES).map((name) => [
      name,
      glossaryMakers[name]!(),
    ]),
  );
  await buildAll(glossaries);
  const pagesDir = writePages();
  const server = await startFixtureServer(pagesDir);
  const allPages: Record<string, string> = {
    sample: 'seed-article.html',
    '800 words': 'medium.html',
    '100k words': 'huge.html',
  };
  const pages = Object.fromEntries(
    pick(Object.keys(allPages), process.env.BENCH_PAGES).map((name) => [name, allPages[name]!]),
  );
  const results: Record<string, unknown> = {};
  try {
    for (const [gName, glossary] of Object.entries(glossaries)) {
      const names = [
        ...new Set(
          glossary.forms
            .map((f) => f.text!)
            .filter((t) => !glossary.forms.find((f) => f.text === t)?.short),
        ),
      ];
      const { browser } = await launchWithExtension('chromium', {
        headless: true,
        distDir: join(cache, gName),
      });
      try {
        for (const [pName, file] of Object.entries(pages)) {
          const url = `${server.origin}/${file}`;
          const runs: PageRun[] = [];
          for (let i = 0; i < RUNS; i++) runs.push(await runPage(browser, url));
          const m = (k: Exclude<keyof PageRun, 'steps'>) => median(runs.map((r) => r[k]));
          const steps = Object.fromEntries(
            Object.keys(runs[0]!.steps).map((step) => [
              step,
              median(runs.map((r) => r.steps[step] ?? 0)),
            ]),
          );
          const markRegExp = await runMarkJs(browser, url, names, 'regexp');
          const markArray =
            gName === 'real' ? await runMarkJs(browser, url, names, 'array') : undefined;
          results[`${gName} / ${pName}`] = {
            mainThreadMs: m('mainThreadMs'),
            endToEndMs: m('endToEndMs'),
            longestTaskMs: m('longestTaskMs'),
            mentions: m('mentions'),
            lowerBoundMs: m('lowerBoundMs'),
            steps,
            markJsRegExpMs: markRegExp,
            ...(markArray !== undefined ? { markJsArrayMs: markArray } : {}),
          };
          console.log(gName, pName, JSON.stringify(results[`${gName} / ${pName}`]));
        }
      } finally {
        await browser.close();
      }
      const worker = await measureWorker(join(cache, gName), RUNS);
      results[`${gName} / worker`] = {
        coldStartMs: median(worker.starts.map(([a, b]) => a + b)),
        warmScanMs: median(worker.warmScanMs),
      };
      console.log(gName, 'worker', JSON.stringify(results[`${gName} / worker`]));
    }
  } finally {
    await server.close();
  }
  const output = {
    date: new Date().toISOString(),
    machine: `${(await import('node:os')).cpus().length} cores, ${Math.round((await import('node:os')).totalmem() / 2 ** 30)} GiB`,
    chromium: execFileSync(browserBinary('chromium'), ['--version'])
      .toString()
      .trim()
      .split('\n')
      .at(-1),
    runs: RUNS,
    bundles: bundleSizes(),
    results,
    seconds: Math.round((Date.now() - started) / 1000),
  };
  writeFileSync(join(cache, 'results.json'), JSON.stringify(output, null, 2));
  writeFileSync(join(root, 'BENCHMARKS.md'), markdown(output));
  console.log(`wrote BENCHMARKS.md and .cache/bench/results.json in ${output.seconds} s`);
}

type Output = {
  date: string;
  machine: string;
  chromium: string | undefined;
  runs: number;
  bundles: Record<string, { raw: number; gzip: number }>;
  results: Record<string, unknown>;
  seconds: number;
};

function markdown(o: Output): string {
  const fmt = (x: unknown) =>
    typeof x === 'number'
      ? Number.isNaN(x)
        ? 'failed'
        : x.toFixed(1)
      : x === null
        ? '> 60 s'
        : '–';
  const ratio = (a: unknown, b: unknown) =>
    typeof a === 'number' && typeof b === 'number' && b > 0 ? `${(a / b).toFixed(2)}×` : '–';
  const rows = Object.entries(o.results)
    .filter(([k]) => !k.endsWith('/ worker'))
    .map(([k, v]) => {
      const r = v as Record<string, number | null>;
      return `| ${k} | ${r['mentions']} | ${fmt(r['mainThreadMs'])} | ${fmt(r['endToEndMs'])} | ${fmt(r['longestTaskMs'])} | ${fmt(r['lowerBoundMs'])} | ${ratio(r['mainThreadMs'], r['lowerBoundMs'])} | ${fmt(r['markJsRegExpMs'])} | ${ratio(r['mainThreadMs'], r['markJsRegExpMs'])} | ${fmt(r['markJsArrayMs'])} |`;
    });
  const workers = Object.entries(o.results)
    .filter(([k]) => k.endsWith('/ worker'))
    .map(([k, v]) => {
      const r = v as Record<string, number>;
      return `| ${k.replace(' / worker', '')} | ${fmt(r['coldStartMs'])} | ${fmt(r['warmScanMs'])} |`;
    });
  const bundles = Object.entries(o.bundles).map(
    ([f, s]) => `| ${f} | ${(s.raw / 1024).toFixed(1)} KB | ${(s.gzip / 1024).toFixed(1)} KB |`,
  );
  return `# Benchmarks

\`npm run bench\` on ${o.machine}, ${o.chromium}, headless, ${o.date.slice(0, 10)}; medians of ${o.runs} runs;
the whole run took ${o.seconds} s. Bench builds compile timing marks into the content script; normal
builds do not. Shared machines are noisy: compare figures within one run, not across runs.

## Content script (ms)

Main thread: time the content script spent in its own synchronous steps (detect, collect, mark).
End to end: content script start to highlights registered, worker scan included. Lower bound:
a TreeWalker pass that only reads every text node of the article. mark.js: \`markRegExp\` with a
regex of the glossary's full names; \`mark(array)\` with the same names (real glossary only).

| glossary / page | mentions | main thread | end to end | longest task | lower bound | ÷ lower bound | mark.js regexp | ÷ mark.js | mark.js array |
|---|---|---|---|---|---|---|---|---|---|
${rows.join('\n')}

## Background worker (ms)

| glossary | cold start (worker start → first scan answered) | warm scan (sample article) |
|---|---|---|
${workers.join('\n')}

## Bundles (Chromium build)

| file | minified | gzip |
|---|---|---|
${bundles.join('\n')}
`;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exit(1);
});
