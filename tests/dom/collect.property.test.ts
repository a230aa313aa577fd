// Properties of reading a page and mapping offsets back to it, over random DOM trees: text split
// at any point across inline elements, blocks, line breaks, comments, skipped subtrees (scripts,
// form fields, code, hidden and editable regions), surrogate pairs and combining marks.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { collectText, TextCollector } from '../../src/content/collect';
import { Marks } from '../../src/content/marks';
import { BLOCK_BREAK } from '../../src/glossary/tokens';

/** A tree to build: text, or an element with children (a comment when tag is '#comment'). */
type Tree = string | { tag: string; attrs?: Record<string, string>; children: Tree[] };

const TEXT = fc.constantFrom(
  'Ser',
  'gey',
  ' Lavrov ',
  'Kyiv',
  ' ',
  '',
  '\n  ',
  'Zoe\u0308',
  '\u0301',
  'D\u{10437}',
  '\uD801', // a lone high surrogate, as a page may split a pair across nodes
  '\uDC37ra',
  '😀',
  'NATO, ',
  '\u2029',
);
const INLINE = fc.constantFrom('b', 'i', 'span', 'a', 'em', 'sup');
const BLOCK = fc.constantFrom('p', 'div', 'li', 'h2', 'blockquote', 'section');
const SKIPPED = fc.constantFrom<[string, Record<string, string>]>(
  ['script', {}],
  ['textarea', {}],
  ['code', {}],
  ['button', {}],
  ['span', { hidden: '' }],
  ['span', { 'aria-hidden': 'true' }],
  ['div', { contenteditable: '' }],
  ['span', { contenteditable: 'false' }], // not editable: read
);

const tree: fc.Arbitrary<Tree> = fc.letrec<{ node: Tree }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    TEXT,
    fc.record({ tag: INLINE, children: fc.array(tie('node'), { maxLength: 4 }) }),
    fc.record({ tag: BLOCK, children: fc.array(tie('node'), { maxLength: 4 }) }),
    fc
      .tuple(SKIPPED, fc.array(tie('node'), { maxLength: 3 }))
      .map(([[tag, attrs], children]) => ({ tag, attrs, children })),
    fc.constant<Tree>({ tag: 'br', children: [] }),
    fc.constant<Tree>({ tag: '#comment', children: [] }),
  ),
})).node;

function build(parent: Node, t: Tree): void {
  const doc = parent.ownerDocument ?? document;
  if (typeof t === 'string') {
    parent.appendChild(doc.createTextNode(t));
  } else if (t.tag === '#comment') {
    parent.appendChild(doc.createComment('Lavrov'));
  } else {
    const element = doc.createElement(t.tag);
    for (const [k, v] of Object.entries(t.attrs ?? {})) element.setAttribute(k, v);
    // Text in a textarea or script is its value, not markup: still text nodes in the DOM.
    for (const child of t.children) build(element, child);
    parent.appendChild(element);
  }
}

function page(children: Tree[]): Element {
  document.body.replaceChildren();
  const before = document.createElement('p');
  before.textContent = 'Outside Lavrov';
  const root = document.createElement('article');
  for (const child of children) build(root, child);
  const after = document.createElement('p');
  after.textContent = 'Outside Kyiv';
  document.body.append(before, root, after);
  return root;
}

const SKIP_TEST =
  'script, textarea, code, button, [hidden], [aria-hidden="true"], [contenteditable=""]';

function rangeText(r: StaticRange): string {
  const range = document.createRange();
  range.setStart(r.startContainer, r.startOffset);
  range.setEnd(r.endContainer, r.endOffset);
  return range.toString();
}

const pageAndSpans = fc
  .array(tree, { maxLength: 6 })
  .chain((children) =>
    fc.tuple(
      fc.constant(children),
      fc.array(fc.tuple(fc.nat(), fc.nat({ max: 12 })), { maxLength: 12 }),
    ),
  );

describe('collecting text, for any DOM tree', () => {
  it('reads every visible text node of the root once, in order, and nothing else', () => {
    fc.assert(
      fc.property(fc.array(tree, { maxLength: 6 }), (children) => {
        const root = page(children);
        const collected = collectText(root);
        const expected: Text[] = [];
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const text = n as Text;
          if (text.data.length > 0 && !text.parentElement!.closest(SKIP_TEST)) expected.push(text);
        }
        expect(collected.nodes).toEqual(expected);
        collected.nodes.forEach((node, i) => {
          expect(collected.text.slice(collected.starts[i], collected.ends[i])).toBe(node.data);
        });
        // Between nodes: nothing, or one block break.
        for (let i = 1; i < collected.nodes.length; i++) {
          const gap = collected.text.slice(collected.ends[i - 1], collected.starts[i]);
          expect(['', BLOCK_BREAK]).toContain(gap);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('reads the same text in slices as in one go', () => {
    let sliced = 0;
    fc.assert(
      fc.property(fc.array(tree, { maxLength: 6 }), (children) => {
        // Forty copies, so most pages hold more than the 64 text nodes a slice reads at least.
        const root = page(Array.from({ length: 40 }, () => children).flat());
        const whole = collectText(root);
        const collector = new TextCollector(root);
        // A deadline already passed: every slice reads the minimum (64 nodes) and stops.
        while (!collector.run(-1));
        if (collector.sliced) sliced++;
        expect(collector.result()).toEqual(whole);
      }),
      { numRuns: 100 },
    );
    // Without pages long enough to be cut, this would compare one read with another.
    expect(sliced).toBeGreaterThan(30);
  });
});

describe('mapping spans back to the page, for any DOM tree and any spans', () => {
  it('never throws, stays inside the root, and covers exactly the span text', () => {
    let mapped = 0;
    fc.assert(
      fc.property(pageAndSpans, ([children, picks]) => {
        const root = page(children);
        const collected = collectText(root);
        const length = collected.text.length;
        // Spans in text order, never overlapping, as the worker sends them.
        const spans: [number, number][] = [];
        let at = 0;
        for (const [skip, size] of picks) {
          const start = at + (length === 0 ? 0 : skip % (length + 1));
          const end = start + size;
          if (end > length || size === 0) continue;
          spans.push([start, end]);
          at = end;
        }
        const marks = new Marks(collected);
        for (const [start, end] of spans) marks.add(start, end, 'x');
        for (const m of marks.mentions) {
          expect(root.contains(m.range.startContainer)).toBe(true);
          expect(root.contains(m.range.endContainer)).toBe(true);
          const slice = collected.text.slice(m.start, m.end);
          if (!slice.includes(BLOCK_BREAK)) {
            expect(rangeText(m.range)).toBe(slice);
            mapped++;
          }
        }
      }),
      { numRuns: 300 },
    );
    expect(mapped).toBeGreaterThan(50);
  });
});
