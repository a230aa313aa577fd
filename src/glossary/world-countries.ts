// Country, territory and capital-city entries generated at build time from the world-countries
// dataset (mledoze/countries). A hand-written entry with the same id replaces the generated one,
// which is how newsworthy and contested places get written summaries. Every sentence here is
// assembled from dataset fields, so it says nothing the data does not.
import countries from 'world-countries';
import type { GlossaryEntry } from './types';
import { formKey } from './tokens';

const SOURCE = 'https://github.com/mledoze/countries';
const REVIEWED = '2026-11-28';

/** Names that are also common words, first names or other places: they need support in the text. */
const AMBIGUOUS_NAMES = new Set([
  'Washington',
  'Chad',
  'Jordan',
  'Jersey',
  'Montenegro',
  'Victoria',
  'Kingston',
  'Male',
  'Malé',
  'Guernsey',
  'Georgia',
  'Niger',
  'Santiago',
  'Lima',
  'Jamestown',
  'Hamilton',
  'Douglas',
  'Stanley',
  'Avarua',
  'Plymouth',
  'Monaco',
  'Andorra',
  'San Marino',
  'Vatican',
]);

/** Where the dataset's facts are incomplete or out of date, the checked value wins. */
const CAPITAL_OVERRIDES: Record<string, string[]> = {
  'Sri Lanka': ['Sri Jayawardenepura Kotte'],
  Eswatini: ['Mbabane', 'Lobamba'],
};
const ALIAS_OVERRIDES: Record<string, string[]> = {
  Türkiye: ['Turkey'],
  Czechia: ['Czech Republic'],
  'Ivory Coast': ["Côte d'Ivoire"],
  'DR Congo': ['Democratic Republic of the Congo', 'DRC'],
  'Republic of the Congo': ['Congo-Brazzaville'],
  'North Macedonia': ['Macedonia'],
  Myanmar: ['Burma'],
  'Cape Verde': ['Cabo Verde'],
  'Timor-Leste': ['East Timor'],
  Eswatini: ['Swaziland'],
};
/** What news calls a capital besides its dataset name; listed names are also ambiguous. */
const CAPITAL_ALIASES: Record<string, string[]> = {
  'Washington D.C.': ['Washington, D.C.', 'Washington DC', 'Washington'],
  "Sana'a": ['Sanaa'],
  Naypyidaw: ['Naypyitaw', 'Nay Pyi Taw'],
};
/** The Holy See is a UN observer state; the dataset marks Vatican City a member. */
const UN_OBSERVERS = new Set(['Vatican City', 'Palestine']);
/** Hand-written entries carry the contested facts of these; nothing is generated for them. */
const HAND_WRITTEN_ONLY = new Set(['Israel', 'Palestine', 'Taiwan', 'Kosovo', 'Western Sahara']);
/** No capital entry is generated where the capital's status is changing (a hand entry may say more). */
const NO_CAPITAL_ENTRY = new Set(['Equatorial Guinea']);
/** City-states: the capital is the country. */
const CITY_STATES = new Set(['Singapore', 'Monaco', 'Vatican City', 'Gibraltar']);

type Country = (typeof countries)[number];

/** A country as other entries refer to it. */
export interface CountryRef {
  id: string;
  name: string;
  demonym?: string;
}

/** "the United States", "the Philippines": country names read with an article in a sentence. */
export function countryInSentence(name: string): string {
  return /^(United |Dominican |Central African |Czech |Republic |DR |Philippines|Netherlands|Bahamas|Gambia|Maldives|Marshall |Solomon |Comoros)/.test(
    name,
  )
    ? `the ${name}`
    : name;
}

/**
 * What people of a country are called ("Thai", "Togolese"): an adjective in news, never a name
 * of the country ("Thai Foreign Minister"). A word that is also a country's or a place's own
 * name ("Djibouti", "Gibraltar", "the Vatican") stays a name.
 */
