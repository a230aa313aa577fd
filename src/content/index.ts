// Content script entry: decides whether Backstory is on for this page, and if so detects the
// article, asks the worker for its mentions, marks them and watches the pointer. Everything a
// session starts is registered with one AbortSignal, so switching off is one abort().
import { extensionApi, onMessage } from '../shared/extension-api';
import type {
  CardsRequest,
  CardsResponse,
  PageCountRequest,
  PageEntity,
  PageState,
  PageStateRequest,
  CommandRequest,
  ScanRequest,
  ScanResponse,
  ShowEntityRequest,
} from '../shared/messages';
import {
  DEFAULT_SETTINGS,
  isActiveFor,
  kindsShown,
  siteMode,
  siteOf,
  type Settings,
} from '../shared/settings';
import { loadLocalSettings, loadSettings, onSettingsChanged } from '../shared/storage';
import { TextCollector } from './collect';
import { SLICE_MS, nextTask } from './next-task';
import { detectArticle } from './detect';
import { createCardCache } from './card-cache';
import { controlCards, type CardController } from './card-controller';
import { lowerBoundOnly, newTask, phase, reportMarked, timed } from './bench-timing';
import { Marks } from './marks';

const site = siteOf(location.href);
let session: AbortController | null = null;
let sessionKey = '';
let hiddenOnThisTab = false;
let state: PageState = { site, article: false, active: false, entities: [] };
let cards: CardController | null = null;

async function start(settings: Settings, signal: AbortSignal): Promise<void> {
  newTask(); // settings arrived: this runs in a task of its own
  phase('settings read');
  const article = timed('detect', () => detectArticle(document, siteMode(settings, site)));
  if (!article) return;
  state = { ...state, article: true };

  // Read the text in slices: a very long page is never held for more than a slice at a time.
  const collector = timed('collect', () => new TextCollector(article.root));
  while (!timed('collect', () => collector.run(performance.now() + SLICE_MS))) {
    await nextTask();
    newTask();
    if (signal.aborted) return;
  }
  // A long text's send costs a slice of its own (Chrome serialises the message on this thread).
  if (collector.sliced) {
    await nextTask();
    newTask();
    if (signal.aborted) return;
  }
  const collected = timed('collect', () => collector.result());
  phase('text collected');
  const request: ScanRequest = { type: 'scan', text: collected.text };
  const sent = timed('send', () => extensionApi().runtime.sendMessage(request));
  const result = (await sent) as ScanResponse;
  newTask();
  phase('worker answered');
  if (signal.aborted) return;

  const cache = createCardCache(requestCards);
  const marks = timed('mark', () => {
    const marks = new Marks(collected);
    cards = controlCards(marks, cache, article.publishedAt, settings.hoverDelay, signal);
    return marks;
  });
  // Ranges are made in slices (hovering works on those already made). Chromium paints them
  // cheapest when the highlight is registered after they are all in it (7,800 ranges: 2 ms
  // added unregistered vs 9 ms registered); Firefox takes one long step to register that many
  // at once (50 ms), so there the highlight is registered first and ranges join it slice by
  // slice, each slice short.
  const style = `backstory-${settings.underline.style}-${settings.underline.color}`;
  const paint = () => signal.addEventListener('abort', marks.register(style), { once: true });
  const registerFirst = __BROWSER__ === 'firefox';
  if (registerFirst) timed('mark', paint);
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
      if (signal.aborted) return;
    }
  }
  if (!registerFirst) timed('mark', paint);
  reportMarked(marks.mentions.length, collected.text.length);
  // The cards come after the marks, so the marks never wait for them.
  void cache.prefetch(result.entities.map((e) => e.id));
  state = { ...state, active: true, entities: countEntities(result) };
  reportCount(settings.badge ? state.entities.length : 0);
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

function apply(settings: Settings): void {
  const on = isActiveFor(settings, site) && !hiddenOnThisTab;
  // Anything that changes what is marked or how starts the session afresh, without a reload.
  const key = JSON.stringify([
    siteMode(settings, site),
    settings.kinds,
    settings.firstMentionOnly,
    settings.underline,
    settings.hoverDelay,
    settings.badge,
  ]);
  if (session && (!on || key !== sessionKey)) stop();
  if (on && !session) {
    const controller = new AbortController();
    session = controller;
    sessionKey = key;
    start(settings, controller.signal).catch((error: unknown) => {
      // A page we cannot handle gets no overlay rather than a broken one.
      console.debug('Backstory: not marking this page', error);
      controller.abort();
    });
  }
}

function stop(): void {
  session?.abort();
  session = null;
  cards = null;
  state = { ...state, article: false, active: false, entities: [] };
  reportCount(0);
}

/** Keyboard commands, forwarded by the worker. Toggling lasts for this page view only. */
function runCommand(command: unknown): boolean {
  if (command === 'next-mention') return cards?.step(1) ?? false;
  if (command === 'previous-mention') return cards?.step(-1) ?? false;
  if (command === 'toggle-overlays') {
    hiddenOnThisTab = !hiddenOnThisTab;
    void loadSettings().then(apply);
    return true;
  }
  return false;
}

/** The toolbar badge shows how many entities this page has. */
function reportCount(count: number): void {
  const request: PageCountRequest = { type: 'page-count', count };
  extensionApi()
    .runtime.sendMessage(request)
    .catch(() => {});
}

// Only the top-level page: frames are not articles we read (yet). Once per page: the popup may
// inject this script into a page opened before Backstory could read it.
const loaded = globalThis as { backstoryLoaded?: boolean };
if (window === window.top && !loaded.backstoryLoaded && !lowerBoundOnly()) {
  loaded.backstoryLoaded = true;
  onMessage((message: unknown): Promise<PageState | boolean> | undefined => {
    const request = message as Partial<
      ShowEntityRequest | PageStateRequest | CommandRequest
    > | null;
    if (request?.type === 'page-state') return Promise.resolve(state);
    if (request?.type === 'show-entity' && 'id' in request && typeof request.id === 'string') {
      return Promise.resolve(cards?.showEntity(request.id) ?? false);
    }
    if (request?.type === 'command' && 'command' in request) {
      return Promise.resolve(runCommand(request.command));
    }
    return undefined;
  });
  onSettingsChanged(apply, new AbortController().signal);
  // Start from this device's settings, then follow the newest copy (another device's, through
  // sync) if it says something else; `apply` restarts only when the settings differ.
  loadLocalSettings()
    .then(apply, () => apply(DEFAULT_SETTINGS))
    .then(() => loadSettings())
    .then(apply, () => {});
}
