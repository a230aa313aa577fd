// npx tsx src/dev/glossary-check.ts [--known IDS_FILE] FILE...
// Checks entry files on their own, before they join the glossary: schema, id, folder, and (with
// --known, a file of ids separated by whitespace) that every related/confusable id exists.
import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { parseEntry } from '../glossary/compiler';
import { entriesDir } from '../glossary/load-entries';

const ENTRIES = entriesDir();
const args = process.argv.slice(2);
const knownAt = args.indexOf('--known');
const known =
  knownAt === -1
    ? null
    : new Set(
        readFileSync(args[knownAt + 1]!, 'utf8')
          .split(/\s+/)
          .filter(Boolean),
      );
const files = args.filter((_, i) => knownAt === -1 || (i !== knownAt && i !== knownAt + 1));

const problems: string[] = [];
const ids = new Set<string>();
const entries = files.map((file) => {
  const path = relative(ENTRIES, resolve(file)).split('\\').join('/');
  const entry = parseEntry(path, readFileSync(file, 'utf8'), problems);
  if (entry) ids.add(entry.id);
  return { path, entry };
});
if (known) {
  for (const { path, entry } of entries) {
    for (const field of ['related', 'confusables'] as const) {
      entry?.[field].forEach((id, i) => {
        if (!known.has(id) && !ids.has(id))
          problems.push(`${path}: ${field}[${i}]: unknown id "${id}"`);
      });
    }
  }
}
console.log(problems.length === 0 ? `${files.length} entries OK` : problems.join('\n'));
process.exit(problems.length === 0 ? 0 : 1);
