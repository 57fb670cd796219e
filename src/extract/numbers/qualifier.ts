/** How exact a count is: the qualifier phrase before it ("more than 60") or after it ("60 or more"). */
import { alternation, type Family } from '../lexicon/family.js';
import {
  ABOUT,
  AT_LEAST,
  AT_LEAST_AFTER,
  AT_MOST,
  FEWER_THAN,
  MORE_THAN,
  QUALIFIER_INTENSIFIERS,
  THRESHOLD_NOUNS,
} from '../lexicon/quantity.js';
import type { Qualifier } from '../types.js';

/** In this order: "no more than" (at most) is tried before "more than". */
const BEFORE: readonly [Qualifier, Family][] = [
  ['at_least', AT_LEAST],
  ['at_most', AT_MOST],
  ['more_than', MORE_THAN],
  ['fewer_than', FEWER_THAN],
  ['about', ABOUT],
];
const ENDINGS = BEFORE.map(([q, f]) => [q, new RegExp(String.raw`\b${alternation(f)}\s+$`, 'iu')] as const);
/** "just over 80", "well under 30": an intensifier before a qualifier, read only once a qualifier ends the words. */
const INTENSIFIED = new RegExp(String.raw`\b${alternation(QUALIFIER_INTENSIFIERS)}\s+$`, 'iu');
/**
 * "the minimum of five ratifications": after "the", a qualifier that opens on a threshold noun names the threshold
 * itself, which is exact (only "a minimum of 30 states" sets a floor under a count).
 */
const DEFINITE_THRESHOLD = new RegExp(String.raw`^${alternation(THRESHOLD_NOUNS)}\b`, 'iu');
const THE_BEFORE = /\bthe\s+$/i;
const FLOOR_AFTER = new RegExp(String.raw`^(?:\s+|-)${alternation(AT_LEAST_AFTER)}\b|^\+`, 'iu');

export interface Qualified {
  qualifier: Qualifier;
  /** Length of the qualifier phrase before the number, which the evidence span takes in. */
  reach: number;
  /** Length of the qualifier phrase after the number ("or more"): what the number counts is read after it. */
  afterReach: number;
  /** The qualifier's words, for `why`; absent when the count is exact. */
  words?: string;
}

export function qualifierOf(before: string, after: string): Qualified {
  for (const [qualifier, re] of ENDINGS) {
    const m = re.exec(before);
    if (!m) continue;
    if (DEFINITE_THRESHOLD.test(m[0].trim()) && THE_BEFORE.test(before.slice(0, m.index))) break;
    const reach = m[0].length + (INTENSIFIED.exec(before.slice(0, m.index))?.[0].length ?? 0);
    return { qualifier, reach, afterReach: 0, words: before.slice(before.length - reach).trim() };
  }
  const floor = FLOOR_AFTER.exec(after);
  return floor
    ? { qualifier: 'at_least', reach: 0, afterReach: floor[0].length, words: floor[0].trim() }
    : { qualifier: 'exact', reach: 0, afterReach: 0 };
}
