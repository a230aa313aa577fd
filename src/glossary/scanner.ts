// One scan of an article's text: the same code runs in the background worker, `npm run scan`
// and the tests, so what the CLI prints is what the extension marks.
import { Matcher } from './matcher';
import { MARK_THRESHOLD, resolveMentions } from './resolver';
import type { CompiledGlossary, EntityCard, Mention } from './types';

export interface ScanResult {
  mentions: Mention[];
  /** The cards of the entities mentioned, by id. */
  entities: Record<string, EntityCard>;
}

export type Scanner = (text: string) => ScanResult;

export type CardLookup = (id: string) => EntityCard | null;

/** Cards by id, each parsed the first time it is asked for. */
export function createCardLookup(glossary: CompiledGlossary): CardLookup {
  const indexOf = new Map(glossary.ids.map((id, i) => [id, i]));
  const parsed = new Map<number, EntityCard>();
  return (id) => {
    const i = indexOf.get(id);
    if (i === undefined) return null;
    let card = parsed.get(i);
    if (!card) parsed.set(i, (card = JSON.parse(glossary.cards[i]!) as EntityCard));
    return card;
  };
}

export function createScanner(
  glossary: CompiledGlossary,
  cards = createCardLookup(glossary),
): Scanner {
  const matcher = new Matcher(glossary.forms);
  return (text) => {
    const mentions = resolveMentions(glossary, text, matcher.match(text)).filter(
      (m) => m.confidence >= MARK_THRESHOLD,
    );
    const entities: Record<string, EntityCard> = {};
    for (const m of mentions) entities[m.entityId] ??= cards(m.entityId)!;
    return { mentions, entities };
  };
}
