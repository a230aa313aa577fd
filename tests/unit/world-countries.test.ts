import { describe, expect, it } from 'vitest';
import { DEMONYMS, generateCountryEntries } from '../../src/glossary/world-countries';
import { glossary, marked } from './glossary-fixture';

const generated = generateCountryEntries(new Set(), new Set());
const byId = new Map(generated.map((e) => [e.id, e]));

describe('generated countries and capitals', () => {
  it('covers the UN member states and their capitals', () => {
    expect(generated.filter((e) => e.kind === 'country').length).toBeGreaterThanOrEqual(190);
    expect(byId.get('france')?.facts['capital']).toBe('Paris');
    expect(byId.get('paris')?.related).toEqual(['france']);
    expect(byId.get('japan')?.facts['unMembership']).toBe('UN member state');
  });
  it('corrects what the dataset gets wrong', () => {
    expect(byId.get('vatican-city')?.facts['unMembership']).toBe(
      'UN General Assembly observer state',
    );
    expect(byId.get('sri-lanka')?.facts['capital']).toBe('Sri Jayawardenepura Kotte');
    expect(byId.get('turkiye')?.aliases).toContain('Turkey');
  });
  it('leaves contested places to hand-written entries', () => {
    for (const id of ['israel', 'palestine', 'taiwan', 'kosovo', 'western-sahara'])
      expect(byId.has(id)).toBe(false);
  });
  it('names a capital that shares its country\'s name "... City"', () => {
    expect(byId.get('luxembourg-city')?.name).toBe('Luxembourg City');
  });
  it('never takes what a country\'s people are called for its name ("Thai")', () => {
    expect(byId.get('thailand')?.aliases).not.toContain('Thai');
    expect(byId.get('togo')?.aliases).not.toContain('Togolese');
    expect(DEMONYMS.has('Thai')).toBe(true);
    expect(DEMONYMS.has('Djibouti')).toBe(false);
    const demonymNames = glossary.forms.filter((f) => DEMONYMS.has(f.text!));
    expect(demonymNames.map((f) => `${f.text} (${glossary.ids[f.entity]})`)).toEqual([]);
  });
  it('marks names that are also common words as ambiguous', () => {
    expect(byId.get('chad')?.ambiguous).toContain('Chad');
    expect(byId.get('jordan')?.ambiguous).toContain('Jordan');
  });
  it('gives way to a hand-written entry with the same id or name', () => {
    const some = generateCountryEntries(new Set(['france']), new Set());
    expect(some.some((e) => e.id === 'france')).toBe(false);
    expect(some.find((e) => e.id === 'paris')?.related).toEqual(['france']);
  });
  it('are part of the bundled glossary, and "Chad" alone is not marked', () => {
    expect(glossary.ids).toContain('nigeria');
    expect(marked('Nigeria and Cameroon met in Abuja.')).toEqual([
      'Nigeria → nigeria',
      'Cameroon → cameroon',
      'Abuja → abuja',
    ]);
    expect(marked('Chad Smith scored twice.')).toEqual([]);
  });
});
