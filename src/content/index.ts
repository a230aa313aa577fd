// Content script entry: decides whether Backstory is on for this page, and if so detects the
// article, asks the worker for its mentions, marks them and watches the pointer. Everything a
// session starts is registered with one AbortSignal, so switching off is one abort().
import { extensionApi, onMessage } from '../shared/extension-api';
import type {
  CommandRequest,
  PageCountRequest,
  PageState,
  PageStateRequest,
  ShowEntityRequest,
} from '../shared/messages';
import { DEFAULT_SETTINGS, isActiveFor, siteMode, siteOf, type Settings } from '../shared/settings';
import { loadLocalSettings, loadSettings, onSettingsChanged } from '../shared/storage';
import { lowerBoundOnly } from './bench-timing';
import { PageSession } from './page-session';

const site = siteOf(location.href);
let session: AbortController | null = null;
let sessionKey = '';
let hiddenOnThisTab = false;
let state: PageState = { site, article: false, active: false, entities: [] };
let current: PageSession | null = null;

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
    const page = new PageSession(settings, site, controller.signal, {
      onUpdate(article, entities) {
        state = { ...state, article, active: article && !controller.signal.aborted, entities };
        reportCount(settings.badge ? entities.length : 0);
      },
    });
    current = page;
    page.start().catch((error: unknown) => {
      // A page we cannot handle gets no overlay rather than a broken one.
      console.debug('Backstory: not marking this page', error);
      controller.abort();
    });
  }
}

function stop(): void {
  session?.abort();
  session = null;
  current = null;
  state = { ...state, article: false, active: false, entities: [] };
  reportCount(0);
}

/** Keyboard commands, forwarded by the worker. Toggling lasts for this page view only. */
function runCommand(command: unknown): boolean {
  if (command === 'next-mention') return current?.cards?.step(1) ?? false;
  if (command === 'previous-mention') return current?.cards?.step(-1) ?? false;
  if (command === 'toggle-overlays') {
    hiddenOnThisTab = !hiddenOnThisTab;
    void loadSettings().then(apply);
    return true;
  }
  return false;
}

/** The toolbar badge shows how many entities this page has. */
function reportCount(count: number): void {
  if (!isTop) return; // the badge counts the top page's names
  const request: PageCountRequest = { type: 'page-count', count };
  extensionApi()
    .runtime.sendMessage(request)
    .catch(() => {});
}

// Every frame reads its own document (an article may live in a frame of the page); the toolbar
// popup and badge speak for the top page. Once per document: the popup may inject this script
// into a page opened before Backstory could read it.
const loaded = globalThis as { backstoryLoaded?: boolean };
const isTop = window === window.top;
if (!loaded.backstoryLoaded && !lowerBoundOnly()) {
  loaded.backstoryLoaded = true;
  onMessage((message: unknown): Promise<PageState | boolean> | undefined => {
    const request = message as Partial<
      ShowEntityRequest | PageStateRequest | CommandRequest
    > | null;
    // The popup asks the top page (frame 0) for its state; other frames stay quiet.
    if (request?.type === 'page-state') return isTop ? Promise.resolve(state) : undefined;
    if (request?.type === 'show-entity' && 'id' in request && typeof request.id === 'string') {
      return Promise.resolve(current?.cards?.showEntity(request.id) ?? false);
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
