// UI strings from _locales through the browser's i18n API (synchronous in every context, so
// no polyfill needed), and the UI language for dates and numbers.
import type en from '../_locales/en/messages.json';

export type MessageKey = keyof typeof en;

interface I18n {
  getMessage(key: string, substitutions?: string[]): string;
  getUILanguage(): string;
}

function api(): I18n | undefined {
  const g = globalThis as { browser?: { i18n?: I18n }; chrome?: { i18n?: I18n } };
  return g.browser?.i18n ?? g.chrome?.i18n;
}

export function t(key: MessageKey, ...substitutions: (string | number)[]): string {
  // An unknown key is a bug, but showing the key beats showing nothing.
  return api()?.getMessage(key, substitutions.map(String)) || key;
}

/** The browser's UI language ("en-GB", "de"), for Intl date and number formats. */
export function uiLanguage(): string | undefined {
  return api()?.getUILanguage();
}

/** A count as the UI language writes it ("1,234" in English, "1.234" in German). */
export function formatNumber(n: number): string {
  return new Intl.NumberFormat(uiLanguage()).format(n);
}
