// User settings: one versioned object in extension storage. Read through parseSettings so a
// corrupt or older value falls back to defaults instead of breaking the content script.
import * as v from 'valibot';

export const SETTINGS_KEY = 'settings';

/** auto: mark articles only; always: mark any page; never: mark nothing on this site. */
export type SiteMode = 'auto' | 'always' | 'never';

const SettingsSchema = v.object({
  version: v.literal(1),
  enabled: v.boolean(),
  sites: v.record(v.string(), v.picklist(['auto', 'always', 'never'])),
});
export type Settings = v.InferOutput<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = { version: 1, enabled: true, sites: {} };

export function parseSettings(value: unknown): Settings {
  const result = v.safeParse(SettingsSchema, value);
  return result.success ? result.output : structuredClone(DEFAULT_SETTINGS);
}

export function siteMode(settings: Settings, site: string): SiteMode {
  return settings.sites[site] ?? 'auto';
}

export function isActiveFor(settings: Settings, site: string): boolean {
  return settings.enabled && siteMode(settings, site) !== 'never';
}

export function withSiteMode(settings: Settings, site: string, mode: SiteMode): Settings {
  const sites = { ...settings.sites };
  if (mode === 'auto') delete sites[site];
  else sites[site] = mode;
  return { ...settings, sites };
}

/** The key a site is stored under: its host name, without a leading "www.". */
export function siteOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}
