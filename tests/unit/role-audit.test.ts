import { describe, expect, it } from 'vitest';
import { auditOpenRoles } from '../../src/glossary/role-audit';
import type { EntryRole, GlossaryEntry } from '../../src/glossary/types';

function person(roles: EntryRole[], reviewed = '2026-12-07'): GlossaryEntry {
  return {
    id: 'a-minister',
    kind: 'person',
    name: 'A Minister',
    aliases: [],
    shortNames: [],
    description: 'A person made up for a test',
    summary: 'Exists only in this test.',
    roles,
    facts: {},
    related: [],
    confusables: [],
    context: [],
    sources: ['https://example.org/'],
    reviewed,
  };
}

const check = (on: string, sourceDate: string) => ({
  on,
  source: 'https://example.org/news',
  sourceDate,
});

describe('auditOpenRoles', () => {
  it('ignores roles that have ended', () => {
    const audit = auditOpenRoles([person([{ title: 'Former', from: '2010', to: '2012' }])]);
    expect(audit).toEqual({ checked: [], explained: [], unchecked: [] });
  });

  it('accepts an open role checked since the last review against a source from the past year', () => {
    const role = { title: 'Minister', from: '2020', checked: check('2026-12-07', '2026-03-19') };
    expect(auditOpenRoles([person([role])]).checked).toEqual([{ id: 'a-minister', role }]);
  });

  it.each([
    [{ title: 'Minister', from: '2020' }, 'never checked'],
    [
      { title: 'Minister', from: '2020', checked: check('2026-06-01', '2026-05') },
      "checked before the entry's last review",
    ],
    [
      { title: 'Minister', from: '2020', checked: check('2026-12-07', '2025-11-30') },
      'checked against a source more than a year older than the check',
    ],
  ])('lists an open role that is not confirmed: %j', (role, problem) => {
    const audit = auditOpenRoles([person([role])]);
    expect(audit.unchecked).toEqual([{ id: 'a-minister', role, problem }]);
    expect(audit.checked).toEqual([]);
  });

  it('keeps a role a curator could not check, with its note, apart from the unchecked', () => {
    const role = {
      title: 'Minister',
      from: '2020',
      note: 'No source dated 2026 names the post.',
      lastSeen: '2025-10-15',
    };
    const audit = auditOpenRoles([person([role])]);
    expect(audit.explained).toEqual([{ id: 'a-minister', role, problem: 'never checked' }]);
    expect(audit.unchecked).toEqual([]);
  });

  it('counts a note without the date the role was last seen held as unchecked', () => {
    const role = { title: 'Minister', from: '2020', note: 'No source dated 2026 names the post.' };
    expect(auditOpenRoles([person([role])]).unchecked).toEqual([
      { id: 'a-minister', role, problem: 'noted without lastSeen' },
    ]);
  });
});
