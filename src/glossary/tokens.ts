// Word tokens and the separators between them. Names are matched token by token, so word
// boundaries come for free: "Iranian" is one token and never equals "Iran".

/** Block boundary the text collector puts between paragraphs: no name spans it. */
export const BLOCK_BREAK = '\u2029';

// Letters, combining marks and digits make words; soft hyphens and zero-width joiners inside a
// word are kept in the token and dropped from its key, so "Lav\u00ADrov" still reads "Lavrov".
const WORD = /[\p{L}\p{M}\p{N}\u00AD\u200B-\u200D]+/gu;
const INVISIBLE = /[\u00AD\u200B-\u200D]/g;
const MARKS = /\p{M}/gu;

export interface Token {
  start: number;
  end: number;
  /** Case-preserving, diacritic-free form used for lookup: "Erdoğan" -> "Erdogan". */
  key: string;
}

// Emoji variation selectors and the keycap mark are combining characters, but they belong to the
// emoji before them ("1️⃣Moscow"), never to a word: read as spaces (same length, same offsets).
const EMOJI_MARKS = /[\uFE0E\uFE0F\u20E3]/g;

export function tokenize(input: string): Token[] {
  const text = EMOJI_MARKS.test(input) ? input.replace(EMOJI_MARKS, ' ') : input;
  EMOJI_MARKS.lastIndex = 0;
  const tokens: Token[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    tokens.push({ start: m.index, end: m.index + m[0].length, key: foldKey(m[0]) });
  }
  return tokens;
}

export function foldKey(word: string): string {
  // Fast path: plain ASCII words (most of an English article) need no normalisation.
  if (/^[\x00-\x7f]*$/.test(word)) return word;
  return word.replace(INVISIBLE, '').normalize('NFD').replace(MARKS, '');
}

/**
 * The separator between two tokens, reduced to what matters for a name: any run of spaces is
 * " ", dashes are "-", apostrophes are "'", and a block boundary is a barrier no name crosses.
 */
export function separatorKey(between: string): string {
  if (between.includes(BLOCK_BREAK)) return BLOCK_BREAK;
  const punctuation = between
    .replace(/\s+/g, '')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/[\u2018\u2019\u02BC`\u00B4]/g, "'");
  return punctuation === '' ? ' ' : punctuation;
}

/** How the matcher sees a name: "Erdoğan" and "Erdogan" are the same, "US" and "us" are not. */
export function formKey(name: string): string {
  const trimmed = name.trim().replace(/\.$/, '');
  const tokens = tokenize(trimmed);
  return tokens
    .map(
      (t, i) => (i === 0 ? '' : separatorKey(trimmed.slice(tokens[i - 1]!.end, t.start))) + t.key,
    )
    .join('');
}
