// npm run bench — what the reader waits for, in headless Chromium and Firefox with bench builds
// (timing marks compiled in): the sample article, an ~800-word article and a seeded
// 100,000-word page, with the real glossary and synthetic ones of 5,000 and 50,000 entities.
// Baselines in the same run and browser: (a) a TreeWalker pass that only reads every text node,
// (b) mark.js markRegExp with a regex of the same names, and mark.js mark(array) with the real
// glossary. Also the worker's cold start and heap, hover latency, the content script's heap on
// the long page, and bundle sizes. Medians of RUNS runs. Writes .cache/bench/results.json and
// BENCHMARKS.md.
//
// BENCH_GLOSSARIES=real,50k BENCH_PAGES=sample,100k BENCH_BROWSERS=chromium narrow a run while
// working on one figure; BENCHMARKS.md should come from a full run.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { compileEntriesDir, entriesDir } from '../../glossary/load-entries';
import type { CompiledGlossary } from '../../glossary/types';
import { DEFAULT_SETTINGS } from '../../shared/settings';
import {
  browserAvailable,
  browserBinary,
  launchWithExtension,
  type BrowserName,
} from '../browsers';
import { measureWorker, median } from '../cold-start';
import { startFixtureServer } from '../fixture-server';
import { measureHover, pageHeap, runMarkJs, runPage, setSettings, type PageRun } from './measure';
import { hugeArticle, mediumArticle } from './pages';
import { markdown, type BenchOutput, type PageFigures } from './report';
import { syntheticGlossary } from './synthetic-glossary';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const cache = join(root, '.cache/bench');
const RUNS = Number(process.env.RUNS ?? 5);
const BUILD_DIR = { chromium: 'chrome', firefox: 'firefox' } as const;

const pick = (all: string[], env: string | undefined) =>
  env ? all.filter((name) => env.split(',').some((part) => name.includes(part))) : all;

const GLOSSARIES: Record<string, () => CompiledGlossary> = {
  real: () => compileEntriesDir(entriesDir()),
  'synthetic-5k': () => syntheticGlossary(5_000),
  'synthetic-50k': () => syntheticGlossary(50_000),
};
const PAGES: Record<string, string> = {
  sample: 'seed-article.html',
  '800 words': 'medium.html',
  '100k words': 'huge.html',
};

