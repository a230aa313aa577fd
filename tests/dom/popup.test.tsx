// The toolbar popup as a reader uses it: the switches save settings, the entity index jumps to
// a name, and a site Backstory may not read is explained with a way to allow it.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PageState } from '../../src/shared/messages';
import { createFakeBrowser } from '../support/fake-browser';

const fake = vi.hoisted(() => ({
  browser: null as unknown as ReturnType<typeof createFakeBrowser>,
}));
vi.mock('webextension-polyfill', () => ({
  default: new Proxy({}, { get: (_, key) => (fake.browser as Record<PropertyKey, unknown>)[key] }),
}));
const { Popup } = await import('../../src/popup/Popup');
const { DEFAULT_SETTINGS, SETTINGS_KEY } = await import('../../src/shared/settings');

const article: PageState = {
  site: 'news.example',
  article: true,
  active: true,
  entities: [
    { id: 'sergey-lavrov', name: 'Sergey Lavrov', kind: 'person', count: 3 },
    { id: 'antony-blinken', name: 'Antony Blinken', kind: 'person', count: 1234 },
    { id: 'nato', name: 'NATO', kind: 'organization', count: 2 },
  ],
};
const stored = () => fake.browser.storage.local.data[SETTINGS_KEY] as typeof DEFAULT_SETTINGS;
const toggle = (which: string) =>
  document.querySelector<HTMLInputElement>(`[data-backstory-toggle="${which}"]`)!;

afterEach(cleanup);
beforeEach(() => {
  fake.browser = createFakeBrowser();
  // What extensionApi() finds (the content script and the settings store use no polyfill).
  Object.assign(globalThis, { browser: fake.browser });
  fake.browser.tabs.pageState = article;
  history.replaceState(null, '', '/popup.html?tab=1');
});

async function renderPopup() {
  render(<Popup />);
  await waitFor(() => expect(toggle('all').disabled).toBe(false));
}

describe('popup', () => {
  it('switches Backstory off everywhere, and off and on for this site', async () => {
    await renderPopup();
    expect(screen.getByText('Show context on news.example')).toBeTruthy();
    fireEvent.click(toggle('site'));
    await waitFor(() => expect(stored().sites).toEqual({ 'news.example': 'never' }));
    fireEvent.click(toggle('site'));
    await waitFor(() => expect(stored().sites).toEqual({}));
    fireEvent.click(toggle('all'));
    await waitFor(() => expect(stored().enabled).toBe(false));
    await waitFor(() => expect(toggle('site').disabled).toBe(true));
  });

  it('sets this site to every page, or articles only', async () => {
    await renderPopup();
    const mode = document.querySelector<HTMLSelectElement>('[data-backstory-site-mode]')!;
    fireEvent.change(mode, { target: { value: 'always' } });
    await waitFor(() => expect(stored().sites).toEqual({ 'news.example': 'always' }));
  });

  it('underlines only first mentions when asked', async () => {
    await renderPopup();
    expect(screen.getByText('Underline first mention only')).toBeTruthy();
    fireEvent.click(toggle('first-mention'));
    await waitFor(() => expect(stored().firstMentionOnly).toBe(true));
  });

  it('lists the page entities by kind, most mentioned first, counts in the UI language', async () => {
    await renderPopup();
    const list = document.querySelector<HTMLElement>('[data-backstory-entities]')!;
    const groups = within(list)
      .getAllByRole('heading')
      .map((h) => h.textContent);
    expect(groups).toEqual(['Person', 'Organization']);
    const people = [...list.querySelectorAll('section')][0]!;
    expect([...people.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      'Antony Blinken1,234',
      'Sergey Lavrov3',
    ]);
  });

  it('jumps to an entity on the page when its name is chosen', async () => {
    await renderPopup();
    fireEvent.click(screen.getByRole('button', { name: 'NATO' }));
    expect(fake.browser.sent.at(-1)).toEqual({
      tabId: 1,
      message: { type: 'show-entity', id: 'nato' },
    });
  });

  it('explains a site Backstory may not read yet, and starts there once allowed', async () => {
    fake.browser.tabs.pageState = null;
    const executeScript = vi.spyOn(fake.browser.scripting, 'executeScript');
    await renderPopup();
    expect(
      screen.getByText('Backstory needs your permission to read pages on news.example.'),
    ).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Allow on news.example' }));
    await waitFor(() => expect(executeScript).toHaveBeenCalled());
    expect(fake.browser.permissions.granted).toBe(true);
  });

  it('says when the page is not an article', async () => {
    fake.browser.tabs.pageState = { ...article, article: false, active: false, entities: [] };
    await renderPopup();
    expect(document.body.textContent).toContain('This page does not look like an article.');
  });
});
