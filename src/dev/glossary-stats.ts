// npm run glossary:stats — what the bundled glossary holds: entities by kind (hand-written and
// generated), entries with empty fields a curator should fill, the oldest review dates, and every
// open role ("still held") not re-checked against a recent source since its entry's last review,
// and the coverage plan's classes with what each still lacks.
import { allCards } from '../glossary/compiler';
import { auditOpenRoles } from '../glossary/role-audit';
import {
  compileEntriesDir,
  readEntrySources,
  entriesDir,
  loadEntries,
} from '../glossary/load-entries';
import { coverage } from './coverage';
import type { GlossaryEntry } from '../glossary/types';

const ENTRIES = entriesDir();

const glossary = compileEntriesDir(ENTRIES);
const cards = allCards(glossary);
const hand = readEntrySources(ENTRIES).map((s) => JSON.parse(s.text) as GlossaryEntry);
const handIds = new Set(hand.map((e) => e.id));

const byKind = new Map<string, { hand: number; generated: number }>();
for (const e of cards) {
  const row = byKind.get(e.kind) ?? { hand: 0, generated: 0 };
  row[handIds.has(e.id) ? 'hand' : 'generated'] += 1;
  byKind.set(e.kind, row);
}
console.log(
  `${cards.length} entities (${hand.length} hand-written, ${cards.length - hand.length} generated), ${glossary.forms.length} names\n`,
);
console.log('kind            hand  generated  total');
for (const [kind, { hand: h, generated: g }] of [...byKind].sort(
  (a, b) => b[1].hand + b[1].generated - a[1].hand - a[1].generated,
)) {
  console.log(
    `${kind.padEnd(14)} ${String(h).padStart(5)}  ${String(g).padStart(9)}  ${String(h + g).padStart(5)}`,
  );
}

const missing: Record<string, string[]> = {};
const note = (field: string, id: string) => (missing[field] ??= []).push(id);
for (const e of hand) {
  if (e.kind === 'person' && e.roles.length === 0) note('roles (person)', e.id);
  if (e.kind === 'person' && e.shortNames.length === 0) note('shortNames (person)', e.id);
  if (e.kind === 'person' && !e.facts['born']) note('facts.born (person)', e.id);
  if (e.related.length === 0) note('related', e.id);
  if (e.context.length === 0) note('context', e.id);
  if (Object.keys(e.facts).length === 0) note('facts', e.id);
}
console.log('\nHand-written entries with empty fields:');
for (const [field, ids] of Object.entries(missing)) {
  console.log(
    `  ${field}: ${ids.length}${ids.length ? ` (${ids.slice(0, 8).join(', ')}${ids.length > 8 ? ', ...' : ''})` : ''}`,
  );
}
if (Object.keys(missing).length === 0) console.log('  none');

console.log('\nOldest reviews:');
for (const e of [...hand].sort((a, b) => a.reviewed.localeCompare(b.reviewed)).slice(0, 10)) {
  console.log(`  ${e.reviewed}  ${e.id}`);
}

const roles = auditOpenRoles(hand);
const openCount = roles.checked.length + roles.explained.length + roles.unchecked.length;
console.log(
  `\nOpen roles: ${openCount} (${roles.checked.length} checked against a recent source, ${roles.explained.length} explained in a note, ${roles.unchecked.length} unchecked)`,
);
if (roles.explained.length > 0) {
  console.log('\nOpen roles not checked, with why:');
  for (const { id, role } of roles.explained)
    console.log(`  ${id}: ${role.title} (from ${role.from}): ${role.note}`);
}
console.log('\nUnchecked open roles:');
for (const { id, role, problem } of roles.unchecked)
  console.log(`  ${id}: ${role.title} (from ${role.from}): ${problem}`);
if (roles.unchecked.length === 0) console.log('  none');

// The coverage plan: each class and what it still lacks (src/dev/coverage.ts).
const { sources, generated } = loadEntries(ENTRIES);
const everything = [...sources.map((s) => JSON.parse(s.text) as GlossaryEntry), ...generated];
console.log('\nCoverage plan (a class is complete when it lacks nothing):');
for (const c of coverage(everything)) {
  if (c.of === null) {
    console.log(`  ${c.name}${c.have ? `: ${c.have}` : ''}`);
    continue;
  }
  console.log(`  ${c.name}: ${c.have} of ${c.of}`);
  if (c.lacks.length)
    console.log(
      `    lacks ${c.lacks.length}: ${c.lacks.slice(0, 12).join(', ')}${c.lacks.length > 12 ? ', ...' : ''}`,
    );
}
