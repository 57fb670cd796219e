/** Word families: named lists of words and phrases, the data every extraction rule is written in. */
import { type Atom, factored, PATTERN_CHARACTERS } from './factored.js';

/**
 * A family of words with one meaning for the extractors ("signing words", "months"). Members are plain lower-case
 * words or phrases (words separated by single spaces). A member ending in `*` is a stem: `ratif*` stands for
 * "ratify", "ratified", "ratification"…; a stem is used only where every word it opens belongs to the family.
 */
export interface Family {
  /** The name rules and `--explain` refer to. */
  readonly name: string;
  /** What belongs in the family and, as importantly, what does not. */
  readonly note: string;
  readonly words: readonly string[];
  /** Members match only as written (names such as months); the default folds case. */
  readonly caseSensitive?: boolean;
}

/** Declares a family; the list is frozen so that no rule can change it at run time. */
export function family(
  name: string,
  note: string,
  words: readonly string[],
  options: { caseSensitive?: boolean } = {},
): Family {
  return Object.freeze({ name, note, words: Object.freeze([...words]), ...options });
}

/** The families a lexicon module exports, in its export order. */
export function familiesIn(module: object): Family[] {
  return Object.values(module as Record<string, unknown>).filter(isFamily);
}

function isFamily(value: unknown): value is Family {
  return typeof value === 'object' && value !== null && 'words' in value && Array.isArray(value.words);
}

/** A member's character as its pattern writes it: a space as any run of white space, an apostrophe as either. */
const rewrite = (c: string): string =>
  c === ' ' ? '\\s+' : c === "'" ? "['’]" : PATTERN_CHARACTERS.has(c) ? `\\${c}` : c;

/**
 * The letters the extractors' patterns tell a word from its neighbours by, for a character class: those of the Latin
 * (Vietnamese's included), Greek and Cyrillic blocks, with the few marks and signs among them. Not `\p{L}`: V8 builds
 * and compiles that class's 684 ranges anew in every pattern that holds it, and a one-page `extract` compiles ~550
 * patterns. A word of an English article does not run on into another script; on the 605 web-dev pages and the dev
 * texts every extraction is the same with these ranges as with `\p{L}`.
 */
export const LETTERS =
  String.raw`A-Za-z\u00AA\u00B5\u00BA\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02FF\u0370-\u03FF\u0400-\u052F\u1E00-\u1EFF` +
  // The letters of Hebrew, Arabic, Devanagari, Thai, kana, CJK and Hangul as their main runs: a figure written
  // against them ("第15") stays inside a word, as it did with \p{L}.
  String.raw`\u05D0-\u05EA\u0620-\u064A\u0904-\u0939\u0E01-\u0E30\u3041-\u3096\u30A1-\u30FA\u3400-\u4DBF\u4E00-\u9FFF\uAC00-\uD7A3`;

/** What a pattern reads after a stem's letters: the rest of its word, letters and hyphens. */
const STEM_TAIL = String.raw`[${LETTERS}-]*`;
/** STEM_TAIL in ASCII alone, for the first, fast scan of a text for a family's members (analysis.ts). */
export const ASCII_STEM_TAIL = '[A-Za-z-]*';

/** A member as the atoms of its pattern (factored.ts): one per character, a stem's tail after a stem's letters. */
function memberAtoms(word: string, stemTail: string): Atom[] {
  const stem = word.endsWith('*');
  const atoms = [...(stem ? word.slice(0, -1) : word)].map(rewrite);
  return stem ? [...atoms, stemTail] : atoms;
}

const openings = new WeakMap<Family, readonly string[] | null>();

/**
 * What the family's members open with, as `wordsOf` matches them: each member's letters up to its first space or
 * apostrophe (a stem's up to its `*`), lower case unless the family is case-sensitive, keeping only those no other
 * opening contains. A text with none of them holds no member. Null when a member opens with no such plain ASCII text:
 * then no such test is made.
 */