async function buildAll(glossaries: Record<string, CompiledGlossary>): Promise<void> {
  execFileSync(process.execPath, ['build.mjs'], { cwd: root, stdio: 'inherit' });
  const { buildBench } = (await import(join(root, 'build.mjs'))) as {
    buildBench: (o: {
      glossary: CompiledGlossary;
      outdir: string;
      browser: string;
    }) => Promise<void>;
  };
  for (const [name, glossary] of Object.entries(glossaries)) {
    for (const browser of Object.values(BUILD_DIR)) {
      await buildBench({ glossary, outdir: join(cache, name, browser), browser });
    }
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

/** Sizes of what ships (Chromium build): scripts, and the packed glossary in all. */
function bundleSizes(): Record<string, { raw: number; gzip: number }> {
  const dir = join(root, 'dist/chrome');
  const sizes: Record<string, { raw: number; gzip: number }> = {};
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.js'))) {
    const bytes = readFileSync(join(dir, file));
    sizes[file] = { raw: bytes.length, gzip: gzipSync(bytes).length };
  }
  const glossary = readdirSync(join(dir, 'glossary')).map((f) =>
    readFileSync(join(dir, 'glossary', f)),
  );
  const index = readFileSync(join(dir, 'glossary/index.bin'));
  sizes['glossary/index.bin'] = { raw: index.length, gzip: gzipSync(index).length };
  sizes[`glossary/ (index and ${glossary.length - 1} card shards)`] = {
    raw: glossary.reduce((n, b) => n + b.length, 0),
    gzip: glossary.reduce((n, b) => n + gzipSync(b).length, 0),
  };
  return sizes;
}

function namesOf(glossary: CompiledGlossary): string[] {
  const full = new Set<string>();
  for (const form of glossary.forms) if (!form.short && form.text) full.add(form.text);
  return [...full];
}

function version(name: BrowserName): string {
  return execFileSync(browserBinary(name), ['--version']).toString().trim().split('\n').at(-1)!;
}

async function main() {
  const started = Date.now();
  const glossaries = Object.fromEntries(
    pick(Object.keys(GLOSSARIES), process.env.BENCH_GLOSSARIES).map((n) => [n, GLOSSARIES[n]!()]),
  );
  const pages = pick(Object.keys(PAGES), process.env.BENCH_PAGES);
  const browsers = (['chromium', 'firefox'] as const).filter(
    (b) => browserAvailable(b) && pick([b], process.env.BENCH_BROWSERS).length > 0,
  );
  await buildAll(glossaries);
  const server = await startFixtureServer(writePages());
  const output: BenchOutput = {
    date: new Date().toISOString(),
    machine: `${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB`,
    browsers: Object.fromEntries(browsers.map((b) => [b, version(b)])),
    runs: RUNS,
    pages: {},
    workers: {},
    hover: {},
    memory: {},
    bundles: bundleSizes(),
    seconds: 0,
  };
  try {
    for (const browserName of browsers) {
      for (const [gName, glossary] of Object.entries(glossaries)) {
        const names = namesOf(glossary);
        const distDir = join(cache, gName);
        const { browser, extensionOrigin } = await launchWithExtension(browserName, {
          headless: true,
          distDir,
        });
        try {
          for (const pName of pages) {
            const url = `${server.origin}/${PAGES[pName]}`;
            const runs: PageRun[] = [];
            for (let i = 0; i < RUNS; i++) runs.push(await runPage(browser, url));
            const figures = summarise(runs);
            // mark.js runs in the same browser; Backstory is set to never on the site meanwhile,
            // so only mark.js works on the page.
            await setSettings(browser, extensionOrigin, { ...DEFAULT_SETTINGS, enabled: false });
            figures.markJsRegExpMs = await runMarkJs(browser, url, names, 'regexp');
            if (gName === 'real')
              figures.markJsArrayMs = await runMarkJs(browser, url, names, 'array');
            await setSettings(browser, extensionOrigin, DEFAULT_SETTINGS);
            output.pages[`${browserName} / ${gName} / ${pName}`] = figures;
            console.log(browserName, gName, pName, JSON.stringify(figures));
          }
          if (browserName === 'chromium' && gName === 'real') {
            await measureReader(output, browser, extensionOrigin, server.origin);
          }
        } finally {
          await browser.close();
        }
        if (browserName === 'chromium') {
          const worker = await measureWorker(distDir, RUNS);
          output.workers[gName] = {
            coldStartMs: median(worker.starts.map(([a, b]) => a + b)),
            scriptMs: median(worker.starts.map(([a]) => a)),
            firstScanMs: median(worker.starts.map(([, b]) => b)),
            warmScanMs: median(worker.warmScanMs),
            heapMB: worker.heapBytes / 2 ** 20,
          };
          console.log(gName, 'worker', JSON.stringify(output.workers[gName]));
        }
      }
    }
  } finally {
    await server.close();
  }
  output.seconds = Math.round((Date.now() - started) / 1000);
  mkdirSync(cache, { recursive: true });
  writeFileSync(join(cache, 'results.json'), JSON.stringify(output, null, 2));
  writeFileSync(join(root, 'BENCHMARKS.md'), markdown(output));
  console.log(`wrote BENCHMARKS.md and .cache/bench/results.json in ${output.seconds} s`);
}

function summarise(runs: PageRun[]): PageFigures {
  const m = (pick: (r: PageRun) => number | null) => {
    const values = runs.map(pick).filter((v): v is number => v !== null);
    return values.length ? median(values) : null;
  };
  const steps = Object.fromEntries(
    Object.keys(runs[0]!.steps).map((step) => [step, m((r) => r.steps[step] ?? 0)!]),
  );
  const phases = Object.fromEntries(
    Object.keys(runs[0]!.phases).map((at) => [at, m((r) => r.phases[at] ?? 0)!]),
  );
  return {
    mentions: m((r) => r.mentions)!,
    mainThreadMs: m((r) => r.mainThreadMs)!,
    endToEndMs: m((r) => r.endToEndMs)!,
    longestSliceMs: m((r) => r.longestSliceMs)!,
    longestTaskMs: m((r) => r.longestTaskMs),
    lowerBoundMs: m((r) => r.lowerBoundMs)!,
    scriptLowerBoundMs: m((r) => r.scriptLowerBoundMs)!,
    steps,
    phases,
    markJsRegExpMs: undefined,
  };
}

/** Hover latency on the sample article, and the content script's heap on the long page. */
async function measureReader(
  output: BenchOutput,
  browser: Awaited<ReturnType<typeof launchWithExtension>>['browser'],
  origin: string,
  site: string,
): Promise<void> {
  const delay = DEFAULT_SETTINGS.hoverDelay;
  const hovers = await measureHover(browser, `${site}/seed-article.html`, delay, 20);
  const sorted = [...hovers].sort((a, b) => a - b);
  output.hover = {
    samples: hovers.length,
    delayMs: delay,
    p50Ms: median(sorted),
    p95Ms: sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)]!,
    maxMs: sorted.at(-1)!,
  };
  console.log('hover', JSON.stringify(output.hover));
  const huge = `${site}/huge.html`;
  const marked = await pageHeap(browser, huge);
  await setSettings(browser, origin, { ...DEFAULT_SETTINGS, enabled: false });
  const unmarked = await pageHeap(browser, huge);
  await setSettings(browser, origin, DEFAULT_SETTINGS);
  output.memory = {
    pageWithBackstoryMB: marked / 2 ** 20,
    pageWithoutMB: unmarked / 2 ** 20,
    contentScriptMB: (marked - unmarked) / 2 ** 20,
  };
  console.log('memory', JSON.stringify(output.memory));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exit(1);
});
