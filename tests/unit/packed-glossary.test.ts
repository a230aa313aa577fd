// The packed glossary the worker reads: bad files are refused with a clear error, and the
// loader reads only what a scan needs, once, retrying a read that failed.
import { describe, expect, it } from 'vitest';
import { createGlossaryLoader } from '../../src/background/glossary-loader';
import { compileGlossary } from '../../src/glossary/compiler';
import { packGlossary } from '../../src/glossary/pack';
import { FORMAT_VERSION, INDEX_FILE, shardFile } from '../../src/glossary/packed-format';
import { GlossaryFormatError, PackedGlossary } from '../../src/glossary/packed-glossary';
import { createMentionFinder } from '../../src/glossary/scanner';
import { testPerson } from './glossary-fixture';

const people = Array.from({ length: 40 }, (_, i) =>
  testPerson(`person-${i}`, `Person Number${i}`, { summary: 'x'.repeat(400) }),
);
const compiled = compileGlossary(
  people.map((text, i) => ({ file: `people/person-${i}.json`, text })),
);
// Small shards, so the 40 cards spread over several.
const files = packGlossary(compiled, 2_000);

function fakePackage() {
  const reads: string[] = [];
  let failNext = false;
  const read = async (path: string): Promise<ArrayBuffer> => {
    reads.push(path);
    if (failNext) {
      failNext = false;
      throw new Error('read failed');
    }
    const bytes =
      path === INDEX_FILE ? files.index : files.shards[Number(/cards-(\d+)/.exec(path)![1])]!;
    return bytes.slice().buffer;
  };
  return { read, reads, failOnce: () => (failNext = true) };
}

describe('PackedGlossary', () => {
  it('refuses a file that is not a packed glossary, or of another format version', () => {
    expect(() => new PackedGlossary(new TextEncoder().encode('{"version":2}'))).toThrow(
      GlossaryFormatError,
    );
    const otherVersion = files.index.slice();
    new DataView(otherVersion.buffer).setUint32(4, 99, true);
    expect(() => new PackedGlossary(otherVersion)).toThrow(
      `format 99 is not the supported ${FORMAT_VERSION}`,
    );
  });

  it('refuses a truncated file instead of reading past its end', () => {
    expect(() => new PackedGlossary(files.index.slice(0, files.index.length / 2))).toThrow(
      GlossaryFormatError,
    );
  });

  it('refuses a card shard of the wrong size, and a card whose shard is not loaded', () => {
    const g = new PackedGlossary(files.index);
    expect(() => g.addShard(0, files.shards[1]!.slice(1))).toThrow(/card shard 0 has/);
    expect(() => g.card(0)).toThrow(/not loaded/);
  });

  it('keeps the country an institution belongs to, and -1 for the rest', () => {
    const country = JSON.stringify({
      ...JSON.parse(testPerson('testland', 'Testland')),
      kind: 'country',
    });
    const senate = JSON.stringify({
      ...JSON.parse(testPerson('testland-senate', 'Senate of Testland')),
      kind: 'organization',
      country: 'testland',
    });
    const packed = new PackedGlossary(
      packGlossary(
        compileGlossary([
          { file: 'countries/testland.json', text: country },
          { file: 'organizations/testland-senate.json', text: senate },
        ]),
      ).index,
    );
    const index = (id: string) => packed.entityIndex(id);
    expect(packed.entityCountry(index('testland-senate'))).toBe(index('testland'));
    expect(packed.entityCountry(index('testland'))).toBe(-1);
  });

  it('cuts cards into shards of whole cards', () => {
    expect(files.shards.length).toBeGreaterThan(3);
    const g = new PackedGlossary(files.index);
    files.shards.forEach((bytes, shard) => g.addShard(shard, bytes));
    for (let e = 0; e < g.entityCount; e++) expect(g.card(e).id).toBe(compiled.ids[e]);
  });
});

describe('the worker glossary loader', () => {
  it('reads the index once and only the card shards a scan needs', async () => {
    const pkg = fakePackage();
    const loader = createGlossaryLoader(pkg.read);
    const [g, again] = await Promise.all([loader.glossary(), loader.glossary()]);
    expect(again).toBe(g);
    const { entities } = createMentionFinder(g)('Person Number3 met Person Number39.');
    const [three, last] = [g.entityIndex('person-3'), g.entityIndex('person-39')];
    expect(entities).toEqual([three, last]);
    expect(g.shardOf(three)).not.toBe(g.shardOf(last));
    await loader.loadCards(g, entities);
    await loader.loadCards(g, entities);
    expect(pkg.reads).toEqual([
      INDEX_FILE,
      shardFile(g.shardOf(three)),
      shardFile(g.shardOf(last)),
    ]);
    expect(g.card(last).name).toBe('Person Number39');
  });

  it('tries again after a failed read instead of keeping the failure', async () => {
    const pkg = fakePackage();
    const loader = createGlossaryLoader(pkg.read);
    pkg.failOnce();
    await expect(loader.glossary()).rejects.toThrow('read failed');
    const g = await loader.glossary();
    pkg.failOnce();
    await expect(loader.loadCards(g, [0])).rejects.toThrow('read failed');
    await loader.loadCards(g, [0]);
    expect(g.card(0).id).toBe(compiled.ids[0]);
  });
});
