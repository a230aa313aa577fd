// The content script's cards: read once, after the marks; a hover before they arrive waits for
// them; an answer that does not match what was asked is not believed.
import { describe, expect, it } from 'vitest';
import { createCardCache } from '../../src/content/card-cache';
import type { EntityCard } from '../../src/glossary/types';
import { MAX_CARDS_PER_REQUEST, type CardsResponse } from '../../src/shared/messages';

const card = (id: string): EntityCard => ({
  id,
  kind: 'person',
  name: id.toUpperCase(),
  description: '',
  summary: '',
  roles: [],
  facts: {},
  related: [],
  confusables: [],
  sources: ['https://example.org/'],
  reviewed: '2026-12-02',
});

function worker(known: string[]) {
  const asked: string[][] = [];
  let release: () => void = () => {};
  let gate = Promise.resolve();
  return {
    asked,
    hold() {
      gate = new Promise((r) => (release = r));
    },
    release: () => release(),
    request: async (ids: string[]): Promise<CardsResponse> => {
      asked.push(ids);
      await gate;
      return Object.fromEntries(ids.filter((id) => known.includes(id)).map((id) => [id, card(id)]));
    },
  };
}

describe('card cache', () => {
  it('asks for the page cards once, and a hover meanwhile waits for the same answer', async () => {
    const w = worker(['a', 'b']);
    const cache = createCardCache(w.request);
    w.hold();
    const prefetched = cache.prefetch(['a', 'b', 'a']);
    expect(cache.get('a')).toBeUndefined();
    const hovered = cache.load('b');
    w.release();
    await prefetched;
    expect((await hovered)?.name).toBe('B');
    expect(cache.get('a')?.name).toBe('A');
    expect(w.asked).toEqual([['a', 'b']]);
    await cache.load('a');
    expect(w.asked).toHaveLength(1);
  });

  it('answers null for an id the glossary does not know', async () => {
    const cache = createCardCache(worker(['a']).request);
    expect(await cache.load('nobody')).toBeNull();
  });

  it('ignores a card filed under another id than it says', async () => {
    const cache = createCardCache(async () => ({ a: card('b') }));
    expect(await cache.load('a')).toBeNull();
  });

  it('asks again after a failed request', async () => {
    let fail = true;
    const cache = createCardCache(async (ids) => {
      if (fail) {
        fail = false;
        throw new Error('worker restarting');
      }
      return Object.fromEntries(ids.map((id) => [id, card(id)]));
    });
    expect(await cache.load('a')).toBeNull();
    expect((await cache.load('a'))?.id).toBe('a');
  });

  it('splits a very long page into requests the worker accepts', async () => {
    const w = worker([]);
    const ids = Array.from({ length: MAX_CARDS_PER_REQUEST + 5 }, (_, i) => `e-${i}`);
    await createCardCache(w.request).prefetch(ids);
    expect(w.asked.map((batch) => batch.length)).toEqual([MAX_CARDS_PER_REQUEST, 5]);
  });
});
