// npm run screenshots: the README's and the stores' pictures, taken from the real build in real
// headless Chromium and Firefox: a card on a light page, the same card on a dark page, and the
// toolbar popup over the sample article. Writes icons/store/<browser>-{card-light,card-dark,
// popup}.png and, from Chromium, the 1280x800 store screenshot.
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'puppeteer-core';
import { BROWSER_NAMES, browserAvailable, launchWithExtension, type BrowserName } from './browsers';
import { startFixtureServer } from './fixture-server';

const root = fileURLToPath(new URL('../..', import.meta.url));
const out = join(root, 'icons/store');

const DARK_PAGE = `
  body, main, article, .masthead { background: #15171b !important; color: #e6e6e6 !important; }
  a, nav a, .logo { color: #e6e6e6 !important; }`;

async function waitForCard(page: Page, id: string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    const shown = await page.evaluate(
      () =>
        document
          .querySelector('backstory-overlay')
          ?.shadowRoot?.querySelector<HTMLElement>('[data-backstory-card]')?.dataset.entityId ??
        null,
    );
    if (shown === id) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`the ${id} card never opened`);
}

/** Rests the pointer on the `occurrence`-th "word" of the article; returns its position. */
async function restOn(page: Page, word: string, occurrence: number) {
  const point = await page.evaluate(
    (word, occurrence) => {
      const walker = document.createTreeWalker(document.querySelector('article')!, 4);
      let seen = 0;
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        for (let i = n.nodeValue!.indexOf(word); i !== -1; i = n.nodeValue!.indexOf(word, i + 1)) {
          if (seen++ < occurrence) continue;
          const range = document.createRange();
          range.setStart(n, i);
          range.setEnd(n, i + word.length);
          const top = range.getBoundingClientRect().top;
          window.scrollBy(0, top - 150);
          const r = range.getBoundingClientRect();
          return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
        }
      }
      throw new Error(`${word} not found`);
    },
    word,
    occurrence,
  );
  await page.mouse.move(point.x - 40, point.y + 60);
  await page.mouse.move(point.x, point.y, { steps: 5 });
  return point;
}

/** The card and the text around it, as a reader sees them. */
async function cardShot(page: Page, file: string): Promise<void> {
  const box = await page.evaluate(() => {
    const r = document
      .querySelector('backstory-overlay')!
      .shadowRoot!.querySelector('[data-backstory-card]')!
      .getBoundingClientRect();
    return { x: r.left, y: r.top, width: r.width, height: r.height, sx: scrollX, sy: scrollY };
  });
  // Clips are in page coordinates; the card's box is in the viewport's.
  const x = Math.max(0, box.x - 160);
  const y = Math.max(0, box.y - 110);
  await page.screenshot({
    path: file as `${string}.png`,
    clip: {
      x: x + box.sx,
      y: y + box.sy,
      width: Math.min(720, 1280 - x),
      height: Math.min(800 - y, box.y - y + box.height + 24),
    },
  });
}

async function shoot(name: BrowserName, articleUrl: string): Promise<string[]> {
  const written: string[] = [];
  const { browser, extensionOrigin } = await launchWithExtension(name, { headless: true });
  const file = (what: string) => {
    const path = join(out, `${name}-${what}.png`);
    written.push(path);
    return path;
  };
  try {
    const page = await browser.newPage();
    await page.setViewport({ width: 1280, height: 800 });
    await page.goto(articleUrl);
    await new Promise((r) => setTimeout(r, 1500));
    await restOn(page, 'Blinken', 2);
    await waitForCard(page, 'antony-blinken');
    await new Promise((r) => setTimeout(r, 300));
    if (name === 'chromium') {
      const store = join(out, 'screenshot-1280x800.png');
      await page.screenshot({ path: store as `${string}.png` });
      written.push(store);
    }
    await cardShot(page, file('card-light'));

    await page.mouse.move(5, 790);
    await new Promise((r) => setTimeout(r, 700));
    await page.addStyleTag({ content: DARK_PAGE });
    await restOn(page, 'Lavrov', 1);
    await waitForCard(page, 'sergey-lavrov');
    await new Promise((r) => setTimeout(r, 300));
    await cardShot(page, file('card-dark'));

    await page.mouse.move(5, 790);
    await popupShot(browser, page, extensionOrigin, file('popup'));
  } finally {
    await browser.close();
  }
  return written;
}

/** The popup as it opens from the toolbar over the sample article (in a tab of its own). */
async function popupShot(browser: Browser, article: Page, origin: string, path: string) {
  await article.bringToFront();
  const popup = await browser.newPage();
  await popup.setViewport({ width: 360, height: 620 });
  void popup.goto(`${origin}/popup.html`).catch(() => {});
  for (let i = 0; i < 50; i++) {
    if (await popup.evaluate(() => document.getElementById('app') !== null).catch(() => false)) {
      break;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  const tabId = await popup.evaluate(async () => {
    const api = (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome;
    const tabs = await api.tabs.query({});
    return tabs.find((t) => t.url?.includes('seed-article'))?.id;
  });
  void popup.goto(`${origin}/popup.html?tab=${tabId}`).catch(() => {});
  for (let i = 0; i < 80; i++) {
    const listed = await popup
      .evaluate(
        () =>
          location.search.includes('tab=') &&
          document.querySelectorAll('[data-entity-id]').length > 5,
      )
      .catch(() => false); // still navigating
    if (listed) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  const height = await popup.evaluate(() => Math.min(620, document.body.scrollHeight));
  await popup.screenshot({
    path: path as `${string}.png`,
    clip: { x: 0, y: 0, width: 360, height },
  });
  await popup.close();
}

async function main() {
  execFileSync(process.execPath, ['build.mjs'], { cwd: root, stdio: 'inherit' });
  mkdirSync(out, { recursive: true });
  const server = await startFixtureServer(resolve(root, 'tests/fixtures/pages'));
  try {
    for (const name of BROWSER_NAMES.filter(browserAvailable)) {
      for (const path of await shoot(name, `${server.origin}/seed-article.html`)) {
        console.log(`wrote ${path.slice(root.length)}`);
      }
    }
  } finally {
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
