// Dates in the glossary may be partial (YYYY or YYYY-MM): the change happened somewhere in the
// period they name. periodStart and periodEnd are that period's first and last day.
import type { Role } from '../glossary/types';

function periodStart(date: string): string {
  return date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date;
}

function periodEnd(date: string): string {
  return date.length === 4 ? `${date}-12-31` : date.length === 7 ? `${date}-31` : date;
}

/**
 * Roles certainly held on `date` (YYYY-MM-DD), most recently started first. Inside the period a
 * partial start or end date leaves open ("to 2025"), the card cannot know which title was held,
 * so no role is claimed: a missing line costs less than a wrong one.
 */
export function rolesOn<R extends Role>(roles: readonly R[], date: string): R[] {
  return roles
    .filter(
      (r) =>
        (r.from.length === 10 ? r.from <= date : periodEnd(r.from) < date) &&
        (!r.to || (r.to.length === 10 ? date <= r.to : date < periodStart(r.to))),
    )
    .sort((a, b) => b.from.localeCompare(a.from));
}

/** Roles that had certainly ended before `date`. */
export function rolesEndedBy<R extends Role>(roles: readonly R[], date: string): R[] {
  return roles.filter((r) => r.to && periodEnd(r.to) < date);
}

/**
 * The day `months` months after a date (YYYY-MM-DD); a partial date counts from its first day.
 * 31 August + 6 months is the last day of February, not a day in March.
 */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = periodStart(date).split('-').map(Number);
  const day = new Date(Date.UTC(y!, m! - 1 + months, d!));
  if (day.getUTCDate() !== d) day.setUTCDate(0);
  return day.toISOString().slice(0, 10);
}

/** How long a card may say "now" after its entry was reviewed. */
export const NOW_VALID_MONTHS = 6;

/**
 * The month a card's "now" dates from, when the entry's review is too old for "now": more than
 * NOW_VALID_MONTHS before today. A partial review date counts from its first day. Else null.
 */
export function staleAsOf(reviewed: string, today: string): string | null {
  return today > addMonths(reviewed, NOW_VALID_MONTHS) ? periodStart(reviewed).slice(0, 7) : null;
}

/** YYYY-MM-DD of a date-like string (ISO date or date-time), or null if it is not one. */
export function toIsoDay(value: string | null | undefined): string | null {
  if (!value) return null;
  const trimmed = value.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(trimmed)) return trimmed;
  const time = Date.parse(trimmed);
  if (Number.isNaN(time)) return null;
  // Keep the calendar day the publisher wrote, not the one in UTC.
  const match = /^(\d{4}-\d{2}-\d{2})T/.exec(trimmed);
  return match ? match[1]! : new Date(time).toISOString().slice(0, 10);
}

/** "3 December 2021" in the UI's language. */
export function formatDay(day: string, locale?: string): string {
  const [y, m, d] = day.split('-').map(Number);
  const date = new Date(Date.UTC(y!, (m ?? 1) - 1, d ?? 1));
  const options: Intl.DateTimeFormatOptions =
    day.length === 4
      ? { year: 'numeric', timeZone: 'UTC' }
      : day.length === 7
        ? { year: 'numeric', month: 'long', timeZone: 'UTC' }
        : { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(locale, options).format(date);
}
