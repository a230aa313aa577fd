// npm run glossary:sample -- --seed N [--person 15] [--organization 8] [--place 8] ...
//   [--source TEXT] only entries whose first source contains TEXT ("factbook", "geonames");
//   [--generated] draw from the generated country, capital and city entries too.
// Draws a seeded random sample of hand-written entries for a spot-check: the same seed and the
// same glossary give the same sample, so a reviewer can redraw it and check the checker. Kinds
// are given as counts; "--place 8" draws places and countries together (both are places to a
// reader), "--event 5" draws events and agreements together.
import { readEntrySources, entriesDir, loadEntries } from '../glossary/load-entries';
import type { EntityKind, GlossaryEntry } from '../glossary/types';

const POOLS: Record<string, EntityKind[]> = {
  person: ['person'],
  organization: ['organization'],
  place: ['place', 'country'],
  event: ['event', 'agreement'],
};

const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const at = args.indexOf(`--${name}`);
  return at === -1 ? undefined : args[at + 1];
};
const seed = Number(option('seed'));
if (!Number.isInteger(seed)) {
  console.error('usage: npm run glossary:sample -- --seed N [--person K] [--organization K] ...');
  process.exit(2);
}

/** mulberry32: small, fast and the same on every machine. */
function random(state: number): () => number {
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const source = option('source');
const written = readEntrySources(entriesDir()).map((s) => JSON.parse(s.text) as GlossaryEntry);
const entries = [
  ...written,
  ...(args.includes('--generated') ? loadEntries(entriesDir()).generated : []),
]
  .filter((e) => !source || e.sources[0]!.includes(source))
  .sort((a, b) => a.id.localeCompare(b.id));
const next = random(seed);
for (const [pool, kinds] of Object.entries(POOLS)) {
  const count = Number(option(pool) ?? 0);
  if (!count) continue;
  const candidates = entries.filter((e) => kinds.includes(e.kind));
  // Fisher–Yates over the first `count` places only: what is drawn does not depend on the rest.
  for (let i = 0; i < Math.min(count, candidates.length); i++) {
    const j = i + Math.floor(next() * (candidates.length - i));
    [candidates[i], candidates[j]] = [candidates[j]!, candidates[i]!];
    console.log(`${candidates[i]!.kind}\t${candidates[i]!.id}`);
  }
}
