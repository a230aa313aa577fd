// Node-side: read every entry file under a folder and compile them. Used by build.mjs and the
// CLI, never bundled into the extension.
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileGlossary, type EntrySource } from './compiler';
import type { CompiledGlossary, GlossaryEntry } from './types';
import { formKey } from './tokens';
import { generateCityEntries } from './world-cities';
import { countryRefs, generateCountryEntries } from './world-countries';

/**
 * The bundled entries folder, or BACKSTORY_ENTRIES_DIR (tests point the tools at other entries).
 * A function, not a constant: build.mjs bundles this module to a data: URL, where no path
 * relative to the module exists (it passes its own folder instead).
 */
export function entriesDir(): string {
  return process.env.BACKSTORY_ENTRIES_DIR || fileURLToPath(new URL('./entries', import.meta.url));
}

export function readEntrySources(dir: string): EntrySource[] {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && d.name.endsWith('.json'))
    .map((d) => join(d.parentPath, d.name));
  return files.map((file) => ({
    file: relative(dir, file).split(sep).join('/'),
    text: readFileSync(file, 'utf8'),
  }));
}

/** The bundled glossary: the entry files plus the generated country, capital and city entries. */
export function compileEntriesDir(dir: string): CompiledGlossary {
  const { sources, generated } = loadEntries(dir);
  return compileGlossary(sources, generated);
}

/** The entry files under `dir`, and the country, capital and city entries they do not replace. */
export function loadEntries(dir: string): { sources: EntrySource[]; generated: GlossaryEntry[] } {
  const sources = readEntrySources(dir);
  const handIds = new Set<string>();
  const handNames = new Set<string>();
  for (const { text } of sources) {
    try {
      const entry = JSON.parse(text) as Partial<GlossaryEntry>;
      if (typeof entry.id === 'string') handIds.add(entry.id);
      for (const name of [entry.name, ...(entry.aliases ?? [])]) {
        if (typeof name === 'string') handNames.add(formKey(name));
      }
    } catch {
      // compileGlossary reports the broken file with its name.
    }
  }
  const countriesAndCapitals = generateCountryEntries(handIds, handNames);
  const ids = new Set([...handIds, ...countriesAndCapitals.map((e) => e.id)]);
  const names = new Set(handNames);
  for (const e of countriesAndCapitals)
    for (const name of [e.name, ...e.aliases]) names.add(formKey(name));
  // A city says which country it is in: only countries the glossary has.
  const countries = new Map([...countryRefs()].filter(([, ref]) => ids.has(ref.id)));
  return {
    sources,
    generated: [...countriesAndCapitals, ...generateCityEntries(countries, ids, names)],
  };
}
