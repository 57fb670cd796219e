/** One reading of an article's text, made once and shared by every extractor: sentences, tokens, family marks. */
import type { Family } from './lexicon/family.js';
import { alternation, openingsOf, WORDS_CLOSING } from './lexicon/family.js';
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

/** Each family's pattern, built once per process: `marks` scans every text with it. */
const patterns = new WeakMap<Family, RegExp>();

/** A letter or digit ending a text, read as wordsOf's patterns read the one before a member (case folded or not). */
const LETTER_BEFORE = { folded: /[\p{L}\p{N}]$/iu, exact: /[\p{L}\p{N}]$/u };

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
function marksOf(folded: string, lowered: () => string, f: Family): Range[] {
  const opens = openingsOf(f);
  if (opens && !opens.some((w) => (f.caseSensitive ? folded : lowered()).includes(w))) return [];
  let pattern = patterns.get(f);
  if (!pattern) {
    pattern = new RegExp(`${alternation(f)}${WORDS_CLOSING}`, f.caseSensitive ? 'gu' : 'giu');
    patterns.set(f, pattern);
  }
  const letterBefore = f.caseSensitive ? LETTER_BEFORE.exact : LETTER_BEFORE.folded;
  const list: Range[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(folded); m; m = pattern.exec(folded)) {
    const start = m.index;
    if (start > 0 && letterBefore.test(folded.slice(Math.max(0, start - 2), start))) {
      pattern.lastIndex = start + (folded.codePointAt(start)! > 0xffff ? 2 : 1);
      continue;
    }
    list.push({ start, end: start + m[0].length });
    if (m[0].length === 0) pattern.lastIndex = start + (folded.codePointAt(start)! > 0xffff ? 2 : 1);
  }
  return list;
}

export function analyze(text: string): TextAnalysis {
  const folded = foldQuotes(text);
  const sents = sentences(text);
  const found = new Map<Family, Range[]>();
  let tokens: Token[] | null = null;
  let lower: string | null = null;
  const lowered = (): string => (lower ??= lowerCased(folded));
  const marks = (f: Family): readonly Range[] => {
    let list = found.get(f);
    if (!list) {
      list = marksOf(folded, lowered, f);
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
    marksIn: (f, range) => within(marks(f), range),
    sentenceAt: (offset) => sents[rangeAt(sents, offset)] ?? null,
  };
}
