// Turns the curated entry files into the compact glossary the worker loads. Every problem is
// reported with the file and field it concerns, and any problem fails the whole compile: a
// half-valid glossary must never ship.
import * as v from 'valibot';
import { EntrySchema } from './schema';
import { unconfirmedSince } from './role-audit';
import { formKey } from './tokens';
import { triePath } from './matcher';
import type {
  CompiledForm,
  CompiledGlossary,
  EntityCard,
  EntityKind,
  GlossaryEntry,
} from './types';

export interface EntrySource {
  /** Path relative to the entries folder, e.g. "people/antony-blinken.json". */
  file: string;
  text: string;
}

export class GlossaryError extends Error {
  constructor(readonly problems: string[]) {
    super(`glossary has ${problems.length} problem(s):\n  ${problems.join('\n  ')}`);
    this.name = 'GlossaryError';
  }
}

/** The folder an entry lives in names its kind. */
export const KIND_FOLDERS: Record<string, EntityKind> = {
  people: 'person',
  countries: 'country',
  places: 'place',
  organizations: 'organization',
  agreements: 'agreement',
  events: 'event',
};

/**
 * @param generated entries made by the build (countries and capitals from a dataset); a
 *   hand-written file with the same id replaces the generated entry.
 */
export function compileGlossary(
  sources: EntrySource[],
  generated: GlossaryEntry[] = [],
): CompiledGlossary {
  const problems: string[] = [];
  const entries: GlossaryEntry[] = [];
  const fileOf = new Map<string, string>();

  for (const { file, text } of [...sources].sort((a, b) => a.file.localeCompare(b.file))) {
    const entry = parseEntry(file, text, problems);
    if (!entry) continue;
    const previous = fileOf.get(entry.id);
    if (previous) {
      problems.push(`${file}: id: "${entry.id}" is already used by ${previous}`);
      continue;
    }
    fileOf.set(entry.id, file);
    entries.push(entry);
  }

  for (const entry of generated) {
    if (fileOf.has(entry.id)) continue;
    const label = `(generated) ${entry.kind}/${entry.id}`;
    const checked = validateEntry(label, entry, problems);
    if (!checked) continue;
    fileOf.set(entry.id, label);
    entries.push(checked);
  }

  const index = new Map(entries.map((e, i) => [e.id, i]));
  for (const entry of entries) {
    const file = fileOf.get(entry.id);
    for (const field of ['related', 'confusables'] as const) {
      entry[field].forEach((target, i) => {
        if (target === entry.id) problems.push(`${file}: ${field}[${i}]: refers to itself`);
        else if (!index.has(target))
          problems.push(`${file}: ${field}[${i}]: no entry has id "${target}"`);
      });
    }
  }
  for (const entry of entries) {
    if (entry.country === undefined) continue;
    const target = index.get(entry.country);
    if (target === undefined)
      problems.push(`${fileOf.get(entry.id)}: country: no entry has id "${entry.country}"`);
    else if (entries[target]!.kind !== 'country')
      problems.push(`${fileOf.get(entry.id)}: country: "${entry.country}" is not a country`);
  }
  problems.push(...nameCollisions(entries, fileOf));
  if (problems.length > 0) throw new GlossaryError(problems);

  const nameOf = (id: string) => ({ id, name: entries[index.get(id)!]!.name });
  const forms: CompiledForm[] = [];
  entries.forEach((entry, i) => {
    const full = new Set([entry.name, ...entry.aliases]);
    const ambiguous = new Set(entry.ambiguous ?? []);
    for (const text of full)
      forms.push({
        text,
        entity: i,
        short: false,
        ambiguous: ambiguous.has(text),
        path: triePath(text),
      });
    for (const text of new Set(entry.shortNames)) {
      if (!full.has(text))
        forms.push({
          text,
          entity: i,
          short: true,
          ambiguous: ambiguous.has(text),
          path: triePath(text),
        });
    }
  });

  const cards: EntityCard[] = entries.map((e) => ({
    id: e.id,
    kind: e.kind,
    name: e.name,
    description: e.description,
    summary: e.summary,
    // How a role was checked is for curators and tools; the card needs only what it shows, and
    // for an open role no recent check confirms, since when it is known to be held.
    roles: e.roles.map((role) => {
      const { title, from, to } = role;
      if (to) return { title, from, to };
      const asOf = unconfirmedSince(e, role);
      return asOf ? { title, from, asOf } : { title, from };
    }),
    facts: e.facts,
    related: e.related.map(nameOf),
    confusables: e.confusables.map(nameOf),
    sources: e.sources,
    reviewed: e.reviewed,
  }));
  return {
    version: 2,
    ids: entries.map((e) => e.id),
    names: entries.map((e) => e.name),
    kinds: entries.map((e) => e.kind),
    cards: cards.map((card) => JSON.stringify(card)),
    context: entries.map((e) => e.context),
    related: entries.map((e) => e.related.map((id) => index.get(id)!)),
    cities: entries.flatMap((e, i) =>
      e.kind === 'place' && /city|capital/i.test(e.facts['type'] ?? '') ? [i] : [],
    ),
    countries: entries.map((e) => (e.country === undefined ? -1 : index.get(e.country)!)),
    forms,
  };
}

