// Reads the packed glossary (format in packed-format.ts) in place: opening it makes typed-array
// views over the file's bytes and nothing else, so the worker's start does not grow with the
// glossary. Cards live in shards and are parsed one at a time, when a scan needs them.
import {
  ENTITY_CITY,
  FORM_AMBIGUOUS,
  FORM_SHORT,
  FORMAT_VERSION,
  MAGIC,
  NODE_TRAILING_DOT,
  SECTION_COUNT,
  Section,
  edgeHash,
} from './packed-format';
import { ENTITY_KINDS, type EntityCard, type EntityKind, type GlossaryIndex } from './types';

export class GlossaryFormatError extends Error {
  override name = 'GlossaryFormatError';
}

/** The token trie the matcher walks: node 0 is the root; -1 means "no such node". */
export interface Trie {
  child(node: number, key: string): number;
  hasForms(node: number): boolean;
  formsAt(node: number): number[];
  trailingDot(node: number): boolean;
}

export class PackedGlossary implements GlossaryIndex, Trie {
  readonly entityCount: number;
  readonly formCount: number;
  readonly shardCount: number;
  private readonly chars: Uint8Array;
  private readonly stringStart: Uint32Array;
  private readonly nodeParent: Int32Array;
  private readonly nodeKey: Int32Array;
  private readonly nodeFormsStart: Uint32Array;
  private readonly nodeForms: Int32Array;
  private readonly nodeFlags: Uint8Array;
  private readonly edgeTable: Int32Array;
  private readonly edgeMask: number;
  private readonly formEntities: Int32Array;
  private readonly formFlags: Uint8Array;
  private readonly contextStart: Uint32Array;
  private readonly contextList: Int32Array;
  private readonly relatedStart: Uint32Array;
  private readonly relatedList: Int32Array;
  private readonly entityFlags: Uint8Array;
  private readonly cardStart: Uint32Array;
  private readonly shardFirst: Uint32Array;
  private readonly entityNames: Int32Array;
  private readonly entityKinds: Uint8Array;
  private readonly entityCountries: Int32Array;
  private readonly shards: (Uint8Array | undefined)[];
  private readonly cards = new Map<number, EntityCard>();
  private ids: Map<string, number> | null = null;
  private readonly decoder = new TextDecoder();

