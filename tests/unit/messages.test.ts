import { describe, expect, it } from 'vitest';
import {
  MAX_CARDS_PER_REQUEST,
  MAX_SCAN_CHARS,
  parseBackgroundRequest,
} from '../../src/shared/messages';

describe('parseBackgroundRequest', () => {
  it('accepts a scan request', () => {
    expect(parseBackgroundRequest({ type: 'scan', text: 'NATO' })).toEqual({
      type: 'scan',
      text: 'NATO',
    });
  });
  it.each([
    ['nothing', undefined],
    ['null', null],
    ['a string', 'scan'],
    ['an array', [{ type: 'scan', text: 'x' }]],
    ['an unknown type', { type: 'eval', text: 'x' }],
    ['a missing field', { type: 'scan' }],
    ['a wrong field type', { type: 'scan', text: 42 }],
    ['an extra field', { type: 'scan', text: 'x', url: 'https://example.org' }],
    ['an oversized text', { type: 'scan', text: 'x'.repeat(MAX_SCAN_CHARS + 1) }],
    ['a prototype trick', JSON.parse('{"type":"scan","text":"x","__proto__":{"polluted":true}}')],
  ])('drops %s', (_, message) => {
    expect(parseBackgroundRequest(message)).toBeNull();
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});

describe('card and badge requests', () => {
  it('accepts a cards request by ids and a page count', () => {
    expect(parseBackgroundRequest({ type: 'cards', ids: ['joe-biden', 'nato'] })).toEqual({
      type: 'cards',
      ids: ['joe-biden', 'nato'],
    });
    expect(parseBackgroundRequest({ type: 'page-count', count: 12 })).toEqual({
      type: 'page-count',
      count: 12,
    });
  });
  it.each([
    { type: 'cards', ids: ['../secrets'] },
    { type: 'cards', ids: ['x'.repeat(200)] },
    { type: 'cards', ids: 'joe-biden' },
    { type: 'cards', ids: Array.from({ length: MAX_CARDS_PER_REQUEST + 1 }, () => 'nato') },
    { type: 'cards' },
    { type: 'card', id: 'joe-biden' },
    { type: 'page-count', count: -1 },
    { type: 'page-count', count: 1.5 },
    { type: 'page-count', count: '3' },
  ])('drops %j', (message) => {
    expect(parseBackgroundRequest(message)).toBeNull();
  });
});
