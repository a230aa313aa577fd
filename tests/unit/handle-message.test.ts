// The worker's message door under hostile input: it answers only Backstory's own contexts and
// well-formed requests, never throws, and keeps serving after garbage. Driven with the real
// bundled glossary, packed the way build.mjs packs it.
import { describe, expect, it, vi } from 'vitest';
import { createGlossaryLoader } from '../../src/background/glossary-loader';
import { createGlossaryService } from '../../src/background/glossary-service';
import { createMessageHandler, type MessageSender } from '../../src/background/handle-message';
import { packGlossary } from '../../src/glossary/pack';
import { INDEX_FILE } from '../../src/glossary/packed-format';
import { MAX_CARDS_PER_REQUEST, MAX_SCAN_CHARS } from '../../src/shared/messages';
import { glossary as compiled } from './glossary-fixture';

const OWN_ID = 'backstory@example';
const files = packGlossary(compiled);

function setUp(options: { failFirstRead?: boolean } = {}) {
  let failNext = options.failFirstRead ?? false;
  const loader = createGlossaryLoader(async (path) => {
    if (failNext) {
      failNext = false;
      throw new Error('read failed');
    }
    const shard = /cards-(\d+)/.exec(path);
    const bytes = path === INDEX_FILE ? files.index : shard && files.shards[Number(shard[1])];
    if (!bytes) throw new Error(`no ${path}`);
    return bytes.slice().buffer;
  });
  const service = createGlossaryService(loader);
  const calls = {
    scan: vi.fn(service.scan),
    cards: vi.fn(service.cards),
    showCount: vi.fn(async (_tabId: number, _count: number) => {}),
  };
  const handle = createMessageHandler({ ownId: OWN_ID, ...calls });
  return { handle, calls };
}

const contentScript: MessageSender = { id: OWN_ID, tab: { id: 7 } };

describe('who may ask', () => {
  it.each<[string, MessageSender | undefined]>([
    ['another extension', { id: 'other@example', tab: { id: 7 } }],
    ['a web page (no extension id)', { tab: { id: 7 } }],
    ['an empty sender', {}],
    ['no sender at all', undefined],
  ])('%s gets no answer and reaches nothing', (_, sender) => {
    const { handle, calls } = setUp();
    expect(handle({ type: 'scan', text: 'NATO' }, sender)).toBeUndefined();
    expect(handle({ type: 'cards', ids: ['nato'] }, sender)).toBeUndefined();
    expect(handle({ type: 'page-count', count: 3 }, sender)).toBeUndefined();
    expect(calls.scan).not.toHaveBeenCalled();
    expect(calls.cards).not.toHaveBeenCalled();
    expect(calls.showCount).not.toHaveBeenCalled();
  });

  it('a sender whose fields throw is dropped, not thrown through', () => {
    const { handle } = setUp();
    const trap = new Proxy({} as MessageSender, {
      get() {
        throw new Error('trap');
      },
    });
    expect(() => handle({ type: 'scan', text: 'NATO' }, trap)).not.toThrow();
    expect(handle({ type: 'scan', text: 'NATO' }, trap)).toBeUndefined();
  });

  it('a badge count needs the sending tab', () => {
    const { handle, calls } = setUp();
    expect(handle({ type: 'page-count', count: 3 }, { id: OWN_ID })).toBeUndefined();
    expect(handle({ type: 'page-count', count: 3 }, { id: OWN_ID, tab: {} })).toBeUndefined();
    void handle({ type: 'page-count', count: 3 }, contentScript);
    expect(calls.showCount).toHaveBeenCalledExactlyOnceWith(7, 3);
  });
});

