// User settings: one versioned object in extension storage. Read through readSettings: a
// corrupt field falls back to its default (and is reported, so the options page can say so), an
// older shape is migrated without losing the reader's choices.
import { ENTITY_KINDS, type EntityKind } from '../glossary/types';

export const SETTINGS_KEY = 'settings';

/** auto: mark articles only; always: mark any page; never: mark nothing on this site. */
export type SiteMode = 'auto' | 'always' | 'never';
export const UNDERLINE_STYLES = ['dotted', 'solid', 'wavy'] as const;
export const UNDERLINE_COLORS = ['blue', 'green', 'orange', 'grey'] as const;

// Plain checks rather than the schema library the worker uses: settings are read by the content
// script, whose size every page pays for, and these few fields need nothing more.
const isOneOf =
  <T extends string>(values: readonly T[]) =>
  (x: unknown): x is T =>
    typeof x === 'string' && (values as readonly string[]).includes(x);
const isSiteMode = isOneOf(['auto', 'always', 'never'] as const);
const isKind = isOneOf(ENTITY_KINDS);
const isRecord = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

const FIELDS = {
  enabled: (x: unknown): x is boolean => typeof x === 'boolean',
  sites: (x: unknown): x is Record<string, SiteMode> =>
    isRecord(x) && Object.values(x).every(isSiteMode),
  /** Milliseconds the pointer rests on a name before its card opens. */
  hoverDelay: (x: unknown): x is number =>
    Number.isInteger(x) && (x as number) >= 0 && (x as number) <= 1000,
  underline: (x: unknown): x is { style: UnderlineStyle; color: UnderlineColor } =>
    isRecord(x) &&
    Object.keys(x).length === 2 &&
    isOneOf(UNDERLINE_STYLES)(x['style']) &&
    isOneOf(UNDERLINE_COLORS)(x['color']),
  /** Which kinds of entity are marked. */
  kinds: (x: unknown): x is EntityKind[] => Array.isArray(x) && x.every(isKind),
  /** Underline only the first mention of each entity. */
  firstMentionOnly: (x: unknown): x is boolean => typeof x === 'boolean',
  /** Show the number of entities on the toolbar button. */
  badge: (x: unknown): x is boolean => typeof x === 'boolean',
};
type UnderlineStyle = (typeof UNDERLINE_STYLES)[number];
type UnderlineColor = (typeof UNDERLINE_COLORS)[number];
type Fields = {
  [K in keyof typeof FIELDS]: (typeof FIELDS)[K] extends (x: unknown) => x is infer T ? T : never;
};
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
    const check = FIELDS[key] as (x: unknown) => boolean;
    if (check(stored[key]))
      (settings as Record<string, unknown>)[key] = structuredClone(stored[key]);
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
