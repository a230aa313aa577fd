// What the tests read from and do to a page, through the stable testing contract only:
// CSS.highlights.get('backstory-mention') and <backstory-overlay>'s open shadow root.
import type { Frame, Page } from 'puppeteer-core';

type Evaluator = Pick<Frame, 'evaluate'>;

/**
 * Where test code runs: puppeteer's own world, which the page's overrides of built-ins cannot
 * reach; Firefox's version of that world cannot iterate a Highlight (Xray wrappers), so there
 * the page's world, with code that leans on no built-in a page might replace.
 */
async function realm(target: Page | Frame): Promise<Evaluator> {
  const frame = 'mainFrame' in target ? target.mainFrame() : target;
  const own = (frame as unknown as { isolatedRealm(): Evaluator }).isolatedRealm();
  const works = await own
    .evaluate(() => {
      for (const _ of new Highlight()) return true;
      return true;
    })
    .catch(() => false);
  return works ? own : frame;
}

/** The marked texts, in document order (empty when nothing is marked). */
export async function markedTexts(page: Page | Frame): Promise<string[]> {
  return (await realm(page)).evaluate(() => {
    const highlight = CSS.highlights.get('backstory-mention');
    const found: { range: Range; text: string }[] = [];
    if (!highlight) return [];
    for (const r of highlight) {
      const range = document.createRange();
      range.setStart(r.startContainer, r.startOffset);
      range.setEnd(r.endContainer, r.endOffset);
      found[found.length] = { range, text: range.toString() };
    }
    // Insertion sort by position: no Array.prototype method a page may have replaced.
    for (let i = 1; i < found.length; i++) {
      const item = found[i]!;
      let j = i - 1;
      while (j >= 0 && found[j]!.range.compareBoundaryPoints(0, item.range) > 0) {
        found[j + 1] = found[j]!;
        j--;
      }
      found[j + 1] = item;
    }
    const texts: string[] = [];
    for (let i = 0; i < found.length; i++) texts[i] = found[i]!.text;
    return texts;
  });
}

/** Polls until `check` returns a truthy value or the time runs out (then throws with `what`). */
export async function waitFor<T>(
  what: string,
  check: () => Promise<T | null | undefined | false>,
  timeoutMs = 10_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const value = await check();
      if (value) return value;
      last = value;
    } catch (error) {
      last = error;
    }
    if (Date.now() > deadline)
      throw new Error(`timed out waiting for ${what} (last: ${String(last)})`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

export function waitForMarks(page: Page, atLeast = 1): Promise<string[]> {
  return waitFor(`${atLeast}+ marks`, async () => {
    const marks = await markedTexts(page);
    return marks.length >= atLeast ? marks : null;
  });
}

/** Scrolls the `occurrence`-th appearance of `word` in the article into view; returns its centre. */
export async function wordPoint(
  page: Page,
  word: string,
  occurrence = 0,
): Promise<{ x: number; y: number }> {
  const point = await page.evaluate(
    (word, occurrence) => {
      const walker = document.createTreeWalker(
        document.querySelector('article') ?? document.body,
        NodeFilter.SHOW_TEXT,
      );
      let seen = 0;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.nodeValue ?? '';
        for (let i = text.indexOf(word); i !== -1; i = text.indexOf(word, i + 1)) {
          if (seen++ < occurrence) continue;
          const range = document.createRange();
          range.setStart(node, i);
          range.setEnd(node, i + word.length);
          // Centre the word itself: centring its paragraph would leave a word near the top of a
          // long paragraph (on a narrow screen) above the viewport.
          range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
          const before = range.getClientRects()[0]!;
          window.scrollBy(0, before.top + before.height / 2 - window.innerHeight / 2);
          const rect = range.getClientRects()[0]!;
          return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
        }
      }
      return null;
    },
    word,
    occurrence,
  );
  if (!point) throw new Error(`"${word}" (#${occurrence}) is not on the page`);
  return point;
}

/** Moves the mouse to the centre of the `occurrence`-th appearance of `word` in the article. */
export async function hoverWord(page: Page, word: string, occurrence = 0): Promise<void> {
  const point = await wordPoint(page, word, occurrence);
  // Arrive the way a hand does: a couple of moves, then rest on the word.
  await page.mouse.move(point.x - 30, point.y + 40);
  await page.mouse.move(point.x, point.y, { steps: 4 });
}

export interface VisibleCard {
  entityId: string;
  heading: string;
  text: string;
  role: string | null;
}

/** The card showing in the overlay, or null. */
export async function visibleCard(page: Page | Frame): Promise<VisibleCard | null> {
  return (await realm(page)).evaluate(() => {
    const host = document.querySelector('backstory-overlay');
    const card = host?.shadowRoot?.querySelector<HTMLElement>('[data-backstory-card]');
    if (!card || card.getClientRects().length === 0) return null;
    return {
      entityId: card.dataset.entityId ?? '',
      heading: card.querySelector('h2')?.textContent ?? '',
      text: card.textContent ?? '',
      role: card.getAttribute('role'),
    };
  });
}

/** The page's DOM as HTML, leaving out the one host Backstory may add. */
export function serializedPage(page: Page): Promise<string> {
  return page.evaluate(() => {
    const clone = document.documentElement.cloneNode(true) as Element;
    clone.querySelectorAll('backstory-overlay').forEach((host) => host.remove());
    return clone.outerHTML;
  });
}