describe('what may be asked', () => {
  const hostile: [string, unknown][] = [
    ['undefined', undefined],
    ['null', null],
    ['a number', 42],
    ['a string', '{"type":"scan","text":"NATO"}'],
    ['an array', [{ type: 'scan', text: 'NATO' }]],
    ['an unknown type', { type: 'eval', code: 'fetch("https://example.org")' }],
    ['a type that is not a string', { type: { toString: () => 'scan' }, text: 'NATO' }],
    ['a text that is not a string', { type: 'scan', text: ['NATO'] }],
    ['an oversized text', { type: 'scan', text: 'a '.repeat(MAX_SCAN_CHARS) }],
    ['an extra field', { type: 'scan', text: 'NATO', reply: 'https://example.org' }],
    ['ids that are not an array', { type: 'cards', ids: { 0: 'nato', length: 1 } }],
    ['too many ids', { type: 'cards', ids: Array(MAX_CARDS_PER_REQUEST + 1).fill('nato') }],
    ['a path as an id', { type: 'cards', ids: ['../../manifest.json'] }],
    ['a prototype key as an id', { type: 'cards', ids: ['__proto__'] }],
    ['a markup id', { type: 'cards', ids: ['<img src=x onerror=alert(1)>'] }],
    ['a negative count', { type: 'page-count', count: -5 }],
    ['a huge count', { type: 'page-count', count: 1e12 }],
    ['a NaN count', { type: 'page-count', count: Number.NaN }],
    [
      'a polluting JSON object',
      JSON.parse('{"type":"cards","ids":["nato"],"__proto__":{"polluted":true}}'),
    ],
  ];
  it.each(hostile)('%s gets no answer', (_, message) => {
    const { handle, calls } = setUp();
    expect(handle(message, contentScript)).toBeUndefined();
    expect(calls.scan).not.toHaveBeenCalled();
    expect(calls.cards).not.toHaveBeenCalled();
    expect(calls.showCount).not.toHaveBeenCalled();
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('keeps answering well-formed requests after a stream of garbage', async () => {
    const { handle } = setUp();
    for (const [, message] of hostile) handle(message, contentScript);
    const answer = await handle(
      { type: 'scan', text: 'Lavrov met Blinken in Stockholm.' },
      contentScript,
    );
    expect(answer).toMatchObject({
      entities: [
        { id: 'sergey-lavrov', kind: 'person' },
        { id: 'antony-blinken', kind: 'person' },
        { id: 'stockholm', kind: 'place' },
      ],
    });
  });
});

describe('answers', () => {
  it('a scan of text full of markup and odd code points answers spans, nothing else', async () => {
    const { handle } = setUp();
    const text = '<script>alert("NATO")</script>\u0000\uD800 NATO \uDFFF<img onerror=x> Kyiv\u202E';
    const answer = (await handle({ type: 'scan', text }, contentScript)) as {
      spans: number[];
      entities: { id: string }[];
    };
    expect(answer.entities.map((e) => e.id)).toEqual(['nato', 'kyiv']);
    const surfaces = [];
    for (let i = 0; i < answer.spans.length; i += 3)
      surfaces.push(text.slice(answer.spans[i], answer.spans[i + 1]));
    expect(surfaces).toEqual(['NATO', 'NATO', 'Kyiv']);
  });

  it('a full page of repeated ids is answered with each card once; unknown ids are left out', async () => {
    const { handle, calls } = setUp();
    const ids = [
      ...Array(MAX_CARDS_PER_REQUEST - 3).fill('nato'),
      'constructor',
      'hasownproperty',
      'no-such-entity',
    ];
    const answer = (await handle({ type: 'cards', ids }, contentScript)) as Record<string, unknown>;
    expect(Object.keys(answer)).toEqual(['nato']);
    expect(calls.cards.mock.calls[0]![0]).toEqual([
      'nato',
      'constructor',
      'hasownproperty',
      'no-such-entity',
    ]);
    expect(answer['nato']).toMatchObject({ name: 'NATO', kind: 'organization' });
  });

  it('a failed glossary read rejects that request only; the next one reads again and answers', async () => {
    const { handle } = setUp({ failFirstRead: true });
    await expect(handle({ type: 'scan', text: 'NATO' }, contentScript)).rejects.toThrow(
      'read failed',
    );
    const answer = await handle({ type: 'scan', text: 'NATO' }, contentScript);
    expect(answer).toMatchObject({ entities: [{ id: 'nato' }], spans: [0, 4, 0] });
  });
});
