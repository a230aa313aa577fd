// Synthetic glossaries for the benchmark: the real glossary plus made-up entities up to N in all,
// with realistic multi-word names (people with surnames, organizations, places), compiled by the
// real compiler. The real entries stay in, so the pages' real names are still found and the
// synthetic ones add the weight of a larger glossary. Seeded: the same N gives the same glossary.
import { compileGlossary, type EntrySource } from '../../glossary/compiler';
import { entriesDir, loadEntries } from '../../glossary/load-entries';
import type { CompiledGlossary } from '../../glossary/types';

const FIRST =
  'Anna Boris Carla Dmitri Elena Farid Greta Hiro Ines Jonas Kofi Lena Marco Nadia Omar Priya Quentin Rosa Sven Tariq Uma Viktor Wen Ximena Yusuf Zofia'.split(
    ' ',
  );
const LAST =
  'Abara Berg Castell Dorn Eklund Farouk Galvez Horvath Ibsen Jansen Kowalski Lindqvist Moreau Novak Okafor Petrov Quiroga Rahman Silva Takeda Ulrich Varga Weber Xu Yilmaz Zeller'.split(
    ' ',
  );
const ADJ =
  'Northern Southern Eastern Western Central United National Federal Regional Joint Atlantic Pacific Arctic Coastal Highland Continental'.split(
    ' ',
  );
const NOUN =
  'Grain Energy Maritime Water Railway Fisheries Forestry Mining Trade Health Security Climate Labour Finance Science Transport'.split(
    ' ',
  );
const TYPE = 'Council Commission Agency Authority Forum Alliance Union Bank Institute Court'.split(
  ' ',
);
const PLACE_A = 'Kal Mor Ves Dun Ash Bel Cor Tal Nor Ost Rav Sel Tor Vel Zan Har'.split(' ');
const PLACE_B = 'grad heim ford mouth stad burg vik polis dorf holm minster wick'.split(' ');

function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

export function syntheticGlossary(size: number, seed = 7): CompiledGlossary {
  const real = loadEntries(entriesDir());
  const next = random(seed);
  const pick = <T>(xs: T[]) => xs[Math.floor(next() * xs.length)]!;
  const names = new Set<string>();
  const sources: EntrySource[] = [];
  const wanted = size - real.sources.length - real.generated.length;
  for (let i = 0; sources.length < wanted; i++) {
    const which = i % 3;
    const n = `${Math.floor(i / 3)}`;
    let name: string;
    let kind: 'person' | 'organization' | 'place';
    let shortNames: string[] = [];
    if (which === 0) {
      const last = `${pick(LAST)}${pick(['', 'ski', 'son', 'ova', 'escu', 'ian'])}`;
      name = `${pick(FIRST)} ${pick(FIRST).slice(0, 1)}. ${last} ${n}`;
      shortNames = [last];
      kind = 'person';
    } else if (which === 1) {
      name = `${pick(ADJ)} ${pick(NOUN)} ${pick(TYPE)} ${n}`;
      kind = 'organization';
    } else {
      name = `${pick(PLACE_A)}${pick(PLACE_B)} ${n}`;
      kind = 'place';
    }
    if (names.has(name)) continue;
    names.add(name);
    const id = `synthetic-${i}`;
    const folder = kind === 'person' ? 'people' : kind === 'place' ? 'places' : 'organizations';
    const entry = {
      id,
      kind,
      name,
      aliases: [],
      shortNames,
      description: 'Synthetic entity for benchmarks',
      summary:
        'A made-up entity that exists only to measure Backstory at scale. It has a summary of ordinary length so the glossary has the weight of a real one.',
      roles: [],
      facts: { type: 'synthetic' },
      related: [],
      confusables: [],
      context: [],
      ambiguous: shortNames,
      sources: ['https://example.org/synthetic'],
      reviewed: '2026-11-28',
    };
    sources.push({ file: `${folder}/${id}.json`, text: JSON.stringify(entry) });
  }
  return compileGlossary([...real.sources, ...sources], real.generated);
}
