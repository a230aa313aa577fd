// Finds every surface form of the glossary in a text: leftmost-longest, whole tokens, case
// sensitive ("US" but not "us"), diacritic-insensitive. The token trie is built at build time
// and read in place (packed-glossary.ts), so a scan costs one pass over the text's tokens and
// the worker builds nothing first.
import type { Trie } from './packed-glossary';
import { separatorKey, tokenize, type Token } from './tokens';

export interface RawMatch {
  start: number;
  end: number;
  /** Indexes into the glossary's forms: every form spelled exactly like this text. */
  forms: number[];
}

export class Matcher {
  constructor(private readonly trie: Trie) {}

  match(text: string): RawMatch[] {
    const trie = this.trie;
    const tokens = tokenize(text);
    const matches: RawMatch[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const key = tokens[i]!.key;
      let node = trie.child(0, key);
      if (node < 0) {
        const titled = titleCase(key);
        if (titled !== key) node = trie.child(0, titled);
      }
      let best = -1;
      let bestLast = i;
      for (let j = i; node >= 0;) {
        if (trie.hasForms(node)) {
          best = node;
          bestLast = j;
        }
        if (j + 1 >= tokens.length) break;
        const edge = edgeKey(text, tokens[j]!, tokens[j + 1]!);
        let next = trie.child(node, edge);
        if (next < 0) {
          const titled = titleCaseEdge(edge);
          if (titled !== edge) next = trie.child(node, titled);
        }
        node = next;
        j++;
      }
      if (best < 0) continue;
      const start = tokens[i]!.start;
      let end = tokens[bestLast]!.end;
      if (trie.trailingDot(best) && text[end] === '.') end++;
      if (!insideAddress(text, start, end)) matches.push({ start, end, forms: trie.formsAt(best) });
      i = bestLast;
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
export const TRAILING_DOT = '\t.';

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
