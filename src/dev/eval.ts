// npm run eval [-- --verbose]: the resolver against the labelled corpus in tests/corpus/.
// Each label names a surface form and the entity every whole-word occurrence of it stands for
// (null: a named entity the glossary does not have). A mention counts as right only with the
// exact span and the right entity.
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileEntriesDir, entriesDir } from '../glossary/load-entries';
import { createScanner } from '../glossary/scanner';

const root = fileURLToPath(new URL('../..', import.meta.url));
const ENTRIES = entriesDir();
const CORPUS = join(root, 'tests/corpus');

interface Label {
  surface: string;
  entity: string | null;
}
interface Span {
  start: number;
  end: number;
  entity: string | null;
  text: string;
}

const WORD = /[\p{L}\p{M}\p{N}]/u;

/** Every whole-word occurrence of each labelled surface, longest labels first, never overlapping. */
export function expectedSpans(text: string, labels: Label[]): Span[] {
  const spans: Span[] = [];
  for (const label of [...labels].sort((a, b) => b.surface.length - a.surface.length)) {
    for (let i = text.indexOf(label.surface); i !== -1; i = text.indexOf(label.surface, i + 1)) {
      const end = i + label.surface.length;
      if (WORD.test(text[i - 1] ?? ' ') || WORD.test(text[end] ?? ' ')) continue;
      if (spans.some((s) => s.start < end && i < s.end)) continue;
      spans.push({ start: i, end, entity: label.entity, text: label.surface });
    }
  }
  return spans.sort((a, b) => a.start - b.start);
}

export interface EvalResult {
  texts: number;
  predicted: number;
  expected: number;
  expectedKnown: number;
  correct: number;
  misses: Span[];
  falseMarks: (Span & { file: string; expected: string | null | undefined })[];
}

export function evaluate(): EvalResult {
  const glossary = compileEntriesDir(ENTRIES);
  const known = new Set(glossary.ids);
  const scan = createScanner(glossary);
  const labels = JSON.parse(readFileSync(join(CORPUS, 'labels.json'), 'utf8')) as Record<
    string,
    Label[]
  >;
  const files = readdirSync(CORPUS)
    .filter((f) => f.endsWith('.txt'))
    .sort();
  const result: EvalResult = {
    texts: files.length,
    predicted: 0,
    expected: 0,
    expectedKnown: 0,
    correct: 0,
    misses: [],
    falseMarks: [],
  };
  for (const file of files) {
    const text = readFileSync(join(CORPUS, file), 'utf8');
    const expected = expectedSpans(text, labels[file] ?? []);
    const predicted = scan(text).mentions;
    result.predicted += predicted.length;
    result.expected += expected.length;
    result.expectedKnown += expected.filter((e) => e.entity && known.has(e.entity)).length;
    const key = (s: { start: number; end: number }) => `${s.start}:${s.end}`;
    const byExpected = new Map(expected.map((e) => [key(e), e]));
    const rightKeys = new Set<string>();
    for (const p of predicted) {
      const e = byExpected.get(key(p));
      if (e && e.entity === p.entityId) {
        result.correct += 1;
        rightKeys.add(key(p));
      } else {
        result.falseMarks.push({
          file,
          start: p.start,
          end: p.end,
          entity: p.entityId,
          text: text.slice(p.start, p.end),
          expected: e?.entity,
        });
      }
    }
    for (const e of expected)
      if (!rightKeys.has(key(e))) result.misses.push({ ...e, text: e.text });
  }
  return result;
}

function main(verbose: boolean) {
  const r = evaluate();
  const precision = r.predicted ? r.correct / r.predicted : 1;
  const recallKnown = r.expectedKnown ? r.correct / r.expectedKnown : 1;
  const recallAll = r.expected ? r.correct / r.expected : 1;
  const f1 =
    precision + recallKnown ? (2 * precision * recallKnown) / (precision + recallKnown) : 0;
  console.log(
    `${r.texts} texts, ${r.expected} labelled mentions (${r.expectedKnown} of entities in the glossary), ${r.predicted} marked, ${r.correct} right`,
  );
  console.log(
    `precision ${precision.toFixed(3)}  recall ${recallKnown.toFixed(3)} (glossary entities)  F1 ${f1.toFixed(3)}  recall over all labelled ${recallAll.toFixed(3)}`,
  );
  const tally = (xs: { text: string; entity: string | null }[]) => {
    const counts = new Map<string, number>();
    for (const x of xs)
      counts.set(
        `${x.text} → ${x.entity ?? '(not in glossary)'}`,
        (counts.get(`${x.text} → ${x.entity ?? '(not in glossary)'}`) ?? 0) + 1,
      );
    return [...counts].sort((a, b) => b[1] - a[1]);
  };
  const knownMisses = r.misses.filter((m) => m.entity !== null);
  console.log(
    `\nmost frequent misses (${knownMisses.length} of glossary-eligible labels; ${r.misses.length - knownMisses.length} labelled as not in the glossary):`,
  );
  for (const [what, n] of tally(knownMisses).slice(0, verbose ? 200 : 10))
    console.log(`${String(n).padStart(4)}  ${what}`);
  console.log(`\nfalse marks (${r.falseMarks.length}):`);
  for (const f of r.falseMarks.slice(0, verbose ? 500 : 20)) {
    console.log(
      `  ${f.file}: "${f.text}" → ${f.entity} (label: ${f.expected === undefined ? 'none' : (f.expected ?? 'not in glossary')})`,
    );
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  main(process.argv.includes('--verbose'));
}
