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

export function createScanner(glossary: CompiledGlossary): Scanner {
  const matcher = new Matcher(glossary.forms);
  const byId = new Map(glossary.entities.map((e) => [e.id, e]));
  return (text) => {
    const mentions = resolveMentions(glossary, text, matcher.match(text)).filter(
      (m) => m.confidence >= MARK_THRESHOLD,
    );
    const entities: Record<string, EntityCard> = {};
    for (const m of mentions) entities[m.entityId] ??= byId.get(m.entityId)!;
    return { mentions, entities };
  };
}
