/** A wire story's dateline ("PARIS, Dec. 9 (AP) —"): where and on which day it was filed. */
import { alternation, LETTERS, MONTH_ABBREVIATIONS, MONTHS } from './lexicon/index.js';
import { onFirstUse } from './rules/onFirstUse.js';
import { DATELINE_CLOSE, type Range } from './text.js';

/**
 * A paragraph that opens with a dated dateline: a capitalized place (with its region or country), a comma, a month
 * and a day (and a year), then DATELINE_CLOSE. Groups: the month, the day, the year.
 */
const DATED_DATELINE = onFirstUse(
  () =>
    new RegExp(
      String.raw`^\s*\p{Lu}[${LETTERS}.'’ ,-]{1,60},\s*(${alternation(MONTHS, MONTH_ABBREVIATIONS)})\.?\s+` +
        String.raw`(\d{1,2})(?:,?\s+(\d{4}))?(?![\d:])` +
        DATELINE_CLOSE.source.slice(1),
      'u',
    ),
);

/** The paragraphs a dateline may open: the first, or the second after a headline. */
const DATELINE_PARAGRAPHS = 2;

export interface Dateline {
  month: string;
  day: number;
  year: number | null;
}

/**
 * The day of the text's dateline, as written: the month's word, the day, and the year when it says one; null when
 * neither of its first paragraphs opens with a dated dateline.
 *
 * @example
 * datelineOf('PARIS, Dec. 9 (AP) — The assembly voted tonight…', [{ start: 0, end: 47 }]);
 * // { month: 'Dec', day: 9, year: null }
 */
export function datelineOf(text: string, paragraphs: readonly Range[]): Dateline | null {
  for (const p of paragraphs.slice(0, DATELINE_PARAGRAPHS)) {
    const m = DATED_DATELINE().exec(text.slice(p.start, p.end));
    if (m) return { month: m[1], day: +m[2], year: m[3] ? +m[3] : null };
  }
  return null;
}
