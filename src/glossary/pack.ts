// Build time: turns a compiled glossary into the packed files the worker loads (format in
// packed-format.ts). The trie is built here once, so the worker's start costs a file read and
// no parsing, whatever the glossary's size.
import { TRAILING_DOT, triePath } from './matcher';
import { PackedGlossary } from './packed-glossary';
import {
  ENTITY_CITY,
  FORM_AMBIGUOUS,
  FORM_SHORT,
  FORMAT_VERSION,
  MAGIC,
  NODE_TRAILING_DOT,
  SECTION_COUNT,
  SHARD_BYTES,
  Section,
  edgeHash,
} from './packed-format';
import { ENTITY_KINDS, type CompiledGlossary } from './types';

export interface PackedFiles {
  index: Uint8Array;
  shards: Uint8Array[];
}

type SectionArray = Uint8Array | Uint16Array | Uint32Array | Int32Array;

export function packGlossary(glossary: CompiledGlossary, shardBytes = SHARD_BYTES): PackedFiles {
  const entityCount = glossary.ids.length;

  // Strings: entity ids first (string i is entity i's id), then keys and context words.
  const strings: string[] = [...glossary.ids];
  const stringIndex = new Map<string, number>();
  let poolWritten = false;
  const intern = (s: string): number => {
    let i = stringIndex.get(s);
    if (i === undefined) {
      // A string added after the pool is written would read back empty.
      if (poolWritten) throw new Error(`pack: "${s}" was interned after the string pool`);
      stringIndex.set(s, (i = strings.push(s) - 1));
    }
    return i;
  };

  // The token trie, node 0 the root.
  const nodeParent = [-1];
  const nodeKey = [-1];
  const nodeForms: number[][] = [[]];
  const nodeFlags = [0];
  const children: Map<string, number>[] = [new Map()];
  glossary.forms.forEach((form, formIndex) => {
    const path = form.path;
    if (path.length === 0) return;
    const trailingDot = path.at(-1) === TRAILING_DOT;
    const steps = trailingDot ? path.length - 1 : path.length;
    let node = 0;
    for (let i = 0; i < steps; i++) {
      const key = path[i]!;
      let child = children[node]!.get(key);
      if (child === undefined) {
        child = nodeParent.length;
        nodeParent.push(node);
        nodeKey.push(intern(key));
        nodeForms.push([]);
        nodeFlags.push(0);
        children.push(new Map());
        children[node]!.set(key, child);
      }
      node = child;
    }
    nodeForms[node]!.push(formIndex);
    if (trailingDot) nodeFlags[node]! |= NODE_TRAILING_DOT;
  });

  // Filled at most to 80%, so a miss (most of a text's words) ends after a probe or two.
  let tableSize = 16;
  while (tableSize * 0.8 < nodeParent.length) tableSize *= 2;
  const edgeTable = new Int32Array(tableSize).fill(-1);
  for (let node = 1; node < nodeParent.length; node++) {
    let slot = edgeHash(nodeParent[node]!, strings[nodeKey[node]!]!) & (tableSize - 1);
    while (edgeTable[slot] !== -1) slot = (slot + 1) & (tableSize - 1);
    edgeTable[slot] = node;
  }

  const context = glossary.context.map((words) => words.map(intern));
  const names = glossary.names.map(intern);
  const cities = new Set(glossary.cities);

  // Cards: UTF-8 JSON, cut into shards of whole cards so a scan reads only the shards it needs.
  const encoder = new TextEncoder();
  const cardBytes = glossary.cards.map((card) => encoder.encode(card));
  const cardStart = [0];
  const shardFirst = [0];
  const shards: Uint8Array[] = [];
  let shardStartByte = 0;
  cardBytes.forEach((bytes, entity) => {
    const end = cardStart[entity]! + bytes.length;
    cardStart.push(end);
    if (end - shardStartByte >= shardBytes || entity === entityCount - 1) {
      shards.push(concat(cardBytes.slice(shardFirst.at(-1)!, entity + 1)));
      shardFirst.push(entity + 1);
      shardStartByte = end;
    }
  });
  if (entityCount === 0) shardFirst.push(0);

  // Every string is interned by now: the pool is written once, from here on it is fixed.
  poolWritten = true;
  const utf8 = strings.map((s) => encoder.encode(s));
  const stringStart = [0];
  for (const bytes of utf8) stringStart.push(stringStart.at(-1)! + bytes.length);
  const chars = concat(utf8);

  const sections: SectionArray[] = [];
  sections[Section.chars] = chars;
  sections[Section.stringStart] = Uint32Array.from(stringStart);
  sections[Section.nodeParent] = Int32Array.from(nodeParent);
  sections[Section.nodeKey] = Int32Array.from(nodeKey);
  sections[Section.nodeFormsStart] = Uint32Array.from(prefixOffsets(nodeForms));
  sections[Section.nodeForms] = Int32Array.from(nodeForms.flat());
  sections[Section.nodeFlags] = Uint8Array.from(nodeFlags);
  sections[Section.edgeTable] = edgeTable;
  sections[Section.formEntity] = Int32Array.from(glossary.forms.map((f) => f.entity));
  sections[Section.formFlags] = Uint8Array.from(
    glossary.forms.map((f) => (f.short ? FORM_SHORT : 0) | (f.ambiguous ? FORM_AMBIGUOUS : 0)),
  );
  sections[Section.contextStart] = Uint32Array.from(prefixOffsets(context));
  sections[Section.contextList] = Int32Array.from(context.flat());
  sections[Section.relatedStart] = Uint32Array.from(prefixOffsets(glossary.related));
  sections[Section.relatedList] = Int32Array.from(glossary.related.flat());
  sections[Section.entityFlags] = Uint8Array.from(
    glossary.ids.map((_, i) => (cities.has(i) ? ENTITY_CITY : 0)),
  );
  sections[Section.cardStart] = Uint32Array.from(cardStart);
  sections[Section.shardFirst] = Uint32Array.from(shardFirst);
  sections[Section.entityName] = Int32Array.from(names);
  sections[Section.entityKind] = Uint8Array.from(
    glossary.kinds.map((k) => ENTITY_KINDS.indexOf(k)),
  );
  sections[Section.entityCountry] = Int32Array.from(glossary.countries);
  return { index: writeSections(sections), shards };
}

