// User settings: one versioned object in extension storage. Read through readSettings: a
// corrupt field falls back to its default (and is reported, so the options page can say so), an
// older shape is migrated without losing the reader's choices.
import * as v from 'valibot';
import { ENTITY_KINDS, type EntityKind } from '../glossary/types';

export const SETTINGS_KEY = 'settings';

/** auto: mark articles only; always: mark any page; never: mark nothing on this site. */
export type SiteMode = 'auto' | 'always' | 'never';
export const UNDERLINE_STYLES = ['dotted', 'solid', 'wavy'] as const;
export const UNDERLINE_COLORS = ['blue', 'green', 'orange', 'grey'] as const;

const FIELDS = {
  enabled: v.boolean(),
  sites: v.record(v.string(), v.picklist(['auto', 'always', 'never'])),
  /** Milliseconds the pointer rests on a name before its card opens. */
  hoverDelay: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(1000)),
  underline: v.strictObject({
    style: v.picklist(UNDERLINE_STYLES),
    color: v.picklist(UNDERLINE_COLORS),
  }),
  /** Which kinds of entity are marked. */
  kinds: v.array(v.picklist(ENTITY_KINDS)),
  /** Underline only the first mention of each entity. */
  firstMentionOnly: v.boolean(),
  /** Show the number of entities on the toolbar button. */
  badge: v.boolean(),
};
type Fields = { [K in keyof typeof FIELDS]: v.InferOutput<(typeof FIELDS)[K]> };
export type Settings = { version: 2 } & Fields;

export const DEFAULT_SETTINGS: Settings = {
  version: 2,
  enabled: true,
  sites: {},
  hoverDelay: 300,
  underline: { style: 'dotted', color: 'blue' },
  kinds: [...ENTITY_KINDS],
  firstMentionOnly: false,
  badge: true,
};

export interface ReadSettings {
  settings: Settings;
  /** Fields that held something unreadable and were reset to their defaults. */
  reset: string[];
}

/**
 * Version 1 held `enabled` and `sites`; version 2 added the rest, which an upgrade fills with
 * defaults. Each field is checked on its own, so one bad value costs only that value.
 */
export function readSettings(value: unknown): ReadSettings {
  const settings = structuredClone(DEFAULT_SETTINGS) as Settings;
  if (value === undefined || value === null) return { settings, reset: [] };
  if (typeof value !== 'object' || Array.isArray(value)) return { settings, reset: ['settings'] };
  const stored = value as Record<string, unknown>;
  const upgrading = stored['version'] === 1;
  const reset: string[] = [];
  for (const key of Object.keys(FIELDS) as (keyof Fields)[]) {
    if (!(key in stored)) {
      if (!upgrading) reset.push(key);
      continue;
    }
    const result = v.safeParse(FIELDS[key], stored[key]);
    if (result.success) (settings as Record<string, unknown>)[key] = result.output;
    else reset.push(key);
  }
  return { settings, reset };
}

export function parseSettings(value: unknown): Settings {
  return readSettings(value).settings;
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

export function kindsShown(settings: Settings): Set<EntityKind> {
  return new Set(settings.kinds);
}

/** The key a site is stored under: its host name, without a leading "www.". */
export function siteOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}
