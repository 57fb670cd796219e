/** Many "does the text write this word?" questions over one text, answered without a scan for most absent words. */

/** Bits of the hash table of a text's three-character runs: 2^18, 32 KB, few collisions for an article's runs. */
const TABLE_BITS = 1 << 18;

const runHash = (s: string, i: number): number =>
  (s.charCodeAt(i) * 961 + s.charCodeAt(i + 1) * 31 + s.charCodeAt(i + 2)) & (TABLE_BITS - 1);

/**
 * A test of whether `text` contains a string, as `text.includes(word)` answers it. A word one of whose three-character
 * runs the text never writes is not in it: a table of the text's runs, built on the first question, says so at once,
 * and only the other words are looked for in the text. A word of under three characters is always looked for.
 *
 * @example
 * const has = containedIn('Chile ratified the convention');
 * has('ratif'); // true
 * has('withdr'); // false, without scanning the text
 */
export function containedIn(text: string): (word: string) => boolean {
  let runs: Uint32Array | null = null;
  const written = (word: string): boolean => {
    runs ??= runsOf(text);
    for (let i = 0; i + 2 < word.length; i++) {
      const h = runHash(word, i);
      if (!(runs[h >>> 5] & (1 << (h & 31)))) return false;
    }
    return true;
  };
  return (word) => written(word) && text.includes(word);
}

function runsOf(text: string): Uint32Array {
  const runs = new Uint32Array(TABLE_BITS >>> 5);
  for (let i = 0; i + 2 < text.length; i++) {
    const h = runHash(text, i);
    runs[h >>> 5] |= 1 << (h & 31);
  }
  return runs;
}