  /** @param index index.bin's bytes. Shards are added with `addShard` (all at once in tools). */
  constructor(index: ArrayBuffer | Uint8Array) {
    const bytes = index instanceof Uint8Array ? index : new Uint8Array(index);
    // Typed-array views need aligned offsets: copy only if the bytes do not start on one.
    const buffer =
      bytes.byteOffset % 4 === 0 ? bytes : (new Uint8Array(bytes) as Uint8Array<ArrayBuffer>);
    const view = new DataView(buffer.buffer, buffer.byteOffset, buffer.byteLength);
    if (buffer.byteLength < 12 || view.getUint32(0, true) !== MAGIC) {
      throw new GlossaryFormatError('not a Backstory glossary (bad magic number)');
    }
    if (view.getUint32(4, true) !== FORMAT_VERSION || view.getUint32(8, true) !== SECTION_COUNT) {
      throw new GlossaryFormatError(
        `glossary format ${view.getUint32(4, true)} is not the supported ${FORMAT_VERSION}`,
      );
    }
    const section = <T>(
      i: number,
      Type: new (b: ArrayBuffer, o: number, n: number) => T,
      size: number,
    ): T => {
      const offset = view.getUint32(12 + 8 * i, true);
      const length = view.getUint32(16 + 8 * i, true);
      if (offset % 4 !== 0 || offset + length > buffer.byteLength || length % size !== 0) {
        throw new GlossaryFormatError(`glossary section ${i} is out of bounds`);
      }
      return new Type(buffer.buffer as ArrayBuffer, buffer.byteOffset + offset, length / size);
    };
    this.chars = section(Section.chars, Uint8Array, 1);
    this.stringStart = section(Section.stringStart, Uint32Array, 4);
    this.nodeParent = section(Section.nodeParent, Int32Array, 4);
    this.nodeKey = section(Section.nodeKey, Int32Array, 4);
    this.nodeFormsStart = section(Section.nodeFormsStart, Uint32Array, 4);
    this.nodeForms = section(Section.nodeForms, Int32Array, 4);
    this.nodeFlags = section(Section.nodeFlags, Uint8Array, 1);
    this.edgeTable = section(Section.edgeTable, Int32Array, 4);
    this.edgeMask = this.edgeTable.length - 1;
    this.formEntities = section(Section.formEntity, Int32Array, 4);
    this.formFlags = section(Section.formFlags, Uint8Array, 1);
    this.contextStart = section(Section.contextStart, Uint32Array, 4);
    this.contextList = section(Section.contextList, Int32Array, 4);
    this.relatedStart = section(Section.relatedStart, Uint32Array, 4);
    this.relatedList = section(Section.relatedList, Int32Array, 4);
    this.entityFlags = section(Section.entityFlags, Uint8Array, 1);
    this.cardStart = section(Section.cardStart, Uint32Array, 4);
    this.shardFirst = section(Section.shardFirst, Uint32Array, 4);
    this.entityNames = section(Section.entityName, Int32Array, 4);
    this.entityKinds = section(Section.entityKind, Uint8Array, 1);
    this.entityCountries = section(Section.entityCountry, Int32Array, 4);
    this.entityCount = this.entityFlags.length;
    this.formCount = this.formEntities.length;
    this.shardCount = this.shardFirst.length - 1;
    this.shards = new Array<Uint8Array | undefined>(this.shardCount);
    if (
      this.edgeTable.length === 0 ||
      (this.edgeTable.length & this.edgeMask) !== 0 ||
      this.cardStart.length !== this.entityCount + 1 ||
      this.entityNames.length !== this.entityCount ||
      this.entityKinds.length !== this.entityCount ||
      this.entityCountries.length !== this.entityCount ||
      this.shardFirst.at(-1) !== this.entityCount
    ) {
      throw new GlossaryFormatError('glossary sections do not agree with each other');
    }
    if (this.entityKinds.some((k) => k >= ENTITY_KINDS.length)) {
      throw new GlossaryFormatError('glossary names an unknown kind of entity');
    }
    if (this.entityCountries.some((c) => c < -1 || c >= this.entityCount)) {
      throw new GlossaryFormatError('glossary names a country that is not one of its entities');
    }
  }

  // ---- the trie ----

  child(node: number, key: string): number {
    const table = this.edgeTable;
    for (let slot = edgeHash(node, key) & this.edgeMask; ; slot = (slot + 1) & this.edgeMask) {
      const candidate = table[slot]!;
      if (candidate < 0) return -1;
      if (this.nodeParent[candidate] === node && this.stringEquals(this.nodeKey[candidate]!, key)) {
        return candidate;
      }
    }
  }

  formsAt(node: number): number[] {
    return Array.from(
      this.nodeForms.subarray(this.nodeFormsStart[node], this.nodeFormsStart[node + 1]),
    );
  }

  hasForms(node: number): boolean {
    return this.nodeFormsStart[node + 1]! > this.nodeFormsStart[node]!;
  }

  trailingDot(node: number): boolean {
    return (this.nodeFlags[node]! & NODE_TRAILING_DOT) !== 0;
  }

  // ---- forms and entities (GlossaryIndex) ----

  formEntity(form: number): number {
    return this.formEntities[form]!;
  }

  formShort(form: number): boolean {
    return (this.formFlags[form]! & FORM_SHORT) !== 0;
  }

  formAmbiguous(form: number): boolean {
    return (this.formFlags[form]! & FORM_AMBIGUOUS) !== 0;
  }

  entityId(entity: number): string {
    return this.string(entity);
  }

  entityName(entity: number): string {
    return this.string(this.entityNames[entity]!);
  }

  entityKind(entity: number): EntityKind {
    return ENTITY_KINDS[this.entityKinds[entity]!]!;
  }

  contextWords(entity: number): string[] {
    const words: string[] = [];
    for (let i = this.contextStart[entity]!; i < this.contextStart[entity + 1]!; i++) {
      words.push(this.string(this.contextList[i]!));
    }
    return words;
  }

  relatedEntities(entity: number): number[] {
    return Array.from(
      this.relatedList.subarray(this.relatedStart[entity], this.relatedStart[entity + 1]),
    );
  }