/** Every card of a compiled glossary, parsed (for tools and tests; the worker parses lazily). */
export function allCards(glossary: CompiledGlossary): EntityCard[] {
  return glossary.cards.map((card) => JSON.parse(card) as EntityCard);
}

/** Validates one entry file on its own (schema, id and folder); cross-entry checks need them all. */
export function parseEntry(file: string, text: string, problems: string[]): GlossaryEntry | null {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    problems.push(`${file}: not valid JSON: ${(error as Error).message}`);
    return null;
  }
  const entry = validateEntry(file, json, problems);
  if (!entry) return null;
  const parts = file.split('/');
  const base = parts.at(-1)!.replace(/\.json$/, '');
  const kind = KIND_FOLDERS[parts.at(-2) ?? ''];
  let ok = true;
  if (base !== entry.id) {
    problems.push(`${file}: id: "${entry.id}" must match the file name "${base}"`);
    ok = false;
  }
  if (!kind) {
    problems.push(`${file}: kind: entries live in one of ${Object.keys(KIND_FOLDERS).join(', ')}/`);
    ok = false;
  } else if (kind !== entry.kind) {
    problems.push(
      `${file}: kind: "${entry.kind}" does not belong in ${parts.at(-2)}/ (expected "${kind}")`,
    );
    ok = false;
  }
  return ok ? entry : null;
}

function validateEntry(label: string, json: unknown, problems: string[]): GlossaryEntry | null {
  const result = v.safeParse(EntrySchema, json);
  if (result.success) return result.output as GlossaryEntry;
  for (const issue of result.issues) {
    const path = v.getDotPath(issue) ?? '(entry)';
    problems.push(`${label}: ${path.replace(/\.(\d+)(?=\.|$)/g, '[$1]')}: ${issue.message}`);
  }
  return null;
}

/**
 * Two entities answering to the same full name is a mistake unless both entries say the name is
 * ambiguous (then the resolver decides from context). Short names may be shared: they always
 * need support from the text.
 */
function nameCollisions(entries: GlossaryEntry[], fileOf: Map<string, string>): string[] {
  const owners = new Map<string, { entry: GlossaryEntry; name: string }[]>();
  for (const entry of entries) {
    for (const name of new Set([entry.name, ...entry.aliases])) {
      const key = formKey(name);
      const list = owners.get(key) ?? [];
      if (!list.some((o) => o.entry === entry)) list.push({ entry, name });
      owners.set(key, list);
    }
  }
  const problems: string[] = [];
  for (const list of owners.values()) {
    if (list.length < 2) continue;
    for (const { entry, name } of list) {
      if (entry.ambiguous?.includes(name)) continue;
      const others = list.filter((o) => o.entry !== entry).map((o) => fileOf.get(o.entry.id));
      const field = entry.name === name ? 'name' : 'aliases';
      problems.push(
        `${fileOf.get(entry.id)}: ${field}: "${name}" also names ${others.join(', ')}; list it in "ambiguous" if both are meant`,
      );
    }
  }
  return problems;
}
