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
import { kebab } from '../glossary/world-countries';
import { LEADER_NAMES, LEADERS_LEFT_OUT, type LeaderCuration } from './leader-curation';

const FACTBOOK = fileURLToPath(new URL('../../../shared/datasets/factbook', import.meta.url));
/** The Factbook's last data update in this copy (its README). */
const FACTBOOK_UPDATED = '2026-01-22';
const REVIEWED = '2026-12-08';
const FACTBOOK_REPO = 'https://github.com/factbook/factbook.json/blob/master';

interface Change {
  snapshot: string;
  chiefOfState?: string;
  headOfGovernment?: string;
}
interface Timeline {
  countries: Record<string, { file: string; name: string; changes: Change[] }>;
}

/** Factbook short names that differ from the country dataset's common names. */
const FACTBOOK_COUNTRY_NAMES: Record<string, string> = {
  'Korea, South': 'South Korea',
  'Korea, North': 'North Korea',
  'Congo, Democratic Republic of the': 'DR Congo',
  'Congo, Republic of the': 'Republic of the Congo',
  Burma: 'Myanmar',
  'Bahamas, The': 'Bahamas',
  'Gambia, The': 'Gambia',
  'Micronesia, Federated States of': 'Micronesia',
  "Cote d'Ivoire": 'Ivory Coast',
  'Turkey (Turkiye)': 'Türkiye',
  Czechia: 'Czechia',
  'Cabo Verde': 'Cape Verde',
  'Holy See (Vatican City)': 'Vatican City',
  'Sao Tome and Principe': 'São Tomé and Príncipe',
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

/** Honorifics the Factbook puts between title and name: not part of either. */
const HONORIFICS = /\b(Gen\.|Col\.|Lt\.|Maj\.|Brig\.|Dr\.|Sheikh|Sir|Ratu)\s*/g;

const ALL_CAPS = /^[\p{Lu}][\p{Lu}'’\-.]*[\p{Lu}]$|^[\p{Lu}]{2,}$/u;

function clean(text: string): string {
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
  if (ROMAN.test(word)) return word;
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
  /** Why the Factbook's "since" cannot be trusted for this tenure, if it cannot. */
  doubt?: string;
}

const MONTHS = [
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
    (/^\p{Lu}/u.test(tokens[start - 1]!) || PARTICLE.test(tokens[start - 1]!))
  )
    start--;
  const title = tokens
    .slice(0, start)
    .join(' ')
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
export function newsName(rawName: string): { name: string; surname: string } {
  const tokens = rawName.split(' ');
  const caps = tokens.filter((t) => ALL_CAPS.test(t));
  return {
    name: tokens.map((t) => (ALL_CAPS.test(t) ? titleCase(t) : t)).join(' '),
    surname: caps.map(titleCase).join(' '),
  };
}

function countryOf(factbookName: string) {
  const wanted = FACTBOOK_COUNTRY_NAMES[factbookName] ?? factbookName;
  return countries.find(
    (c) =>
      c.name.common === wanted || c.name.official === wanted || c.altSpellings.includes(wanted),
  );
}

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
export function factbookHolders(): Holder[] {
  const timeline = JSON.parse(
    readFileSync(join(FACTBOOK, 'executive-timeline.json'), 'utf8'),
  ) as Timeline;
  const tenures: Holder[] = [];
  for (const entry of Object.values(timeline.countries)) {
    const country = countryOf(entry.name);
    if (!country || !(country.unMember || INCLUDED_NON_MEMBERS.has(country.name.common))) continue;
    const changes = entry.changes.filter((c) => c.snapshot <= FACTBOOK_UPDATED);
    for (const slot of ['chiefOfState', 'headOfGovernment'] as const) {
      let open: Holder | null = null;
      let previous: Holder | null = null;
      for (const change of changes) {
        const parsed = change[slot] ? parseHolder(change[slot]!) : null;
        const { name, surname } = parsed ? newsName(parsed.rawName) : { name: '', surname: '' };
        // The same tenure: the same person, or the same day in office under a new spelling.
        if (
          open &&
          parsed &&
          (formKey(open.name) === formKey(name) || open.since === parsed.since) &&
          open.title === parsed.title
        ) {
          if (parsed.since < open.since) open.since = parsed.since;
          open.lastSeen = change.snapshot;
          // The latest spelling: the Factbook corrects its typos ("Mgasogo").
          Object.assign(open, { rawName: parsed.rawName, name, surname });
          continue;
        }
        const before: Holder | null = open;
        open = null;
        if (!parsed) {
          previous = null;
          continue;
        }
        open = {
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
        };
        // A handover the snapshots show directly (no vacancy, not across the 2017–2020 gap).
        if (before && !(before.lastSeen < GAP_END && change.snapshot >= GAP_END))
          before.successorSince = parsed.since;
        // A "since" well inside the time the Factbook still listed the predecessor is an error.
        const samePerson =
          previous && (formKey(previous.name) === formKey(name) || previous.surname === surname);
        if (previous && !samePerson && addMonthsIso(parsed.since, 6) < previous.lastSeen)
          open.doubt = `"since ${parsed.since}" while the Factbook listed ${previous.rawName} until ${previous.lastSeen}`;
        previous = open;
        tenures.push(open);
      }
      if (open) open.current = true;
    }
  }
  return tenures;
}

function monthYear(day: string): string {
  const [y, m] = day.split('-');
  return `${MONTHS[Number(m) - 1]!.replace(/^./, (c) => c.toUpperCase())} ${y}`;
}

/** "President of Algeria"; a title that names its body already gets the country in brackets. */
export function officeTitle(title: string, country: string): string {
  const of = /\bof\b/.test(title);
  const theCountry =
    /^(United |Dominican |Central African |Czech |Republic |DR |Philippines|Netherlands|Bahamas|Gambia|Maldives|Marshall |Solomon |Comoros)/.test(
      country,
    )
      ? `the ${country}`
      : country;
  return of ? `${title} (${country})` : `${title} of ${theCountry}`;
}

function roleOf(h: Holder, curation: LeaderCuration): EntryRole | null {
  // A curated title names today's post; earlier posts keep the Factbook's.
  const title = (h.current && curation.title) || officeTitle(h.title, h.country);
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
  // The month the successor took office: the handover fell in it, or at its very start.
  const to = h.successorSince.slice(0, 7);
  return to <= from ? null : { title, from, to };
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
): GlossaryEntry {
  const current = tenures.at(-1)!;
  const curation = LEADER_NAMES[current.rawName] ?? {};
  const name = curation.name ?? current.name;
  const roles: EntryRole[] = [];
  for (const t of tenures) {
    const role = roleOf(t, LEADER_NAMES[t.rawName] ?? {});
    if (!role) continue;
    // A president the Factbook lists as both head of state and of government holds one post.
    const same = roles.findIndex((r) => r.title === role.title && r.from === role.from);
    if (same >= 0) {
      if (!role.to) roles[same] = role;
      continue;
    }
    roles.push(role);
  }
  const office = roles.at(-1)!.title;
  const shortNames =
    curation.shortNames ?? (current.surname && current.surname !== name ? [current.surname] : []);
  const aliases = (curation.aliases ?? []).filter((a) => formKey(a) !== formKey(name));
  const lower = office.replace(
    /^(President|Prime Minister|Transition Prime Minister|Interim President|Interim Prime Minister|Acting Prime Minister|King|Sultan|Amir|Chairman|Minister|Crown Prince)\b/,
    (t) => t.toLowerCase(),
  );
  return {
    id: kebab(name),
    kind: 'person',
    name,
    aliases,
    shortNames,
    description: fitDescription(office, current.since),
    summary: `According to the World Factbook's last update, in January 2026, ${name} had been ${/^(the|[A-Z])/.test(lower) ? '' : 'the '}${lower} since ${monthYear(current.since)}.`,
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
  if (!existsSync(FACTBOOK)) {
    console.error(
      `No Factbook at ${FACTBOOK}: this tool needs the steering repository's datasets.`,
    );
    process.exit(2);
  }
  const write = process.argv.includes('--write');
  const dir = entriesDir();
  const hand = readEntrySources(dir).map((s) => JSON.parse(s.text) as GlossaryEntry);
  const names = new Set<string>();
  const ids = new Set(hand.map((e) => e.id));
  for (const e of hand) for (const n of [e.name, ...e.aliases]) names.add(formKey(n));
  const timeline = JSON.parse(
    readFileSync(join(FACTBOOK, 'executive-timeline.json'), 'utf8'),
  ) as Timeline;
  const fileOf = new Map<string, string>();
  for (const c of Object.values(timeline.countries)) {
    const common = countryOf(c.name)?.name.common;
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
  for (const h of tenures.filter((x) => x.current)) {
    const curated = LEADER_NAMES[h.rawName];
    const name = curated?.name ?? h.name;
    const why =
      LEADERS_LEFT_OUT[h.rawName] ??
      h.doubt ??
      (names.has(formKey(name)) || (curated?.aliases ?? []).some((a) => names.has(formKey(a)))
        ? 'in the glossary'
        : knownOffice(h)
          ? 'same office, same day'
          : '');
    if (why) {
      if (!write) console.log(`skip\t${h.country}\t${h.rawName}\t${why}`);
      continue;
    }
    const own = byPerson
      .get(`${h.country}|${formKey(h.name)}`)!
      .filter((t) => t.current || !t.doubt)
      .sort((a, b) => a.since.localeCompare(b.since));
    const c = countries.find((x) => x.name.common === h.country)!;
    const entry = draftEntry(own, kebab(h.country), c.demonyms?.['eng']?.m, fileOf.get(h.country)!);
    if (ids.has(entry.id)) entry.id = `${entry.id}-${kebab(h.country)}`;
    ids.add(entry.id);
    names.add(formKey(name));
    drafted++;
    if (write) {
      writeFileSync(join(dir, 'people', `${entry.id}.json`), JSON.stringify(entry, null, 2) + '\n');
    } else {
      console.log(
        `draft\t${entry.name}\t[${entry.aliases.join(', ')}] short=${entry.shortNames.join(',')}\t${entry.roles.map((r) => `${r.title} ${r.from}–${r.to ?? ''}`).join(' | ')}\t${entry.description}`,
      );
    }
  }
  console.log(`${drafted} drafts${write ? ' written' : ''}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
