import { describe, expect, it } from 'vitest';
import { Matcher } from '../../src/glossary/matcher';
import { openNames } from '../../src/glossary/pack';
import { foldKey, separatorKey, tokenize } from '../../src/glossary/tokens';

const forms = [
  { text: 'European Council', entity: 0, short: false },
  { text: 'European Union', entity: 1, short: false },
  { text: 'EU', entity: 1, short: false },
  { text: 'Russia', entity: 2, short: false },
  { text: 'Ukraine', entity: 3, short: false },
  { text: 'US', entity: 4, short: false },
  { text: 'U.S.', entity: 4, short: false },
  { text: 'Organization for Security and Co-operation in Europe', entity: 5, short: false },
  { text: 'Recep Tayyip Erdoğan', entity: 6, short: false },
  { text: 'Blinken', entity: 7, short: true },
  { text: 'Iran', entity: 8, short: false },
  { text: 'NATO', entity: 9, short: false },
];
const matcher = new Matcher(openNames(forms.map((f) => f.text)));
const found = (text: string) => matcher.match(text).map((m) => text.slice(m.start, m.end));

describe('tokens', () => {
  it('splits words at anything that is not a letter, mark or digit', () => {
    expect(tokenize("Russia's troops, Co-operation").map((t) => t.key)).toEqual([
      'Russia',
      's',
      'troops',
      'Co',
      'operation',
    ]);
  });
  it('folds diacritics and soft hyphens out of the lookup key but keeps case', () => {
    expect(foldKey('Erdoğan')).toBe('Erdogan');
    expect(foldKey('Lav\u00ADrov')).toBe('Lavrov');
    expect(foldKey('US')).not.toBe(foldKey('us'));
  });
  it('reduces separators to what matters for a name', () => {
    expect(separatorKey(' \n\u00A0 ')).toBe(' ');
    expect(separatorKey('\u2013')).toBe('-');
    expect(separatorKey('\u2019')).toBe("'");
    expect(separatorKey(' \u2029 ')).toBe('\u2029');
  });
});

describe('Matcher', () => {
  it('prefers the longest name: "European Council" over "European ..."', () => {
    expect(found('The European Council and the European Union met.')).toEqual([
      'European Council',
      'European Union',
    ]);
  });
  it('matches whole words only', () => {
    expect(found('Iranian officials, a EUR 31 million fund, UNITED states')).toEqual([]);
  });
  it('is case-sensitive: "US" the country, "us" the pronoun', () => {
    expect(found('The US told us nothing.')).toEqual(['US']);
  });
  it('marks the name in a possessive, with straight or curly apostrophes', () => {
    expect(found("Russia's army and Russia\u2019s navy")).toEqual(['Russia', 'Russia']);
  });
  it('marks both names in a hyphenated compound', () => {
    expect(found('the Russia-Ukraine border and Ukraine-EU relations')).toEqual([
      'Russia',
      'Ukraine',
      'Ukraine',
      'EU',
    ]);
  });
  it('matches names with inner punctuation, any whitespace and dash variants', () => {
    expect(found('the Organization for Security and\nCo\u2011operation in\u00A0Europe')).toEqual([
      'Organization for Security and\nCo\u2011operation in\u00A0Europe',
    ]);
  });
  it('takes the final dot of "U.S." into the mention', () => {
    expect(found('U.S. officials and the U.S.')).toEqual(['U.S.', 'U.S.']);
  });
  it('matches without diacritics: "Erdogan" finds "Erdoğan"', () => {
    expect(found('Recep Tayyip Erdogan said')).toEqual(['Recep Tayyip Erdogan']);
  });
  it('never matches across a paragraph boundary', () => {
    expect(found('European\u2029Council')).toEqual([]);
  });
  it('ignores names inside addresses: URLs, e-mail and identifiers', () => {
    expect(found('see nato.int/NATO/docs, press@NATO.int or NATO_2024')).toEqual([]);
    expect(found('NATO. Then NATO/EU talks')).toEqual(['NATO']);
  });
  it('reports every form spelled the same way, for the resolver to choose', () => {
    const shared = new Matcher(openNames(['Georgia', 'Georgia']));
    expect(shared.match('in Georgia')[0]?.forms).toEqual([0, 1]);
  });
});
