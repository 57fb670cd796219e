/** Text ranges for extractors: paragraphs, sentences and spans. */
import { splitSentences, type Range } from '../text/sentence.js';

export type { Range } from '../text/sentence.js';

/** Paragraphs are the text's lines; blank lines are skipped. */
export function paragraphs(text: string): Range[] {
  const out: Range[] = [];
  let start = 0;
  for (;;) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    if (text.slice(start, end).trim()) out.push({ start, end });
    if (nl < 0) return out;
    start = nl + 1;
  }
}

/** Sentences, never crossing a paragraph break. */
export function sentences(text: string): Range[] {
  return paragraphs(text).flatMap((p) => splitSentences(text, p.start, p.end));
}

/** Index of the range containing offset, by binary search over sorted, disjoint ranges; -1 when none. */
export function rangeAt(ranges: readonly Range[], offset: number): number {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (offset < ranges[mid].start) hi = mid - 1;
    else if (offset >= ranges[mid].end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** The items of a list in text order whose start lies in [start, end): a binary search for the first, then a walk. */
export function startingIn<T extends Range>(items: readonly T[], start: number, end: number): T[] {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid].start < start) lo = mid + 1;
    else hi = mid;
  }
  const out: T[] = [];
  for (let i = lo; i < items.length && items[i].start < end; i++) out.push(items[i]);
  return out;
}

export interface Token extends Range {
  /** The word as written. */
  text: string;
  /** NFC, typographic apostrophes made straight, possessive "'s" dropped: the form names are looked up by. */
  norm: string;
}

// Acronyms with dots ("U.S.") first, then words with inner hyphens or apostrophes ("Guinea-Bissau", "d’Ivoire").
const WORD = /(?:\p{L}\.){2,}|[\p{L}\p{M}\p{N}]+(?:[-'’][\p{L}\p{M}\p{N}]+)*/gu;

function isAscii(word: string): boolean {
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) > 127) return false;
  return true;
}

export function normalizeWord(word: string): string {
  // Most words are ASCII: skip Unicode normalization for them, it dominates tokenizing time.
  const w = isAscii(word) ? word : word.normalize('NFC').replace(/’/g, "'");
  return w.endsWith("'s") ? w.slice(0, -2) : w;
}

export function tokenize(text: string, offset = 0): Token[] {
  const out: Token[] = [];
  // One pattern for every call (nothing runs between its matches): a copy per call cost a page ~500 copies.
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    out.push({ start: offset + m.index, end: offset + m.index + m[0].length, text: m[0], norm: normalizeWord(m[0]) });
  }
  return out;
}

/**
 * Where `word` first stands in `text` as a whole word (no letter or digit on either side), matched as written; -1 when
 * it does not.
 *
 * @example wordIndex('trade in tobacco', 'tobacco') // 9
 * @example wordIndex('tobacconists', 'tobacco')     // -1
 */
export function wordIndex(text: string, word: string): number {
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'u').exec(text)?.index ?? -1;
}

/** What closes a dateline after its place or day: an agency in parentheses, then a dash ("(AP) —", " -"). */
export const DATELINE_CLOSE = /^\s*(?:\([^)]{1,30}\)\s*)?[—–-]/u;

/** Straight apostrophes and quotes, so patterns need one spelling. Same length as the input: offsets stay valid. */
export function foldQuotes(text: string): string {
  return text.replace(/[’‘]/g, "'").replace(/[“”]/g, '"');
}
