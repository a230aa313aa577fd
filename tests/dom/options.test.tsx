// The options page as a reader uses it: every choice is saved at once, unreadable stored
// values are reported, sites can be removed, and everything can be reset.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createFakeBrowser } from '../support/fake-browser';

const fake = vi.hoisted(() => ({
  browser: null as unknown as ReturnType<typeof createFakeBrowser>,
}));
vi.mock('webextension-polyfill', () => ({
  default: new Proxy({}, { get: (_, key) => (fake.browser as Record<PropertyKey, unknown>)[key] }),
}));
const { Options } = await import('../../src/options/Options');
const { DEFAULT_SETTINGS, SETTINGS_KEY } = await import('../../src/shared/settings');
const { saveSettings } = await import('../../src/shared/storage');

const stored = () => fake.browser.storage.local.data[SETTINGS_KEY] as typeof DEFAULT_SETTINGS;
const setting = <T extends HTMLElement>(name: string) =>
  document.querySelector<T>(`[data-backstory-setting="${name}"]`)!;

afterEach(cleanup);
beforeEach(() => {
  fake.browser = createFakeBrowser();
  // What extensionApi() finds (the content script and the settings store use no polyfill).
  Object.assign(globalThis, { browser: fake.browser });
});

async function renderOptions() {
  render(<Options />);
  await waitFor(() => expect(setting('badge')).toBeTruthy());
}

describe('options page', () => {
  it('saves the hover delay, underline, first-mention and badge choices at once', async () => {
    await renderOptions();
    fireEvent.input(setting('hoverDelay'), { target: { value: '650' } });
    fireEvent.change(setting('underline.style'), { target: { value: 'wavy' } });
    fireEvent.change(setting('underline.color'), { target: { value: 'green' } });
    fireEvent.click(setting('firstMentionOnly'));
    fireEvent.click(setting('badge'));
    await waitFor(() =>
      expect(stored()).toMatchObject({
        hoverDelay: 650,
        underline: { style: 'wavy', color: 'green' },
        firstMentionOnly: true,
        badge: false,
      }),
    );
    expect(screen.getByText('650 ms before a card opens')).toBeTruthy();
  });

  it('marks only the kinds chosen', async () => {
    await renderOptions();
    fireEvent.click(document.querySelector('[data-backstory-kind="place"]')!);
    await waitFor(() => expect(stored().kinds).not.toContain('place'));
    fireEvent.click(document.querySelector('[data-backstory-kind="place"]')!);
    await waitFor(() => expect(stored().kinds).toEqual(DEFAULT_SETTINGS.kinds));
  });

  it('lists the sites set to every page or never, and removes one', async () => {
    await saveSettings({
      ...DEFAULT_SETTINGS,
      sites: { 'a.example': 'always', 'b.example': 'never' },
    });
    await renderOptions();
    const rows = [...document.querySelectorAll('[data-backstory-site]')];
    expect(rows.map((r) => r.textContent)).toEqual([
      'a.exampleevery pageRemove',
      'b.exampleneverRemove',
    ]);
    fireEvent.click(rows[0]!.querySelector('button')!);
    await waitFor(() => expect(stored().sites).toEqual({ 'b.example': 'never' }));
  });

  it('says which stored settings were unreadable, and resets to defaults on request', async () => {
    fake.browser.storage.local.data[SETTINGS_KEY] = {
      ...DEFAULT_SETTINGS,
      hoverDelay: -5,
      badge: false,
    };
    await renderOptions();
    expect(document.querySelector('[data-backstory-settings-reset]')?.textContent).toContain(
      'hoverDelay',
    );
    fireEvent.click(document.querySelector('[data-backstory-reset]')!);
    await waitFor(() => expect(stored()).toEqual(DEFAULT_SETTINGS));
    expect(document.querySelector('[data-backstory-settings-reset]')).toBeNull();
  });

  it('shows a change made elsewhere (the popup) without reloading', async () => {
    await renderOptions();
    await saveSettings({ ...DEFAULT_SETTINGS, badge: false });
    await waitFor(() => expect(setting<HTMLInputElement>('badge').checked).toBe(false));
  });
});
