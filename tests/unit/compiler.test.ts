import { describe, expect, it } from 'vitest';
import {
  allCards,
  compileGlossary,
  GlossaryError,
  type EntrySource,
} from '../../src/glossary/compiler';
import { glossary } from './glossary-fixture';

const valid = {
  id: 'test-person',
  kind: 'person',
  name: 'Test Person',
  aliases: ['T. Person'],
  shortNames: ['Person'],
  description: 'A person made up for a test',
  summary: 'Exists only in this test.',
  roles: [{ title: 'Tester', from: '2020-01-01', to: '2021-06' }],
  facts: { born: '1970' },
  related: [],
  confusables: [],
  context: ['testing'],
  sources: ['https://example.org/test-person'],
  reviewed: '2026-11-28',
};

function source(changes: Record<string, unknown>, file = 'people/test-person.json'): EntrySource {
  return { file, text: JSON.stringify({ ...valid, ...changes }) };
}

function problems(...sources: EntrySource[]): string[] {
  try {
    compileGlossary(sources);
  } catch (error) {
    if (error instanceof GlossaryError) return error.problems;
    throw error;
  }
  return [];
}

describe('compileGlossary', () => {
  it('compiles a valid entry into a card and its surface forms', () => {
    const compiled = compileGlossary([source({})]);
    expect(allCards(compiled)[0]).toMatchObject({
      id: 'test-person',
      name: 'Test Person',
      kind: 'person',
    });
    expect(compiled.forms.map(({ path: _, ...form }) => form)).toEqual([
      { text: 'Test Person', entity: 0, short: false, ambiguous: false },
      { text: 'T. Person', entity: 0, short: false, ambiguous: false },
      { text: 'Person', entity: 0, short: true, ambiguous: false },
    ]);
  });

  it.each([
    [
      { roles: [{ title: 'Tester', from: '2020-13-01' }] },
      'people/test-person.json: roles[0].from: is not a calendar date',
    ],
    [
      { roles: [{ title: 'Tester', from: '2021-01-01', to: '2020-01-01' }] },
      'people/test-person.json: roles: a role ends before it starts',
    ],
    [
      { sources: ['http://example.org/'] },
      'people/test-person.json: sources[0]: must be an https URL',
    ],
    [{ sources: [] }, 'people/test-person.json: sources: must list at least one source'],
    [{ kind: 'celebrity' }, 'people/test-person.json: kind: must be one of'],
    [{ summary: '' }, 'people/test-person.json: summary: must not be empty'],
    [{ aliases: ['war in Syria'] }, 'people/test-person.json: aliases[0]: must be a name'],
    [{ reviewed: '28/11/2026' }, 'people/test-person.json: reviewed: must be a date'],
    [
      { related: ['nobody-here'] },
      'people/test-person.json: related[0]: no entry has id "nobody-here"',
    ],
    [{ confusables: ['test-person'] }, 'people/test-person.json: confusables[0]: refers to itself'],
    [
      { id: 'someone-else' },
      'people/test-person.json: id: "someone-else" must match the file name "test-person"',
    ],
    [{ kind: 'country' }, 'people/test-person.json: kind: "country" does not belong in people/'],
    [{ nickname: 'Testy' }, 'people/test-person.json: nickname: '],
    [{ country: 'nowhere' }, 'people/test-person.json: country: no entry has id "nowhere"'],
    [
      { country: 'test-person' },
      'people/test-person.json: country: "test-person" is not a country',
    ],
    [
      {
        roles: [
          {
            title: 'Tester',
            from: '2020',
            checked: { on: '2026-12', source: 'https://example.org/', sourceDate: '2026' },
          },
        ],
      },
      'people/test-person.json: roles[0].checked.on: must be a full date',
    ],
    [
      {
        roles: [
          {
            title: 'Tester',
            from: '2020',
            checked: { on: '2026-01-01', source: 'https://example.org/', sourceDate: '2026-02' },
          },
        ],
      },
      'people/test-person.json: roles[0].checked.sourceDate: the source is dated after the check',
    ],
    [
      {
        roles: [
          {
            title: 'Tester',
            from: '2020',
            to: '2021',
            checked: { on: '2026-01-01', source: 'https://example.org/', sourceDate: '2026' },
          },
        ],
      },
      'people/test-person.json: roles[0].checked: only a role without an end date is checked',
    ],
  ])('names the file and field of a broken entry: %j', (change, message) => {
    expect(problems(source(change)).join('\n')).toContain(message);
  });

  it('dates an open role no recent check confirms by when it was last seen held', () => {
    const compiled = compileGlossary([
      source({
        roles: [
          { title: 'Tester', from: '2020', note: 'No 2026 source found.', lastSeen: '2025-11' },
          { title: 'Reviewer', from: '2021' },
          {
            title: 'Checker',
            from: '2022',
            checked: { on: '2026-11-28', source: 'https://example.org/', sourceDate: '2026-03' },
          },
        ],
      }),
    ]);
    expect(allCards(compiled)[0]!.roles).toEqual([
      { title: 'Tester', from: '2020', asOf: '2025-11' },
      { title: 'Reviewer', from: '2021', asOf: '2021' },
      { title: 'Checker', from: '2022' },
    ]);
  });

  it('keeps how a role was checked out of the card', () => {
    const checked = { on: '2026-12-07', source: 'https://example.org/news', sourceDate: '2026-03' };
    const compiled = compileGlossary([
      source({ roles: [{ title: 'Tester', from: '2020', checked, note: 'a curator note' }] }),
    ]);
    expect(allCards(compiled)[0]!.roles).toEqual([{ title: 'Tester', from: '2020' }]);
  });

  it('reports JSON syntax errors with the file', () => {
    expect(problems({ file: 'places/broken.json', text: '{ "id": ' })[0]).toMatch(
      /^places\/broken\.json: not valid JSON/,
    );
  });

  it('reports a duplicate id with both files', () => {
    const [a] = problems(
      source({}),
      source({ kind: 'organization' }, 'organizations/test-person.json'),
    );
    expect(a).toMatch(/test-person\.json: id: "test-person" is already used by/);
  });

  it('reports every problem at once, not just the first', () => {
    expect(problems(source({ summary: '', sources: ['nope'] })).length).toBeGreaterThanOrEqual(2);
  });
});

