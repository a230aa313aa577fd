// Decides which entity each raw match names, or that it names none. A wrong card is worse than
// no card, so every rule here either has support in the text or leaves the name unmarked.
import type { RawMatch } from './matcher';
import { BLOCK_BREAK } from './tokens';
import type { CompiledGlossary, Mention } from './types';

/** Mentions below this confidence are not marked by the content script. */
export const MARK_THRESHOLD = 0.7;

// Words that may stand before a surname without making it someone else's ("President Biden").
const TITLES = new Set(
  (
    'Mr Mrs Ms Miss Dr Prof Sir Dame Lord Lady President Minister Secretary Senator Sen Rep ' +
    'Representative Chancellor Premier Prime General Gen Ambassador Governor Gov King Queen Prince ' +
    'Princess Pope Sheikh Vice Deputy Speaker Foreign Defence Defense Leader Chief Envoy Counselor ' +
    'Commissioner Mayor Judge Justice Colonel Col Admiral Adm Captain Capt'
  ).split(' '),
);

export function resolveMentions(
  glossary: CompiledGlossary,
  text: string,
  matches: readonly RawMatch[],
): Mention[] {
  const formsOf = (m: RawMatch, short: boolean) =>
    m.forms.filter((f) => glossary.forms[f]!.short === short);
  const entitiesOf = (forms: number[]) => unique(forms.map((f) => glossary.forms[f]!.entity));
  const anyAmbiguous = (forms: number[]) => forms.some((f) => glossary.forms[f]!.ambiguous);

  const resolved = new Map<RawMatch, { entity: number; confidence: number }>();
  const named = new Set<number>();

  // 1. A full name or alias that belongs to one entity, and is nothing else, is the strongest
  //    evidence there is.
  for (const m of matches) {
    const full = formsOf(m, false);
    const entities = entitiesOf(full);
    if (entities.length === 1 && !anyAmbiguous(full)) {
      resolved.set(m, { entity: entities[0]!, confidence: 1 });
      named.add(entities[0]!);
    }
  }

  // 2. A full name shared by several entities ("Georgia"), or one that is also a common word,
  //    is decided by what else the article names and by the entry's context words. No support,
  //    or a tie, leaves it unmarked.
  const contextScore = memo((entity: number) => {
    const words = glossary.context[entity] ?? [];
    const related = glossary.related[entity] ?? [];
    return (
      words.filter((w) => containsWord(text, w)).length + related.filter((r) => named.has(r)).length
    );
  });
  for (const m of matches) {
    const full = formsOf(m, false);
    if (full.length === 0 || resolved.has(m)) continue;
    const ranked = entitiesOf(full)
      .map((e) => ({ e, score: contextScore(e) }))
      .sort((a, b) => b.score - a.score);
    const best = ranked[0]!;
    const second = ranked[1]?.score ?? 0;
    // One candidate that is also a common word ("Congress", "Chad") needs two pieces of
    // support; among several candidates, one must clearly win.
    const enough =
      ranked.length === 1 ? best.score >= 2 : best.score > 0 && best.score >= 2 * second;
    if (enough) {
      resolved.set(m, {
        entity: best.e,
        confidence: Math.min(0.95, 0.75 + 0.05 * (best.score - second)),
      });
    }
  }
  const mentioned = new Set([...resolved.values()].map((r) => r.entity));

  // 3. A short name ("Blinken") stands for the entity the article names in full; or, after a
  //    title ("President Biden"), for the only entity the glossary knows by it; or for that
  //    only entity when the short name is no common word. Never when an unknown first name
  //    precedes it ("Hunter Biden").
  for (const m of matches) {
    if (formsOf(m, false).length > 0) continue;
    const short = formsOf(m, true);
    const candidates = entitiesOf(short);
    const supported = candidates.filter((e) => mentioned.has(e));
    const before = wordBefore(text, m.start);
    const titled = before !== null && TITLES.has(before.word);
    let choice: { entity: number; confidence: number } | null = null;
    if (supported.length === 1) choice = { entity: supported[0]!, confidence: 0.95 };
    else if (supported.length === 0 && candidates.length === 1) {
      if (titled) choice = { entity: candidates[0]!, confidence: 0.9 };
      else if (!anyAmbiguous(short)) choice = { entity: candidates[0]!, confidence: 0.8 };
    }
    if (choice && !titled && before?.capitalised && !isTitleCaseLine(text, before.start, m.end)) {
      choice = null;
    }
    if (choice) resolved.set(m, choice);
  }

  return matches.flatMap((m) => {
    const r = resolved.get(m);
    if (!r) return [];
    return [
      {
        start: m.start,
        end: m.end,
        entityId: glossary.ids[r.entity]!,
        confidence: r.confidence,
      },
    ];
  });
}

/** The word right before a name (spaces only between them), and whether it is capitalised. */
function wordBefore(
  text: string,
  start: number,
): { word: string; start: number; capitalised: boolean } | null {
  const window = text.slice(Math.max(0, start - 40), start);
  const match = /([\p{L}\p{M}'’-]+)\.?[ \u00A0]+$/u.exec(window);
  if (!match) return null;
  return {
    word: match[1]!,
    start: start - (window.length - match.index),
    capitalised: /^\p{Lu}/u.test(match[1]!),
  };
}

/** Judged on the line's other words, so the name and the word before it do not count. */
function isTitleCaseLine(text: string, from: number, to: number): boolean {
  const lineStart = Math.max(text.lastIndexOf('\n', from), text.lastIndexOf(BLOCK_BREAK, from)) + 1;
  let lineEnd = text.length;
  for (const stop of ['\n', BLOCK_BREAK]) {
    const i = text.indexOf(stop, to);
    if (i !== -1 && i < lineEnd) lineEnd = i;
  }
  const rest = text.slice(lineStart, from) + ' ' + text.slice(to, lineEnd);
  const words = rest.match(/\p{L}{4,}/gu) ?? [];
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  return words.length >= 3 && capitalised / words.length >= 0.6;
}

/** Whole-word presence: "bloc" is not in "blockade". */
function containsWord(text: string, word: string): boolean {
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'u').test(text);
}

function unique(values: number[]): number[] {
  return values.length < 2 ? values : [...new Set(values)];
}

function memo<T>(fn: (key: number) => T): (key: number) => T {
  const cache = new Map<number, T>();
  return (key) => {
    if (!cache.has(key)) cache.set(key, fn(key));
    return cache.get(key)!;
  };
}