  isCity(entity: number): boolean {
    return (this.entityFlags[entity]! & ENTITY_CITY) !== 0;
  }

  entityCountry(entity: number): number {
    return this.entityCountries[entity]!;
  }

  /** The entity with this id, or -1. The id table is built on first use (card requests only). */
  entityIndex(id: string): number {
    if (!this.ids) {
      this.ids = new Map();
      for (let e = 0; e < this.entityCount; e++) this.ids.set(this.string(e), e);
    }
    return this.ids.get(id) ?? -1;
  }

  // ---- cards ----

  /** The shard holding an entity's card. */
  shardOf(entity: number): number {
    let lo = 0;
    let hi = this.shardCount - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.shardFirst[mid]! <= entity) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  hasShard(shard: number): boolean {
    return this.shards[shard] !== undefined;
  }

  addShard(shard: number, bytes: ArrayBuffer | Uint8Array): void {
    const data = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
    const first = this.shardFirst[shard]!;
    const expected = this.cardStart[this.shardFirst[shard + 1]!]! - this.cardStart[first]!;
    if (data.byteLength !== expected) {
      throw new GlossaryFormatError(
        `card shard ${shard} has ${data.byteLength} bytes, not ${expected}`,
      );
    }
    this.shards[shard] = data;
  }

  /** An entity's card; its shard must have been added. */
  card(entity: number): EntityCard {
    let card = this.cards.get(entity);
    if (card) return card;
    const shard = this.shardOf(entity);
    const data = this.shards[shard];
    if (!data) throw new Error(`card shard ${shard} is not loaded`);
    const base = this.cardStart[this.shardFirst[shard]!]!;
    const bytes = data.subarray(this.cardStart[entity]! - base, this.cardStart[entity + 1]! - base);
    card = JSON.parse(this.decoder.decode(bytes)) as EntityCard;
    this.cards.set(entity, card);
    return card;
  }

  // ---- strings ----

  private string(index: number): string {
    const start = this.stringStart[index]!;
    const end = this.stringStart[index + 1]!;
    let s = '';
    // Short ASCII strings (ids, words): building them char by char beats a TextDecoder call.
    for (let i = start; i < end; i++) {
      const byte = this.chars[i]!;
      if (byte >= 0x80) return this.decoder.decode(this.chars.subarray(start, end));
      s += String.fromCharCode(byte);
    }
    return s;
  }

  /** Whether string `index` is `key`, comparing the key's UTF-8 encoding byte by byte. */
  private stringEquals(index: number, key: string): boolean {
    const bytes = this.chars;
    const end = this.stringStart[index + 1]!;
    let at = this.stringStart[index]!;
    if (end - at < key.length) return false; // UTF-8 is never shorter than the UTF-16 length
    for (let i = 0; i < key.length; i++) {
      let c = key.charCodeAt(i);
      if (c < 0x80) {
        if (bytes[at++] !== c) return false;
        continue;
      }
      if (c >= 0xd800 && c < 0xdc00 && i + 1 < key.length) {
        const low = key.charCodeAt(i + 1);
        if (low >= 0xdc00 && low < 0xe000) {
          c = 0x10000 + ((c - 0xd800) << 10) + (low - 0xdc00);
          i++;
        }
      } else if (c >= 0xd800 && c < 0xe000) {
        c = 0xfffd; // a lone surrogate, as TextEncoder writes it
      }
      if (c < 0x800) {
        if (bytes[at++] !== (0xc0 | (c >> 6)) || bytes[at++] !== (0x80 | (c & 0x3f))) return false;
      } else if (c < 0x10000) {
        if (
          bytes[at++] !== (0xe0 | (c >> 12)) ||
          bytes[at++] !== (0x80 | ((c >> 6) & 0x3f)) ||
          bytes[at++] !== (0x80 | (c & 0x3f))
        )
          return false;
      } else if (
        bytes[at++] !== (0xf0 | (c >> 18)) ||
        bytes[at++] !== (0x80 | ((c >> 12) & 0x3f)) ||
        bytes[at++] !== (0x80 | ((c >> 6) & 0x3f)) ||
        bytes[at++] !== (0x80 | (c & 0x3f))
      ) {
        return false;
      }
    }
    return at === end;
  }
}
