// Settings in extension storage, shared by the content script and the popup.
import browser from 'webextension-polyfill';
import {
  parseSettings,
  readSettings,
  SETTINGS_KEY,
  type ReadSettings,
  type Settings,
} from './settings';

export async function loadSettings(): Promise<Settings> {
  return (await readStoredSettings()).settings;
}

/** The settings and which stored fields were unreadable (the options page reports those). */
export async function readStoredSettings(): Promise<ReadSettings> {
  const stored = await browser.storage.local.get(SETTINGS_KEY);
  return readSettings(stored[SETTINGS_KEY]);
}

export async function saveSettings(settings: Settings): Promise<void> {
  await browser.storage.local.set({ [SETTINGS_KEY]: settings });
}

/** Calls back with the new settings whenever any context changes them; stops on abort. */
export function onSettingsChanged(
  callback: (settings: Settings) => void,
  signal: AbortSignal,
): void {
  const listener = (changes: Record<string, browser.Storage.StorageChange>, area: string) => {
    if (area === 'local' && SETTINGS_KEY in changes)
      callback(parseSettings(changes[SETTINGS_KEY]!.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(listener), {
    once: true,
  });
}
