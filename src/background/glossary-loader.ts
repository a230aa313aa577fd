// The worker's glossary, read from the extension's own package: index.bin when the first
// request needs it, card shards as scans need them. Reads are of packaged files
// (runtime.getURL), never of the network. A failed read is retried by the next request.
import { INDEX_FILE, shardFile } from '../glossary/packed-format';
import { PackedGlossary } from '../glossary/packed-glossary';

export type ReadPackagedFile = (path: string) => Promise<ArrayBuffer>;

export interface GlossaryLoader {
  glossary(): Promise<PackedGlossary>;
  /** Makes the cards of these entities readable with `glossary.card`. */
  loadCards(glossary: PackedGlossary, entities: readonly number[]): Promise<void>;
}

export function createGlossaryLoader(read: ReadPackagedFile): GlossaryLoader {
  let index: Promise<PackedGlossary> | null = null;
  const shards = new Map<number, Promise<void>>();
  return {
    glossary() {
      index ??= read(INDEX_FILE).then(
        (bytes) => new PackedGlossary(bytes),
        (error: unknown) => {
          index = null;
          throw error;
        },
      );
      return index;
    },
    async loadCards(glossary, entities) {
      const needed = new Set(entities.map((e) => glossary.shardOf(e)));
      await Promise.all(
        [...needed].map((shard) => {
          if (glossary.hasShard(shard)) return undefined;
          let loading = shards.get(shard);
          if (!loading) {
            loading = read(shardFile(shard)).then(
              (bytes) => glossary.addShard(shard, bytes),
              (error: unknown) => {
                shards.delete(shard);
                throw error;
              },
            );
            shards.set(shard, loading);
          }
          return loading;
        }),
      );
    },
  };
}

/** Reads a file of the extension's package (what `fetch(runtime.getURL(path))` resolves to). */
export function packagedFileReader(getURL: (path: string) => string): ReadPackagedFile {
  return async (path) => {
    const response = await fetch(getURL(path));
    if (!response.ok) throw new Error(`${path}: ${response.status}`);
    return response.arrayBuffer();
  };
}
