// The WebExtension API as the content script and the settings store use it, without the
// webextension-polyfill (10 KB that every page would load): Firefox's `browser` and Chrome's
// MV3 `chrome` both return promises for every call used here. Only message listeners differ
// (Chrome ignores a returned promise), so `onMessage` answers through sendResponse in both.
import type { Browser, Runtime } from 'webextension-polyfill';

type Globals = { browser?: Browser; chrome?: Browser };

/** `browser` in Firefox, `chrome` in Chrome (same shape for the calls Backstory makes). */
export function extensionApi(): Browser {
  const g = globalThis as unknown as Globals;
  const api = g.browser ?? g.chrome;
  if (!api?.runtime) throw new Error('Backstory: not running as an extension');
  return api;
}

/** Answers a message with a promise, or returns undefined to leave it unanswered. */
type Handler = (message: unknown, sender: Runtime.MessageSender) => Promise<unknown> | undefined;

/** Listens for messages; a handler answers with a promise, or undefined to leave it to others. */
export function onMessage(handler: Handler): void {
  extensionApi().runtime.onMessage.addListener(((
    message: unknown,
    sender: Runtime.MessageSender,
    sendResponse: (answer: unknown) => void,
  ) => {
    const answer = handler(message, sender);
    if (!answer) return false;
    answer.then(sendResponse, () => sendResponse(undefined));
    return true; // the answer comes later
  }) as unknown as Parameters<Browser['runtime']['onMessage']['addListener']>[0]);
}
