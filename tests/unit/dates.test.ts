import { describe, expect, it } from 'vitest';
import { addMonths, staleAsOf } from '../../src/shared/dates';

describe('addMonths', () => {
  it('adds calendar months, counting a partial date from its first day', () => {
    expect(addMonths('2026-06-15', 6)).toBe('2026-12-15');
    expect(addMonths('2025-11', 12)).toBe('2026-11-01');
    expect(addMonths('2025', 12)).toBe('2026-01-01');
  });

  it('clamps to the end of a shorter month instead of running into the next', () => {
    expect(addMonths('2026-08-31', 6)).toBe('2027-02-28');
    expect(addMonths('2027-08-31', 6)).toBe('2028-02-29');
  });
});

describe('staleAsOf', () => {
  it('is null up to six months after the review, then the review month', () => {
    expect(staleAsOf('2026-08-31', '2027-02-28')).toBeNull();
    expect(staleAsOf('2026-08-31', '2027-03-01')).toBe('2026-08');
  });
});
