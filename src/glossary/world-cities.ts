// City entries generated at build time from GeoNames (src/glossary/data/world-cities.json,
// written by `npm run import:cities`): every place GeoNames counts at a million people or more
// that the glossary does not already know. Each card says only what the gazetteer backs: the
// country, the first-level division, and whether the city is that division's capital; its
// source is the place's own GeoNames page. A hand-written entry with the same name wins.
//
// The curation below is keyed by GeoNames id and says why: names news uses, divisions named as
// a reader knows them, and records left out (districts of larger cities, records whose
// population or division GeoNames has wrong).
import rows from './data/world-cities.json';
import type { GlossaryEntry } from './types';
import { formKey } from './tokens';
import { countryInSentence, kebab, type CountryRef } from './world-countries';

export interface CityRow {
  geonameId: number;
  name: string;
  country: string;
  admin1: string;
  feature: string;
  lat: number;
  lon: number;
}

const REVIEWED = '2026-12-08';

/** Not generated, with the reason. */
const LEFT_OUT: Record<number, string> = {
  1917790: 'Dadonghai is a district of Sanya',
  2422488: 'Camayenne is a district of Conakry',
  1723510: 'Budta: GeoNames population belongs to Cotabato City',
  1978681: 'Malingao: GeoNames population belongs to a municipality',
  1848254: 'Yono merged into Saitama in 2001',
  6943660: 'Shivaji Nagar is a neighbourhood of Mumbai',
  1261162: 'Nowrangapur: GeoNames population is the district, not the town',
  1254745: 'Teni: GeoNames population is the district, not the town',
  1254361: 'Tirunelveli: GeoNames population is the district, not the city',
  1262111: 'Najafgarh is part of Delhi',
  1268295: 'Kalyan and Dombivli are one municipal corporation; rarely named in world news',
  1272423: 'Kalyan and Dombivli are one municipal corporation; rarely named in world news',
  1270926: 'Gorakhpur: GeoNames puts this record in Haryana, the city is in Uttar Pradesh',
  1787824: 'Tongshan is a district of Xuzhou',
  1798425: 'Puyang: GeoNames puts this record in Zhejiang, the city is in Henan',
  1802875: 'Guankou is a town; the population is a larger area',
  268743: "Ra's Beirut is a neighbourhood of Beirut (the capital has its own entry)",
  388349: 'Old Basra is part of Basra',
  3514674: 'Gustavo A. Madero is a borough of Mexico City',
  3526683: 'Iztapalapa is a borough of Mexico City',
  71137: "Sanaa: the capital's entry (Sana'a) carries this name",
};

/** The name news uses, and other names it is known by. */
const NAMES: Record<number, { name?: string; aliases?: string[] }> = {
  1205733: { aliases: ['Chattogram'] },
  1790630: { name: "Xi'an" },
  1793724: { name: "Tai'an" },
  7283386: { name: 'Changshu' },
  7602670: { name: 'Zhucheng' },
  1254661: { name: 'Thane' },
  1255364: { name: 'Surat' },
  1258847: { name: 'Rajkot' },
  1259652: { name: 'Pimpri-Chinchwad' },
  1264728: { name: 'Ludhiana' },
  1270396: { name: 'Howrah' },
  1271308: { name: 'Ghaziabad' },
  // Renamed by the state of Uttar Pradesh in 2018 and by Maharashtra in 2023.
  1278994: { name: 'Prayagraj', aliases: ['Allahabad'] },
  1278149: { name: 'Chhatrapati Sambhajinagar', aliases: ['Aurangabad'] },
  99071: { name: 'Mosul' },
  99532: { name: 'Basra', aliases: ['Basrah'] },
  1842485: { name: 'Goyang' },
  1897000: { name: 'Seongnam' },
  3529612: { name: 'Ecatepec', aliases: ['Ecatepec de Morelos'] },
  3530589: { name: 'Nezahualcóyotl', aliases: ['Ciudad Nezahualcóyotl'] },
  3998655: { name: 'León', aliases: ['León de los Aldama'] },
  4013708: { name: 'Ciudad Juárez' },
  1715348: { name: 'Davao City', aliases: ['Davao'] },
  1720151: { name: 'Caloocan' },
  501175: { name: 'Rostov-on-Don', aliases: ['Rostov-na-Donu'] },
  520555: { name: 'Nizhny Novgorod' },
  698740: { name: 'Odesa', aliases: ['Odessa'] },
  5110266: { name: 'The Bronx', aliases: ['Bronx'] },
  1529102: { aliases: ['Urumqi'] },
};

