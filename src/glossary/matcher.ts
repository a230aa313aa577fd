// Finds every surface form of the glossary in a text: leftmost-longest, whole tokens, case
// sensitive ("US" but not "us"), diacritic-insensitive. The forms are kept in a token trie built
// once when the worker first scans, so a scan costs one pass over the text's tokens.
import { separatorKey, tokenize, type Token } from './tokens';
import type { CompiledForm } from './types';

export interface RawMatch {
  start: number;
  end: number;
  /** Indexes into the glossary's forms: every form spelled exactly like this text. */
  forms: number[];
}

interface TrieNode {
  forms: number[];
  /** A form ended in "." ("U.S."): take the text's dot into the match when it has one. */
  trailingDot: boolean;
  /** Keyed by separator key + "\u0000" + next token key. */
  next: Map<string, TrieNode> | null;
}

const newNode = (): TrieNode => ({ forms: [], trailingDot: false, next: null });

export class Matcher {
  private readonly roots = new Map<string, TrieNode>();

  constructor(forms: readonly Pick<CompiledForm, 'text'>[]) {
    forms.forEach((form, index) => this.add(form.text, index));
  }

  private add(text: string, formIndex: number): void {
    const trimmed = text.trim();
    const tokens = tokenize(trimmed);
    if (tokens.length === 0) return;
    let node = this.roots.get(tokens[0]!.key);
    if (!node) this.roots.set(tokens[0]!.key, (node = newNode()));
    for (let i = 1; i < tokens.length; i++) {
      const edge = edgeKey(trimmed, tokens[i - 1]!, tokens[i]!);
      node.next ??= new Map();
      let child = node.next.get(edge);
      if (!child) node.next.set(edge, (child = newNode()));
      node = child;
    }
    node.forms.push(formIndex);
    if (trimmed.slice(tokens.at(-1)!.end) === '.') node.trailingDot = true;
  }

  match(text: string): RawMatch[] {
    const tokens = tokenize(text);
    const matches: RawMatch[] = [];
    for (let i = 0; i < tokens.length; i++) {
      let node = this.roots.get(tokens[i]!.key);
      let best: { node: TrieNode; last: number } | null = null;
      for (let j = i; node;) {
        if (node.forms.length > 0) best = { node, last: j };
        if (!node.next || j + 1 >= tokens.length) break;
        node = node.next.get(edgeKey(text, tokens[j]!, tokens[j + 1]!));
        j++;
      }
      if (!best) continue;
      const start = tokens[i]!.start;
      let end = tokens[best.last]!.end;
      if (best.node.trailingDot && text[end] === '.') end++;
      if (!insideAddress(text, start, end)) matches.push({ start, end, forms: best.node.forms });
      i = best.last;
    }
    return matches;
  }
}

function edgeKey(text: string, left: Token, right: Token): string {
  return separatorKey(text.slice(left.end, right.start)) + '\u0000' + right.key;
}

const ALNUM = /[\p{L}\p{N}]/u;

/** "nato.int", "press@un.org", "/eu/" and "NATO_2024" are parts of addresses, not names. */
function insideAddress(text: string, start: number, end: number): boolean {
  const before = text[start - 1] ?? ' ';
  const after = text[end] ?? ' ';
  if (before === '@' || before === '/' || before === '_' || after === '@' || after === '_')
    return true;
  if (before === '.' && ALNUM.test(text[start - 2] ?? ' ')) return true;
  if ((after === '.' || after === '/') && ALNUM.test(text[end + 1] ?? ' ')) return true;
  return false;
}
