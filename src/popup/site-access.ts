// Firefox treats an MV3 extension's host permissions as optional: a reader may not have granted
// Backstory a site yet. The popup checks, asks on the reader's click, and starts Backstory on
// the open page at once (also for pages opened before Backstory was installed).
import browser from 'webextension-polyfill';

export type SiteAccess =
  | { state: 'unavailable' } // not a web page (browser pages, PDFs, the store)
  | { state: 'missing'; origin: string; host: string }
  | { state: 'granted-idle'; origin: string; host: string }; // allowed, but not running here

/** Why the content script is not answering in this tab, when it is not. */
export async function siteAccess(tabId: number): Promise<SiteAccess> {
  const tab = await browser.tabs.get(tabId).catch(() => null);
  if (!tab?.url || !/^https?:/.test(tab.url)) return { state: 'unavailable' };
  const url = new URL(tab.url);
  const origin = `${url.origin}/*`;
  const granted = await browser.permissions.contains({ origins: [origin] });
  return { state: granted ? 'granted-idle' : 'missing', origin, host: url.hostname };
}

/** Must run from the reader's click: browsers grant permissions only on a user gesture. */
export async function requestAccess(origin: string): Promise<boolean> {
  return browser.permissions.request({ origins: [origin] });
}

export async function startInTab(tabId: number): Promise<void> {
  await browser.scripting.insertCSS({ target: { tabId }, files: ['content.css'] });
  await browser.scripting.executeScript({ target: { tabId }, files: ['content.js'] });
}
