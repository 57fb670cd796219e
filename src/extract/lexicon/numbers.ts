/** Number words: cardinals and ordinals spelled out, in value order, so that a word's place is its value. */
import { family } from './family.js';

export const NUMBER_UNITS = family(
  'number-units',
  'Cardinals from zero to nineteen, in order: the place in the list is the value. Not "a" or "an" (see number-scales).',
  [
    'zero',
    'one',
    'two',
    'three',
    'four',
    'five',
    'six',
    'seven',
    'eight',
    'nine',
    'ten',
    'eleven',
    'twelve',
    'thirteen',
    'fourteen',
    'fifteen',
    'sixteen',
    'seventeen',
    'eighteen',
    'nineteen',
  ],
);

export const NUMBER_TENS = family(
  'number-tens',
  'Cardinal tens from twenty to ninety, in order (twenty first). Compounds ("forty-five") join a unit by a hyphen.',
  ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'],
);

export const ORDINAL_UNITS = family(
  'ordinal-units',
  'Ordinals from first to nineteenth, in order (first is 1). Digits with a suffix ("40th") are read apart.',
  [
    'first',
    'second',
    'third',
    'fourth',
    'fifth',
    'sixth',
    'seventh',
    'eighth',
    'ninth',
    'tenth',
    'eleventh',
    'twelfth',
    'thirteenth',
    'fourteenth',
    'fifteenth',
    'sixteenth',
    'seventeenth',
    'eighteenth',
    'nineteenth',
  ],
);

export const ORDINAL_TENS = family(
  'ordinal-tens',
  'Ordinal tens from twentieth to ninetieth, in order. "Forty-fifth" is a cardinal ten and an ordinal unit.',
  ['twentieth', 'thirtieth', 'fortieth', 'fiftieth', 'sixtieth', 'seventieth', 'eightieth', 'ninetieth'],
);

/** What each scale word multiplies by: "two hundred" is 200, "a dozen" is 12. */
export const SCALE_VALUES: Readonly<Record<string, number>> = Object.freeze({
  hundred: 100,
  thousand: 1000,
  dozen: 12,
});

export const NUMBER_SCALES = family(
  'number-scales',
  'Words that multiply the number before them (or "a"). Not "million" or "billion": those count people or money.',
  Object.keys(SCALE_VALUES),
);
