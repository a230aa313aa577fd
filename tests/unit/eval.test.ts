import { describe, expect, it } from 'vitest';
import { evaluate, expectedSpans } from '../../src/dev/eval';

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

describe('the labelled corpus (npm run eval)', () => {
  it('keeps precision and recall for glossary entities at or above 0.95', () => {
    const r = evaluate();
    expect(r.texts).toBeGreaterThanOrEqual(25);
    const precision = r.correct / r.predicted;
    const recall = r.correct / r.expectedKnown;
    expect({ precision: +precision.toFixed(3), recall: +recall.toFixed(3) }).toEqual({
      precision: expect.toSatisfy((p: number) => p >= 0.95),
      recall: expect.toSatisfy((p: number) => p >= 0.95),
    });
  });
});
