/** Many "does the text write one of these words?" questions over one text, answered without a scan for most absent words. */

/** Bits of the hash table of a text's three-character runs: 2^18, 32 KB, few collisions for an article's runs. */
const TABLE_BITS = 1 << 18;
const SPACE = 32;

const hashOf = (a: number, b: number, c: number): number => (a * 961 + b * 31 + c) & (TABLE_BITS - 1);

/** White space as `\s` matches it: a run of it is one space in the table (TextAnalysis.holds reads members so). */
const isSpace = (c: number): boolean =>
  c === SPACE ||
  (c >= 9 && c <= 13) ||
  (c > 127 &&
    (c === 0xa0 ||
      c === 0x1680 ||
      (c >= 0x2000 && c <= 0x200a) ||
      c === 0x2028 ||
      c === 0x2029 ||
      c === 0x202f ||
      c === 0x205f ||
      c === 0x3000 ||
      c === 0xfeff));

/**
 * The runs of three characters of a lower-cased text, each run of white space read as one space: one table answers
 * for the text as written and lower-cased, with its spacing as is and made single (see `writesOneOf`).
 */
export type Runs = Uint32Array;

export function runsOf(lowerText: string): Runs {
  const runs = new Uint32Array(TABLE_BITS >>> 5);
  let a = -1;
  let b = -1;
  for (let i = 0; i < lowerText.length; i++) {
    let c = lowerText.charCodeAt(i);
    if (isSpace(c)) {
      if (b === SPACE) continue;
      c = SPACE;
    }
    if (a >= 0) {
      const h = hashOf(a, b, c);
      runs[h >>> 5] |= 1 << (h & 31);
    }
    a = b;
    b = c;
  }
  return runs;
}

/**
 * A word's runs as hashes, lower-cased; null when the table cannot rule it out: shorter than a run, not ASCII, or
 * with white space other than single spaces.
 */
type WordRuns = Int32Array | null;

const wordRuns = new WeakMap<readonly string[], readonly WordRuns[]>();

/**
 * The runs of each word of a list, worked out once per list. Only ASCII words get them: lower-casing an ASCII word
 * found in a text gives a word found in the lower-cased text, which lower-casing other characters need not.
 */
function runsOfWords(words: readonly string[]): readonly WordRuns[] {
  let found = wordRuns.get(words);
  if (!found) {
    found = words.map((word) => {
      if (word.length < 3 || !/^[\x20-\x7e]*$/.test(word) || word.includes('  ')) return null;
      const lower = word.toLowerCase();
      const hashes = new Int32Array(lower.length - 2);
      for (let i = 0; i + 2 < lower.length; i++)
        hashes[i] = hashOf(lower.charCodeAt(i), lower.charCodeAt(i + 1), lower.charCodeAt(i + 2));
      return hashes;
    });
    wordRuns.set(words, found);
  }
  return found;
}

const mayWrite = (runs: Runs, hashes: WordRuns): boolean => {
  if (!hashes) return true;
  for (let i = 0; i < hashes.length; i++) if (!(runs[hashes[i] >>> 5] & (1 << (hashes[i] & 31)))) return false;
  return true;
};

/**
 * Whether `text` contains one of `words`, as `words.some((w) => text.includes(w))` answers it. `runs` are those of
 * the text lower-cased (runsOf); `text` is that text, or it as written, or either with its white space made single
 * spaces. A word one of whose runs the table lacks is not in the text, and is not looked for.
 *
 * @example
 * const text = 'Chile ratified the convention';
 * const runs = runsOf(text.toLowerCase());
 * writesOneOf(text, runs, ['withdr', 'ratif']); // true: 'withdr' is ruled out without a scan
 */
export function writesOneOf(text: string, runs: Runs, words: readonly string[]): boolean {
  const hashes = runsOfWords(words);
  for (let i = 0; i < words.length; i++) if (mayWrite(runs, hashes[i]) && text.includes(words[i])) return true;
  return false;
}
