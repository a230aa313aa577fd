// Decides which entity each raw match names, or that it names none. A wrong card is worse than
// no card, so every rule here either has support in the text or leaves the name unmarked.
import type { RawMatch } from './matcher';
import { BLOCK_BREAK } from './tokens';
import type { EntityKind, GlossaryIndex, Mention } from './types';

/** Mentions below this confidence are not marked by the content script. */
export const MARK_THRESHOLD = 0.7;

// Words that may stand before a surname without making it someone else's ("President Biden").
const TITLES = new Set(
  (
    'Mr Mrs Ms Miss Dr Prof Sir Dame Lord Lady President President-elect Minister Secretary ' +
    'Secretary-General Director-General Senator Sen Rep Representative Congressman Congresswoman ' +
    'Chancellor Premier Prime General Gen Lieutenant Lt Marshal Colonel Col Major Admiral Adm ' +
    'Captain Capt Commander Ambassador Governor Gov Mayor King Queen Prince Princess Emperor ' +
    'Empress Emir Sultan Sheikh Pope Cardinal Archbishop Patriarch Rabbi Imam Ayatollah Vice ' +
    'Deputy Speaker Foreign Defence Defense Leader Chief Envoy Counselor Commissioner Judge ' +
    'Justice Chair Chairman Chairwoman Spokesman Spokeswoman Spokesperson State Taoiseach Tánaiste ' +
    'Director Executive Managing Head Coordinator Rapporteur Adviser Advisor ' +
    // Epithets news puts before a name: "Democrat Joe Biden", "Centrist Emmanuel Macron".
    'Democrat Republican Independent Centrist Conservative Liberal Socialist Communist ' +
    'Nationalist Populist Veteran Billionaire Former Outgoing Incoming Acting Interim'
  ).split(' '),
);

// Capitalised only because they start a sentence or a clause: never the start of a name.
const FUNCTION_WORDS = new Set(
  (
    'The A An This That These Those His Her Its Their Our My Your And But Or Nor So Yet In On ' +
    'At By For From To With As After Before When While If Since Until Although Though Because ' +
    'Under Over Between Among Against During Despite Without Within About Both Neither Either'
  ).split(' '),
);

/** A mention, with the glossary index of its entity. */
export type ResolvedMention = Mention & { entity: number };

