// One scan of an article's text: the same code runs in the background worker, `npm run scan`
// and the tests, so what the CLI prints is what the extension marks.
import { Matcher } from './matcher';
import { openCompiled } from './pack';
import { PackedGlossary } from './packed-glossary';
import { MARK_THRESHOLD, resolveMentions, type ResolvedMention } from './resolver';
import type { CompiledGlossary, EntityCard, EntityKind, Mention } from './types';

export interface ScanResult {
  mentions: Mention[];
  /** The cards of the entities mentioned, by id. */
  entities: Record<string, EntityCard>;
}

export interface MentionScan {
  /** With each mention, the glossary index of its entity. */
  mentions: ResolvedMention[];
  /** The glossary indexes of the entities mentioned, each once: their cards go with the answer. */
  entities: number[];
}

/** Mentions to mark in a text; cards are looked up separately (the worker loads them first). */
export function createMentionFinder(glossary: PackedGlossary): (text: string) => MentionScan {
  const matcher = new Matcher(glossary);
  return (text) => {
    const entities = new Set<number>();
    const mentions: ResolvedMention[] = [];
    for (const m of resolveMentions(glossary, text, matcher.match(text))) {
      if (m.confidence < MARK_THRESHOLD) continue;
      entities.add(m.entity);
      mentions.push(m);
    }
    return { mentions, entities: [...entities] };
  };
}

/** What a scan answers with about each entity mentioned: enough to list and filter them. */
export interface EntitySummary {
  name: string;
  kind: EntityKind;
}

export function summariesOf(
  glossary: PackedGlossary,
  entities: readonly number[],
): Record<string, EntitySummary> {
  const summaries: Record<string, EntitySummary> = {};
  for (const e of entities) {
    summaries[glossary.entityId(e)] = {
      name: glossary.entityName(e),
      kind: glossary.entityKind(e),
    };
  }
  return summaries;
}

/** The cards of these entities, by id; their shards must be loaded. */
export function cardsOf(
  glossary: PackedGlossary,
  entities: readonly number[],
): ScanResult['entities'] {
  const cards: ScanResult['entities'] = {};
  for (const e of entities) cards[glossary.entityId(e)] = glossary.card(e);
  return cards;
}

export type Scanner = (text: string) => ScanResult;

/** A synchronous scanner over a glossary held whole in memory (tools and tests). */
export function createScanner(glossary: CompiledGlossary | PackedGlossary): Scanner {
  const packed = glossary instanceof PackedGlossary ? glossary : openCompiled(glossary);
  const find = createMentionFinder(packed);
  return (text) => {
    const { mentions, entities } = find(text);
    return {
      mentions: mentions.map(({ start, end, entityId, confidence }) => ({
        start,
        end,
        entityId,
        confidence,
      })),
      entities: cardsOf(packed, entities),
    };
  };
}
