// Properties of matching, over random glossaries and random texts built from a small pool of
// words that share prefixes, diacritics (precomposed and combining), letters outside the BMP
// (surrogate pairs) and emoji, so names overlap and nest the way real ones do.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileGlossary } from '../../src/glossary/compiler';
import { Matcher } from '../../src/glossary/matcher';
import { openNames } from '../../src/glossary/pack';
import { createScanner } from '../../src/glossary/scanner';
import { formKey, tokenize } from '../../src/glossary/tokens';
import { testPerson } from './glossary-fixture';

const WORDS = [
  'Ana',
  'Anatol',
  'Bor',
  'Bór',
  'Bo\u0301r', // the same, with a combining accent
  'Zoë',
  'Zoe\u0308',
  'Lee',
  'Leeds',
  'Lav\u00ADrov', // a soft hyphen inside the word
  'D\u{10437}ra', // a Deseret letter: a surrogate pair inside a word
  '\u{1D49C}lba', // a mathematical script capital: a surrogate pair starting a word
  'Kyiv',
  'Ivan',
  'Ivanova',
];
const SEPARATORS = [
  ' ',
  ' ',
  ' ',
  '  ',
  '\n',
  '-',
  '\u2013',
  ', ',
  "'s ",
  ' 😀 ',
  '👍🏽',
  ' (',
  ') ',
  '\u2029',
  '\uD801', // lone surrogates, as text cut mid-pair leaves them
  '\uDC37',
];

const word = fc.constantFrom(...WORDS);
const separator = fc.constantFrom(...SEPARATORS);
/** A name: one to three words, joined by a space or a hyphen. */
const name = fc
  .tuple(fc.array(word, { minLength: 1, maxLength: 3 }), fc.constantFrom(' ', '-'))
  .map(([words, joint]) => words.join(joint));
/** A text: words and names with separators between, starting and ending anywhere. */
const text = (names: string[]) =>
  fc
    .array(
      fc.tuple(names.length > 0 ? fc.oneof(word, fc.constantFrom(...names)) : word, separator),
      { maxLength: 30 },
    )
    .map((parts) => parts.map(([w, s]) => w + s).join(''));

const glossaryAndText = fc
  .uniqueArray(name, { minLength: 1, maxLength: 8, selector: formKey })
  .chain((names) => fc.tuple(fc.constant(names), text(names)));

/**
 * The definition of leftmost-longest, written the slow way: from each token, the longest run of
 * tokens whose form key is a glossary name; then carry on after it.
 */
function leftmostLongest(names: string[], input: string): [number, number][] {
  const keys = new Set(names.map(formKey));
  const tokens = tokenize(input);
  const found: [number, number][] = [];
  for (let i = 0; i < tokens.length; i++) {
    for (let j = tokens.length - 1; j >= i; j--) {
      const start = tokens[i]!.start;
      const end = tokens[j]!.end;
      if (keys.has(formKey(input.slice(start, end)))) {
        found.push([start, end]);
        i = j;
        break;
      }
    }
  }
  return found;
}

const COMBINING = /^\p{M}/u;
const LONE_SURROGATE = /\p{Cs}/u;
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

describe('Matcher, for any glossary and text', () => {
  it('finds exactly the leftmost-longest whole-token runs that spell a name', () => {
    let nested = 0; // runs where a shorter name sat at the start of a longer one that matched
    fc.assert(
      fc.property(glossaryAndText, ([names, input]) => {
        const matches = new Matcher(openNames(names)).match(input);
        expect(matches.map((m) => [m.start, m.end])).toEqual(leftmostLongest(names, input));
        const keys = names.map(formKey);
        if (
          matches.some((m) =>
            keys.some((k) => formKey(input.slice(m.start, m.end)).startsWith(k + ' ')),
          )
        )
          nested++;
      }),
      { numRuns: 800 },
    );
    // The generator must reach the interesting case, or the property proves little.
    expect(nested).toBeGreaterThan(20);
  });
});

describe('Scanner, for any glossary of people and any text', () => {
  it('reports mentions in order, never overlapping, each spelling a name of its own entity', () => {
    let marked = 0;
    fc.assert(
      fc.property(glossaryAndText, ([names, input]) => {
        const sources = names.map((n, i) => ({
          file: `people/p${i}.json`,
          text: testPerson(`p${i}`, n),
        }));
        const scan = createScanner(compileGlossary(sources));
        const { mentions } = scan(input);
        marked += mentions.length;
        let previousEnd = 0;
        for (const m of mentions) {
          expect(m.start).toBeGreaterThanOrEqual(previousEnd);
          expect(m.end).toBeGreaterThan(m.start);
          previousEnd = m.end;
          const surface = input.slice(m.start, m.end);
          // The span is whole: no half of a surrogate pair, no accent cut off its letter.
          expect(LONE_SURROGATE.test(surface)).toBe(false);
          expect(COMBINING.test(input.slice(m.end))).toBe(false);
          expect(WORD_CHAR.test(input[m.start - 1] ?? ' ')).toBe(false);
          expect(formKey(surface)).toBe(formKey(names[Number(m.entityId.slice(1))]!));
        }
      }),
      { numRuns: 200 },
    );
    expect(marked).toBeGreaterThan(200);
  });
});
