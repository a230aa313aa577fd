// Which open roles ("still held") a curator has not confirmed. A role without an end date is a
// claim about today, so it must be re-checked against a recent source whenever its entry is
// reviewed; `npm run glossary:stats` lists the ones that were not.
import { addMonths } from '../shared/dates';
import type { EntryRole, GlossaryEntry } from './types';

/** How old a check's source may be, relative to the check, and still show a role as held. */
export const CHECK_SOURCE_MAX_AGE_MONTHS = 12;

export type OpenRoleProblem =
  | 'never checked'
  | 'noted without lastSeen'
  | "checked before the entry's last review"
  | 'checked against a source more than a year older than the check';

export interface OpenRoleFinding {
  id: string;
  role: EntryRole;
  /** What is wrong; absent for roles that are fine. */
  problem?: OpenRoleProblem;
}

export interface OpenRoleAudit {
  /** Open roles confirmed against a recent source since the entry's last review. */
  checked: OpenRoleFinding[];
  /** Open roles a curator could not confirm, each with the reason in its `note`. */
  explained: OpenRoleFinding[];
  /** Open roles neither confirmed nor explained: each is a card that may say "now" wrongly. */
  unchecked: OpenRoleFinding[];
}

function problemOf(entry: GlossaryEntry, role: EntryRole): OpenRoleProblem | undefined {
  const check = role.checked;
  if (!check) return 'never checked';
  if (check.on < entry.reviewed) return "checked before the entry's last review";
  if (addMonths(check.sourceDate, CHECK_SOURCE_MAX_AGE_MONTHS) < check.on)
    return 'checked against a source more than a year older than the check';
  return undefined;
}

/**
 * For an open role that no recent check confirms, the date it is last known to have been held
 * (its `lastSeen`, else its check's source, else its start); null for a confirmed or ended role.
 */
export function unconfirmedSince(entry: GlossaryEntry, role: EntryRole): string | null {
  if (role.to || !problemOf(entry, role)) return null;
  return role.lastSeen ?? role.checked?.sourceDate ?? role.from;
}

export function auditOpenRoles(entries: readonly GlossaryEntry[]): OpenRoleAudit {
  const audit: OpenRoleAudit = { checked: [], explained: [], unchecked: [] };
  for (const entry of entries) {
    for (const role of entry.roles) {
      if (role.to) continue;
      const problem = problemOf(entry, role);
      if (!problem) audit.checked.push({ id: entry.id, role });
      else if (role.note && role.lastSeen) audit.explained.push({ id: entry.id, role, problem });
      else if (role.note)
        audit.unchecked.push({ id: entry.id, role, problem: 'noted without lastSeen' });
      else audit.unchecked.push({ id: entry.id, role, problem });
    }
  }
  return audit;
}
