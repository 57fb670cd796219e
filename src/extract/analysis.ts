/** One reading of an article's text, made once and shared by every extractor: sentences, tokens, family marks. */
import type { Family } from './lexicon/family.js';
import {
  alternation,
  alternationWithStemTail,
  ASCII_STEM_TAIL,
  openingsOf,
  WORD_CHARACTER,
  WORDS_CLOSING,
  writtenMembersOf,
} from './lexicon/family.js';
import { runsOf, writesOneOf, type Runs } from './textSearch.js';
import { foldQuotes, paragraphs, rangeAt, sentences, tokenize, type Range, type Token } from './text.js';

export interface TextAnalysis {
  readonly text: string;
  /** The text with typographic quotes and apostrophes made straight: same length, so offsets stay valid. */
  readonly folded: string;
  readonly paragraphs: readonly Range[];
  /** Sentences, never crossing a paragraph break, in order. */
  readonly sentences: readonly Range[];
  /** Words with offsets, made on first use. */
  readonly tokens: readonly Token[];
  /** Where members of the family stand in the text, in order; found on first ask, then kept. */
  marks(f: Family): readonly Range[];
  /**
   * Whether a member of the family is written in the text, in any case, spacing or apostrophe: false only where no
   * pattern holding the family's members matches anywhere in the text. A rule that needs the family (Rule.needs) is
   * then not tried, and its patterns are neither built nor compiled.
   */
  readonly holds: (f: Family) => boolean;
  /** Marks of the family inside a range. */
  marksIn(f: Family, range: Range): readonly Range[];
  /** The sentence holding an offset, or null. */
  sentenceAt(offset: number): Range | null;
}

/** Marks in sorted order whose start lies in [start, end): a binary search for the first, then a walk. */
function within(marks: readonly Range[], range: Range): Range[] {
  let lo = 0;
  let hi = marks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (marks[mid].start < range.start) lo = mid + 1;
    else hi = mid;
  }
  const out: Range[] = [];
  for (let i = lo; i < marks.length && marks[i].end <= range.end; i++) out.push(marks[i]);
  return out;
}

/**
 * A family's patterns, built once per process. `ascii` is wordsOf's pattern less its opening test, with ASCII classes
 * for a stem's tail and the test after a member: V8 compiles a Unicode letter class (~0.25 ms each, every
 * stem's tail one more) into every family's pattern, and `ascii` has none. It finds every place the Unicode pattern
 * finds, and the same span there unless a letter or digit beyond ASCII follows it; there `unicode`, the pattern
 * itself made sticky and built on first need, decides (scan).
 */
interface FamilyPatterns {
  readonly ascii: RegExp;
  unicode: RegExp | null;
}
const patterns = new WeakMap<Family, FamilyPatterns>();

const ASCII_CLOSING = '(?![A-Za-z0-9])';

/** A letter or digit ending a text, read as wordsOf's patterns read the one before a member (case folded or not). */
const LETTER_BEFORE = { folded: new RegExp(`${WORD_CHARACTER}$`, 'iu'), exact: new RegExp(`${WORD_CHARACTER}$`, 'u') };
/** A letter or digit opening a text, read as wordsOf's closing test reads the one after a member. */
const LETTER_AFTER = { folded: new RegExp(`^${WORD_CHARACTER}`, 'iu'), exact: new RegExp(`^${WORD_CHARACTER}`, 'u') };

/** The length of the character at an offset: two for a surrogate pair. */
const charLength = (text: string, at: number): number => (text.codePointAt(at)! > 0xffff ? 2 : 1);

/**
 * The next match at or after `from` of `alternation(f)` followed by wordsOf's closing test, found with the family's
 * ASCII pattern. Where the Unicode pattern matches first, the ASCII one matches there too (each of its classes is the
 * Unicode one's ASCII part, and a character it lets follow a member is no ASCII letter or digit). Its span is the
 * Unicode pattern's unless a character beyond ASCII that the Unicode classes hold follows it: then the Unicode pattern
 * is run at that place, and where it fails there the scan goes on one character further.
 */
function scan(folded: string, f: Family, own: FamilyPatterns, from: number): Range | null {
  const letterAfter = f.caseSensitive ? LETTER_AFTER.exact : LETTER_AFTER.folded;
  own.ascii.lastIndex = from;
  for (let m = own.ascii.exec(folded); m; m = own.ascii.exec(folded)) {
    const start = m.index;
    const end = start + m[0].length;
    if (!letterAfter.test(folded.slice(end, end + 2))) return { start, end };
    own.unicode ??= new RegExp(`${alternation(f)}${WORDS_CLOSING}`, f.caseSensitive ? 'uy' : 'iuy');
    own.unicode.lastIndex = start;
    const exact = own.unicode.exec(folded);
    if (exact) return { start, end: start + exact[0].length };
    own.ascii.lastIndex = start + charLength(folded, start);
  }
  return null;
}