export function openingsOf(f: Family): readonly string[] | null {
  let found = openings.get(f);
  if (found === undefined) {
    const all = f.words.map((w) => w.split(/[ '*]/, 1)[0]).map((w) => (f.caseSensitive ? w : w.toLowerCase()));
    found = all.every((w) => /^[\x21-\x7e]+$/.test(w))
      ? [...new Set(all)].filter((w, _, list) => !list.some((other) => other !== w && w.includes(other)))
      : null;
    openings.set(f, found);
  }
  return found;
}

const written = new WeakMap<Family, readonly string[]>();

/**
 * The members as a text writes them, with white space made single spaces: a stem without its `*`, lower case unless
 * the family is case-sensitive. Wherever `alternation(f)` matches, in any case, spacing or apostrophe, one of these is
 * written in the text lower-cased (for a case-sensitive family, as is) with its runs of white space made one space
 * and its apostrophes straight (analysis.ts: TextAnalysis.holds).
 */
export function writtenMembersOf(f: Family): readonly string[] {
  let found = written.get(f);
  if (!found) {
    found = f.words
      .map((w) => (w.endsWith('*') ? w.slice(0, -1) : w))
      .map((w) => (f.caseSensitive ? w : w.toLowerCase()));
    written.set(f, found);
  }
  return found;
}

/** Each stem tail's sources of the member lists, built once per list. */
const sources = new Map<string, WeakMap<readonly string[], string>>();

/**
 * The sources the build worked out ahead, as JSON keyed by sourceKey: scripts/bundle-cli.js writes them into the
 * extract script, so that a one-page `extract` does not spend ~15 ms factoring ~230 lists on first use. A tsc build
 * has none and works each out when first asked.
 */
declare const NEWSFACTS_FAMILY_SOURCES: string | undefined;
const builtAhead: Readonly<Record<string, string>> =
  typeof NEWSFACTS_FAMILY_SOURCES === 'string' ? (JSON.parse(NEWSFACTS_FAMILY_SOURCES) as Record<string, string>) : {};

/** The stem tails the extractors write families with; a source built ahead is keyed by its tail's place here. */
const STEM_TAILS = [STEM_TAIL, ASCII_STEM_TAIL];

/** What a source is made of, as one key: a table built ahead cannot answer for other words or another stem tail. */
const sourceKey = (words: readonly string[], stemTail: string): string =>
  `${STEM_TAILS.indexOf(stemTail)}\0${words.join('\n')}`;

/** Every family's source under each stem tail the extractors use, keyed for NEWSFACTS_FAMILY_SOURCES. */
export function sourcesAhead(families: readonly Family[]): Record<string, string> {
  const table: Record<string, string> = {};
  for (const stemTail of STEM_TAILS)
    for (const f of families) table[sourceKey(f.words, stemTail)] = sourceOf(f, stemTail);
  return table;
}

/**
 * A regular-expression source matching any member of the families, longest member first, as a non-capturing group
 * without word boundaries: `\b(?:${alternation(SIGNING)})\b`. Built once per list.
 */
export function alternation(...families: readonly Family[]): string {
  return alternationWithStemTail(STEM_TAIL, ...families);
}

/** `alternation` with another pattern than STEM_TAIL after each stem (analysis.ts scans with an ASCII one first). */
export function alternationWithStemTail(stemTail: string, ...families: readonly Family[]): string {
  return `(?:${families.map((f) => sourceOf(f, stemTail)).join('|')})`;
}

function sourceOf(f: Family, stemTail: string): string {
  let built = sources.get(stemTail);
  if (!built) sources.set(stemTail, (built = new WeakMap()));
  let source = built.get(f.words);
  if (source === undefined) {
    source =
      builtAhead[sourceKey(f.words, stemTail)] ??
      factored([...f.words].sort((a, b) => b.length - a.length).map((w) => memberAtoms(w, stemTail)));
    built.set(f.words, source);
  }
  return source;
}

/** Array.isArray narrows a readonly array to any[]; this keeps the element type. */
function isFamilyList(families: Family | readonly Family[]): families is readonly Family[] {
  return Array.isArray(families);
}

/**
 * A regular expression matching members of the families as whole words (flags `giu` unless given; a
 * case-sensitive family should be passed alone with flags without `i`).
 */
export function wordsOf(families: Family | readonly Family[], flags = 'giu'): RegExp {
  const list: readonly Family[] = isFamilyList(families) ? families : [families];
  return new RegExp(`${WORDS_OPENING}${alternation(...list)}${WORDS_CLOSING}`, flags);
}

/** A letter or digit, the class `wordsOf` patterns test the characters on either side of a member against. */
export const WORD_CHARACTER = String.raw`[${LETTERS}\d]`;
/** How a `wordsOf` pattern opens: no letter or digit right before the member. */
export const WORDS_OPENING = `(?<!${WORD_CHARACTER})`;
/** How a `wordsOf` pattern closes: no letter or digit right after the member. */
export const WORDS_CLOSING = `(?!${WORD_CHARACTER})`;

const wholeWords = new WeakMap<readonly string[], { exact: Set<string>; stems: string[] }>();

/** Whether a word (or phrase) as written is a member: case folded unless the family is case-sensitive. */
export function isMember(f: Family, word: string): boolean {
  const w = f.caseSensitive ? word : word.toLowerCase();
  let members = wholeWords.get(f.words);
  if (!members) {
    const stems = f.words.filter((m) => m.endsWith('*')).map((m) => m.slice(0, -1));
    members = { exact: new Set(f.words.filter((m) => !m.endsWith('*'))), stems };
    wholeWords.set(f.words, members);
  }
  return members.exact.has(w) || members.stems.some((stem) => w.startsWith(stem));
}
