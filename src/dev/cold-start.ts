// npm run measure:cold-start — how long the background worker takes from starting to answering
// its first scan, with the glossary as built in dist/, in headless Chromium. Each round stops
// the worker, reloads the sample article (whose scan wakes it) and reads the worker's own clock.
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Target } from 'puppeteer-core';
import { launchWithExtension } from './browsers';
import { startFixtureServer } from './fixture-server';

const root = fileURLToPath(new URL('../..', import.meta.url));
const ROUNDS = Number(process.env.ROUNDS ?? 9);

async function main() {
  const server = await startFixtureServer(resolve(root, 'tests/fixtures/pages'));
  const { browser, extensionOrigin } = await launchWithExtension('chromium', { headless: true });
  const parts: [number, number][] = [];
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
    for (let round = 0; round <= ROUNDS; round++) {
      // Stop the worker, as Chrome does to idle ones; reloading the article sends a scan that
      // starts a fresh one, whose own clock says how long it took.
      await devtools.send('ServiceWorker.stopAllWorkers');
      await new Promise((r) => setTimeout(r, 500));
      await page.reload();
      const { scriptEvaluatedMs, firstScanMs } = await pollWorker(
        await browser.waitForTarget(isWorker),
      );
      if (round > 0) parts.push([scriptEvaluatedMs, firstScanMs]); // round 0 warms the disk cache
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const totals = parts.map(([a, b]) => a + b).sort((a, b) => a - b);
  console.log(
    `worker cold start (Chromium, ${parts.length} restarts): median ${med(totals).toFixed(1)} ms ` +
      `(min ${totals[0]!.toFixed(1)}, max ${totals.at(-1)!.toFixed(1)}); ` +
      `start→script evaluated (glossary parsed) ${med(parts.map((p) => p[0])).toFixed(1)} ms + ` +
      `first scan (matcher built, article scanned) ${med(parts.map((p) => p[1])).toFixed(1)} ms`,
  );
}

async function pollWorker(
  target: Target,
): Promise<{ scriptEvaluatedMs: number; firstScanMs: number }> {
  const session = await target.createCDPSession();
  for (let i = 0; i < 100; i++) {
    const { result } = await session.send('Runtime.evaluate', {
      expression: 'JSON.stringify(globalThis.backstoryDiagnostics ?? null)',
      returnByValue: true,
    });
    const value = JSON.parse(String(result.value)) as {
      scriptEvaluatedMs: number;
      firstScanMs: number;
    } | null;
    if (value && value.firstScanMs >= 0) return value;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('the worker never answered a scan');
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
