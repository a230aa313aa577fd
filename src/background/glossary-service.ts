// What the worker answers with: scans of page text and cards by id, over the packed glossary
// its loader reads. Kept apart from the browser APIs so tests drive it with a real glossary.
import { cardsOf, createMentionFinder, type MentionScan } from '../glossary/scanner';
import type { PackedGlossary } from '../glossary/packed-glossary';
import type { CardsResponse, ScanResponse } from '../shared/messages';
import type { GlossaryLoader } from './glossary-loader';

/**
 * For benchmarks, read through the debugger and never sent anywhere: how long the worker took to
 * start (ms from its start to the end of its script) and to answer its first scan (ms, glossary
 * index read, text scanned). Their sum is the cold start a reader waits for.
 */
export interface WorkerDiagnostics {
  scriptEvaluatedMs: number;
  firstScanMs: number;
  lastScanMs: number;
  /** Of the first scan: reading index.bin. */
  indexReadMs: number;
  /** The first cards request: reading the card shards it needed, and answering. */
  firstCardsMs: number;
}

export function emptyDiagnostics(): WorkerDiagnostics {
  return {
    scriptEvaluatedMs: -1,
    firstScanMs: -1,
    lastScanMs: -1,
    indexReadMs: -1,
    firstCardsMs: -1,
  };
}

export interface GlossaryService {
  scan(text: string): Promise<ScanResponse>;
  cards(ids: readonly string[]): Promise<CardsResponse>;
}

export function createGlossaryService(
  loader: GlossaryLoader,
  diagnostics: WorkerDiagnostics = emptyDiagnostics(),
): GlossaryService {
  let finder: { glossary: PackedGlossary; find: (text: string) => MentionScan } | null = null;
  return {
    async scan(text) {
      const started = performance.now();
      if (!finder) {
        const glossary = await loader.glossary();
        finder ??= { glossary, find: createMentionFinder(glossary) };
        diagnostics.indexReadMs = performance.now() - started;
      }
      const { glossary, find } = finder;
      const { mentions, entities } = find(text);
      const position = new Map(entities.map((e, i) => [e, i]));
      const spans: number[] = [];
      for (const m of mentions) spans.push(m.start, m.end, position.get(m.entity)!);
      const result: ScanResponse = {
        entities: entities.map((e) => ({
          id: glossary.entityId(e),
          name: glossary.entityName(e),
          kind: glossary.entityKind(e),
        })),
        spans,
      };
      diagnostics.lastScanMs = performance.now() - started;
      if (diagnostics.firstScanMs < 0) diagnostics.firstScanMs = diagnostics.lastScanMs;
      return result;
    },
    async cards(ids) {
      const started = performance.now();
      const glossary = await loader.glossary();
      const entities = ids.map((id) => glossary.entityIndex(id)).filter((e) => e >= 0);
      await loader.loadCards(glossary, entities);
      const result = cardsOf(glossary, entities);
      if (diagnostics.firstCardsMs < 0) diagnostics.firstCardsMs = performance.now() - started;
      return result;
    },
  };
}