/** A compiled glossary packed and opened in memory, every card shard loaded (tools and tests). */
export function openCompiled(glossary: CompiledGlossary): PackedGlossary {
  const { index, shards } = packGlossary(glossary);
  const packed = new PackedGlossary(index);
  shards.forEach((bytes, shard) => packed.addShard(shard, bytes));
  return packed;
}

/** A glossary of bare names, form i being names[i] (matcher tests). */
export function openNames(names: readonly string[]): PackedGlossary {
  return openCompiled({
    version: 2,
    ids: [],
    names: [],
    kinds: [],
    cards: [],
    context: [],
    related: [],
    cities: [],
    countries: [],
    forms: names.map((text) => ({
      entity: 0,
      short: false,
      ambiguous: false,
      path: triePath(text),
    })),
  });
}

function prefixOffsets(lists: readonly (readonly unknown[])[]): number[] {
  const offsets = [0];
  for (const list of lists) offsets.push(offsets.at(-1)! + list.length);
  return offsets;
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

const align4 = (n: number) => (n + 3) & ~3;

function writeSections(sections: SectionArray[]): Uint8Array {
  if (sections.length !== SECTION_COUNT) throw new Error('pack: a section is missing');
  const headerBytes = 4 * (3 + 2 * SECTION_COUNT);
  let size = headerBytes;
  const offsets = sections.map((s) => {
    const at = size;
    size = align4(size + s.byteLength);
    return at;
  });
  const out = new Uint8Array(size);
  const header = new Uint32Array(out.buffer, 0, headerBytes / 4);
  header[0] = MAGIC;
  header[1] = FORMAT_VERSION;
  header[2] = SECTION_COUNT;
  sections.forEach((s, i) => {
    header[3 + 2 * i] = offsets[i]!;
    header[4 + 2 * i] = s.byteLength;
    out.set(new Uint8Array(s.buffer, s.byteOffset, s.byteLength), offsets[i]!);
  });
  return out;
}
