// Reads an article's visible prose into one string, remembering where each text node starts,
// so the worker's offsets map straight back to DOM positions. Nothing on the page is changed.
import { BLOCK_BREAK } from '../glossary/tokens';

export const OVERLAY_TAG = 'backstory-overlay';

// Node.TEXT_NODE and Node.ELEMENT_NODE, spelled out so the module also runs outside a browser.
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

export interface CollectedText {
  text: string;
  /** Text nodes in document order and the offset in `text` where each one starts. */
  nodes: Text[];
  starts: number[];
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

function skipped(element: Element): boolean {
  if (SKIP.has(element.localName)) return true;
  if (element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true') return true;
  const editable = element.getAttribute('contenteditable');
  return editable !== null && editable !== 'false';
}

export function collectText(root: Element): CollectedText {
  const parts: string[] = [];
  const nodes: Text[] = [];
  const starts: number[] = [];
  let length = 0;
  let pendingBreak = false;

  // A plain iterative walk: no TreeWalker filter callbacks, which cost a call per node.
  let node: Node | null = root.firstChild;
  while (node) {
    if (node.nodeType === TEXT_NODE) {
      const data = (node as Text).data;
      if (data.length > 0) {
        if (pendingBreak && length > 0) {
          parts.push(BLOCK_BREAK);
          length += 1;
        }
        pendingBreak = false;
        parts.push(data);
        nodes.push(node as Text);
        starts.push(length);
        length += data.length;
      }
    } else if (node.nodeType === ELEMENT_NODE) {
      const element = node as Element;
      if (BLOCKS.has(element.localName)) pendingBreak = true;
      if (!skipped(element) && element.firstChild) {
        node = element.firstChild;
        continue;
      }
    }
    // Next node in document order, climbing out of finished elements.
    while (node && node !== root && !node.nextSibling) {
      node = node.parentNode;
      if (node && node.nodeType === ELEMENT_NODE && BLOCKS.has((node as Element).localName))
        pendingBreak = true;
    }
    node = node && node !== root ? node.nextSibling : null;
  }
  return { text: parts.join(''), nodes, starts };
}

/** Index of the text node holding `offset`; `atEnd` picks the node a range may end in. */
export function nodeIndexAt(collected: CollectedText, offset: number, atEnd = false): number {
  const { starts, nodes } = collected;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (atEnd ? starts[mid]! < offset : starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  const within = offset - starts[lo]!;
  return within >= 0 && within <= nodes[lo]!.data.length ? lo : -1;
}
