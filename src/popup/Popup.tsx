// Toolbar popup: switch Backstory off everywhere or on this site, choose whether every mention
// or only the first is underlined, and see the entities found on the page. `popup.html?tab=N`
// acts on tab N instead of the active tab (used by the tests).
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { PageState, ShowEntityRequest } from '../shared/messages';
import {
  DEFAULT_SETTINGS,
  siteMode,
  withSiteMode,
  type Settings,
  type SiteMode,
} from '../shared/settings';
import { loadSettings, onSettingsChanged, saveSettings } from '../shared/storage';
import { t } from '../shared/i18n';
import { EntityList } from './EntityList';
import { requestAccess, siteAccess, startInTab, type SiteAccess } from './site-access';

async function targetTabId(): Promise<number | null> {
  const fromQuery = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

async function pageState(tabId: number | null): Promise<PageState | null> {
  if (tabId === null) return null;
  try {
    // The top page (frame 0) answers; frames of the page mark their own text but stay quiet.
    return (await browser.tabs.sendMessage(
      tabId,
      { type: 'page-state' },
      { frameId: 0 },
    )) as PageState;
  } catch {
    return null; // No content script there: a browser page, a PDF, a site we may not read.
  }
}

export function Popup() {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [page, setPage] = useState<PageState | null>(null);
  const [ready, setReady] = useState(false);

  const [tabId, setTabId] = useState<number | null>(null);
  const [access, setAccess] = useState<SiteAccess | null>(null);

  useEffect(() => {
    const stop = new AbortController();
    let tabId: number | null = null;
    const refresh = async () => {
      const state = await pageState(tabId);
      setPage(state);
      setAccess(state === null && tabId !== null ? await siteAccess(tabId) : null);
    };
    void (async () => {
      tabId = await targetTabId();
      setTabId(tabId);
      setSettings(await loadSettings());
      await refresh();
      setReady(true);
    })();
    onSettingsChanged((next) => {
      setSettings(next);
      // The page re-scans when switched back on; ask again once it has had a moment.
      void refresh();
      setTimeout(() => void refresh(), 400);
    }, stop.signal);
    return () => stop.abort();
  }, []);

  const site = page?.site ?? '';
  const mode = site ? siteMode(settings, site) : 'auto';
  const update = (next: Settings) => {
    setSettings(next);
    void saveSettings(next);
  };
  const start = async (origin: string, ask: boolean) => {
    if (tabId === null || (ask && !(await requestAccess(origin)))) return;
    await startInTab(tabId).catch(() => {});
    setTimeout(() => void pageState(tabId).then(setPage), 500);
    setAccess(null);
  };
  const showEntity = (id: string) => {
    if (tabId === null) return;
    const request: ShowEntityRequest = { type: 'show-entity', id };
    void browser.tabs.sendMessage(tabId, request, { frameId: 0 }).catch(() => {});
    // As the toolbar popup, step aside so the reader sees the card (not when opened as a tab).
    if (!new URLSearchParams(location.search).has('tab')) window.close();
  };

  return (
    <>
      <h1>
        Backstory <span class="muted">{__VERSION__}</span>
        <button
          type="button"
          class="settings"
          onClick={() => void browser.runtime.openOptionsPage()}
        >
          {t('popupSettings')}
        </button>
      </h1>
      <label class="switch">
        <span>{t('popupAllSites')}</span>
        <input
          type="checkbox"
          role="switch"
          data-backstory-toggle="all"
          checked={settings.enabled}
          disabled={!ready}
          onChange={(e) => update({ ...settings, enabled: e.currentTarget.checked })}
        />
      </label>
      <label class="switch">
        <span>{site ? t('popupSite', site) : t('popupThisSite')}</span>
        <input
          type="checkbox"
          role="switch"
          data-backstory-toggle="site"
          checked={site !== '' && siteMode(settings, site) !== 'never'}
          disabled={!ready || site === '' || !settings.enabled}
          onChange={(e) =>
            update(withSiteMode(settings, site, e.currentTarget.checked ? 'auto' : 'never'))
          }
        />
      </label>
      {site && mode !== 'never' && settings.enabled && (
        <label class="switch">
          <span>{t('popupSiteMode')}</span>
          <select
            data-backstory-site-mode=""
            value={mode}
            onChange={(e) =>
              update(withSiteMode(settings, site, e.currentTarget.value as SiteMode))
            }
          >
            <option value="auto">{t('popupModeAuto')}</option>
            <option value="always">{t('popupModeAlways')}</option>
          </select>
        </label>
      )}
      <label class="switch">
        <span>{t('popupFirstMentionOnly')}</span>
        <input
          type="checkbox"
          role="switch"
          data-backstory-toggle="first-mention"
          checked={settings.firstMentionOnly}
          disabled={!ready || !settings.enabled}
          onChange={(e) => update({ ...settings, firstMentionOnly: e.currentTarget.checked })}
        />
      </label>
      <hr />
      {!ready ? null : page === null && access?.state === 'missing' ? (
        <div data-backstory-access="missing">
          <p class="muted">{t('popupNeedsPermission', access.host)}</p>
          <button type="button" onClick={() => void start(access.origin, true)}>
            {t('popupAllow', access.host)}
          </button>
        </div>
      ) : page === null && access?.state === 'granted-idle' ? (
        <button
          type="button"
          data-backstory-access="idle"
          onClick={() => void start(access.origin, false)}
        >
          {t('popupStartHere')}
        </button>
      ) : page === null ? (
        <p class="muted">{t('popupCannotRead')}</p>
      ) : !page.active ? (
        <p class="muted">
          {!settings.enabled || siteMode(settings, site) === 'never'
            ? t('popupOff')
            : page.article
              ? t('popupNoNames')
              : t('popupNotArticle')}
        </p>
      ) : (
        <EntityList entities={page.entities} onShow={showEntity} />
      )}
    </>
  );
}
