// Shapes shared by the compiler (build time), the matcher/resolver (background worker and CLI)
// and the card UI. Pure types: no runtime code here.

export const ENTITY_KINDS = [
  'person',
  'country',
  'place',
  'organization',
  'agreement',
  'event',
] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

export interface Role {
  title: string;
  /** ISO date, YYYY-MM-DD (YYYY-MM or YYYY when the day is unknown). */
  from: string;
  /** Absent while the role is still held. */
  to?: string;
}

/** The last time a curator confirmed that a role without an end is still held, and where. */
export interface RoleCheck {
  /** The day the curator checked (YYYY-MM-DD). */
  on: string;
  /** A page, dated within a year before the check, that shows the role still held. */
  source: string;
  /** The date of that page (YYYY-MM-DD, YYYY-MM or YYYY). */
  sourceDate: string;
}

/** A role as a curator writes it: what the card shows, plus how an open role was checked. */
export interface EntryRole extends Role {
  checked?: RoleCheck;
  /** Why an open role could not be checked, when it could not. */
  note?: string;
  /** For an open role not checked: the date of the latest source seen that shows it held. */
  lastSeen?: string;
}

/** A role as a card shows it. */
export interface CardRole extends Role {
  /**
   * Set on an open role that no recent check confirms: the date it is last known to have been
   * held. The card says "As of <that month>" for it instead of "Now".
   */
  asOf?: string;
}

/** One file in src/glossary/entries, as written by a curator. */
export interface GlossaryEntry {
  id: string;
  kind: EntityKind;
  name: string;
  aliases: string[];
  shortNames: string[];
  description: string;
  summary: string;
  roles: EntryRole[];
  facts: Record<string, string>;
  related: string[];
  confusables: string[];
  context: string[];
  /** Names that are also common words or other entities' names; need support from the text. */
  ambiguous?: string[];
  /**
   * The country whose institution or party this is. Its ambiguous names ("Senate", "Labour
   * Party") are marked only in an article about that country.
   */
  country?: string;
  /** Where the card's facts come from, the main reference first; every one https. */
  sources: string[];
  reviewed: string;
}

/** What a card shows: the entry without its matching data, with links resolved to names. */
export interface EntityCard {
  id: string;
  kind: EntityKind;
  name: string;
  description: string;
  summary: string;
  roles: CardRole[];
  facts: Record<string, string>;
  related: EntityLink[];
  confusables: EntityLink[];
  /** The main reference first; the card links it and lists the rest. */
  sources: string[];
  reviewed: string;
}

export interface EntityLink {
  id: string;
  name: string;
}

/** A surface form to match: a full name/alias, or a short name that needs support. */
export interface CompiledForm {
  /** The name as written (tools and tests; the packed glossary keeps only the trie). */
  text?: string;
  entity: number;
  short: boolean;
  /** Also a common word or another entity's name: needs support from the text. */
  ambiguous: boolean;
  /** The form's trie path (see Matcher), computed at build time so the worker starts fast. */
  path: string[];
}

/**
 * The compiler's output, as plain data: the tools and tests read it, and build.mjs packs it into
 * the files the worker loads (pack.ts). Cards are JSON text, one per entity, parsed only when
 * needed: most of the glossary's bytes are summaries a scan never reads.
 */
export interface CompiledGlossary {
  version: 2;
  /** Per entity (same index everywhere below). */
  ids: string[];
  /** Display names and kinds: what a scan answers with, before any card is read. */
  names: string[];
  kinds: EntityKind[];
  cards: string[];
  context: string[][];
  related: number[][];
  /** Indexes of entities that are cities ("Donetsk region" is not the city of Donetsk). */
  cities: number[];
  /** Per entity: the index of the country it belongs to (its `country`), or -1. */
  countries: number[];
  forms: CompiledForm[];
}

/** What the resolver needs to know about forms and entities, by index. */
export interface GlossaryIndex {
  formEntity(form: number): number;
  formShort(form: number): boolean;
  formAmbiguous(form: number): boolean;
  entityId(entity: number): string;
  contextWords(entity: number): readonly string[];
  relatedEntities(entity: number): readonly number[];
  isCity(entity: number): boolean;
  entityKind(entity: number): EntityKind;
  /** The country an institution or party belongs to, or -1. */
  entityCountry(entity: number): number;
}

export interface Mention {
  start: number;
  end: number;
  entityId: string;
  /** 0..1; the content script marks only mentions at or above MARK_THRESHOLD. */
  confidence: number;
}