/** First-level divisions as English news names them (GeoNames' own name otherwise). */
const DIVISION_NAMES: Record<string, string> = {
  'PH|National Capital Region': 'Metro Manila',
  'KR|Gyeonggi-do': 'Gyeonggi Province',
  'MX|México': 'the State of Mexico',
  'BR|São Paulo': 'São Paulo state',
  'BR|Rio de Janeiro': 'Rio de Janeiro state',
  'RU|Rostov': 'Rostov Oblast',
  'RU|Chelyabinsk': 'Chelyabinsk Oblast',
  'RU|Bashkortostan Republic': 'Bashkortostan',
  'RU|Tatarstan Republic': 'Tatarstan',
  'CM|Littoral': 'the Littoral Region',
  'GH|Ashanti': 'the Ashanti Region',
  'IR|Fars': 'Fars province',
  'IR|East Azerbaijan': 'East Azerbaijan province',
  'IQ|Nineveh': 'Nineveh Governorate',
  'UA|Odesa': 'Odesa Oblast',
  'JP|Kanagawa': 'Kanagawa Prefecture',
  'JP|Aichi': 'Aichi Prefecture',
  'JP|Hyōgo': 'Hyōgo Prefecture',
  'JP|Miyagi': 'Miyagi Prefecture',
  'JP|Hokkaido': 'Hokkaido',
  'CO|Valle del Cauca Department': 'Valle del Cauca',
  'AR|Cordoba': 'Córdoba Province',
  'AR|Santa Fe': 'Santa Fe Province',
  'JP|Kyoto': 'Kyoto Prefecture',
  'JP|Hiroshima': 'Hiroshima Prefecture',
  'JP|Fukuoka': 'Fukuoka Prefecture',
  'JP|Saitama': 'Saitama Prefecture',
  'EG|Giza': 'Giza Governorate',
  'EG|Alexandria': 'Alexandria Governorate',
  'TR|Gaziantep': 'Gaziantep Province',
  'TR|Adana': 'Adana Province',
  'MX|Puebla': 'Puebla state',
  'CN|Jilin': 'Jilin province',
  'IQ|Basra': 'Basra Governorate',
};

/** Division left off the card: the record's division is wrong, or it is the city itself. */
const NO_DIVISION = new Set([
  1673820, // Kaohsiung: GeoNames names its division "Takao", a name of the colonial era
  2293538, // Abidjan: the autonomous district is the city
  6295587, // Batam: GeoNames has Riau; the city is in the Riau Islands province since 2004
]);

/** Places that are not cities of their own. */
const KIND_OF_PLACE: Record<number, { type: string; description: string; summary: string }> = {
  5110266: {
    type: 'borough',
    description: 'Borough of New York City',
    summary: 'The Bronx is one of the five boroughs of New York City, in the US state of New York.',
  },
  5110302: {
    type: 'borough',
    description: 'Borough of New York City',
    summary: 'Brooklyn is one of the five boroughs of New York City, in the US state of New York.',
  },
  5125771: {
    type: 'borough',
    description: 'Borough of New York City',
    summary: 'Manhattan is one of the five boroughs of New York City, in the US state of New York.',
  },
  5133273: {
    type: 'borough',
    description: 'Borough of New York City',
    summary: 'Queens is one of the five boroughs of New York City, in the US state of New York.',
  },
  953781: {
    type: 'township',
    description: 'Township in Johannesburg, South Africa',
    summary: 'Soweto is a township of Johannesburg, in the Gauteng province of South Africa.',
  },
  1819609: {
    type: 'urban area',
    description: 'Urban area of Hong Kong',
    summary: 'Kowloon is an urban area of Hong Kong, on the peninsula north of Victoria Harbour.',
  },
  1668341: {
    type: 'city',
    description: 'City in Taiwan; seat of its government',
    summary: 'Taipei is a city in the north of Taiwan and the seat of its government.',
  },
};

/**
 * Names that are also people's names, common words or other well-known places: marked only
 * when the article supports them (the country or the division named, say).
 */
