// Background worker: answers scans from content scripts with the bundled glossary. It holds no
// per-tab state, so Chrome may stop and restart it at any time without losing anything.
import browser from 'webextension-polyfill';
import { COMMANDS, type CommandName, type CommandRequest } from '../shared/messages';
import { createGlossaryLoader, packagedFileReader } from './glossary-loader';
import { createGlossaryService, emptyDiagnostics } from './glossary-service';
import { createMessageHandler } from './handle-message';

// The glossary index is read as the worker starts, so the read overlaps the worker's own
// start-up and the delivery of the message that woke it (nearly always a page's scan). It is one
// ~0.5 MB file; the cards are read only when a page asks for them.
const loader = createGlossaryLoader(packagedFileReader((path) => browser.runtime.getURL(path)));
void loader.glossary().catch(() => {}); // a failed read is retried by the first request

// Read by benchmarks through the debugger (see WorkerDiagnostics); never sent anywhere.
const diagnostics = emptyDiagnostics();
(globalThis as { backstoryDiagnostics?: typeof diagnostics }).backstoryDiagnostics = diagnostics;
const { scan, cards } = createGlossaryService(loader, diagnostics);

// Only our own content scripts and pages may ask; everything else is dropped unanswered.
browser.runtime.onMessage.addListener(
  createMessageHandler({ ownId: browser.runtime.id, scan, cards, showCount }),
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
