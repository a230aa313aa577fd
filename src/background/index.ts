// Background worker: answers scans from content scripts with the bundled glossary. It holds no
// per-tab state, so Chrome may stop and restart it at any time without losing anything.
import browser from 'webextension-polyfill';
import glossary from 'virtual:glossary';
import { createScanner, type Scanner } from '../glossary/scanner';
import { parseBackgroundRequest, type ScanResponse } from '../shared/messages';

// Built on the first scan, not at start-up, so waking the worker stays cheap.
let scanner: Scanner | null = null;

browser.runtime.onMessage.addListener(
  (message: unknown, sender: browser.Runtime.MessageSender): Promise<ScanResponse> | undefined => {
    // Only our own content scripts and pages may ask; everything else is dropped unanswered.
    if (sender.id !== browser.runtime.id) return undefined;
    const request = parseBackgroundRequest(message);
    if (!request) return undefined;
    switch (request.type) {
      case 'scan':
        scanner ??= createScanner(glossary);
        return Promise.resolve(scanner(request.text));
    }
  },
);
