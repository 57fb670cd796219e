/** One reading of an article's text, made once and shared by every extractor: sentences, tokens, family marks. */
import type { Family } from './lexicon/family.js';
import { wordsOf } from './lexicon/family.js';
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

/** Where members of the family stand in a text, in order. */
function marksOf(folded: string, f: Family): Range[] {
  let pattern = patterns.get(f);
  if (!pattern) {
    pattern = wordsOf(f, f.caseSensitive ? 'gu' : 'giu');
    patterns.set(f, pattern);
  }
  const list: Range[] = [];
  for (const m of folded.matchAll(pattern)) list.push({ start: m.index, end: m.index + m[0].length });
  return list;
}

export function analyze(text: string): TextAnalysis {
  const folded = foldQuotes(text);
  const sents = sentences(text);
  const found = new Map<Family, Range[]>();
  let tokens: Token[] | null = null;
  const marks = (f: Family): readonly Range[] => {
    let list = found.get(f);
    if (!list) {
      list = marksOf(folded, f);
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