export function resolveMentions(
  glossary: GlossaryIndex,
  text: string,
  rawMatches: readonly RawMatch[],
): ResolvedMention[] {
  let matches = rawMatches;
  const formsOf = (m: RawMatch, short: boolean) =>
    m.forms.filter((f) => glossary.formShort(f) === short);
  const entitiesOf = (forms: number[]) => unique(forms.map((f) => glossary.formEntity(f)));
  const anyAmbiguous = (forms: number[]) => forms.some((f) => glossary.formAmbiguous(f));

  const resolved = new Map<RawMatch, { entity: number; confidence: number }>();
  const named = new Set<number>();

  // 0. A name inside a longer proper name the glossary does not know ("Bank of England",
  //    "Pakistan Peoples Party", "South China Sea") or inside a region named after a city
  //    ("Donetsk region") is not a mention of it.
  const matchEnds = new Set(matches.map((m) => m.end));
  const matchStarts = new Set(matches.map((m) => m.start));
  matches = matches.filter((m) => {
    const entities = entitiesOf(m.forms);
    const onlyPlaces = entities.every((e) => PLACE_KINDS.has(glossary.entityKind(e)));
    if (partOfLongerName(text, m, matchEnds, matchStarts, onlyPlaces)) return false;
    return !(
      entities.every((e) => glossary.isCity(e)) && REGION_AFTER.test(text.slice(m.end, m.end + 80))
    );
  });

  // 1. A full name or alias that belongs to one entity, and is nothing else, is the strongest
  //    evidence there is.
  for (const m of matches) {
    const full = formsOf(m, false);
    const entities = entitiesOf(full);
    if (entities.length === 1 && !anyAmbiguous(full)) {
      resolved.set(m, { entity: entities[0]!, confidence: 1 });
      named.add(entities[0]!);
    }
  }

  // 2. A full name shared by several entities ("Georgia"), or one that is also a common word,
  //    is decided by what else the article names and by the entry's context words. No support,
  //    or a tie, leaves it unmarked.
  const contextScore = memo((entity: number) => {
    const words = glossary.contextWords(entity);
    const related = glossary.relatedEntities(entity);
    return (
      words.filter((w) => containsWord(text, w)).length + related.filter((r) => named.has(r)).length
    );
  });
  // "eastern Chad", "northern Jordan": a compass word before the name, anywhere in the text,
  // is one more piece of support for the candidates that are places.
  const placeLike = new Set<string>();
  for (const m of matches) {
    const before = wordBefore(text, m.start);
    if (before && COMPASS_WORDS.test(before.word)) placeLike.add(text.slice(m.start, m.end));
  }
  const compassScore = (m: RawMatch, e: number) =>
    placeLike.has(text.slice(m.start, m.end)) && PLACE_KINDS.has(glossary.entityKind(e)) ? 1 : 0;

  // What the article is about, told by the names it gives in full: each mention of a country,
  // each of an institution or party that belongs to one, and the country's own context words
  // and related entities. Read once, from step 1's certain names.
  const mentionsOfCountry = new Map<number, number>();
  for (const r of resolved.values()) {
    const country =
      glossary.entityKind(r.entity) === 'country' ? r.entity : glossary.entityCountry(r.entity);
    if (country !== -1) mentionsOfCountry.set(country, (mentionsOfCountry.get(country) ?? 0) + 1);
  }
  const countryScore = memo(
    (country: number) => 2 * (mentionsOfCountry.get(country) ?? 0) + contextScore(country),
  );
  // A bare name of a national body ("Senate", "Congress", "Labour Party") is that country's
  // only in an article about that country: it must lead every other country named.
  const aboutCountry = memo((country: number) => {
    const own = countryScore(country);
    if (own === 0) return false;
    for (const other of mentionsOfCountry.keys())
      if (other !== country && countryScore(other) >= own) return false;
    return true;
  });

  for (const m of matches) {
    if (resolved.has(m)) continue;
    const full = formsOf(m, false);
    // The short name of a national body or party ("Congress" for India's party) competes too,
    // but, like every name with a country, only in an article about that country.
    const countryShort = entitiesOf(formsOf(m, true)).filter(
      (e) => glossary.entityCountry(e) !== -1,
    );
    if (full.length === 0 && countryShort.length === 0) continue;
    // "BANGKOK (AP) —": an agency credited in a dateline is the one news organization named so.
    if (isDatelineCredit(text, m)) {
      const agencies = entitiesOf(full).filter((e) => glossary.entityKind(e) === 'organization');
      if (agencies.length === 1) {
        resolved.set(m, { entity: agencies[0]!, confidence: 0.9 });
        continue;
      }
    }
    const ranked = unique([...entitiesOf(full), ...countryShort])
      .filter((e) => {
        const country = glossary.entityCountry(e);
        return country === -1 || aboutCountry(country);
      })
      // An entity the article names in full ("The International Criminal Court (ICC)") is the
      // best support there is for its ambiguous acronym or alias.
      .map((e) => ({ e, score: contextScore(e) + compassScore(m, e) + (named.has(e) ? 2 : 0) }))
      .sort((a, b) => b.score - a.score);
    if (ranked.length === 0) continue;
    const best = ranked[0]!;
    const second = ranked[1]?.score ?? 0;
    // One candidate that is also a common word ("Congress", "Chad") needs two pieces of
    // support; among several candidates, one must clearly win.
    const enough =
      ranked.length === 1 ? best.score >= 2 : best.score > 0 && best.score >= 2 * second;
    if (enough) {
      resolved.set(m, {
        entity: best.e,
        confidence: Math.min(0.95, 0.75 + 0.05 * (best.score - second)),
      });
    }
  }
  // The entities named in full, and where each is first named: a surname two of them share
  // stands, up to the second one's introduction, for the one the reader has met.
  const firstNamedAt = new Map<number, number>();
  for (const [m, r] of resolved) {
    if (m.start < (firstNamedAt.get(r.entity) ?? Infinity)) firstNamedAt.set(r.entity, m.start);
  }

  // 3. A short name ("Blinken") stands for the entity the article names in full (of several
  //    named, the only one named before it); or, after a title ("President Biden"), for the
  //    only entity the glossary knows by it; or for that only entity when the short name is no
  //    common word. Never when an unknown first name precedes it ("Hunter Biden").
  for (const m of matches) {
    if (formsOf(m, false).length > 0 || resolved.has(m)) continue;
    const short = formsOf(m, true);
    const candidates = entitiesOf(short);
    const supported = candidates.filter((e) => firstNamedAt.has(e));
    const before = wordBefore(text, m.start);
    const titled = before !== null && isTitle(before.word);
    let choice: { entity: number; confidence: number } | null = null;
    const introduced = supported.filter((e) => firstNamedAt.get(e)! < m.start);
    if (supported.length === 1) choice = { entity: supported[0]!, confidence: 0.95 };
    else if (supported.length > 1 && introduced.length === 1)
      choice = { entity: introduced[0]!, confidence: 0.9 };
    else if (supported.length === 0 && candidates.length === 1) {
      if (titled) choice = { entity: candidates[0]!, confidence: 0.9 };
      else if (!anyAmbiguous(short)) choice = { entity: candidates[0]!, confidence: 0.8 };
    }
    // A capitalised word before it is another first name ("Hunter Biden") or an initial
    // ("H. Biden"), unless a dot ends a longer word: "Lavrov. Blinken said" opens a sentence
    // ("Mr." and the like are titles, above).
    const firstName = before?.capitalised && (!before.dotted || before.word.length === 1);
    if (choice && !titled && firstName && !isTitleCaseLine(text, before.start, m.end)) {
      choice = null;
    }
    if (choice) resolved.set(m, choice);
  }

  return matches.flatMap((m) => {
    const r = resolved.get(m);
    if (!r) return [];
    return [
      {
        start: m.start,
        end: m.end,
        entityId: glossary.entityId(r.entity),
        entity: r.entity,
        confidence: r.confidence,
      },
    ];
  });
}

