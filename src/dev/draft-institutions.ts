// npm run draft:institutions -- [--write] [--courts] [--parties] — drafts an entry for every
// national legislature and each of its chambers (with --courts, each highest court; with
// --parties, the three parties that won most seats at the last election) of a UN member state
// (and Taiwan and Kosovo) that the glossary does not know yet, from the World Factbook's last country profiles
// (January 2026; ../shared/datasets/factbook, CC0, not part of this project). Without --write it
// prints what it would write, one line per entry, for review.
//
// A draft says only what the Factbook says: the body's name in English and in its own language,
// what it is (a one- or two-chamber legislature, a chamber, a highest court), its seats and term.
// Bare names that many countries share ("National Assembly", "Supreme Court") carry the
// country, so they are marked only in articles about that country, and are marked ambiguous.
//
// Courts and parties are off by default: two seeded spot-checks of the drafts (2026-12-08) found
// the Factbook's court lists often hold whole hierarchies and its court names and compositions
// are often not the ones in use, and its party results mix chambers and elections. Drafts of
// those need a reviewer's look-up each; legislatures and chambers came out right.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import countries from 'world-countries';
import { formKey } from '../glossary/tokens';
import type { GlossaryEntry } from '../glossary/types';
import { countryInSentence, kebab } from '../glossary/world-countries';
import {
  FACTBOOK,
  FACTBOOK_REPO,
  REVIEWED,
  clean,
  countryOf,
  monthName,
  readTimeline,
  startDrafting,
} from './draft-leaders';

type Field = { text?: string } | undefined;
type Section = Record<string, Field> | undefined;

export interface Body {
  english: string;
  local: string | null;
}

/** "National Assembly (Assemblée nationale)" → the English name and the name in its language. */
export function splitName(text: string): Body | null {
  const t = clean(text).replace(/\s*note\b.*$/i, '');
  // "Grand National Assembly (Türkiye Büyük Millet Meclisi (T.B.M.M))": the first bracket opens
  // the local name, which may hold brackets of its own.
  const open = t.indexOf(' (');
  const m =
    open > 0 && t.endsWith(')')
      ? [t, t.slice(0, open), t.slice(open + 2, -1).replace(/\s*\([^()]*\)/g, '')]
      : null;
  const english = (m ? m[1]! : t).trim();
  if (!/^\p{Lu}/u.test(english) || english.length > 80) return null;
  const local = m ? m[2]!.split(' - ')[0]!.trim() : null;
  // The Factbook gives a few legislatures' English names in French, or in both languages.
  const englishName = ENGLISH_NAMES[english] ?? english.split(' - ').at(-1)!;
  return {
    english: englishName,
    // Not an acronym ("SCU"): a short capital word matches too much.
    local:
      local && local !== englishName && /^\p{Lu}/u.test(local) && !/^[\p{Lu}\d]+$/u.test(local)
        ? local
        : null,
  };
}

/** The first number in "109 (all directly elected)". */
export function seatsOf(text: string | undefined): string | null {
  const m = /^(\d[\d,]*)/.exec(clean(text ?? ''));
  return m ? m[1]!.replace(/,/g, '') : null;
}

/** "Supreme Federal Court or Supremo Tribunal Federal (consists of 11 justices); ..." → the courts' names. */
export function splitCourts(text: string): Body[] {
  const pieces: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of clean(text)) {
    if (ch === '(') depth++;
    if (ch === ')') depth--;
    if (ch === ';' && depth === 0) {
      pieces.push(current);
      current = '';
    } else current += ch;
  }
  pieces.push(current);
  const courts: Body[] = [];
  for (const raw of pieces.map((p) => p.trim())) {
    if (!raw || /^note\b/i.test(raw) || !/^\p{Lu}/u.test(raw)) continue;
    // "Supreme Court of Cassation consists of ..." has no bracket: the name ends at the verb.
    const head = raw
      .split('(')[0]!
      .split(/\s+(?:consists|is|are|has)\b/)[0]!
      .trim();
    // "Court of Appeal, High Court": two courts in one piece.
    const names = head.split(/,\s+/).every((n) => NAME_SHAPE.test(n.trim()))
      ? head.split(/,\s+/)
      : [head];
    if (names.length > 1) {
      for (const n of names)
        if (/Court|Council|Tribunal/.test(n)) courts.push({ english: n.trim(), local: null });
      continue;
    }
    const [english, local] = head.split(/\s+or\s+/);
    if (!english || !NAME_SHAPE.test(english.trim()) || !/Court|Council|Tribunal/.test(english))
      continue;
    courts.push({
      english: english.trim(),
      local:
        local && /^\p{Lu}/u.test(local.trim()) && !/^[\p{Lu}\d]+$/u.test(local.trim())
          ? local.trim()
          : null,
    });
  }
  return courts;
}