const AMBIGUOUS_CITY_NAMES = new Set([
  'Salvador',
  'Phoenix',
  'Dallas',
  'Adelaide',
  'Rosario',
  'Samara',
  'Kazan',
  'Kobe',
  'Cali',
  'Perth',
  'Córdoba',
  'Valencia',
  'León',
  'Guadalajara',
  'Alexandria',
  'Jilin',
  'Zhongshan',
  'Brooklyn',
  'Manhattan',
  'Suzhou',
  'Fuzhou',
  'Queens',
  'Aurangabad',
  'Odessa',
  'Davao',
]);

function divisionOf(row: CityRow, name: string, country: string): string | null {
  if (!row.admin1 || NO_DIVISION.has(row.geonameId)) return null;
  const named = DIVISION_NAMES[`${row.country}|${row.admin1}`];
  if (named) return named;
  // "Tianjin is a city in China", not "a city in Tianjin, China".
  if (formKey(row.admin1) === formKey(name) || formKey(row.admin1) === formKey(country))
    return null;
  return row.admin1;
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function cityEntry(row: CityRow, id: string, country: CountryRef): GlossaryEntry {
  const curated = NAMES[row.geonameId] ?? {};
  const name = curated.name ?? row.name;
  const aliases = (curated.aliases ?? []).filter((a) => formKey(a) !== formKey(name));
  const division = divisionOf(row, name, country.name);
  const inCountry = countryInSentence(country.name);
  const special = KIND_OF_PLACE[row.geonameId];
  const isCapital = row.feature === 'PPLA' && division !== null;
  const description =
    special?.description ??
    (division ? `City in ${division}, ${country.name}` : `City in ${inCountry}`);
  const summary =
    special?.summary ??
    (isCapital
      ? `${name} is a city in ${inCountry} and the capital of ${division}.`
      : division
        ? `${name} is a city in ${division}, in ${inCountry}.`
        : `${name} is a city in ${inCountry}.`);
  const facts: Record<string, string> = { country: country.name };
  if (division) facts['region'] = capitalised(division.replace(/^the /, ''));
  facts['type'] = special?.type ?? 'city';
  return {
    id,
    kind: 'place',
    name,
    aliases,
    shortNames: [],
    description: capitalised(description),
    summary,
    roles: [],
    facts,
    related: [country.id],
    confusables: [],
    context: [
      country.name,
      ...(division ? [division.replace(/^the /, '')] : []),
      ...(country.demonym ? [country.demonym] : []),
    ],
    sources: [`https://www.geonames.org/${row.geonameId}`],
    reviewed: REVIEWED,
  };
}

/**
 * @param countries the glossary's country or territory for each ISO 3166 alpha-2 code
 * @param takenIds ids already in the glossary (hand-written and generated)
 * @param takenNames formKeys of every name and alias already in the glossary: a city whose name
 *   is taken is not generated (the glossary already knows a place, or something else, by it)
 */
export function generateCityEntries(
  countries: ReadonlyMap<string, CountryRef>,
  takenIds: ReadonlySet<string>,
  takenNames: ReadonlySet<string>,
  data: readonly CityRow[] = rows,
): GlossaryEntry[] {
  const entries: GlossaryEntry[] = [];
  const ids = new Set(takenIds);
  for (const row of data) {
    if (LEFT_OUT[row.geonameId]) continue;
    // National capitals come from the country dataset, except where none is generated.
    if (row.feature === 'PPLC' && !KIND_OF_PLACE[row.geonameId]) continue;
    const country = countries.get(row.country);
    if (!country) continue;
    const name = NAMES[row.geonameId]?.name ?? row.name;
    if (takenNames.has(formKey(name))) continue;
    let id = kebab(name);
    if (ids.has(id)) id = `${id}-${kebab(country.name)}`;
    if (ids.has(id)) continue;
    ids.add(id);
    entries.push(cityEntry(row, id, country));
  }
  // Two cities of one name (Hyderabad in India and in Pakistan) both need support in the text.
  const nameCount = new Map<string, number>();
  for (const e of entries)
    nameCount.set(formKey(e.name), (nameCount.get(formKey(e.name)) ?? 0) + 1);
  return entries.map((e) => {
    const aliases = e.aliases.filter((a) => !takenNames.has(formKey(a)));
    const ambiguous = [e.name, ...aliases].filter(
      (n) => AMBIGUOUS_CITY_NAMES.has(n) || (nameCount.get(formKey(n)) ?? 0) > 1,
    );
    return { ...e, aliases, ...(ambiguous.length ? { ambiguous } : {}) };
  });
}