// "Donetsk region", "the Donetsk, Luhansk and Kherson regions".
const REGION_AFTER =
  /^(?:[ \u00A0]*(?:,|and|or)[ \u00A0]*\p{Lu}[\p{L}\p{M}'’-]*)*[ \u00A0]+(?:regions?|oblasts?|provinces?|governorates?)\b/u;

const COMPASS_WORDS =
  /^(?:(?:north|south)(?:-?(?:east|west))?ern|eastern|western|central|(?:north|south)-?(?:east|west))$/;
const PLACE_KINDS = new Set<EntityKind>(['place', 'country']);

// Words that end the name of an organization, party or body: "Pakistan Muslim League".
const NAME_ENDINGS = new Set(
  (
    'Party League Movement Front Alliance Coalition Union Commission Committee Council ' +
    'Convention Institute University College Airlines Airways Times Post Herald Bank ' +
    'Corporation Company Group Foundation Tribunal Court Association Federation Forces Army ' +
    'Survey Agency Service Office Ministry Administration Authority Organization Organisation ' +
    'Fund Programme Program Agreement Accord Accords Treaty Declaration Initiative Conference ' +
    'Summit Forum Dialogue'
  ).split(' '),
);
/** Words that head a name built with "of" ("Bank of England", "Sea of Japan"). */
const OF_NAME_HEADS = new Set([
  ...NAME_ENDINGS,
  ...(
    'Republic Kingdom Emirate Emirates Sultanate Principality Commonwealth State States ' +
    'Province City County District Region Territory Territories Governorate Municipality ' +
    'Sea Gulf Bay Strait Straits Isle Island Islands Cape Port Lake River Mount Mountains ' +
    'Peninsula Coast Horn Valley Desert Plain Battle Siege Fall Liberation Peace Empire ' +
    'Caliphate Duke Duchess Earl Count Countess Baron Marquess Viscount Bishop Archbishop ' +
    'Diocese Archdiocese Patriarch Patriarchate Church Cathedral Museum Academy School Library ' +
    'Hospital Order Knights Friends Sons Daughters Voice Government Assembly Parliament ' +
    'Congress Senate House Chamber Diet Embassy Consulate Mission Crown'
  ).split(' '),
]);

/**
 * Words that follow a name without being part of it: "attacked Gaza Tuesday", photo credits
 * ("YouTube Grab", "Reuters Photo") and the roles a name qualifies ("Senate Majority Leader").
 */
const NEVER_NAME_PARTS = new Set(
  (
    'Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April ' +
    'May June July August September October November December ' +
    'Grab Screengrab Screenshot Photo Photos Picture Pictures Image Images Video Handout File ' +
    // Roles and groups a body or country qualifies: "Senate Majority Leader", "Pakistan PM".
    'Majority Minority Opposition PM MP MPs FM Police Army Navy Military Troops Officials ' +
    'Lawmakers Government Cabinet'
  ).split(' '),
);

const CAPITALISED_WORD = /^[ \u00A0]+(\p{Lu}[\p{L}\p{M}'’]*)(?:-[\p{L}\p{M}]+)*/u;

/**
 * Whether a match sits inside a longer capitalised name: right after a capitalised word that
 * is no title and does not start the sentence ("Strong Georgia", "West Darfur"), after such a
 * word and "of"/"for" ("Bank of England"), or before capitalised words that end like an
 * organization's name ("UK Independence Party"). Title-case headlines are exempt.
 */
function partOfLongerName(
  text: string,
  m: RawMatch,
  matchEnds: Set<number>,
  matchStarts: Set<number>,
  onlyPlaces: boolean,
): boolean {
  // "League-Nawaz": joined by a hyphen to a capitalised word that is no name we matched.
  const hyphenated = /(\p{Lu}[\p{L}\p{M}'’]*)-$/u.exec(
    text.slice(Math.max(0, m.start - 40), m.start),
  );
  if (hyphenated && !matchEnds.has(m.start - 1)) return true;
  const before = wordBefore(text, m.start);
  if (before) {
    // "Peace and Security Council": "and" joins words of one name when the name ends like a
    // body's ("Council"); otherwise it joins two names ("Russia and Iran").
    const afterAnd = /^(?:and|&)$/.test(before.word) && endsLikeABody(text, m);
    const afterOf = /^(?:of|for)$/.test(before.word) || afterAnd;
    const owner = afterOf ? wordBefore(text, before.start) : before;
    // "Joe Manchin of West Virginia": a person of a place, not a name, unless the word before
    // "of" is one that heads names ("Bank of England", "Sea of Japan", "Battle of Stalingrad").
    const personOfPlace =
      before.word === 'of' && onlyPlaces && owner !== null && !OF_NAME_HEADS.has(owner.word);
    // "on Friday. Senate leaders": a word and a full stop end the sentence before the name.
    const sentenceEnded = !afterOf && before.dotted && before.word.length > 2;
    if (
      !personOfPlace &&
      !sentenceEnded &&
      owner?.capitalised &&
      !isTitle(owner.word) &&
      !FUNCTION_WORDS.has(owner.word) &&
      !/['’]s$/.test(owner.word) && // "May's Brexit deal": a possessive is no part of a name
      !matchEnds.has(owner.start + owner.word.length) &&
      // "Bank of England" is one name even at the start of a sentence.
      (afterOf || !startsSentence(text, owner.start)) &&
      !isTitleCaseLine(text, owner.start, m.end)
    ) {
      return true;
    }
  }
  // "Duma Gideon Boko", "Chad Smith": a one-word name followed at once by another capitalised
  // word, neither a name we matched nor a title, weekday or month, is the start of a longer name.
  // An acronym before a capitalised word qualifies it instead ("ECOWAS Mediation and Security
  // Council", "IMF Managing Director"): the acronym is still named.
  const word = text.slice(m.start, m.end);
  const single = !/[\s\u00A0]/.test(word) && word !== word.toUpperCase();
  const following = /^[ \u00A0](\p{Lu}[\p{L}\p{M}'’]*)/u.exec(text.slice(m.end, m.end + 40));
  if (
    single &&
    following &&
    !matchStarts.has(m.end + 1) &&
    !isTitle(following[1]!) &&
    !FUNCTION_WORDS.has(following[1]!) &&
    !NEVER_NAME_PARTS.has(following[1]!) &&
    !NAME_ENDINGS.has(following[1]!) &&
    !isTitleCaseLine(text, m.start, m.end + following[0].length)
  ) {
    return true;
  }
  // Up to four capitalised words after the match, ending in an organization word.
  let at = m.end;
  for (let i = 0; i < 4; i++) {
    const next = CAPITALISED_WORD.exec(text.slice(at, at + 60));
    if (!next) break;
    if (NAME_ENDINGS.has(next[1]!)) return !isTitleCaseLine(text, m.start, at + next[0].length);
    at += next[0].length;
  }
  return false;
}

/** Whether a match's last word is one that ends the name of a body ("Security Council"). */
function endsLikeABody(text: string, m: RawMatch): boolean {
  const last = /(\p{Lu}[\p{L}\p{M}'’]*)$/u.exec(text.slice(m.start, m.end));
  return last !== null && NAME_ENDINGS.has(last[1]!);
}

/** "(AP) —": a name in brackets followed by a dash, as agencies are credited in datelines. */
function isDatelineCredit(text: string, m: RawMatch): boolean {
  return text[m.start - 1] === '(' && /^\)[ \u00A0]*[-–—]/.test(text.slice(m.end, m.end + 4));
}

function isTitle(word: string): boolean {
  return TITLES.has(word) || TITLES.has(word.split('-').at(-1)!);
}

function startsSentence(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 4), at).replace(/[ \u00A0]+$/, '');
  return before === '' || /[.!?:"“‘(\n\u2029\-–—]$/.test(before);
}

/** The word right before a name (spaces only between them), and whether it is capitalised. */
function wordBefore(
  text: string,
  start: number,
): { word: string; start: number; capitalised: boolean; dotted: boolean } | null {
  // Back over spaces (at least one) and an optional dot, then over the word itself.
  let end = start;
  while (end > 0 && (text[end - 1] === ' ' || text[end - 1] === '\u00A0')) end--;
  if (end === start) return null;
  const dotted = text[end - 1] === '.';
  if (dotted) end--;
  let begin = end;
  while (begin > 0 && start - begin < 40) {
    const ch = text[begin - 1]!;
    if (isWordChar(ch) || ch === "'" || ch === '’' || ch === '-') begin--;
    else break;
  }
  if (begin === end) return null;
  const word = text.slice(begin, end);
  return { word, start: begin, capitalised: isCapital(word[0]), dotted };
}

/** Judged on the line's other words, so the name and the word before it do not count. */
function isTitleCaseLine(text: string, from: number, to: number): boolean {
  const lineStart = Math.max(text.lastIndexOf('\n', from), text.lastIndexOf(BLOCK_BREAK, from)) + 1;
  let lineEnd = text.length;
  for (const stop of ['\n', BLOCK_BREAK]) {
    const i = text.indexOf(stop, to);
    if (i !== -1 && i < lineEnd) lineEnd = i;
  }
  const rest = text.slice(lineStart, from) + ' ' + text.slice(to, lineEnd);
  const words = rest.split(/[^\p{L}]+/u).filter((w) => w.length >= 4);
  const capitalised = words.filter((w) => isCapital(w[0])).length;
  // A line that ends a sentence is prose, however many names it holds ("Botswana President
  // Duma Gideon Boko arrived in Addis Ababa."); headlines do not end with a full stop.
  const endsSentence =
    /[.!?]["”’)]?\s*$/.test(text.slice(to, lineEnd)) && capitalised < words.length;
  return !endsSentence && words.length >= 3 && capitalised / words.length >= 0.6;
}

/**
 * Whole-word presence: "bloc" is not in "blockade". A plain search, not a RegExp per word:
 * compiling Unicode-aware patterns is what a cold worker pays most for.
 */
function containsWord(text: string, word: string): boolean {
  for (let i = text.indexOf(word); i !== -1; i = text.indexOf(word, i + 1)) {
    if (!isWordChar(text[i - 1]) && !isWordChar(text[i + word.length])) return true;
  }
  return false;
}

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && (ch < '\u0080' ? /[A-Za-z0-9]/.test(ch) : WORD_CHAR.test(ch));
}

/** Upper case without a Unicode property pattern: a letter that lower-casing changes. */
function isCapital(ch: string | undefined): boolean {
  return ch !== undefined && ch !== ch.toLowerCase();
}

function unique(values: number[]): number[] {
  return values.length < 2 ? values : [...new Set(values)];
}

function memo<T>(fn: (key: number) => T): (key: number) => T {
  const cache = new Map<number, T>();
  return (key) => {
    if (!cache.has(key)) cache.set(key, fn(key));
    return cache.get(key)!;
  };
}
