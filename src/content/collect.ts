// Reads an article's visible prose into one string, remembering where each text node starts,
// so the worker's offsets map straight back to DOM positions. Nothing on the page is changed.
import { BLOCK_BREAK } from '../glossary/tokens';

export const OVERLAY_TAG = 'backstory-overlay';

// Node.ELEMENT_NODE and NodeFilter.SHOW_TEXT, spelled out so the module also runs outside a
// browser.
const ELEMENT_NODE = 1;
const SHOW_TEXT = 4;

export interface CollectedText {
  text: string;
  /** Text nodes in document order and the offset in `text` where each one starts and ends. */
  nodes: Text[];
  starts: number[];
  /** Kept beside `starts` so mapping offsets never reads a node's text back from the DOM. */
  ends: number[];
}

// Never prose, or never ours to mark: code, form fields, embedded documents, our own overlay.
const SKIP = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'textarea',
  'input',
  'select',
  'option',
  'button',
  'code',
  'pre',
  'kbd',
  'samp',
  'var',
  'svg',
  'math',
  'iframe',
  'object',
  'embed',
  'canvas',
  'video',
  'audio',
  OVERLAY_TAG,
]);

// Elements whose edges end a run of text: no name continues across them.
const BLOCKS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'br',
  'caption',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'legend',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
]);

// Subtrees never read, as one selector the browser matches natively.
const SKIP_SELECTOR = [
  ...SKIP,
  '[hidden]',
  '[aria-hidden="true" i]',
  '[contenteditable]:not([contenteditable="false" i])',
].join(',');

/**
 * Collects the text in slices: `run(deadline)` reads text nodes until performance.now() passes
 * the deadline and says whether it is done, so a long page never holds the main thread for
 * long. The browser's own TreeWalker finds the text nodes (the cheapest way to visit them); the
 * subtrees to skip and the <br>s are found up front with one selector each, and met again by
 * the first text node at or after each of them, so the walk itself only does map lookups.
 */
export class TextCollector {
  private readonly parts: string[] = [];
  private readonly nodes: Text[] = [];
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  private length = 0;
  private pendingBreak = false;
  private lastBlock: Node | null = null;
  private readonly walker: TreeWalker;
  /** The first text node inside each skipped subtree (that has one), and that subtree. */
  private readonly skipAt = new Map<Node, Element>();
  /** The first text node after each <br> or <hr>: a break comes before it. */
  private readonly breakBefore = new Set<Node>();
  private node: Node | null;

  constructor(private readonly root: Element) {
    const doc = root.ownerDocument;
    this.walker = doc.createTreeWalker(root, SHOW_TEXT);
    const probe = doc.createTreeWalker(root, SHOW_TEXT);
    let outer: Element | null = null;
    for (const element of root.querySelectorAll(SKIP_SELECTOR)) {
      if (outer?.contains(element)) continue; // inside a subtree already skipped
      outer = element;
      probe.currentNode = element;
      const first = probe.nextNode();
      // Only a subtree that holds text has anything to skip. An empty one (`<script src>`) must
      // not claim the next text node: that node may open the next skipped subtree.
      if (first && element.contains(first)) this.skipAt.set(first, element);
    }
    for (const element of root.querySelectorAll('br, hr')) {
      probe.currentNode = element;
      const next = probe.nextNode();
      if (next) this.breakBefore.add(next);
    }
    this.node = this.walker.nextNode();
  }

  /** Whether reading took more than one slice (a long text). */
  sliced = false;

  /** Reads until `deadline` (a performance.now() time); true once the whole root is read. */
  run(deadline = Infinity): boolean {
    const walker = this.walker;
    const skips = this.skipAt.size > 0;
    const breaks = this.breakBefore.size > 0;
    let node = this.node;
    let count = 0;
    // Consecutive text nodes mostly share a parent: remember the last parent's block.
    let parent: Node | null = null;
    let parentBlock: Node | null = null;
    while (node) {
      // Checking the clock costs more than a text node: look every 64 nodes.
      if (++count % 64 === 0 && performance.now() > deadline) break;
      if (skips) {
        const skipped = this.skipAt.get(node);
        // Still inside it: the page may have moved the node between two slices.
        if (skipped && skipped.contains(node)) {
          // No name runs through a skipped subtree: "Ser<code>x</code>gey" is not "Sergey",
          // and a range across it would paint the code's text too.
          this.pendingBreak = true;
          // On from the subtree's last descendant: nextNode() then leaves the subtree. (The
          // walker's nextSibling() would too, by the spec, but happy-dom's stops at an element
          // with no text after it, and this path is the one every engine gets right.)
          let last: Node = skipped;
          while (last.lastChild) last = last.lastChild;
          walker.currentNode = last;
          node = walker.nextNode();
          continue;
        }
      }
      const data = (node as Text).data;
      if (data.length > 0) {
        const nodeParent = node.parentNode!;
        if (nodeParent !== parent) {
          parent = nodeParent;
          parentBlock = this.blockAround(nodeParent);
        }
        const block = parentBlock!;
        if (
          this.length > 0 &&
          (this.pendingBreak || block !== this.lastBlock || (breaks && this.breakBefore.has(node)))
        ) {
          this.parts.push(BLOCK_BREAK);
          this.length += 1;
        }
        this.pendingBreak = false;
        this.lastBlock = block;
        this.parts.push(data);
        this.nodes.push(node as Text);
        this.starts.push(this.length);
        this.length += data.length;
        this.ends.push(this.length);
      } else if (breaks && this.breakBefore.has(node)) {
        this.pendingBreak = true; // an empty node after a <br>: the break still holds
      }
      node = walker.nextNode();
    }
    this.node = node;
    if (node !== null) this.sliced = true;
    return node === null;
  }

  result(): CollectedText {
    return { text: this.parts.join(''), nodes: this.nodes, starts: this.starts, ends: this.ends };
  }

  /** The nearest block element around a text node's parent (the root counts as one). */
  private blockAround(parent: Node): Node {
    // Usually the parent itself (a paragraph) or one or two inline elements up: a short climb
    // is cheaper than a map lookup keyed by DOM nodes.
    let block = parent;
    while (
      block !== this.root &&
      block.parentNode &&
      !(block.nodeType === ELEMENT_NODE && BLOCKS.has((block as Element).localName))
    ) {
      block = block.parentNode;
    }
    return block;
  }
}

export function collectText(root: Element): CollectedText {
  const collector = new TextCollector(root);
  collector.run();
  return collector.result();
}

/** Index of the text node holding `offset`; `atEnd` picks the node a range may end in. */
export function nodeIndexAt(collected: CollectedText, offset: number, atEnd = false): number {
  const { starts, ends } = collected;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (atEnd ? starts[mid]! < offset : starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return offset >= starts[lo]! && offset <= ends[lo]! ? lo : -1;
}
