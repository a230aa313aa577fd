// The cards of the page's entities, kept in the content script once read. The scan answers
// with mentions only, so marks show without waiting for cards; the page's cards are asked for
// right after, and a card still on its way when the reader hovers is awaited.
import type { EntityCard } from '../glossary/types';
import { MAX_CARDS_PER_REQUEST } from '../shared/limits';
import type { CardsResponse } from '../shared/messages';

export interface CardCache {
  /** The card if it is here already. */
  get(id: string): EntityCard | undefined;
  /** The card, read from the worker if need be; null for an id the glossary does not know. */
  load(id: string): Promise<EntityCard | null>;
  /** Starts reading these cards; one request per MAX_CARDS_PER_REQUEST ids. */
  prefetch(ids: readonly string[]): Promise<void>;
}

/** Asks the worker for cards (a `cards` message); passed in so the cache is testable alone. */
export type RequestCards = (ids: string[]) => Promise<CardsResponse>;

export function createCardCache(request: RequestCards): CardCache {
  const cards = new Map<string, EntityCard>();
  const inFlight = new Map<string, Promise<EntityCard | null>>();

  const fetchMissing = (ids: readonly string[]): Promise<void>[] => {
    const missing = [...new Set(ids)].filter((id) => !cards.has(id) && !inFlight.has(id));
    const batches: Promise<void>[] = [];
    for (let i = 0; i < missing.length; i += MAX_CARDS_PER_REQUEST) {
      const batch = missing.slice(i, i + MAX_CARDS_PER_REQUEST);
      const answer = request(batch).then(
        (found) => {
          for (const id of batch) {
            const card = found[id];
            // Keep only what was asked for, under the id it was asked for.
            if (card && card.id === id) cards.set(id, card);
          }
        },
        () => {}, // the next load() asks again
      );
      for (const id of batch) {
        inFlight.set(
          id,
          answer.then(() => {
            inFlight.delete(id);
            return cards.get(id) ?? null;
          }),
        );
      }
      batches.push(answer);
    }
    return batches;
  };

  return {
    get: (id) => cards.get(id),
    load(id) {
      const card = cards.get(id);
      if (card) return Promise.resolve(card);
      fetchMissing([id]);
      return inFlight.get(id) ?? Promise.resolve(cards.get(id) ?? null);
    },
    async prefetch(ids) {
      await Promise.all(fetchMissing(ids));
    },
  };
}
