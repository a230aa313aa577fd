// The coverage plan's classes (issue 13), counted over the glossary's entries: for each UN member
// state, does the glossary know the country, its capital, a head of state or government, its
// legislature, its highest court and its central bank; and how many of the world's million-people cities it knows.
// A class is complete when its "lacks" list is empty. Classes the plan names that no dataset
// enumerates yet are listed as such, so the report never reads more complete than it is.
import countries from 'world-countries';
import type { GlossaryEntry } from '../glossary/types';
import { kebab } from '../glossary/world-countries';

export interface ClassRow {
  name: string;
  have: number;
  of: number | null;
  lacks: string[];
}

const HEAD_TITLE =
  /^(President|Prime Minister|Premier|Chancellor|King|Queen|Emperor|Emir|Amir|Sultan|Grand Duke|Prince|Pope|Supreme Leader|Chairman|Chair|Head of State|Taoiseach|Interim President|Transitional President|Acting President|Acting Prime Minister|Interim Prime Minister|Transition Prime Minister|Co-President|Crown Prince|Vice President and Prime Minister)\b/;

/** Names posts still carry from before a country's rename ("President of the Czech Republic"). */
const OLD_NAMES: Record<string, string[]> = { Czechia: ['Czech Republic'], Türkiye: ['Turkey'] };

/** The UN member states as the country dataset names them, with their glossary ids. */
function memberStates(): { id: string; name: string; names: string[] }[] {
  return (
    countries
      // The dataset counts the Vatican a member; it is an observer state.
      .filter((c) => c.unMember && c.name.common !== 'Vatican City')
      .map((c) => ({
        id: kebab(c.name.common),
        name: c.name.common,
        names: [
          c.name.common,
          ...(OLD_NAMES[c.name.common] ?? []),
          ...c.altSpellings.filter((n) => n.length > 3 && /^\p{Lu}/u.test(n)),
        ],
      }))
      .sort((a, b) => a.name.localeCompare(b.name))
  );
}

/**
 * States with no central bank of their own: they use another state's currency under its monetary
 * policy, so the glossary covers them when it has that bank's card.
 */
const CURRENCY_OF: Record<string, string> = {
  andorra: 'european-central-bank',
  monaco: 'european-central-bank',
  liechtenstein: 'swiss-national-bank',
  kiribati: 'reserve-bank-of-australia',
  nauru: 'reserve-bank-of-australia',
  tuvalu: 'reserve-bank-of-australia',
  'marshall-islands': 'federal-reserve',
  micronesia: 'federal-reserve',
  palau: 'federal-reserve',
  panama: 'federal-reserve',
};

const about = (e: GlossaryEntry, id: string) => e.country === id || e.related.includes(id);

export function coverage(entries: readonly GlossaryEntry[]): ClassRow[] {
  const byId = new Map(entries.map((e) => [e.id, e]));
  const members = memberStates();
  const row = (
    name: string,
    has: (m: { id: string; name: string; names: string[] }) => boolean,
  ): ClassRow => {
    const lacks = members.filter((m) => !has(m)).map((m) => m.name);
    return { name, have: members.length - lacks.length, of: members.length, lacks };
  };
  const people = entries.filter((e) => e.kind === 'person');
  const orgs = entries.filter((e) => e.kind === 'organization');
  const typeOf = (e: GlossaryEntry) => `${e.facts['type'] ?? ''} ${e.description}`.toLowerCase();
  const cities = entries.filter((e) => e.sources[0]?.startsWith('https://www.geonames.org/'));
  return [
    row('UN member states', (m) => byId.get(m.id)?.kind === 'country'),
    row('their capitals', (m) => {
      const c = byId.get(m.id);
      return !!c && (c.related.some((r) => byId.get(r)?.kind === 'place') || !!c.facts['capital']);
    }),
    row('a head of state or government held since 2015', (m) =>
      people.some((p) =>
        p.roles.some(
          (r) =>
            HEAD_TITLE.test(r.title) &&
            m.names.some((n) => r.title.includes(n)) &&
            (!r.to || r.to.slice(0, 4) >= '2015'),
        ),
      ),
    ),
    row('the national legislature', (m) =>
      orgs.some(
        (o) => about(o, m.id) && /legislature|parliament|lower house|upper house/.test(typeOf(o)),
      ),
    ),
    row('a highest court', (m) =>
      orgs.some((o) => about(o, m.id) && /highest court|supreme court/.test(typeOf(o))),
    ),
    // A currency union's bank (BCEAO, BEAC, ECCB) lists every member state in `related`.
    row('a central bank', (m) =>
      CURRENCY_OF[m.id]
        ? byId.has(CURRENCY_OF[m.id]!)
        : orgs.some((o) => about(o, m.id) && o.facts['type'] === 'central bank'),
    ),
    row(
      'the three largest parties in the legislature',
      (m) =>
        orgs.filter((o) => about(o, m.id) && /political party|\bparty\b/.test(typeOf(o))).length >=
        3,
    ),
    {
      name: 'cities of a million people (GeoNames) as generated cards',
      have: cities.length,
      of: null,
      lacks: [],
    },
    ...[
      'foreign ministers since 2015',
      'election runners-up since 2015',
      'parties beyond the three largest, and party leaders',
      'electoral authorities',
      'first-level regions and broad regions in the news',
      'the UN system, regional organizations and their heads',
      'G20 cabinets and spokespeople',
      'armed groups, news agencies and outlets',
    ].map((name) => ({
      name: `${name}: not enumerated by a dataset yet`,
      have: 0,
      of: null,
      lacks: [],
    })),
  ];
}
