// One page, while Backstory is on for it: detect the article, collect its text in slices, ask
// the worker for the mentions, mark them in slices, then keep the marks true to the page as it
// changes (single-page apps swapping the article, hydration replacing the text, more articles
// appended by infinite scroll). Everything is registered with the session's AbortSignal.
import type {
  CardsRequest,
  CardsResponse,
  PageEntity,
  ScanRequest,
  ScanResponse,
} from '../shared/messages';
import { extensionApi } from '../shared/extension-api';
import { kindsShown, siteMode, type Settings } from '../shared/settings';
import { newTask, phase, reportMarked, timed } from './bench-timing';
import { createCardCache } from './card-cache';
import { controlCards, type CardController } from './card-controller';
import { OVERLAY_TAG, TextCollector, type CollectedText } from './collect';
import { detectArticle, type ArticleInfo } from './detect';
import { Marks } from './marks';
import { SLICE_MS, nextTask } from './next-task';

export interface SessionEvents {
  /** Whether the page is (still) an article, and the entities it shows now. */
  onUpdate(article: boolean, entities: PageEntity[]): void;
}

/** How long the page must stay unchanged before it is read again (ms). */
const SETTLE_MS = 400;
/** At most one re-read this often, however busy the page (a ticker, a clock, ads) (ms). */
const MIN_GAP_MS = 1500;

export class PageSession {
  cards: CardController | null = null;
  private readonly cache = createCardCache(requestCards);
  private unpaint: (() => void) | null = null;
  private text = '';
  private marks: Marks | null = null;

  constructor(
    private readonly settings: Settings,
    private readonly site: string,
    private readonly signal: AbortSignal,
    private readonly events: SessionEvents,
  ) {
    signal.addEventListener('abort', () => this.unpaint?.(), { once: true });
  }

  async start(): Promise<void> {
    newTask(); // settings arrived: this runs in a task of its own
    phase('settings read');
    await this.read(true);
    if (!this.signal.aborted) this.watch();
  }

  /**
   * Detects, collects, scans and marks. The first time the marks appear as they are made; later
   * the new marks replace the old in one step, so nothing flickers.
   */
  private async read(first: boolean): Promise<void> {
    const { settings, signal } = this;
    const article = timed('detect', () => detectArticle(document, siteMode(settings, this.site)));
    if (!article) {
      this.replaceMarks(null);
      this.events.onUpdate(false, []);
      return;
    }
    const collected = await this.collect(article.root);
    if (!collected || signal.aborted) return;
    // Changed, but not its text, and the marks still on the page's nodes: nothing to do. (The
    // same text in new nodes, as hydration leaves it, is marked again.)
    if (!first && collected.text === this.text && this.marksConnected()) return;
    this.text = collected.text;
    phase('text collected');
    const request: ScanRequest = { type: 'scan', text: collected.text };
    const sent = timed('send', () => extensionApi().runtime.sendMessage(request));
    const result = (await sent) as ScanResponse;
    newTask();
    phase('worker answered');
    if (signal.aborted) return;
    const marks = await this.mark(collected, result, article, first);
    if (!marks || signal.aborted) return;
    if (first) reportMarked(marks.mentions.length, collected.text.length);
    // The cards come after the marks, so the marks never wait for them.
    void this.cache.prefetch(result.entities.map((e) => e.id));
    this.events.onUpdate(true, countEntities(result));
  }

  /** The text in slices: a very long page is never held for more than a slice at a time. */
  private async collect(root: Element): Promise<CollectedText | null> {
    const collector = timed('collect', () => new TextCollector(root));
    while (!timed('collect', () => collector.run(performance.now() + SLICE_MS))) {
      await nextTask();
      newTask();
      if (this.signal.aborted) return null;
    }
    // A long text's send costs a slice of its own (Chrome serialises the message on this thread).
    if (collector.sliced) {
      await nextTask();
      newTask();
      if (this.signal.aborted) return null;
    }
    return timed('collect', () => collector.result());
  }

  private async mark(
    collected: CollectedText,
    result: ScanResponse,
    article: ArticleInfo,
    first: boolean,
  ): Promise<Marks | null> {
    const { settings, signal } = this;
    const marks = timed('mark', () => {
      const marks = new Marks(collected);
      if (this.cards) this.cards.setMarks(marks, article.publishedAt);
      else {
        this.cards = controlCards(
          marks,
          this.cache,
          article.publishedAt,
          settings.hoverDelay,
          signal,
        );
      }
      return marks;
    });
    // Ranges are made in slices (hovering works on those already made). Chromium paints them
    // cheapest when the highlight is registered after they are all in it (7,800 ranges: 2 ms
    // added unregistered vs 9 ms registered); Firefox takes one long step to register that
    // many at once (50 ms), so there the first marks are registered first and join the
    // highlight slice by slice. A re-read always swaps in complete marks, in one step.
    const registerFirst = first && __BROWSER__ === 'firefox';
    if (registerFirst) timed('mark', () => this.replaceMarks(marks));
    const shown = shownSpans(result, settings);
    const ids = result.entities.map((e) => e.id);
    for (let i = 0; i < shown.length;) {
      i = timed('mark', () => {
        const until = performance.now() + SLICE_MS;
        let at = i;
        do {
          marks.add(shown[at]!, shown[at + 1]!, ids[shown[at + 2]!]!);
          at += 3;
        } while (at < shown.length && (at % 192 !== 0 || performance.now() < until));
        return at;
      });
      if (i < shown.length) {
        await nextTask();
        newTask();
        if (signal.aborted) return null;
      }
    }
    if (!registerFirst) timed('mark', () => this.replaceMarks(marks));
    return marks;
  }

