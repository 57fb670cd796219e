/** Numbers written in words or digits: where they stand in a sentence and what they are worth. */
import { alternation, type Family } from '../lexicon/family.js';
import {
  NUMBER_SCALES,
  NUMBER_TENS,
  NUMBER_UNITS,
  ORDINAL_TENS,
  ORDINAL_UNITS,
  SCALE_VALUES,
} from '../lexicon/numbers.js';
import { DAY_UNITS } from '../lexicon/quantity.js';

/** The units from one: "zero" is a value but never opens a count in words. */
const NONZERO_UNITS = NUMBER_UNITS.words.slice(1);
const DIGIT_UNITS = NONZERO_UNITS.slice(0, 9);
const ORDINAL_DIGIT_UNITS = ORDINAL_UNITS.words.slice(0, 9);
const list = (words: readonly string[]) => words.join('|');

/** Below a hundred in words: "thirteen", "forty-five". */
const SMALL = String.raw`(?:${alternation(NUMBER_TENS)}(?:-(?:${list(DIGIT_UNITS)}))?|${list(NONZERO_UNITS)})`;
/** A scale and, after it, what it is added to: "hundred and eighty-six", "thousand two hundred". */
const SCALED = String.raw`\s+${alternation(NUMBER_SCALES)}(?:(?:\s+and)?\s+${SMALL}(?:\s+${alternation(NUMBER_SCALES)})?)*`;
/**
 * A cardinal in words: "thirteen", "forty-five", "two hundred", "three hundred and eighty-six", "a dozen"; not a part
 * of a word ("two-thirds"), but the count of a compound in days ("a ninety-day clock"), as digits are ("a 90-day").
 */
export const CARDINAL_WORDS = new RegExp(
  String.raw`\b(?:${SMALL}(?:${SCALED})?|a${SCALED})\b(?![-‐](?!${alternation(DAY_UNITS)}\b))`,
  'gi',
);

/** An ordinal in words or digits: "fortieth", "forty-fifth", "40th", "twenty second". */
export const ORDINAL = new RegExp(
  String.raw`\b(?:\d+(?:st|nd|rd|th)|(?:${alternation(NUMBER_TENS)})[-\s](?:${list(ORDINAL_DIGIT_UNITS)})|` +
    String.raw`${alternation(ORDINAL_TENS)}|${alternation(ORDINAL_UNITS)})\b`,
  'gi',
);

/** Place of a word in a family listed in value order, plus the value of its first member; -1 when absent. */
function placeIn(f: Family, word: string, first: number): number {
  const at = f.words.indexOf(word);
  return at < 0 ? -1 : at + first;
}

const unitValue = (w: string) => Math.max(placeIn(NUMBER_UNITS, w, 0), placeIn(ORDINAL_UNITS, w, 1));
const tensValue = (w: string) => Math.max(placeIn(NUMBER_TENS, w, 2), placeIn(ORDINAL_TENS, w, 2)) * 10;

/** The value of a cardinal or ordinal written in words or digits; NaN when it is not one. */
export function numberValue(written: string): number {
  const w = written.toLowerCase().replace(/,/g, '').replace(/^a\s+/, 'one ').trim();
  if (/^\d+(?:\.\d+)?(?:st|nd|rd|th)?$/.test(w)) return parseFloat(w);
  // "twenty second" and "twenty-second" are one number. A scale multiplies the group before it ("three hundred"); a
  // larger one closes the group into the total ("one thousand two hundred and five" is 1,000 + 205).
  let total = 0;
  let group = 0;
  for (const part of w.split(/[\s-]+/)) {
    if (part === 'and' && (total || group)) continue;
    const scale = SCALE_VALUES[part];
    if (scale !== undefined) {
      if (scale >= 1000) {
        total += (group || 1) * scale;
        group = 0;
      } else group = (group || 1) * scale;
      continue;
    }
    const tens = tensValue(part);
    const unit = unitValue(part);
    if (tens >= 20) group += tens;
    else if (unit >= 0) group += unit;
    else return NaN;
  }
  return total + group;
}

/** The families numbers in words are read with: part of the version of every extractor that reads them. */
export const NUMBER_WORD_FAMILIES: readonly Family[] = [
  NUMBER_UNITS,
  NUMBER_TENS,
  NUMBER_SCALES,
  ORDINAL_UNITS,
  ORDINAL_TENS,
  DAY_UNITS,
];
