import { describe, expect, it } from 'vitest';
import { collectText, nodeIndexAt } from '../../src/content/collect';
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

  it('maps offsets back to text nodes, start and end inclusive where they meet', () => {
    const collected = collectFrom('<p>Sergey <b>Lav</b>rov</p>');
    expect(nodeIndexAt(collected, 7)).toBe(1); // a range starting at "Lav"
    expect(nodeIndexAt(collected, 7, true)).toBe(0); // a range ending after "Sergey "
    expect(nodeIndexAt(collected, 13, true)).toBe(2);
  });

  it('collects an empty root as empty text', () => {
    expect(collectFrom('')).toEqual({ text: '', nodes: [], starts: [] });
  });
});
