// Mentions as DOM ranges, registered with the CSS Custom Highlight API: the page's text and
// elements stay exactly as they were, the browser just paints an underline.
import type { Mention } from '../glossary/types';
import { nodeIndexAt, type CollectedText } from './collect';

export const HIGHLIGHT_NAME = 'backstory-mention';

export interface MarkedMention extends Mention {
  range: StaticRange;
}

export class Marks {
  readonly mentions: MarkedMention[];
  private readonly nodeIndex = new Map<Node, number>();

  constructor(
    private readonly collected: CollectedText,
    mentions: readonly Mention[],
  ) {
    collected.nodes.forEach((node, i) => this.nodeIndex.set(node, i));
    this.mentions = mentions.flatMap((m) => {
      const range = this.rangeOf(m.start, m.end);
      return range ? [{ ...m, range }] : [];
    });
  }

  private rangeOf(start: number, end: number): StaticRange | null {
    const { nodes, starts } = this.collected;
    const a = nodeIndexAt(this.collected, start);
    const b = nodeIndexAt(this.collected, end, true);
    if (a < 0 || b < 0) return null;
    return new StaticRange({
      startContainer: nodes[a]!,
      startOffset: start - starts[a]!,
      endContainer: nodes[b]!,
      endOffset: end - starts[b]!,
    });
  }

  /**
   * Paints the marks; returns the function that removes them again. The ranges are registered
   * as `backstory-mention` (what tests and tools observe; it has no style of its own) and under
   * the name of the reader's underline style (content.css styles those).
   */
  register(styleName: string): () => void {
    const highlight = new Highlight(...this.mentions.map((m) => m.range));
    const names = [HIGHLIGHT_NAME, styleName];
    for (const name of names) CSS.highlights.set(name, highlight);
    return () => {
      for (const name of names) {
        if (CSS.highlights.get(name) === highlight) CSS.highlights.delete(name);
      }
    };
  }

  /** The mention at a caret position (a text node and an offset in it), if any. */
  mentionAtCaret(node: Node, offset: number): MarkedMention | null {
    const index = this.nodeIndex.get(node);
    if (index === undefined) return null;
    const at = this.collected.starts[index]! + offset;
    // Mentions are sorted and never overlap: binary search for the last one starting at or before.
    let lo = 0;
    let hi = this.mentions.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.mentions[mid]!.start <= at) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    const mention = this.mentions[found];
    return mention && at <= mention.end ? mention : null;
  }
}
