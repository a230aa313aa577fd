import { describe, expect, it } from 'vitest';
import { collectText } from '../../src/content/collect';
import { Marks } from '../../src/content/marks';
import { scan } from '../unit/glossary-fixture';

function markUp(html: string) {
  document.body.innerHTML = `<article>${html}</article>`;
  const collected = collectText(document.querySelector('article')!);
  const marks = new Marks(collected);
  for (const m of scan(collected.text).mentions) marks.add(m.start, m.end, m.entityId);
  return { collected, marks };
}

const rangeText = (r: StaticRange) => {
  const range = document.createRange();
  range.setStart(r.startContainer, r.startOffset);
  range.setEnd(r.endContainer, r.endOffset);
  return range.toString();
};

describe('Marks', () => {
  it('turns mentions into ranges over the page text, across inline elements', () => {
    const { marks } = markUp(
      '<p>Ser<b>gey</b> Lavrov met <i>Antony</i> Blinken in <a href="#">Stockholm</a>.</p>',
    );
    expect(marks.mentions.map((m) => rangeText(m.range))).toEqual([
      'Sergey Lavrov',
      'Antony Blinken',
      'Stockholm',
    ]);
    expect(marks.mentions[0]!.range.startContainer.textContent).toBe('Ser');
    expect(marks.mentions[0]!.range.endContainer.textContent).toBe(' Lavrov met ');
  });

  it('finds the mention under a caret position, and none between mentions', () => {
    const { marks, collected } = markUp('<p>NATO and the OSCE met.</p>');
    const text = collected.nodes[0]!;
    expect(marks.mentionAtCaret(text, 2)?.entityId).toBe('nato');
    expect(marks.mentionAtCaret(text, 6)).toBeNull();
    expect(marks.mentionAtCaret(text, 15)?.entityId).toBe('osce');
    expect(marks.mentionAtCaret(document.body, 0)).toBeNull();
  });

  it('leaves the page text untouched', () => {
    const html = '<p>Ser<b>gey</b> Lavrov met NATO leaders.</p>';
    markUp(html);
    expect(document.querySelector('article')!.innerHTML).toBe(html);
  });
});
