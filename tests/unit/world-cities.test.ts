import { describe, expect, it } from 'vitest';
import { allCards } from '../../src/glossary/compiler';
import { generateCityEntries, type CityRow } from '../../src/glossary/world-cities';
import { countryRefs } from '../../src/glossary/world-countries';
import { formKey } from '../../src/glossary/tokens';
import { glossary, marked } from './glossary-fixture';

const countries = countryRefs();
const row = (r: Partial<CityRow> & Pick<CityRow, 'geonameId' | 'name' | 'country'>): CityRow => ({
  admin1: '',
  feature: 'PPL',
  lat: 0,
  lon: 0,
  ...r,
});

describe('generated cities', () => {
  const rows = [
    row({ geonameId: 2335204, name: 'Kano', country: 'NG', admin1: 'Kano State', feature: 'PPLA' }),
    row({ geonameId: 4684888, name: 'Dallas', country: 'US', admin1: 'Texas', feature: 'PPLA2' }),
    row({ geonameId: 1792947, name: 'Tianjin', country: 'CN', admin1: 'Tianjin', feature: 'PPLA' }),
    row({ geonameId: 1269843, name: 'Hyderabad', country: 'IN', admin1: 'Telangana' }),
    row({ geonameId: 1176734, name: 'Hyderabad', country: 'PK', admin1: 'Sindh' }),
    row({ geonameId: 1262111, name: 'Najafgarh', country: 'IN', admin1: 'Delhi' }),
    row({ geonameId: 2988507, name: 'Paris', country: 'FR', admin1: 'Île-de-France' }),
    row({ geonameId: 1278994, name: 'Allahābād', country: 'IN', admin1: 'Uttar Pradesh' }),
  ];
  const entries = generateCityEntries(
    countries,
    new Set(['france']),
    new Set([formKey('Paris')]),
    rows,
  );
  const byId = new Map(entries.map((e) => [e.id, e]));

  it('says where the city is and what it is the capital of, from the gazetteer alone', () => {
    const kano = byId.get('kano')!;
    expect(kano.description).toBe('City in Kano State, Nigeria');
    expect(kano.summary).toBe('Kano is a city in Nigeria and the capital of Kano State.');
    expect(kano.facts).toEqual({ country: 'Nigeria', region: 'Kano State', type: 'city' });
    expect(kano.related).toEqual(['nigeria']);
    expect(kano.sources).toEqual(['https://www.geonames.org/2335204']);
    expect(byId.get('dallas')!.summary).toBe('Dallas is a city in Texas, in the United States.');
  });
  it('does not name a division that is the city itself', () => {
    expect(byId.get('tianjin')!.summary).toBe('Tianjin is a city in China.');
  });
  it('gives two cities of one name their own ids, both needing support in the text', () => {
    expect(byId.get('hyderabad')!.ambiguous).toEqual(['Hyderabad']);
    expect(byId.get('hyderabad-pakistan')!.ambiguous).toEqual(['Hyderabad']);
    expect(byId.get('dallas')!.ambiguous).toEqual(['Dallas']);
  });
  it('uses the name news uses and keeps the old one as an alias', () => {
    expect(byId.get('prayagraj')!.aliases).toEqual(['Allahabad']);
  });
  it('leaves out districts of larger cities and names the glossary already has', () => {
    expect(entries.some((e) => e.name === 'Najafgarh')).toBe(false);
    expect(entries.some((e) => e.name === 'Paris')).toBe(false);
  });
});

describe('the bundled glossary', () => {
  const cards = allCards(glossary);
  const cities = cards.filter((e) => e.sources[0]?.startsWith('https://www.geonames.org/'));

  it('holds the cities of a million people it did not know', () => {
    expect(cities.length).toBeGreaterThan(150);
    expect(cities.find((c) => c.id === 'kano')?.description).toBe('City in Kano State, Nigeria');
    expect(marked('Pilgrims gathered in Allahabad.')).toEqual(['Allahabad → prayagraj']);
  });
  it('marks them in text, and a city name that is also a first name only with support', () => {
    expect(marked('Protests spread from Ibadan to Port Harcourt.')).toEqual([
      'Ibadan → ibadan',
      'Port Harcourt → port-harcourt',
    ]);
    expect(marked('Dallas Green pitched for the Phillies.')).toEqual([]);
  });
});
