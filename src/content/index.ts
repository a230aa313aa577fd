// Content script entry: decides whether Backstory is on for this page, and if so detects the
// article, asks the worker for its mentions, marks them and watches the pointer. Everything a
// session starts is registered with one AbortSignal, so switching off is one abort().
import browser from 'webextension-polyfill';
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
import { loadSettings, onSettingsChanged } from '../shared/storage';
import { collectText } from './collect';
import { detectArticle } from './detect';
import { createCardCache } from './card-cache';
import { controlCards, type CardController } from './card-controller';
import { reportMarked, timed } from './bench-timing';
import { Marks } from './marks';

const site = siteOf(location.href);
let session: AbortController | null = null;
let sessionKey = '';
let hiddenOnThisTab = false;
let state: PageState = { site, article: false, active: false, entities: [] };
let cards: CardController | null = null;

async function start(settings: Settings, signal: AbortSignal): Promise<void> {
  const article = timed(() => detectArticle(document, siteMode(settings, site)));
  if (!article) return;
  state = { ...state, article: true };
  const collected = timed(() => collectText(article.root));
  const request: ScanRequest = { type: 'scan', text: collected.text };
  const result = (await browser.runtime.sendMessage(request)) as ScanResponse;
  if (signal.aborted) return;

  const cache = createCardCache(requestCards);
  const marks = timed(() => {
    const marks = new Marks(collected, shownMentions(result, settings));
    const style = `backstory-${settings.underline.style}-${settings.underline.color}`;
    signal.addEventListener('abort', marks.register(style), { once: true });
    cards = controlCards(marks, cache, article.publishedAt, settings.hoverDelay, signal);
    return marks;
  });
  reportMarked(marks.mentions.length, collected.text.length);
  // The cards come after the marks, so the marks never wait for them.
  void cache.prefetch(Object.keys(result.entities));
  state = { ...state, active: true, entities: countEntities(result) };
  reportCount(settings.badge ? state.entities.length : 0);
}

async function requestCards(ids: string[]): Promise<CardsResponse> {
  const request: CardsRequest = { type: 'cards', ids };
  return ((await browser.runtime.sendMessage(request)) as CardsResponse | undefined) ?? {};
}

/** The mentions the reader wants marked: of the chosen kinds, and only the first if so set. */
function shownMentions(result: ScanResponse, settings: Settings): ScanResponse['mentions'] {
  const kinds = kindsShown(settings);
  const seen = new Set<string>();
  return result.mentions.filter((m) => {
    if (!kinds.has(result.entities[m.entityId]!.kind)) return false;
    if (!settings.firstMentionOnly) return true;
    if (seen.has(m.entityId)) return false;
    seen.add(m.entityId);
    return true;
  });
}

function countEntities(result: ScanResponse): PageEntity[] {
  const counts = new Map<string, number>();
  for (const m of result.mentions) counts.set(m.entityId, (counts.get(m.entityId) ?? 0) + 1);
  return [...counts].map(([id, count]) => {
    const { name, kind } = result.entities[id]!;
    return { id, name, kind, count };
  });
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
  browser.runtime.sendMessage(request).catch(() => {});
}

// Only the top-level page: frames are not articles we read (yet). Once per page: the popup may
// inject this script into a page opened before Backstory could read it.
const loaded = globalThis as { backstoryLoaded?: boolean };
if (window === window.top && !loaded.backstoryLoaded) {
  loaded.backstoryLoaded = true;
  browser.runtime.onMessage.addListener(
    (message: unknown): Promise<PageState | boolean> | undefined => {
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
    },
  );
  onSettingsChanged(apply, new AbortController().signal);
  loadSettings().then(apply, () => apply(DEFAULT_SETTINGS));
}
