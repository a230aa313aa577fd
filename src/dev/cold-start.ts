// npm run measure:cold-start — how long the background worker takes from starting to answering
// its first scan, with the glossary as built in dist/, in headless Chromium. Each round stops
// the worker, reloads the sample article (whose scan wakes it) and reads the worker's own clock.
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Target } from 'puppeteer-core';
import { launchWithExtension } from './browsers';
import { startFixtureServer } from './fixture-server';

const root = fileURLToPath(new URL('../..', import.meta.url));

export interface WorkerTimes {
  /** Worker start to the end of its script (glossary parsed), and the first scan's own time. */
  starts: [scriptEvaluatedMs: number, firstScanMs: number][];
  /** A scan of the same article by an already warm worker. */
  warmScanMs: number[];
  /** The warm worker's used JS heap after a GC (bytes). */
  heapBytes: number;
  /** Within the first scan, reading index.bin; then the page's cards request (shards read). */
  reads: [indexReadMs: number, firstCardsMs: number][];
}

export async function measureWorker(distDir: string, rounds = 9): Promise<WorkerTimes> {
  const server = await startFixtureServer(resolve(root, 'tests/fixtures/pages'));
  const { browser, extensionOrigin } = await launchWithExtension('chromium', {
    headless: true,
    distDir,
  });
  const times: WorkerTimes = { starts: [], warmScanMs: [], reads: [], heapBytes: 0 };
  try {
    const isWorker = (t: Target) =>
      t.type() === 'service_worker' && t.url().startsWith(extensionOrigin);
    const page = await browser.newPage();
    await page.goto(`${server.origin}/seed-article.html`);
    // The DevTools ServiceWorker domain needs a page of the extension's origin to act from.
    const extensionPage = await browser.newPage();
    void extensionPage.goto(`${extensionOrigin}/popup.html`).catch(() => {});
    await new Promise((r) => setTimeout(r, 500));
    const devtools = await extensionPage.createCDPSession();
    await devtools.send('ServiceWorker.enable');
    for (let round = 0; round <= rounds; round++) {
      // Stop the worker, as Chrome does to idle ones; reloading the article sends a scan that
      // starts a fresh one, whose own clock says how long it took.
      await devtools.send('ServiceWorker.stopAllWorkers');
      await new Promise((r) => setTimeout(r, 500));
      await page.reload();
      const worker = await browser.waitForTarget(isWorker);
      const scanned = await pollWorker(worker, (d) => d.firstScanMs >= 0);
      // The page's cards request follows the scan (none when the page names nothing).
      const cold = await pollWorker(worker, (d) => d.firstCardsMs >= 0, 20).catch(() => scanned);
      // A second scan by the same, now warm, worker.
      const before = cold.lastScanMs;
      await page.reload();
      const warm = await pollWorker(worker, (d) => d.lastScanMs >= 0 && d.lastScanMs !== before);
      if (round > 0) {
        // round 0 warms the disk cache
        times.starts.push([cold.scriptEvaluatedMs, cold.firstScanMs]);
        times.reads.push([cold.indexReadMs, cold.firstCardsMs]);
        times.warmScanMs.push(warm.lastScanMs);
      }
      if (round === rounds) {
        // The warm worker's heap, glossary loaded and the page's cards read, after a GC.
        const session = await worker.createCDPSession();
        await session.send('HeapProfiler.collectGarbage');
        times.heapBytes = (await session.send('Runtime.getHeapUsage')).usedSize;
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return times;
}

interface Diagnostics {
  scriptEvaluatedMs: number;
  firstScanMs: number;
  lastScanMs: number;
  indexReadMs: number;
  firstCardsMs: number;
}

async function pollWorker(
  target: Target,
  ready: (d: Diagnostics) => boolean,
  attempts = 200,
): Promise<Diagnostics> {
  const session = await target.createCDPSession();
  for (let i = 0; i < attempts; i++) {
    const { result } = await session.send('Runtime.evaluate', {
      expression: 'JSON.stringify(globalThis.backstoryDiagnostics ?? null)',
      returnByValue: true,
    });
    const value = JSON.parse(String(result.value)) as Diagnostics | null;
    if (value && ready(value)) return value;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('the worker never answered a scan');
}

function cardsMs(reads: WorkerTimes['reads']): string {
  const answered = reads.map((r) => r[1]).filter((ms) => ms >= 0);
  return answered.length === 0 ? 'not asked (nothing marked)' : `${median(answered).toFixed(1)} ms`;
}

export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function main() {
  const { starts, warmScanMs, reads } = await measureWorker(
    resolve(process.argv[2] ?? resolve(root, 'dist')),
    Number(process.env.ROUNDS ?? 9),
  );
  const totals = starts.map(([a, b]) => a + b).sort((a, b) => a - b);
  console.log(
    `worker cold start (Chromium, ${starts.length} restarts): median ${median(totals).toFixed(1)} ms ` +
      `(min ${totals[0]!.toFixed(1)}, max ${totals.at(-1)!.toFixed(1)}); ` +
      `start→script evaluated ${median(starts.map((p) => p[0])).toFixed(1)} ms + ` +
      `first scan ${median(starts.map((p) => p[1])).toFixed(1)} ms (of which index.bin read ` +
      `${median(reads.map((r) => r[0])).toFixed(1)} ms); then the page's cards ` +
      `${cardsMs(reads)}; ` +
      `warm scan ${median(warmScanMs).toFixed(1)} ms`,
  );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
