// Which marked mention is under the pointer? The caret position under the point names a text
// node and offset; the mention's own line boxes confirm the pointer is really on it (a caret
// snaps to the nearest character even past the end of a line).
import type { Marks, MarkedMention } from './marks';

export interface Hit {
  mention: MarkedMention;
  /** The line box of the mention under the pointer: the card is placed beside it. */
  rect: DOMRect;
}

export function hitTest(marks: Marks, x: number, y: number): Hit | null {
  const caret = caretAt(x, y);
  if (!caret) return null;
  const mention = marks.mentionAtCaret(caret.node, caret.offset);
  if (!mention) return null;
  const range = document.createRange();
  range.setStart(mention.range.startContainer, mention.range.startOffset);
  range.setEnd(mention.range.endContainer, mention.range.endOffset);
  for (const rect of range.getClientRects()) {
    if (x >= rect.left - 1 && x <= rect.right + 1 && y >= rect.top - 1 && y <= rect.bottom + 1) {
      return { mention, rect };
    }
  }
  return null;
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
