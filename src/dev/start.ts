// npm start: build Backstory, serve the sample article on 127.0.0.1 and open it in a browser
// with the extension loaded. Without a display (or with --headless) it hovers a name, writes a
// screenshot of the open card and prints what it marked.
//
//   npm start                      Chromium, windowed when a display is available
//   npm start -- --firefox         Firefox ESR instead (--chrome: Chromium, the default)
//   npm start -- --headless [--screenshot FILE]
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'puppeteer-core';
import { browserAvailable, browserBinary, launchWithExtension, type BrowserName } from './browsers';
import { startFixtureServer } from './fixture-server';

const root = fileURLToPath(new URL('../..', import.meta.url));
const args = process.argv.slice(2);
const name: BrowserName = args.includes('--firefox') ? 'firefox' : 'chromium';
const headless = args.includes('--headless') || !process.env.DISPLAY;
const screenshotArg = args[args.indexOf('--screenshot') + 1];
const screenshot = resolve(
  process.env.INIT_CWD ?? root,
  args.includes('--screenshot') && screenshotArg
    ? screenshotArg
    : `dist/screenshots/card-${name}.png`,
);

async function pollFor<T>(
  what: string,
  check: () => Promise<T | null>,
  timeoutMs = 15_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check().catch(() => null);
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`gave up waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** The entities Backstory lists for a tab, read from its own popup (opened in a tab of its own). */
async function markedEntities(open: () => Promise<Page>, origin: string, article: Page) {
  const popup = await open();
  void popup.goto(`${origin}/popup.html`).catch(() => {});
  await pollFor('the popup', () =>
    popup.evaluate(() => (document.getElementById('app')?.firstChild ? true : null)),
  );
  await article.bringToFront();
  const tabId = await popup.evaluate(async () => {
    const api = (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome;
    return (await api.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id ?? null;
  });
  void popup.goto(`${origin}/popup.html?tab=${tabId}`).catch(() => {});
  const entities = await pollFor('the entity list', () =>
    popup.evaluate(() => {
      const items = [...document.querySelectorAll('[data-entity-id]')];
      return items.length === 0
        ? null
        : items.map((li) => li.textContent?.replace(/(\d+)$/, ' ×$1') ?? '');
    }),
  );
  await popup.close();
  return entities;
}

async function main() {
  if (!browserAvailable(name)) {
    console.error(
      `${name} not found at ${browserBinary(name)}: apt-get install -y ${name === 'chromium' ? 'chromium' : 'firefox-esr'}`,
    );
    process.exit(1);
  }
  execFileSync(process.execPath, ['build.mjs'], { cwd: root, stdio: 'inherit' });
  const server = await startFixtureServer(resolve(root, 'tests/fixtures/pages'));
  const url = `${server.origin}/seed-article.html`;
  const { browser, extensionOrigin } = await launchWithExtension(name, {
    headless,
    distDir: resolve(root, 'dist'),
  });
  const stop = async () => {
    await browser.close().catch(() => {});
    await server.close();
  };
  try {
    const page = (await browser.pages())[0] ?? (await browser.newPage());
    await page.setViewport({ width: 1280, height: 800 });
    await page.goto(url);
    await pollFor('the marks', () =>
      page.evaluate(() => (CSS.highlights.get('backstory-mention')?.size ? true : null)),
    );
    const entities = await markedEntities(() => browser.newPage(), extensionOrigin, page);
    console.log(
      `\nBackstory marked ${entities.length} entities on ${url} (${name}):\n  ${entities.join('\n  ')}\n`,
    );

    if (!headless) {
      console.log(
        'Hover a dotted name to see its card. Close the browser or press Ctrl+C to stop.',
      );
      await new Promise<void>((done) => {
        browser.on('disconnected', () => done());
        process.on('SIGINT', () => done());
      });
      return;
    }
    // Rest the pointer on "Blinken" in the second paragraph, as a reader would.
    const point = await page.evaluate(() => {
      const paragraph = [...document.querySelectorAll('article p')].find((p) =>
        p.textContent?.trim().startsWith('During their meeting'),
      )!;
      paragraph.scrollIntoView({ block: 'start' });
      window.scrollBy(0, -140);
      const text = paragraph.firstChild as Text; // the paragraph is one text node
      const range = document.createRange();
      const at = text.data.indexOf('Blinken');
      range.setStart(text, at);
      range.setEnd(text, at + 'Blinken'.length);
      const rect = range.getBoundingClientRect();
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    });
    await page.mouse.move(point.x, point.y, { steps: 3 });
    await pollFor('the card', () =>
      page.evaluate(() =>
        document
          .querySelector('backstory-overlay')
          ?.shadowRoot?.querySelector('[data-backstory-card]')
          ? true
          : null,
      ),
    );
    await new Promise((r) => setTimeout(r, 150)); // let placement settle
    mkdirSync(dirname(screenshot), { recursive: true });
    await page.screenshot({ path: screenshot as `${string}.png` });
    console.log(`Screenshot of an open card: ${screenshot}`);
  } finally {
    await stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
