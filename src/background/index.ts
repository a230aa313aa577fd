// Background worker: answers scans from content scripts with the bundled glossary. It holds no
// per-tab state, so Chrome may stop and restart it at any time without losing anything.
import browser from 'webextension-polyfill';
import { cardsOf, createMentionFinder, type MentionScan } from '../glossary/scanner';
import type { PackedGlossary } from '../glossary/packed-glossary';
import {
  COMMANDS,
  parseBackgroundRequest,
  type CardsResponse,
  type CommandName,
  type CommandRequest,
  type ScanResponse,
} from '../shared/messages';
import { createGlossaryLoader, packagedFileReader } from './glossary-loader';

// The glossary index is read as the worker starts, so the read overlaps the worker's own
// start-up and the delivery of the message that woke it (nearly always a page's scan). It is one
// ~0.5 MB file; the cards are read only when a page asks for them.
const loader = createGlossaryLoader(packagedFileReader((path) => browser.runtime.getURL(path)));
void loader.glossary().catch(() => {}); // a failed read is retried by the first request
let finder: { glossary: PackedGlossary; find: (text: string) => MentionScan } | null = null;

// For benchmarks, read through the debugger and never sent anywhere: how long this worker took to
// start (ms from its start to the end of this script) and to answer its first scan (ms, glossary
// index read, text scanned). Their sum is the cold start a reader waits for.
const diagnostics = {
  scriptEvaluatedMs: -1,
  firstScanMs: -1,
  lastScanMs: -1,
  /** Of the first scan: reading index.bin. */
  indexReadMs: -1,
  /** The first cards request: reading the card shards it needed, and answering. */
  firstCardsMs: -1,
};
(globalThis as { backstoryDiagnostics?: typeof diagnostics }).backstoryDiagnostics = diagnostics;

async function scan(text: string): Promise<ScanResponse> {
  const started = performance.now();
  if (!finder) {
    const glossary = await loader.glossary();
    finder ??= { glossary, find: createMentionFinder(glossary) };
    diagnostics.indexReadMs = performance.now() - started;
  }
  const { glossary, find } = finder;
  const { mentions, entities } = find(text);
  const position = new Map(entities.map((e, i) => [e, i]));
  const spans: number[] = [];
  for (const m of mentions) spans.push(m.start, m.end, position.get(m.entity)!);
  const result: ScanResponse = {
    entities: entities.map((e) => ({
      id: glossary.entityId(e),
      name: glossary.entityName(e),
      kind: glossary.entityKind(e),
    })),
    spans,
  };
  diagnostics.lastScanMs = performance.now() - started;
  if (diagnostics.firstScanMs < 0) diagnostics.firstScanMs = diagnostics.lastScanMs;
  return result;
}

async function cards(ids: readonly string[]): Promise<CardsResponse> {
  const started = performance.now();
  const glossary = await loader.glossary();
  const entities = ids.map((id) => glossary.entityIndex(id)).filter((e) => e >= 0);
  await loader.loadCards(glossary, entities);
  const result = cardsOf(glossary, entities);
  if (diagnostics.firstCardsMs < 0) diagnostics.firstCardsMs = performance.now() - started;
  return result;
}

browser.runtime.onMessage.addListener(
  (
    message: unknown,
    sender: browser.Runtime.MessageSender,
  ): Promise<ScanResponse | CardsResponse | void> | undefined => {
    // Only our own content scripts and pages may ask; everything else is dropped unanswered.
    if (sender.id !== browser.runtime.id) return undefined;
    const request = parseBackgroundRequest(message);
    if (!request) return undefined;
    switch (request.type) {
      case 'scan':
        return scan(request.text);
      case 'cards':
        return cards(request.ids);
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