  private marksConnected(): boolean {
    return (this.marks?.mentions ?? []).every(
      (m) => m.range.startContainer.isConnected && m.range.endContainer.isConnected,
    );
  }

  /** Paints `next` in place of the current marks (null: none). */
  private replaceMarks(next: Marks | null): void {
    this.marks = next;
    const style = `backstory-${this.settings.underline.style}-${this.settings.underline.color}`;
    const previous = this.unpaint;
    this.unpaint = next ? next.register(style) : null;
    // Registering under the same names replaced the old highlight; this drops what is left.
    if (previous && !next) previous();
  }

  /**
   * Reads the page again once it settles after a change to its text: a new article (a single-
   * page app navigating, infinite scroll), or the same text put back by a framework. Changes
   * inside Backstory's own overlay are not changes to the page.
   */
  private watch(): void {
    let settleTimer = 0;
    let lastRead = performance.now();
    let reading = false;
    const readAgain = async () => {
      if (reading || this.signal.aborted) return;
      reading = true;
      lastRead = performance.now();
      try {
        await this.read(false);
      } catch (error: unknown) {
        console.debug('Backstory: could not read the page again', error);
      } finally {
        reading = false;
      }
    };
    const schedule = () => {
      clearTimeout(settleTimer);
      const wait = Math.max(SETTLE_MS, lastRead + MIN_GAP_MS - performance.now());
      settleTimer = window.setTimeout(() => void readAgain(), wait);
    };
    const observer = new MutationObserver((records) => {
      if (records.some(isPageChange)) schedule();
    });
    observer.observe(document.documentElement, {
      childList: true,
      subtree: true,
      characterData: true,
    });
    // Back and forward in a single-page app may restore an article without a DOM change first.
    window.addEventListener('popstate', schedule, { signal: this.signal });
    this.signal.addEventListener(
      'abort',
      () => {
        observer.disconnect();
        clearTimeout(settleTimer);
      },
      { once: true },
    );
  }
}

/** A mutation that may change the article's text: anything outside Backstory's own overlay. */
function isPageChange(record: MutationRecord): boolean {
  const target = record.target;
  if (target.nodeType === Node.ELEMENT_NODE && (target as Element).localName === OVERLAY_TAG) {
    return false;
  }
  if (record.type === 'childList') {
    const ours = (nodes: NodeList) =>
      [...nodes].every(
        (n) => n.nodeType === Node.ELEMENT_NODE && (n as Element).localName === OVERLAY_TAG,
      );
    if (ours(record.addedNodes) && ours(record.removedNodes)) return false;
  }
  return true;
}

async function requestCards(ids: string[]): Promise<CardsResponse> {
  const request: CardsRequest = { type: 'cards', ids };
  return ((await extensionApi().runtime.sendMessage(request)) as CardsResponse | undefined) ?? {};
}

/**
 * The mentions the reader wants marked, of the chosen kinds and only the first if so set, as
 * flat spans like the scan's own (start, end, entity position).
 */
function shownSpans(result: ScanResponse, settings: Settings): number[] {
  const kinds = kindsShown(settings);
  const { spans, entities } = result;
  if (!settings.firstMentionOnly && entities.every((e) => kinds.has(e.kind))) return spans;
  const seen = new Set<number>();
  const shown: number[] = [];
  for (let i = 0; i + 2 < spans.length; i += 3) {
    const entity = spans[i + 2]!;
    if (!kinds.has(entities[entity]!.kind)) continue;
    if (settings.firstMentionOnly) {
      if (seen.has(entity)) continue;
      seen.add(entity);
    }
    shown.push(spans[i]!, spans[i + 1]!, entity);
  }
  return shown;
}

function countEntities(result: ScanResponse): PageEntity[] {
  const counts = new Array<number>(result.entities.length).fill(0);
  for (let i = 2; i < result.spans.length; i += 3) counts[result.spans[i]!]! += 1;
  return result.entities.map(({ id, name, kind }, i) => ({ id, name, kind, count: counts[i]! }));
}
