import { describe, expect, it } from 'vitest';
import { TextCollector, collectText, nodeIndexAt } from '../../src/content/collect';
import { BLOCK_BREAK } from '../../src/glossary/tokens';

function collectFrom(html: string) {
  document.body.innerHTML = `<div id="root">${html}</div>`;
  return collectText(document.getElementById('root')!);
}

describe('collectText', () => {
  it('reads text nodes in order and records where each starts', () => {
    const collected = collectFrom('<p>Sergey <b>Lav</b>rov met</p>');
    expect(collected.text).toBe('Sergey Lavrov met');
    expect(collected.starts).toEqual([0, 7, 10]);
    expect(collected.nodes.map((n) => n.data)).toEqual(['Sergey ', 'Lav', 'rov met']);
  });

  it('puts a block break between paragraphs, list items and after <br>', () => {
    const { text } = collectFrom(
      '<p>NATO</p><p>Kyiv</p><ul><li>EU</li><li>OSCE</li></ul>Line<br>next',
    );
    expect(text).toBe(['NATO', 'Kyiv', 'EU', 'OSCE', 'Line', 'next'].join(BLOCK_BREAK));
  });

  it('skips code, scripts, styles, form fields, editable, hidden and aria-hidden content and our overlay', () => {
    const { text } = collectFrom(
      [
        '<p>Visible NATO</p>',
        '<script>var NATO = 1</script><style>.NATO{}</style><noscript>NATO</noscript>',
        '<pre>NATO</pre><code>NATO</code>',
        '<textarea>NATO</textarea><select><option>NATO</option></select><button>NATO</button>',
        '<div contenteditable="true">NATO</div><div contenteditable="false">shown</div>',
        '<div hidden>NATO</div><div aria-hidden="true">NATO</div>',
        '<backstory-overlay>NATO</backstory-overlay>',
      ].join(''),
    );
    expect(text.split(BLOCK_BREAK).filter(Boolean)).toEqual(['Visible NATO', 'shown']);
  });

  it('breaks the text at a skipped inline element: no name runs through it', () => {
    // Were "Ser" and "gey" joined, the mention's range would run over the code and paint it.
    const { text } = collectFrom('<p>NATO <button>share</button>and Ser<code>x</code>gey</p>');
    expect(text).toBe(['NATO ', 'and Ser', 'gey'].join(BLOCK_BREAK));
  });

  it('skips every script of a run, empty ones included (found by the property test)', () => {
    // An empty <script async> before JSON-LD once let the JSON's text be read as prose. Built
    // node by node: happy-dom's HTML parser keeps no text node inside a script.
    collectFrom('<p>Kyiv</p>');
    const root = document.getElementById('root')!;
    const json = document.createElement('script');
    json.type = 'application/ld+json';
    json.append('{"about":"Sergey Lavrov"}');
    const nato = document.createElement('p');
    nato.append('NATO');
    root.append(document.createElement('script'), json, nato);
    expect(collectText(root).text).toBe(['Kyiv', 'NATO'].join(BLOCK_BREAK));
  });

  it('skips nested skipped subtrees once, and text right after them is read', () => {
    const { text } = collectFrom(
      '<p>A</p><div hidden><p>B<script>C</script></p><pre>D</pre></div><p>E<br><br>F</p>',
    );
    expect(text).toBe(['A', 'E', 'F'].join(BLOCK_BREAK));
  });

  it('reads a block nested inside inline markup as a block of its own', () => {
    const { text } = collectFrom('<div>Before<span><div>Inside</div></span>After</div>');
    expect(text).toBe(['Before', 'Inside', 'After'].join(BLOCK_BREAK));
  });

  it('collects in slices that join up to the same text', () => {
    document.body.innerHTML = `<div id="root">${'<p>Sergey <b>Lavrov</b> met <i>Blinken</i>.</p>'.repeat(500)}</div>`;
    const root = document.getElementById('root')!;
    const collector = new TextCollector(root);
    let slices = 0;
    while (!collector.run(performance.now() - 1)) slices++;
    expect(slices).toBeGreaterThan(5);
    expect(collector.result()).toEqual(collectText(root));
  });

  it('maps offsets back to text nodes, start and end inclusive where they meet', () => {
    const collected = collectFrom('<p>Sergey <b>Lav</b>rov</p>');
    expect(nodeIndexAt(collected, 7)).toBe(1); // a range starting at "Lav"
    expect(nodeIndexAt(collected, 7, true)).toBe(0); // a range ending after "Sergey "
    expect(nodeIndexAt(collected, 13, true)).toBe(2);
  });

  it('collects an empty root as empty text', () => {
    expect(collectFrom('')).toEqual({ text: '', nodes: [], starts: [], ends: [] });
  });
});
