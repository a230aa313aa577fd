// The real bundled glossary, compiled the way build.mjs compiles it, for tests of matching.
import { join } from 'node:path';
import { compileEntriesDir } from '../../src/glossary/load-entries';
import { createScanner } from '../../src/glossary/scanner';

// Relative to the vitest root (the repository): happy-dom's environment rewrites import.meta.url.
export const ENTRIES_DIR =
  process.env.BACKSTORY_ENTRIES_DIR ?? join(process.cwd(), 'src/glossary/entries');
export const glossary = compileEntriesDir(ENTRIES_DIR);
export const scan = createScanner(glossary);

/** "text → entity id" for each mention, in order: easy to read in a failing assertion. */
export function marked(text: string): string[] {
  return scan(text).mentions.map((m) => `${text.slice(m.start, m.end)} → ${m.entityId}`);
}

/** A made-up person entry's JSON, for tests that build a glossary of their own. */
export function testPerson(id: string, name: string, extra: Record<string, unknown> = {}): string {
  return JSON.stringify({
    id,
    kind: 'person',
    name,
    aliases: [],
    shortNames: [],
    description: 'test person',
    summary: 'A person for a test.',
    roles: [],
    facts: {},
    related: [],
    confusables: [],
    context: [],
    sources: ['https://example.org/'],
    reviewed: '2026-11-28',
    ...extra,
  });
}
