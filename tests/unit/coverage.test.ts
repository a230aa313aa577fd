import { describe, expect, it } from 'vitest';
import { coverage } from '../../src/dev/coverage';
import type { GlossaryEntry } from '../../src/glossary/types';

const entry = (e: Partial<GlossaryEntry> & Pick<GlossaryEntry, 'id' | 'kind'>): GlossaryEntry => ({
  name: e.id,
  aliases: [],
  shortNames: [],
  description: '',
  summary: '',
  roles: [],
  facts: {},
  related: [],
  confusables: [],
  context: [],
  sources: ['https://example.org/'],
  reviewed: '2026-12-08',
  ...e,
});

describe('the coverage plan report', () => {
  const rows = coverage([
    entry({ id: 'france', kind: 'country', related: ['paris'] }),
    entry({ id: 'paris', kind: 'place' }),
    entry({
      id: 'someone',
      kind: 'person',
      roles: [{ title: 'President of France', from: '2017-05-14' }],
    }),
    entry({
      id: 'an-older-one',
      kind: 'person',
      roles: [{ title: 'President of Germany', from: '2000', to: '2010' }],
    }),
    entry({
      id: 'parliament-of-france',
      kind: 'organization',
      country: 'france',
      facts: { type: 'bicameral legislature' },
    }),
    entry({ id: 'federal-reserve', kind: 'organization', facts: { type: 'central bank' } }),
    entry({
      id: 'bceao',
      kind: 'organization',
      related: ['senegal', 'mali'],
      facts: { type: 'central bank' },
    }),
  ]);
  const row = (name: string) => rows.find((r) => r.name.startsWith(name))!;

  it('counts a class per UN member state and names what each lacks', () => {
    expect(row('UN member states').of).toBe(193);
    expect(row('UN member states').lacks).not.toContain('France');
    expect(row('UN member states').lacks).toContain('Germany');
    expect(row('their capitals').lacks).not.toContain('France');
    expect(row('the national legislature').lacks).not.toContain('France');
    expect(row('a highest court').lacks).toContain('France');
  });
  it('counts a head of state or government only if held in 2015 or later', () => {
    expect(row('a head of state').lacks).not.toContain('France');
    expect(row('a head of state').lacks).toContain('Germany');
  });
  it('counts a central bank shared by a currency union for each of its members', () => {
    expect(row('a central bank').lacks).not.toContain('Senegal');
    expect(row('a central bank').lacks).not.toContain('Mali');
    expect(row('a central bank').lacks).toContain('France');
  });
  it('counts a state with no central bank by the bank whose currency it uses', () => {
    expect(row('a central bank').lacks).not.toContain('Panama');
    expect(row('a central bank').lacks).toContain('Nauru');
  });
  it('says which classes no dataset enumerates yet', () => {
    expect(rows.some((r) => r.name.includes('not enumerated'))).toBe(true);
  });
});
