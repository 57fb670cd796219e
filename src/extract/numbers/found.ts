/** The numbers of one sentence: digits, number words, the places of a vote tally, votes nobody cast, ordinals. */
import { matchesIn } from '../../text/matches.js';
import { onFirstUse } from '../rules/onFirstUse.js';
import { alternation, wordsOf, LETTERS } from '../lexicon/family.js';
import {
  ABSTAINING,
  APPROVING,
  LARGE_SCALES,
  NO_ONE,
  OTHER_TIME_UNITS,
  DAY_UNITS,
  PERCENT_WORDS,
  REJECTING,
  VOTE_AGAINST,
  VOTER_NOUNS,
  VOTING,
  ZERO_WORDS,
} from '../lexicon/quantity.js';
import { CARDINAL_WORDS, ORDINAL } from './value.js';

/** A number as written in a sentence, with offsets into that sentence. */
export interface Found {
  start: number;
  end: number;
  written: string;
  ordinal: boolean;
  /** The place of a number after the first in a tally ("120-10-3": 2 for the 10, 3 for the 3). */
  tally?: number;
  /** A value the words do not spell: "none against" is 0. */
  value?: number;
}

/**
 * Digits not glued to letters, slashes, colons or other digits: not "G20", "75/282", "24/7", "18:00", "COVID-19". A
 * colon after them that opens a list or an explanation ("to 46: 45 in Europe and one beyond") is punctuation.
 */
const DIGITS = onFirstUse(
  () =>
    new RegExp(
      String.raw`(?<![${LETTERS}\p{N}/:.,$€£¥-])(?:\d{1,3}(?:,\d{3})+|\d+)(?![${LETTERS}\p{N}/]|[.,:]\d|%)`,
      'gu',
    ),
);

/** What may follow a tally: not a unit that makes "5-7 years" or "10-15 percent" a range. */
const NOT_A_TALLY_AFTER =
  String.raw`(?![${LETTERS}\p{N}/:%]|[-–—.,]\d|\s*` +
  String.raw`${alternation(PERCENT_WORDS, DAY_UNITS, OTHER_TIME_UNITS, LARGE_SCALES)}\b)`;
/** "120-10", "120–10–3": a tally, the votes for, against and abstaining, when the sentence is about a decision. */
const TALLY = onFirstUse(
  () =>
    new RegExp(
      String.raw`(?<![${LETTERS}\p{N}/:.,$-])(\d{1,3})[^\S\n]?[-–—][^\S\n]?(\d{1,3})` +
        String.raw`(?:[^\S\n]?[-–—][^\S\n]?(\d{1,3}))?` +
        NOT_A_TALLY_AFTER,
      'giu',
    ),
);
/** The rest of a tally right after its first number. */
export const TALLY_START = onFirstUse(
  () =>
    new RegExp(String.raw`^[^\S\n]?[-–—][^\S\n]?\d{1,3}(?:[^\S\n]?[-–—][^\S\n]?\d{1,3})?${NOT_A_TALLY_AFTER}`, 'iu'),
);
/** A sentence about a decision by vote, where tallies are votes. */
export const DECISION = onFirstUse(() => wordsOf([VOTING, APPROVING, REJECTING, ABSTAINING], 'iu'));
/** "none against", "no abstentions", "no votes against": a zero in a vote. */
const NO_VOTES = onFirstUse(
  () =>
    new RegExp(
      String.raw`\b${alternation(NO_ONE)}(?=\s+(?:${alternation(VOTER_NOUNS)}\s+)?(?:${alternation(VOTING)}\s+)?` +
        String.raw`${alternation(VOTE_AGAINST, ABSTAINING)}\b)`,
      'giu',
    ),
);
/**
 * "by 106 to none", "150 votes to nil": the zero of a score, the side against, said in a word after "to" (group 1).
 * Not the end of a span ("fell from 12 to none").
 */
const ZERO_AFTER_SCORE = onFirstUse(
  () =>
    new RegExp(
      String.raw`(?<!\bfrom\s+(?:[${LETTERS}]+\s+)?)(?<![\p{N}])\d+\s+(?:${alternation(VOTING)}\s+)?(?:to|against)\s+` +
        String.raw`(${alternation(ZERO_WORDS)})\b`,
      'giu',
    ),
);
function tallyPlaces(sentence: string): Found[] {
  const found: Found[] = [];
  for (const m of matchesIn(sentence, TALLY())) {
    let at = m.index + m[1].length;
    for (const [place, digits] of [
      [2, m[2]],
      [3, m[3]],
    ] as const) {
      if (!digits) continue;
      at = m.index + m[0].indexOf(digits, at - m.index);
      found.push({ start: at, end: at + digits.length, written: digits, ordinal: false, tally: place });
      at += digits.length;
    }
  }
  return found;
}

/** The numbers of a sentence in reading order; cardinals before ordinals, which name a threshold less well. */
export function numbersIn(sentence: string): Found[] {
  let found: Found[] = [];
  const add = (re: RegExp, ordinal: boolean) => {
    for (const m of matchesIn(sentence, re))
      found.push({ start: m.index, end: m.index + m[0].length, written: m[0], ordinal });
  };
  add(DIGITS(), false);
  add(CARDINAL_WORDS, false);
  if (DECISION().test(sentence)) {
    found.push(...tallyPlaces(sentence));
    // A tally's later numbers are also plain digits after an en dash: keep them once, as tally places.
    const tallied = new Set(found.filter((f) => f.tally).map((f) => f.start));
    found = found.filter((f) => f.tally || !tallied.has(f.start));
    const zeros = new Map<number, string>();
    for (const m of matchesIn(sentence, NO_VOTES())) zeros.set(m.index, m[0]);
    // "106 to none against" is one zero, found by both patterns.
    for (const m of matchesIn(sentence, ZERO_AFTER_SCORE())) zeros.set(m.index + m[0].length - m[1].length, m[1]);
    for (const [start, written] of zeros)
      found.push({ start, end: start + written.length, written, ordinal: false, value: 0 });
  }
  // Ordinals are read by their own rules (ranks, entry-into-force conditions), which drop the rest (dates, sessions).
  add(ORDINAL, true);
  // Cardinals first: "no fewer than 40 states" names a threshold better than "the fortieth instrument".
  return found.sort((a, b) => Number(a.ordinal) - Number(b.ordinal) || a.start - b.start);
}
