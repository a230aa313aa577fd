// Settings in extension storage, shared by the content script, the popup and the options page.
// They are saved to storage.sync where the browser offers it, so a reader's choices follow them
// to their other browsers, and to storage.local, so this device keeps them when sync is off,
// over quota (8 KB per item in Chrome) or unavailable. Reads take the newer of the two copies.
import type { Storage } from 'webextension-polyfill';
import { extensionApi } from './extension-api';
import { readSettings, SETTINGS_KEY, type ReadSettings, type Settings } from './settings';

/** When a copy was saved (ms since the epoch), beside it in the same area. */
export const SAVED_AT_KEY = 'settingsSavedAt';

type AreaName = 'local' | 'sync';

async function readArea(area: AreaName): Promise<{ value: unknown; savedAt: number } | null> {
  try {
    const storage = extensionApi().storage[area];
    if (!storage) return null;
    const stored = await storage.get([SETTINGS_KEY, SAVED_AT_KEY]);
    if (!(SETTINGS_KEY in stored)) return null;
    const savedAt = stored[SAVED_AT_KEY];
    return { value: stored[SETTINGS_KEY], savedAt: typeof savedAt === 'number' ? savedAt : 0 };
  } catch {
    return null; // sync disabled or unavailable: the other copy answers
  }
}

export async function loadSettings(): Promise<Settings> {
  return (await readStoredSettings()).settings;
}

/**
 * This device's copy alone: one storage read instead of two, for the content script's first
 * look (the sync area can take tens of milliseconds to answer). A newer copy from sync follows
 * through `loadSettings`.
 */
export async function loadLocalSettings(): Promise<Settings> {
  const local = await readArea('local');
  return readSettings(local?.value).settings;
}

/** The settings and which stored fields were unreadable (the options page reports those). */
export async function readStoredSettings(): Promise<ReadSettings> {
  const [local, sync] = await Promise.all([readArea('local'), readArea('sync')]);
  const newest = sync && (!local || sync.savedAt > local.savedAt) ? sync : local;
  return readSettings(newest?.value);
}

export async function saveSettings(settings: Settings): Promise<void> {
  const record = { [SETTINGS_KEY]: settings, [SAVED_AT_KEY]: Date.now() };
  const { storage } = extensionApi();
  await storage.local.set(record);
  try {
    await storage.sync?.set(record);
  } catch {
    // Over the sync quota or sync unavailable: this device's copy is saved, which is enough.
  }
}

/** Calls back with the current settings whenever any context (or device) changes them. */
export function onSettingsChanged(
  callback: (settings: Settings) => void,
  signal: AbortSignal,
): void {
  const { storage } = extensionApi();
  const listener = (changes: Record<string, Storage.StorageChange>, area: string) => {
    if ((area !== 'local' && area !== 'sync') || !(SETTINGS_KEY in changes)) return;
    void loadSettings().then((settings) => {
      if (!signal.aborted) callback(settings);
    });
  };
  storage.onChanged.addListener(listener);
  signal.addEventListener('abort', () => storage.onChanged.removeListener(listener), {
    once: true,
  });
}