/**
 * The text in lower case, for finding what case-insensitive patterns match: `wordsOf`'s flag `iu` makes an ASCII
 * letter match a text character of the same simple case folding, which lower-casing gives for all but the long s.
 */
const lowerCased = (text: string): string => text.toLowerCase().replace(/ſ/g, 's');

/**
 * Where members of the family stand in a text, in order: the matches of `wordsOf(f)`. The pattern is run without
 * wordsOf's opening test (no letter or digit before), which is made here on each match instead: that test holds
 * or fails for every member at once, so where it fails no member matches there and the scan moves one character
 * on. Without it V8 compiles one Unicode letter class less per family and can skip ahead to a member's first letter.
 * A family none of whose members' openings (openingsOf) the text holds has no marks: its pattern, which V8 takes
 * ~0.5 ms to compile on first use, is then neither built nor run.
 */
function marksOf(folded: string, contains: Contains, f: Family): Range[] {
  const opens = openingsOf(f);
  if (opens && !contains(f.caseSensitive ? 'exact' : 'lower', opens)) return [];
  let own = patterns.get(f);
  if (!own) {
    const ascii = `${alternationWithStemTail(ASCII_STEM_TAIL, f)}${ASCII_CLOSING}`;
    own = { ascii: new RegExp(ascii, f.caseSensitive ? 'gu' : 'giu'), unicode: null };
    patterns.set(f, own);
  }
  const letterBefore = f.caseSensitive ? LETTER_BEFORE.exact : LETTER_BEFORE.folded;
  const list: Range[] = [];
  let from = 0;
  for (let mark = scan(folded, f, own, from); mark; mark = scan(folded, f, own, from)) {
    const { start, end } = mark;
    if (start > 0 && letterBefore.test(folded.slice(Math.max(0, start - 2), start))) {
      from = start + charLength(folded, start);
      continue;
    }
    list.push(mark);
    from = end > start ? end : start + charLength(folded, start);
  }
  return list;
}

/** A text with each run of white space made one space, as writtenMembersOf writes a member's spaces. */
const singleSpaced = (text: string): string => text.replace(/\s+/g, ' ');

/** Whether the text, as written ('exact') or lower-cased ('lower'), contains one of a list of strings. */
type Contains = (form: 'exact' | 'lower', words: readonly string[]) => boolean;

export function analyze(text: string): TextAnalysis {
  const folded = foldQuotes(text);
  const sents = sentences(text);
  const found = new Map<Family, Range[]>();
  let tokens: Token[] | null = null;
  let lower: string | null = null;
  const lowered = (): string => (lower ??= lowerCased(folded));
  const held = new Map<Family, boolean>();
  // One table of the lower-cased text's runs serves all four forms (textSearch.ts), each made on its first question.
  let runs: Runs | null = null;
  const runsOfText = (): Runs => (runs ??= runsOf(lowered()));
  const contains: Contains = (form, words) => writesOneOf(form === 'exact' ? folded : lowered(), runsOfText(), words);
  let spaced: string | null = null;
  let spacedLower: string | null = null;
  const spacedContains: Contains = (form, words) =>
    writesOneOf(
      form === 'exact' ? (spaced ??= singleSpaced(folded)) : (spacedLower ??= singleSpaced(lowered())),
      runsOfText(),
      words,
    );
  const holds = (f: Family): boolean => {
    let holding = held.get(f);
    if (holding === undefined) {
      const form = f.caseSensitive ? 'exact' : 'lower';
      holding = spacedContains(form, writtenMembersOf(f));
      held.set(f, holding);
    }
    return holding;
  };
  const marks = (f: Family): readonly Range[] => {
    let list = found.get(f);
    if (!list) {
      list = marksOf(folded, contains, f);
      found.set(f, list);
    }
    return list;
  };
  return {
    text,
    folded,
    paragraphs: paragraphs(text),
    sentences: sents,
    get tokens() {
      tokens ??= tokenize(text);
      return tokens;
    },
    marks,
    holds,
    marksIn: (f, range) => within(marks(f), range),
    sentenceAt: (offset) => sents[rangeAt(sents, offset)] ?? null,
  };
}
