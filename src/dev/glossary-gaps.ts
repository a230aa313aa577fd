// npm run glossary:gaps -- DIR [--top N]: over a folder of .txt/.html articles, the capitalised
// names and acronyms Backstory matched to no entity, most frequent first: the curator's to-do list.
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileEntriesDir, entriesDir } from '../glossary/load-entries';
import { createScanner } from '../glossary/scanner';
import countries from 'world-countries';
import { readArticleText } from './article-text';

const ENTRIES = entriesDir();

// A run of capitalised words (with "of", "the", "and", "for", "de" inside), or an acronym.
const NAME =
  /\b(?:[A-Z][\p{L}\p{M}'’.-]*(?:\s+(?:of|the|and|for|de|al|bin|von|van|der)?\s*[A-Z][\p{L}\p{M}'’.-]*)*|[A-Z]{2,}s?)\b/gu;
// Words that start sentences and headlines without naming anything.
const COMMON = new Set(
  'The A An In On At By For And But Or If As It Its He She They We I This That These Those There Here When While After Before Since During Although However Meanwhile Mr Mrs Ms Dr Read More Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September October November December'.split(
    ' ',
  ),
);

// Demonyms ("Russian", "Swedish") are adjectives, not names Backstory should mark.
const DEMONYMS = new Set(
  countries
    .flatMap((c) => Object.values(c.demonyms?.['eng'] ?? {}) as string[])
    .concat(['Soviet', 'European', 'Western', 'Eastern']),
);

export function gapsIn(texts: string[]): [string, number][] {
  const scan = createScanner(compileEntriesDir(ENTRIES));
  const counts = new Map<string, number>();
  for (const text of texts) {
    const covered = scan(text).mentions;
    for (const m of text.matchAll(NAME)) {
      const name = m[0].replace(/[.'’-]+$/, '').replace(/['’]s$/, '');
      const start = m.index;
      const end = start + name.length;
      if (name.length < 2 || COMMON.has(name) || DEMONYMS.has(name.split(/[-\s]/)[0]!)) continue;
      if (covered.some((c) => c.start < end && start < c.end)) continue;
      // A lone capitalised word right after a sentence end is probably just a sentence start.
      const before = text.slice(Math.max(0, start - 2), start);
      if (
        !name.includes(' ') &&
        !/^[A-Z]{2,}/.test(name) &&
        (start === 0 || /[.!?"\u2029\n]\s*$/.test(before))
      )
        continue;
      counts.set(name, (counts.get(name) ?? 0) + 1);
    }
  }
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

async function main(args: string[]) {
  const dir = args.find((a) => !a.startsWith('--'));
  if (!dir) {
    console.error('usage: npm run glossary:gaps -- DIR [--top N]');
    process.exit(2);
  }
  const top = Number(args[args.indexOf('--top') + 1]) || 50;
  const folder = resolve(process.env.INIT_CWD ?? process.cwd(), dir);
  const files = readdirSync(folder).filter((f) => /\.(txt|html?)$/i.test(f));
  const texts = await Promise.all(
    files.map(async (f) => (await readArticleText(join(folder, f))).text),
  );
  const gaps = gapsIn(texts);
  console.log(
    `${files.length} articles, ${gaps.length} unmatched names; the ${Math.min(top, gaps.length)} most frequent:`,
  );
  for (const [name, count] of gaps.slice(0, top))
    console.log(`${String(count).padStart(5)}  ${name}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