export interface PartyResult {
  name: string;
  acronym: string | null;
  seats: number;
}

/**
 * "Liberal Party (PL) (99); Workers' Party (PT) (69); Other (106)" → the parties with their
 * seats, largest first; "Other", independents and malformed items are left out.
 */
export function partiesOf(text: string): PartyResult[] {
  const parties: PartyResult[] = [];
  for (const item of clean(text).split(';')) {
    const m = /^(.+?)\s*(?:\(([^()]+)\)\s*)?\((\d+)\)\s*$/.exec(item.trim());
    if (!m) continue;
    const name = m[1]!.replace(/\s+and its allies$/i, '').trim();
    if (/^(other|others|independents?|vacant)\b/i.test(name) || /["“”+]/.test(item)) continue;
    if (
      !NAME_SHAPE.test(name.replace(/-/g, ' ').replace(/\s+/g, ' ')) &&
      !/^[\p{Lu}]{3,}$/u.test(name)
    )
      continue;
    const acronym = m[2] && /^[\p{Lu}][\p{Lu}\p{Ll}\d-]*$/u.test(m[2]) ? m[2] : null;
    parties.push({ name, acronym, seats: Number(m[3]) });
  }
  return parties.sort((a, b) => b.seats - a.seats);
}

/** "10/2/2022" → "2 October 2022"; anything else → null. */
export function electionDay(text: string | undefined): string | null {
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(clean(text ?? ''));
  if (!m) return null;

  return Number(m[1]) >= 1 && Number(m[1]) <= 12
    ? `${Number(m[2])} ${monthName(Number(m[1]))} ${m[3]}`
    : null;
}

/**
 * The standard names of apex courts, and only those: a court the Factbook names otherwise
 * ("Supreme Court of Justice", "Supreme Court of Judicature", "National Courts") is often named
 * differently in use, or is not the highest.
 */
const STANDARD_COURT =
  /^(Supreme Court|Constitutional Court|Supreme Constitutional Court|Federal Supreme Court|Supreme Federal Court|Federal Constitutional Court|Court of Cassation|Supreme Court of Cassation|Constitutional Council|Supreme Administrative Court)$/;

/** Names of apex courts: supreme, constitutional, cassation, council of state, final appeal. */
const APEX = /Supreme|Constitutional|Cassation|Council of State|Final Appeal|Curia|Highest/;

/** "Ukraine's", "the Bahamas'", "the Philippines'". */
function possessiveOf(country: string): string {
  const name = countryInSentence(country);
  return name.endsWith('s') ? `${name}'` : `${name}'s`;
}

/** Words that many countries' party names share. */
const PARTY_WORDS =
  /\b(Party|Democratic|Democrats?|Liberal|Labour|Labor|Socialists?|Conservative|People'?s|Popular|Greens?|Republican|Union|Alliance|Front|Movement|Congress|National|Social|Christian|Progressive|Independent|Unity|Freedom|Justice|Development|Renewal|Reform|Patriotic|Rally|Citizens?)\b/;

/** Factbook names that are not the English name news uses. */
const ENGLISH_NAMES: Record<string, string> = {
  Parlement: 'Parliament',
  'UK Parliament': 'Parliament',
};

/**
 * Bodies not drafted, with why: ones the glossary has under another name (Russia's Federation
 * Council), and ones abolished since the Factbook's last update.
 */
const KNOWN_AS: Record<string, string> = {
  'council-of-the-federation-of-russia': 'the glossary has it as federation-council',
  'parliament-of-kazakhstan':
    'replaced by the single-chamber Kurultai under the constitution in force from July 2026',
  'house-of-representatives-of-kazakhstan':
    'replaced by the single-chamber Kurultai under the constitution in force from July 2026',
};

/** A proper name: capitalised words joined by "of", "the", "for", "and". */
const NAME_SHAPE =
  /^[\p{Lu}][\p{L}'’-]*(?: (?:of|the|for|and|de|du|del|la)?\s?[\p{Lu}][\p{L}'’-]*)*$/u;

/** Words that make a name a common noun in its language: such a name needs the country. */
const GENERIC =
  /\b(parliament|parlament|parlamento|parlement|assembly|assembl[ée]e|asamblea|assembleia|senate|s[ée]nat|senado|senato|congress|congreso|congresso|chamber|c[âá]mara|chambre|camera|house|council|conseil|consejo|conselho|court|cour|corte|tribunal|supreme|suprema|supr[êe]me|national|nacional|nationale|federal|f[ée]d[ée]ral|people'?s|constitutional|constitutionnel|constitucional)\b/i;

interface Draft {
  entry: GlossaryEntry;
  names: string[];
  countryName: string;
}

function draftsFor(
  options: { courts: boolean; courtsStrict: boolean; parties: boolean },
  profile: { Government?: Record<string, Section> },
  country: { id: string; name: string; demonym?: string; isCountry: boolean },
  file: string,
): Draft[] {
  const gov = profile.Government ?? {};
  const inCountry = countryInSentence(country.name);
  const possessive = "the country's";
  const source = `${FACTBOOK_REPO}/${file}`;
  const drafts: Draft[] = [];
  // "Supreme Court of Pakistan" names its country already.
  const fullName = (body: Body) =>
    body.english.includes(country.name) ? body.english : `${body.english} of ${inCountry}`;
  const make = (
    body: Body,
    description: string,
    summary: string,
    facts: Record<string, string>,
  ): Draft => {
    const name = fullName(body);
    // "Supreme Court of Pakistan" is "the Supreme Court" in a Pakistani story.
    const bare = body.english.replace(new RegExp(`\\s+of\\s+(the\\s+)?${country.name}$`), '');
    const aliases = [...new Set([body.english, bare, ...(body.local ? [body.local] : [])])].filter(
      (a) => formKey(a) !== formKey(name) && (country.isCountry || !GENERIC.test(a)),
    );
    return {
      entry: {
        id: kebab(name),
        kind: 'organization',
        name,
        aliases,
        shortNames: [],
        description,
        summary,
        roles: [],
        facts: { country: country.name, ...facts },
        related: [country.id],
        confusables: [],
        context: [country.name, ...(country.demonym ? [country.demonym] : [])],
        ambiguous: aliases.filter((a) => a === body.english || a === bare || GENERIC.test(a)),
        // Taiwan's entry is a place, not a country: its bodies keep only distinctive names.
        ...(country.isCountry ? { country: country.id } : {}),
        sources: [source],
        reviewed: REVIEWED,
      },
      names: [name, ...aliases],
      countryName: country.name,
    };
  };

  const leg = gov['Legislative branch'];
  const legName = leg?.['legislature name']?.text ? splitName(leg['legislature name'].text) : null;
  const structure = clean(leg?.['legislative structure']?.text ?? '').toLowerCase();
  /** A chamber's seat count, unless its own election results add up to more. */
  const seatsIfConsistent = (section: Section): string | null => {
    const seats = seatsOf(section?.['number of seats']?.text);
    const won = partiesOf(section?.['parties elected and seats per party']?.text ?? '').reduce(
      (n, p) => n + p.seats,
      0,
    );
    return seats && won <= Number(seats) ? seats : null;
  };
  // "4 years" → "; its members serve 4-year terms"; anything else is left off the card.
  const termOf = (s: Section) => {
    const m = /^([1-9]\d?) years?$/.exec(
      clean(s?.['term in office']?.text ?? '')
        .split(/[;(]/)[0]!
        .trim(),
    );
    return m ? `; its members serve ${m[1]}-year terms` : '';
  };
  if (structure === 'unicameral' || structure === 'bicameral') {
    if (structure === 'unicameral' && legName) {
      const seats = seatsIfConsistent(leg);
      const term = termOf(leg);
      drafts.push(
        make(
          legName,
          `Unicameral legislature of ${inCountry}`,
          `The ${fullName(legName)} is ${possessive} single-chamber legislature${seats ? `, with ${seats} seats` : ''}${term}.`,
          { ...(seats ? { members: seats } : {}), type: 'unicameral legislature' },
        ),
      );
    } else if (structure === 'bicameral') {
      const chambers = (['upper', 'lower'] as const)
        .map((which) => {
          const s = gov[`Legislative branch - ${which} chamber`];
          const body = s?.['chamber name']?.text ? splitName(s['chamber name'].text) : null;
          return body ? { which, body, s } : null;
        })
        .filter((c): c is NonNullable<typeof c> => c !== null);
      // Some profiles name the chambers but not the legislature they form.
      const parent = legName
        ? make(
            legName,
            `Bicameral legislature of ${inCountry}`,
            chambers.length === 2
              ? `The ${fullName(legName)} is ${possessive} two-chamber legislature: the ${chambers[0]!.body.english} (upper house) and the ${chambers[1]!.body.english} (lower house).`
              : `The ${fullName(legName)} is ${possessive} two-chamber legislature.`,
            { type: 'bicameral legislature' },
          )
        : null;
      if (parent) drafts.push(parent);
      const whole = legName ? `the ${fullName(legName)}` : `the parliament of ${inCountry}`;
      for (const { which, body, s } of chambers) {
        const seats = seatsIfConsistent(s);
        const term = termOf(s);
        const chamber = make(
          body,
          `${which === 'upper' ? 'Upper' : 'Lower'} house of ${whole}`,
          `The ${fullName(body)} is the ${which} house of ${whole}${seats ? `, with ${seats} seats` : ''}${term}.`,
          { ...(seats ? { members: seats } : {}), type: `${which} house` },
        );
        if (parent) {
          chamber.entry.related.push(parent.entry.id);
          parent.entry.related.push(chamber.entry.id);
        }
        drafts.push(chamber);
      }
    }
  }

  // The three largest parties in the (lower or only) chamber, by seats won at its last election.
  const elected = structure === 'bicameral' ? gov['Legislative branch - lower chamber'] : leg;
  const chamberName =
    structure === 'bicameral'
      ? splitName(gov['Legislative branch - lower chamber']?.['chamber name']?.text ?? '')
      : legName;
  const totalSeats = seatsOf(elected?.['number of seats']?.text);
  const day = electionDay(elected?.['most recent election date']?.text);
  const results = partiesOf(elected?.['parties elected and seats per party']?.text ?? '');
  // Seat counts the Factbook itself contradicts (results for more seats than the chamber has:
  // one chamber's results beside another's size, or overhang seats) are not used at all.
  const resultsSum = results.reduce((n, p) => n + p.seats, 0);
  const consistent = !totalSeats || resultsSum <= Number(totalSeats);
  for (const party of consistent && options.parties ? results.slice(0, 3) : []) {
    if (!chamberName) break;
    const body: Body = {
      english: party.name,
      local: party.acronym && party.acronym.length >= 3 ? party.acronym : null,
    };
    // What the results say, and no more: not its rank (a result the Factbook lists in a form
    // this reader skips may be larger) and not that the party still exists (some have since
    // been banned or merged).
    const year = day ? day.slice(-4) : null;
    const draft = make(
      body,
      year
        ? `Party that won ${party.seats} seats in ${possessiveOf(country.name)} ${year} election`
        : `Party that won ${party.seats} seats in ${possessiveOf(country.name)} last election before 2026`,
      `According to the World Factbook, ${PARTY_WORDS.test(party.name) ? 'the ' : ''}${party.name} won ${party.seats} seats in the ${fullName(chamberName)}${day ? ` at the election of ${day}` : ' at its last election before January 2026'}.`,
      { type: 'political party' },
    );
    // A party's name is its own: "Historic Pact", "Malawi Congress Party"; a name many countries'
    // parties share is told apart by its country, "Liberal Party (Brazil)", not "... of Brazil".
    draft.entry.name =
      party.name.includes(country.name) || !PARTY_WORDS.test(party.name)
        ? party.name
        : `${party.name} (${country.name})`;
    draft.entry.id = kebab(draft.entry.name);
    draft.names[0] = draft.entry.name;
    const e = draft.entry;
    e.aliases = e.aliases.filter((a) => formKey(a) !== formKey(e.name));
    // An acronym names parties, agencies and companies the world over: only in this country.
    e.ambiguous = [
      ...new Set([...(e.ambiguous ?? []), ...e.aliases.filter((a) => a === body.local)]),
    ].filter((a) => e.aliases.includes(a));
    drafts.push(draft);
  }

  const courtsText = gov['Judicial branch']?.['highest court(s)']?.text;
  // The Factbook's "highest court(s)" sometimes lists a whole hierarchy (Fiji's High Court, Papua
  // New Guinea's National Court): keep the apex courts, or the first one listed if none is named
  // like one.
  const listed = courtsText ? splitCourts(courtsText) : [];
  const apex = listed.filter((c) => APEX.test(c.english));
  // Where a regional court is the final one (the Caribbean Court of Justice, the Eastern
  // Caribbean Supreme Court, the Privy Council), no national court is the highest.
  const regionalFinal = /Caribbean Court|Eastern Caribbean|Privy Council/i.test(
    clean(courtsText ?? ''),
  );
  const courts =
    !options.courts || regionalFinal
      ? []
      : options.courtsStrict
        ? listed.filter((c) => STANDARD_COURT.test(c.english))
        : apex.length
          ? apex
          : listed.slice(0, 1);
  for (const court of courts) {
    // "The highest court" only when the Factbook names no other.
    const one = listed.length === 1;
    drafts.push(
      make(
        court,
        one ? `Highest court of ${inCountry}` : `One of the highest courts of ${inCountry}`,
        `The ${fullName(court)} is ${one ? `${possessive} highest court` : `one of ${possessive} highest courts`}, according to the World Factbook.`,
        { type: 'highest court' },
      ),
    );
  }
  return drafts;
}

function main() {
  const { write, dir, hand } = startDrafting();
  // Every name the glossary has, and which of them are marked ambiguous everywhere they occur.
  const taken = new Map<string, boolean>();
  for (const e of hand)
    for (const n of [e.name, ...e.aliases, ...e.shortNames]) {
      const k = formKey(n);
      taken.set(k, (taken.get(k) ?? true) && (e.ambiguous ?? []).includes(n));
    }
  const ids = new Set(hand.map((e) => e.id));
  const knows = (countryId: string, names: string[]) =>
    hand.some(
      (e) =>
        e.kind === 'organization' &&
        (e.country === countryId || e.related.includes(countryId)) &&
        [e.name, ...e.aliases].some((n) => names.some((m) => formKey(m) === formKey(n))),
    );
  const timeline = readTimeline();
  const all: Draft[] = [];
  for (const [code, entry] of Object.entries(timeline.countries)) {
    const c = countryOf(code, entry.name);
    if (!c || !(c.unMember || ['Taiwan', 'Kosovo'].includes(c.name.common))) continue;
    const profile = JSON.parse(readFileSync(join(FACTBOOK, 'countries', entry.file), 'utf8'));
    const id = kebab(c.name.common);
    const ref = {
      id,
      name: c.name.common,
      demonym: c.demonyms?.['eng']?.m,
      isCountry: hand.find((e) => e.id === id)?.kind !== 'place',
    };
    if (!ids.has(id) && !countries.some((x) => kebab(x.name.common) === id)) continue;
    const options = {
      courts: process.argv.includes('--courts') || process.argv.includes('--standard-courts'),
      courtsStrict: process.argv.includes('--standard-courts'),
      parties: process.argv.includes('--parties'),
    };
    for (const d of draftsFor(options, profile, ref, entry.file)) {
      if (knows(ref.id, d.names) || ids.has(d.entry.id) || KNOWN_AS[d.entry.id]) {
        if (!write)
          console.log(`skip\t${d.entry.name}\t${KNOWN_AS[d.entry.id] ?? 'the glossary has it'}`);
        continue;
      }
      all.push(d);
    }
  }
  // A name two drafts share, or one the glossary has, is kept only where every holder marks it
  // ambiguous; otherwise the draft drops it (never its full name).
  const count = new Map<string, number>();
  for (const d of all)
    for (const n of d.names) count.set(formKey(n), (count.get(formKey(n)) ?? 0) + 1);
  let written = 0;
  for (const d of all) {
    const e = d.entry;
    // Two countries' parties of one name ("LIBRE" in Bolivia and Honduras): each card names its
    // country, and the bare name needs the article to be about it.
    if ((count.get(formKey(e.name)) ?? 0) > 1 && !e.name.endsWith(`(${d.countryName})`)) {
      e.aliases.unshift(e.name);
      (e.ambiguous ??= []).push(e.name);
      e.name = `${e.name} (${d.countryName})`;
      e.id = kebab(e.name);
    }
    if (taken.has(formKey(e.name))) {
      if (!write) console.log(`skip\t${e.name}\tname taken`);
      continue;
    }
    e.aliases = e.aliases.filter((a) => {
      const k = formKey(a);
      const shared = (count.get(k) ?? 0) > 1 || taken.has(k);
      if (shared && !e.ambiguous!.includes(a)) e.ambiguous!.push(a);
      return !taken.has(k) || taken.get(k) === true;
    });
    e.ambiguous = e.ambiguous!.filter((a) => e.aliases.includes(a));
    if (e.ambiguous.length === 0) delete e.ambiguous;
    e.related = e.related.filter(
      (id) =>
        ids.has(id) ||
        all.some((x) => x.entry.id === id) ||
        countries.some((x) => kebab(x.name.common) === id),
    );
    written++;
    if (write)
      writeFileSync(join(dir, 'organizations', `${e.id}.json`), JSON.stringify(e, null, 2) + '\n');
    else
      console.log(
        `draft\t${e.name}\t[${e.aliases.join(', ')}] amb=${(e.ambiguous ?? []).join(',')}\t${e.description}\t${e.summary}`,
      );
  }
  console.log(`${written} drafts${write ? ' written' : ''}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
