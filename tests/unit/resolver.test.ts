import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { glossary, marked, scan, testPerson } from './glossary-fixture';
import { compileGlossary } from '../../src/glossary/compiler';
import { createScanner } from '../../src/glossary/scanner';

const SEED = readFileSync(new URL('../fixtures/seed-article.txt', import.meta.url), 'utf8');

describe('the seed article', () => {
  const ids = new Set(scan(SEED).mentions.map((m) => m.entityId));

  it('finds its people, organizations and places', () => {
    for (const id of [
      'antony-blinken',
      'sergey-lavrov',
      'osce',
      'nato',
      'european-council',
      'european-union',
      'vladimir-putin',
      'joe-biden',
      'dmytro-kuleba',
      'russia',
      'ukraine',
      'united-states',
      'kyiv',
      'crimea',
      'moscow',
      'stockholm',
      'georgia',
      'kremlin',
      'reuters',
      'armed-forces-of-ukraine',
    ]) {
      expect(ids, id).toContain(id);
    }
  });

  it('resolves the spellings it uses: "Anthony Blinken", "Kiev", "Sergey", "Blinken" alone', () => {
    const all = marked(SEED);
    expect(all).toContain('Anthony Blinken → antony-blinken');
    expect(all).toContain('Kiev → kyiv');
    expect(all).toContain('Sergey Lavrov → sergey-lavrov');
    expect(all).toContain('Blinken → antony-blinken');
    expect(all).toContain('Lavrov → sergey-lavrov');
  });

  it('reads "Georgia" next to NATO and Ukraine as the country, not the US state', () => {
    expect(marked(SEED)).toContain('Georgia → georgia');
    expect(ids).not.toContain('georgia-us-state');
  });

  it('marks no demonyms and no parts of words', () => {
    const texts = scan(SEED).mentions.map((m) => SEED.slice(m.start, m.end));
    for (const word of ['Russian', 'Ukrainian', 'Swedish', 'Europe', 'Soviet', 'EUR']) {
      expect(texts).not.toContain(word);
    }
  });
});

describe('resolving', () => {
  it('reads "Georgia" with Atlanta and elections as the US state', () => {
    expect(
      marked('Voters in Georgia lined up in Atlanta and Savannah for the Senate runoff.'),
    ).toContain('Georgia → georgia-us-state');
  });

  it('leaves "Georgia" unmarked when nothing in the text tells which one', () => {
    expect(marked('Georgia is lovely in spring.')).toEqual([]);
  });

  it('does not give a surname to someone else with the same surname', () => {
    expect(marked('Hunter Biden testified on Tuesday.')).toEqual([]);
    expect(marked('President Biden spoke. Mr. Lavrov replied.')).toEqual([
      'Biden → joe-biden',
      'Lavrov → sergey-lavrov',
    ]);
  });

  it('accepts a surname after a capitalised word in a title-case headline', () => {
    expect(marked('Moscow Will Face Consequences, Blinken Tells Lavrov')).toContain(
      'Lavrov → sergey-lavrov',
    );
  });

  it('prefers the person the article names in full when two share a surname', () => {
    const entry = (id: string, name: string) => testPerson(id, name, { shortNames: ['Johnson'] });
    const scanJohnsons = createScanner(
      compileGlossary([
        { file: 'people/boris-johnson.json', text: entry('boris-johnson', 'Boris Johnson') },
        { file: 'people/mike-johnson.json', text: entry('mike-johnson', 'Mike Johnson') },
      ]),
    );
    const ids = (text: string) => scanJohnsons(text).mentions.map((m) => m.entityId);
    expect(ids('Johnson said on Monday that talks would go on.')).toEqual([]);
    expect(ids('Boris Johnson arrived. Later, Johnson said talks would go on.')).toEqual([
      'boris-johnson',
      'boris-johnson',
    ]);
  });

  it('gives each mention a confidence, full names highest', () => {
    const { mentions } = scan('Antony Blinken met Lavrov.');
    expect(mentions.map((m) => m.confidence)).toEqual([1, 0.8]);
  });

  it('returns the cards of the entities it marked, and only those', () => {
    const { entities } = scan('NATO met in Stockholm.');
    expect(Object.keys(entities).sort()).toEqual(['nato', 'stockholm']);
    expect(entities['nato']?.name).toBe('NATO');
    expect(glossary.ids.length).toBeGreaterThanOrEqual(20);
  });
});

describe('names that are also common words', () => {
  const entry = testPerson;
  const scanMay = createScanner(
    compileGlossary([
      {
        file: 'people/theresa-may.json',
        text: entry('theresa-may', 'Theresa May', { shortNames: ['May'], ambiguous: ['May'] }),
      },
    ]),
  );
  const ids = (text: string) =>
    scanMay(text).mentions.map((m) => `${text.slice(m.start, m.end)} → ${m.entityId}`);

  it('leaves an ambiguous surname alone without support', () => {
    expect(ids('May is usually warm in London.')).toEqual([]);
  });
  it('marks it after the full name or a title', () => {
    expect(ids('Theresa May spoke. May said the deal was done.')).toEqual([
      'Theresa May → theresa-may',
      'May → theresa-may',
    ]);
    expect(ids('Prime Minister May said the deal was done.')).toEqual(['May → theresa-may']);
  });
});
