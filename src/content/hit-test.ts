// Which marked mention is under the pointer? The caret position under the point names a text
// node and offset; the mention's own line boxes confirm the pointer is really on it (a caret
// snaps to the nearest character even past the end of a line).
import type { Marks, MarkedMention } from './marks';

export interface Hit {
  mention: MarkedMention;
  /** Which of the mention's line boxes is under the pointer: the card is placed beside it. */
  line: number;
}

/** The mention's line boxes as they are now (they move when the page scrolls or reflows). */
export function lineBoxes(mention: MarkedMention): DOMRect[] {
  const range = document.createRange();
  range.setStart(mention.range.startContainer, mention.range.startOffset);
  range.setEnd(mention.range.endContainer, mention.range.endOffset);
  return [...range.getClientRects()];
}

export function hitTest(marks: Marks, x: number, y: number): Hit | null {
  const caret = caretAt(x, y);
  if (!caret) return null;
  const mention = marks.mentionAtCaret(caret.node, caret.offset);
  if (!mention) return null;
  const line = lineBoxes(mention).findIndex(
    (r) => x >= r.left - 1 && x <= r.right + 1 && y >= r.top - 1 && y <= r.bottom + 1,
  );
  return line === -1 ? null : { mention, line };
}

function caretAt(x: number, y: number): { node: Node; offset: number } | null {
  if (typeof document.caretPositionFromPoint === 'function') {
    const position = document.caretPositionFromPoint(x, y);
    return position ? { node: position.offsetNode, offset: position.offset } : null;
  }
  // Chrome before 128 only has the WebKit variant.
  const range = document.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}
