import { describe, expect, it } from 'vitest';
import { MAX_SCAN_CHARS, parseBackgroundRequest } from '../../src/shared/messages';

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