describe('the bundled glossary', () => {
  it('compiles, and every related entity resolves to a name', () => {
    expect(glossary.ids.length).toBeGreaterThanOrEqual(20);
    for (const entity of allCards(glossary)) {
      for (const link of [...entity.related, ...entity.confusables])
        expect(link.name, link.id).toBeTruthy();
    }
  });
  it('dates the roles of the seed article people correctly', () => {
    const roles = (id: string) => allCards(glossary).find((e) => e.id === id)!.roles;
    // The end is as exact as a source seen for it: Rubio was sworn in on 21 January 2025.
    expect(roles('antony-blinken')).toContainEqual({
      title: 'US Secretary of State',
      from: '2021-01-26',
      to: '2025-01',
    });
    expect(roles('joe-biden')).toContainEqual(
      expect.objectContaining({ from: '2021-01-20', to: '2025-01-20' }),
    );
    expect(roles('dmytro-kuleba')).toContainEqual(
      expect.objectContaining({ from: '2020-03-04', to: '2024-09-05' }),
    );
    expect(roles('sergey-lavrov')).toContainEqual(expect.objectContaining({ from: '2004-03-09' }));
  });
});

describe('name collisions', () => {
  it('rejects two entities with the same full name unless both mark it ambiguous', () => {
    const other = (changes: Record<string, unknown>) =>
      source({ id: 'other-person', name: 'Other Person', ...changes }, 'people/other-person.json');
    expect(problems(source({}), other({ aliases: ['Test Person'] })).join('\n')).toContain(
      'people/other-person.json: aliases: "Test Person" also names people/test-person.json',
    );
    expect(
      problems(
        source({ ambiguous: ['Test Person'] }),
        other({ aliases: ['Test Person'], ambiguous: ['Test Person'] }),
      ),
    ).toEqual([]);
  });
  it('treats spellings that differ only in diacritics as the same name', () => {
    const other = source(
      { id: 'other-person', name: 'Tést Pérson', aliases: [] },
      'people/other-person.json',
    );
    expect(problems(source({}), other).length).toBe(2);
  });
  it('lets people share a surname: short names always need support', () => {
    const other = source(
      { id: 'other-person', name: 'Other Person', aliases: [] },
      'people/other-person.json',
    );
    expect(problems(source({}), other)).toEqual([]);
  });
  it("rejects an ambiguous marker that names none of the entry's names", () => {
    expect(problems(source({ ambiguous: ['Somebody'] })).join('\n')).toContain(
      'ambiguous: lists a name',
    );
  });
});
