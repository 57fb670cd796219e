const UNITS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const ORDINAL_UNITS = ['', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth',
  'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth'];
const ORDINAL_TENS = ['', '', 'twentieth', 'thirtieth', 'fortieth', 'fiftieth', 'sixtieth', 'seventieth', 'eightieth', 'ninetieth'];
const SCALES: Record<string, number> = { hundred: 100, thousand: 1000, dozen: 12 };

const alt = (words: string[]) => words.filter(Boolean).join('|');

/** A cardinal in words: "thirteen", "forty-five", "two hundred", "a dozen". Not followed by "-thirds" or other word parts. */
export const CARDINAL_WORDS = new RegExp(
  `\\b(?:(?:(?:${alt(TENS)})(?:-(?:${alt(UNITS.slice(1, 10))}))?|${alt(UNITS.slice(1))})(?:\\s+(?:hundred|thousand|dozen))?|a\\s+dozen)\\b(?![-‐])`,
  'gi',
);

/** An ordinal in words or digits: "fortieth", "forty-fifth", "40th". */
export const ORDINAL = new RegExp(
  `\\b(?:\\d+(?:st|nd|rd|th)|(?:${alt(TENS)})-(?:${alt(ORDINAL_UNITS.slice(1, 10))})|${alt(ORDINAL_TENS)}|${alt(ORDINAL_UNITS.slice(1))})\\b`,
  'gi',
);

/** The value of a cardinal or ordinal written in words or digits; NaN when it is not one. */
export function numberValue(written: string): number {
  const w = written.toLowerCase().replace(/,/g, '').replace(/^a\s+/, 'one ').trim();
  if (/^\d+(?:\.\d+)?(?:st|nd|rd|th)?$/.test(w)) return parseFloat(w);
  let total = 0;
  for (const part of w.split(/\s+/)) {
    if (part in SCALES) {
      total = (total || 1) * SCALES[part];
      continue;
    }
    const [tens, unit] = part.split('-');
    const t = Math.max(TENS.indexOf(tens), ORDINAL_TENS.indexOf(tens));
    const u = unit === undefined ? -1 : Math.max(UNITS.indexOf(unit), ORDINAL_UNITS.indexOf(unit));
    if (t >= 2) total += t * 10 + (u > 0 ? u : 0);
    else {
      const single = Math.max(UNITS.indexOf(part), ORDINAL_UNITS.indexOf(part));
      if (single < 0) return NaN;
      total += single;
    }
  }
  return total;
}
