import { describe, expect, it } from 'vitest';
import { expectedSpans } from '../../src/dev/eval';

describe('expectedSpans (the corpus labels)', () => {
  it('finds every whole-word occurrence of a labelled surface', () => {
    const text = 'Blinken met Lavrov. Later Blinken left; Blinkenism is no name.';
    expect(
      expectedSpans(text, [{ surface: 'Blinken', entity: 'antony-blinken' }]).map((s) => s.start),
    ).toEqual([0, 26]);
  });
  it('counts a name inside a longer labelled name only once, as the longer one', () => {
    const text = 'The European Council met. The Council agreed.';
    const spans = expectedSpans(text, [
      { surface: 'Council', entity: null },
      { surface: 'European Council', entity: 'european-council' },
    ]);
    expect(spans.map((s) => s.text)).toEqual(['European Council', 'Council']);
  });
});
