// The packed glossary: what build.mjs writes to glossary/index.bin and glossary/cards-N.bin, and
// what the background worker reads without parsing. Shared by the writer (pack.ts, build time)
// and the reader (packed-glossary.ts, worker and tools), so both agree on every offset.
//
// index.bin is a header and a list of sections. Each section is one typed array, 4-byte
// aligned, in the platform's byte order (little-endian on every browser Backstory supports).
//   header: MAGIC, FORMAT_VERSION, section count, then (byte offset, byte length) per section.
// Strings (trie edge keys, entity ids and names, context words) are UTF-8 in one pool, nearly
// all ASCII: a lookup compares a text's characters with the pool's bytes directly, and no
// string is built at load.

export const MAGIC = 0x33475342; // "BSG3", little-endian
export const FORMAT_VERSION = 4;

/** Sections of index.bin, in file order. */
export const Section = {
  /** Uint8: every string's UTF-8 bytes, back to back. */
  chars: 0,
  /** Uint32, strings + 1: where each string starts in `chars`. Strings 0..E-1 are entity ids. */
  stringStart: 1,
  /** Int32, per trie node: its parent node (-1 for the root, node 0). */
  nodeParent: 2,
  /** Int32, per node: the string index of the edge key that leads to it from its parent. */
  nodeKey: 3,
  /** Uint32, nodes + 1: where each node's forms start in `nodeForms`. */
  nodeFormsStart: 4,
  /** Int32: form indexes ending at each node. */
  nodeForms: 5,
  /** Uint8, per node: NODE_TRAILING_DOT. */
  nodeFlags: 6,
  /** Int32, a power of two: open-addressing hash table of nodes by (parent, edge key); -1 empty. */
  edgeTable: 7,
  /** Int32, per form: its entity. */
  formEntity: 8,
  /** Uint8, per form: FORM_SHORT | FORM_AMBIGUOUS. */
  formFlags: 9,
  /** Uint32, entities + 1, into `contextList`; Int32 string indexes of context words. */
  contextStart: 10,
  contextList: 11,
  /** Uint32, entities + 1, into `relatedList`; Int32 entity indexes. */
  relatedStart: 12,
  relatedList: 13,
  /** Uint8, per entity: ENTITY_CITY. */
  entityFlags: 14,
  /** Uint32, entities + 1: each card's byte offset in the concatenation of all card shards. */
  cardStart: 15,
  /** Uint32, shards + 1: the first entity of each card shard (the last value is the entity count). */
  shardFirst: 16,
  /** Int32, per entity: the string index of its display name. */
  entityName: 17,
  /** Uint8, per entity: its kind, as an index into ENTITY_KINDS. */
  entityKind: 18,
  /** Int32, per entity: the country entity an institution or party belongs to, or -1. */
  entityCountry: 19,
} as const;
export const SECTION_COUNT = 20;

export const NODE_TRAILING_DOT = 1;
export const FORM_SHORT = 1;
export const FORM_AMBIGUOUS = 2;
export const ENTITY_CITY = 1;

/**
 * Card shards hold about this many bytes of card JSON (UTF-8), whole cards only. Each read of a
 * packaged file costs the worker ~4 ms however small it is, so shards are few and large; the
 * cards are read after the marks are shown, never on the way to them.
 */
export const SHARD_BYTES = 128 * 1024;

export const INDEX_FILE = 'glossary/index.bin';
export const shardFile = (shard: number) => `glossary/cards-${shard}.bin`;

/** FNV-1a over the parent node and the key's code units: where an edge sits in `edgeTable`. */
export function edgeHash(parent: number, key: string): number {
  let h = Math.imul(0x811c9dc5 ^ parent, 0x01000193);
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  return (h ^ (h >>> 16)) >>> 0;
}
