// The settings store: saved to sync and local, read from the newer copy, never lost when sync
// fails, and an older settings shape migrated on read.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createFakeBrowser } from '../support/fake-browser';

const fake = vi.hoisted(() => ({
  browser: null as unknown as ReturnType<typeof createFakeBrowser>,
}));
vi.mock('webextension-polyfill', () => ({
  default: new Proxy({}, { get: (_, key) => (fake.browser as Record<PropertyKey, unknown>)[key] }),
}));

const { loadSettings, onSettingsChanged, readStoredSettings, saveSettings, SAVED_AT_KEY } =
  await import('../../src/shared/storage');
const { DEFAULT_SETTINGS, SETTINGS_KEY } = await import('../../src/shared/settings');

beforeEach(() => {
  fake.browser = createFakeBrowser();
  // What extensionApi() finds (the content script and the settings store use no polyfill).
  Object.assign(globalThis, { browser: fake.browser });
});

describe('settings storage', () => {
  it('gives the defaults when nothing was ever saved', async () => {
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('saves to sync and to this device', async () => {
    const next = { ...DEFAULT_SETTINGS, hoverDelay: 500 };
    await saveSettings(next);
    expect(fake.browser.storage.sync!.data[SETTINGS_KEY]).toEqual(next);
    expect(fake.browser.storage.local.data[SETTINGS_KEY]).toEqual(next);
  });

  it('keeps the choice on this device when sync refuses it (quota, sync off)', async () => {
    fake.browser.storage.sync!.failWrites = true;
    await saveSettings({ ...DEFAULT_SETTINGS, badge: false });
    expect((await loadSettings()).badge).toBe(false);
  });

  it('works where the browser has no sync area', async () => {
    fake.browser.storage.sync = undefined;
    await saveSettings({ ...DEFAULT_SETTINGS, firstMentionOnly: true });
    expect((await loadSettings()).firstMentionOnly).toBe(true);
  });

  it('reads the newer copy: a choice made on another device arrives through sync', async () => {
    await saveSettings({ ...DEFAULT_SETTINGS, hoverDelay: 100 });
    const savedHere = fake.browser.storage.local.data[SAVED_AT_KEY] as number;
    await fake.browser.storage.sync!.set({
      [SETTINGS_KEY]: { ...DEFAULT_SETTINGS, hoverDelay: 700 },
      [SAVED_AT_KEY]: savedHere + 1000,
    });
    expect((await loadSettings()).hoverDelay).toBe(700);
  });

  it('migrates settings this device saved before sync existed (no saved time, version 1)', async () => {
    fake.browser.storage.local.data[SETTINGS_KEY] = {
      version: 1,
      enabled: false,
      sites: { 'news.example': 'never' },
    };
    const read = await readStoredSettings();
    expect(read.settings).toMatchObject({
      version: 2,
      enabled: false,
      sites: { 'news.example': 'never' },
    });
    expect(read.reset).toEqual([]);
  });

  it('reports a corrupt field and falls back to its default, keeping the rest', async () => {
    fake.browser.storage.local.data[SETTINGS_KEY] = {
      ...DEFAULT_SETTINGS,
      hoverDelay: 'soon',
      badge: false,
    };
    const read = await readStoredSettings();
    expect(read.settings.hoverDelay).toBe(DEFAULT_SETTINGS.hoverDelay);
    expect(read.settings.badge).toBe(false);
    expect(read.reset).toEqual(['hoverDelay']);
  });

  it('tells every listener about a change from either area, until it stops listening', async () => {
    const seen: number[] = [];
    const stop = new AbortController();
    onSettingsChanged((s) => seen.push(s.hoverDelay), stop.signal);
    await fake.browser.storage.sync!.set({
      [SETTINGS_KEY]: { ...DEFAULT_SETTINGS, hoverDelay: 900 },
      [SAVED_AT_KEY]: Date.now() + 1000,
    });
    await vi.waitFor(() => expect(seen).toContain(900));
    stop.abort();
    await saveSettings({ ...DEFAULT_SETTINGS, hoverDelay: 0 });
    await new Promise((r) => setTimeout(r, 10));
    expect(seen).not.toContain(0);
  });
});