export const DEMONYMS: ReadonlySet<string> = new Set(
  countries
    .flatMap((c) => [c.demonyms?.['eng']?.m, c.demonyms?.['eng']?.f])
    .filter(
      (d): d is string =>
        !!d && !AMBIGUOUS_NAMES.has(d) && !countries.some((c) => c.name.common === d),
    ),
);

export function kebab(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function list(items: string[]): string {
  return items.length <= 1
    ? (items[0] ?? '')
    : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

function capitalsOf(c: Country): string[] {
  return CAPITAL_OVERRIDES[c.name.common] ?? c.capital ?? [];
}

function unStatus(c: Country): string {
  if (UN_OBSERVERS.has(c.name.common)) return 'UN General Assembly observer state';
  return c.unMember ? 'UN member state' : 'not a UN member';
}

/** Alternative names from the dataset that read like names (not ISO codes or lowercase forms). */
function aliasesOf(c: Country): string[] {
  const names = [
    c.name.official,
    ...(c.altSpellings ?? []),
    ...(ALIAS_OVERRIDES[c.name.common] ?? []),
  ];
  return [...new Set(names)].filter(
    (n) =>
      n !== c.name.common &&
      !DEMONYMS.has(n) &&
      n.length > 3 &&
      /^\p{Lu}/u.test(n) &&
      /^[\p{Script=Latin}\p{M}\p{P}\p{Zs}]+$/u.test(n),
  );
}

function countryEntry(
  c: Country,
  capitalIds: Map<string, string>,
  idOfCode: Map<string, string>,
): GlossaryEntry {
  const name = c.name.common;
  const sovereign = c.independent === true || c.unMember;
  const where = c.subregion || c.region;
  const capitals = capitalsOf(c);
  const languages = Object.values(c.languages ?? {});
  const currencies = Object.entries(c.currencies ?? {}).map(
    ([code, cur]) => `${cur.name} (${code})`,
  );
  const facts: Record<string, string> = { region: where };
  if (capitals.length) facts['capital'] = capitals.join(', ');
  if (languages.length) facts['officialLanguages'] = languages.join(', ');
  if (currencies.length) facts['currency'] = currencies.join(', ');
  facts['unMembership'] = unStatus(c);
  const sentences = [
    `${name} is ${sovereign ? 'a country' : 'a territory'} in ${where}.`,
    capitals.length ? `Its capital is ${list(capitals)}.` : '',
    languages.length
      ? `Official ${languages.length > 1 ? 'languages' : 'language'}: ${list(languages)}.`
      : '',
    `It is ${unStatus(c) === 'UN member state' ? 'a member of the United Nations' : unStatus(c) === 'not a UN member' ? 'not a member of the United Nations' : 'an observer state at the UN General Assembly'}.`,
  ];
  const demonym = c.demonyms?.['eng']?.m;
  return {
    id: kebab(name),
    kind: sovereign ? 'country' : 'place',
    name,
    aliases: aliasesOf(c),
    shortNames: [],
    description: `${sovereign ? 'Country' : 'Territory'} in ${where}`,
    summary: sentences.filter(Boolean).join(' '),
    roles: [],
    facts,
    // The capital, then the neighbours: an article naming a neighbour supports an ambiguous
    // country name ("Chad" beside "Sudan").
    related: [
      ...capitals.map((cap) => capitalIds.get(`${name}|${cap}`)),
      ...(c.borders ?? []).map((code) => idOfCode.get(code)),
    ].filter((id): id is string => !!id),
    confusables: [],
    context: [...capitals, ...(demonym ? [demonym] : [])],
    sources: [SOURCE],
    reviewed: REVIEWED,
  };
}

function capitalEntry(c: Country, capital: string, id: string): GlossaryEntry {
  const country = c.name.common;
  const demonym = c.demonyms?.['eng']?.m;
  const name = id.endsWith('-city') && !capital.endsWith('City') ? `${capital} City` : capital;
  return {
    id,
    kind: 'place',
    name,
    aliases: CAPITAL_ALIASES[capital] ?? [],
    shortNames: [],
    description: `Capital of ${countryInSentence(country)}`,
    summary: `${name} is the capital of ${countryInSentence(country)}, a ${c.independent || c.unMember ? 'country' : 'territory'} in ${c.subregion || c.region}.`,
    roles: [],
    facts: { country, type: 'capital city' },
    related: [kebab(country)],
    confusables: [],
    context: [country, ...(demonym ? [demonym] : [])],
    sources: [SOURCE],
    reviewed: REVIEWED,
  };
}

/**
 * @param handIds ids of hand-written entries (they replace generated ones)
 * @param handNames formKeys of every hand-written name and alias: a generated alias that
 *   collides with one is dropped, and a generated entry whose name collides is not generated.
 */
export function generateCountryEntries(
  handIds: Set<string>,
  handNames: Set<string>,
): GlossaryEntry[] {
  const countryIds = new Set(countries.map((c) => kebab(c.name.common)));
  const capitalIds = new Map<string, string>();
  const wanted = countries.filter((c) => !HAND_WRITTEN_ONLY.has(c.name.common));
  const entries: GlossaryEntry[] = [];
  for (const c of wanted) {
    if (CITY_STATES.has(c.name.common) || NO_CAPITAL_ENTRY.has(c.name.common)) continue;
    if (!(c.unMember || c.independent)) continue;
    for (const capital of capitalsOf(c)) {
      let id = kebab(capital);
      if (countryIds.has(id)) id = `${id}-city`;
      capitalIds.set(`${c.name.common}|${capital}`, id);
      entries.push(capitalEntry(c, capital, id));
    }
  }
  const idOfCode = new Map(countries.map((c) => [c.cca3, kebab(c.name.common)]));
  for (const c of wanted) entries.unshift(countryEntry(c, capitalIds, idOfCode));

  // Names shared between generated entries are kept, marked ambiguous; aliases that collide with
  // anything else are dropped (a name is worth more than an alternative spelling).
  const nameCount = new Map<string, number>();
  for (const e of entries)
    nameCount.set(formKey(e.name), (nameCount.get(formKey(e.name)) ?? 0) + 1);
  const taken = new Set([...handNames, ...nameCount.keys()]);
  const aliasCount = new Map<string, number>();
  for (const e of entries)
    for (const a of e.aliases) aliasCount.set(formKey(a), (aliasCount.get(formKey(a)) ?? 0) + 1);
  const kept = entries.filter((e) => !handIds.has(e.id) && !handNames.has(formKey(e.name)));
  const finalIds = new Set([...handIds, ...kept.map((e) => e.id)]);
  return kept.map((e) => {
    // Ambiguous aliases may be shared (both entries must say so; the compiler checks).
    const aliases = e.aliases.filter(
      (a) => AMBIGUOUS_NAMES.has(a) || (!taken.has(formKey(a)) && aliasCount.get(formKey(a)) === 1),
    );
    const ambiguous = [e.name, ...aliases].filter(
      (n) => AMBIGUOUS_NAMES.has(n) || (nameCount.get(formKey(n)) ?? 0) > 1,
    );
    return {
      ...e,
      aliases,
      related: e.related.filter((id) => finalIds.has(id)),
      ...(ambiguous.length ? { ambiguous } : {}),
    };
  });
}

/**
 * The glossary's country or territory for each ISO 3166 alpha-2 code, by the id its entry has
 * (generated, or hand-written with the same id), for entries that say where they are.
 */
export function countryRefs(): Map<string, CountryRef> {
  return new Map(
    countries.map((c) => {
      const demonym = c.demonyms?.['eng']?.m;
      const ref: CountryRef = { id: kebab(c.name.common), name: c.name.common };
      if (demonym) ref.demonym = demonym;
      return [c.cca2, ref];
    }),
  );
}
