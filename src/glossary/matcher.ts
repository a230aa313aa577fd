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
  /** Keyed by separator key + EDGE + next token key. */
  next: Map<string, TrieNode> | null;
}

const newNode = (): TrieNode => ({ forms: [], trailingDot: false, next: null });

export class Matcher {
  private readonly roots = new Map<string, TrieNode>();

  /** Forms compiled by the build carry their trie path; others are tokenised here. */
  constructor(forms: readonly ({ text: string } | Pick<CompiledForm, 'path'>)[]) {
    forms.forEach((form, index) =>
      this.add('path' in form ? form.path : triePath(form.text), index),
    );
  }

  private add(path: string[], formIndex: number): void {
    const last = path.length - 1;
    if (last < 0) return;
    const trailingDot = path[last] === TRAILING_DOT;
    const steps = trailingDot ? last : path.length;
    let node = this.roots.get(path[0]!);
    if (!node) this.roots.set(path[0]!, (node = newNode()));
    for (let i = 1; i < steps; i++) {
      node.next ??= new Map();
      let child = node.next.get(path[i]!);
      if (!child) node.next.set(path[i]!, (child = newNode()));
      node = child;
    }
    node.forms.push(formIndex);
    if (trailingDot) node.trailingDot = true;
  }

  match(text: string): RawMatch[] {
    const tokens = tokenize(text);
    const matches: RawMatch[] = [];
    for (let i = 0; i < tokens.length; i++) {
      let node = this.roots.get(tokens[i]!.key) ?? this.roots.get(titleCase(tokens[i]!.key));
      let best: { node: TrieNode; last: number } | null = null;
      for (let j = i; node;) {
        if (node.forms.length > 0) best = { node, last: j };
        if (!node.next || j + 1 >= tokens.length) break;
        const edge = edgeKey(text, tokens[j]!, tokens[j + 1]!);
        node = node.next.get(edge) ?? node.next.get(titleCaseEdge(edge));
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

// Between a separator key and a token key in an edge: a tab, which neither can contain
// (separators are whitespace-free, keys are letters) and which JSON writes in two bytes.
const EDGE = '\t';

const ALL_CAPS = /^\p{Lu}{3,}$/u;

/**
 * Datelines and all-caps headlines ("THE HAGUE", "BLINKEN TELLS LAVROV") read as title case:
 * "HAGUE" may match "Hague". Acronyms match as they are first, and short words never do this
 * ("US" stays "US", never "Us").
 */
function titleCase(key: string): string {
  return ALL_CAPS.test(key) ? key[0] + key.slice(1).toLowerCase() : key;
}

function titleCaseEdge(edge: string): string {
  const at = edge.indexOf(EDGE) + 1;
  return edge.slice(0, at) + titleCase(edge.slice(at));
}

/** Marks a form that ends in "." ("U.S."), as the last element of its path. */
const TRAILING_DOT = '\t.';

/**
 * A form as the trie sees it: its first token's key, then one edge key per following token
 * (separator + token key), then TRAILING_DOT if it ends in a dot.
 */
export function triePath(text: string): string[] {
  const trimmed = text.trim();
  const tokens = tokenize(trimmed);
  if (tokens.length === 0) return [];
  const path = [tokens[0]!.key];
  for (let i = 1; i < tokens.length; i++) path.push(edgeKey(trimmed, tokens[i - 1]!, tokens[i]!));
  if (trimmed.slice(tokens.at(-1)!.end) === '.') path.push(TRAILING_DOT);
  return path;
}

function edgeKey(text: string, left: Token, right: Token): string {
  return separatorKey(text.slice(left.end, right.start)) + EDGE + right.key;
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
