// Background worker: answers scans from content scripts with the bundled glossary. It holds no
// per-tab state, so Chrome may stop and restart it at any time without losing anything.
import browser from 'webextension-polyfill';
import glossary from 'virtual:glossary';
import {
  createCardLookup,
  createScanner,
  type CardLookup,
  type Scanner,
} from '../glossary/scanner';
import type { EntityCard } from '../glossary/types';
import {
  COMMANDS,
  parseBackgroundRequest,
  type CommandName,
  type CommandRequest,
  type ScanResponse,
} from '../shared/messages';

// Built on the first scan, not at start-up, so waking the worker stays cheap.
let scanner: Scanner | null = null;
let cards: CardLookup | null = null;

// For benchmarks, read through the debugger and never sent anywhere: how long this worker took to
// start (ms from its start to the end of this script, glossary parsed) and to answer its first
// scan (ms, matcher built and text scanned). Their sum is the cold start a reader waits for.
const diagnostics = { scriptEvaluatedMs: -1, firstScanMs: -1, lastScanMs: -1 };
(globalThis as { backstoryDiagnostics?: typeof diagnostics }).backstoryDiagnostics = diagnostics;

browser.runtime.onMessage.addListener(
  (
    message: unknown,
    sender: browser.Runtime.MessageSender,
  ): Promise<ScanResponse | EntityCard | null | void> | undefined => {
    // Only our own content scripts and pages may ask; everything else is dropped unanswered.
    if (sender.id !== browser.runtime.id) return undefined;
    const request = parseBackgroundRequest(message);
    if (!request) return undefined;
    switch (request.type) {
      case 'scan': {
        const started = performance.now();
        cards ??= createCardLookup(glossary);
        scanner ??= createScanner(glossary, cards);
        const result = scanner(request.text);
        diagnostics.lastScanMs = performance.now() - started;
        if (diagnostics.firstScanMs < 0) diagnostics.firstScanMs = diagnostics.lastScanMs;
        return Promise.resolve(result);
      }
      case 'card':
        cards ??= createCardLookup(glossary);
        return Promise.resolve(cards(request.id));
      case 'page-count': {
        const tabId = sender.tab?.id;
        if (tabId === undefined) return undefined;
        return showCount(tabId, request.count);
      }
    }
  },
);

// Keyboard commands act on the page in the active tab; its content script does the work.
browser.commands.onCommand.addListener(async (command: string, tab?: browser.Tabs.Tab) => {
  if (!(COMMANDS as readonly string[]).includes(command)) return;
  const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (tabId === undefined) return;
  const request: CommandRequest = { type: 'command', command: command as CommandName };
  await browser.tabs.sendMessage(tabId, request).catch(() => {});
});

/** The toolbar badge: how many entities the tab's page shows (empty when none). */
async function showCount(tabId: number, count: number): Promise<void> {
  try {
    await browser.action.setBadgeBackgroundColor({ tabId, color: '#1f4fa8' });
    await browser.action.setBadgeText({ tabId, text: count > 0 ? String(count) : '' });
  } catch {
    // The tab closed meanwhile: nothing to show.
  }
}

diagnostics.scriptEvaluatedMs = performance.now();
