/** V8's regular-expression compiler told to skip its run-time analyses when `extract` reads one short text. */
// V8 analyses each pattern as it compiles it (quick checks, Boyer-Moore look-ahead), so that it runs faster on long
// texts. The extractors compile ~400 long patterns on a text's first reading, ~80 ms CPU, ~20 ms of it those
// analyses, which a short text does not win back. Measured as one-file `extract --json` runs, CPU with the analyses
// -> without: the test page (2,700 characters of text) 241 -> 223 ms, web-dev pages of 3,000 characters 257 -> 226,
// 8,000: 245 -> 241, 14,000: 335 -> 340, 20,000: 288 -> 275, 39,000: 456 -> 482, 49,000: 366 -> 431 (load 15-18).
// So they are dropped only for one file whose text is at most SHORT_TEXT long; over many files they pay many times
// over (605 web-dev pages, --jobs 1: 6.7 s CPU with them, 12.1 s without). What the patterns match is unchanged.
// The flag is read as each pattern compiles, so setting it in the running process is safe, unlike
// --no-regexp-tier-up (see main.ts); it is set back after the text is read, and no worker thread runs meanwhile.
import { setFlagsFromString } from 'node:v8';

/** The longest text (in UTF-16 units) whose reading alone is worth compiling cheaply. */
export const SHORT_TEXT = 20_000;

/** The V8 flag for reading a lone text of `length` characters, or null when V8's defaults serve it best. */
export function regexpFlagFor(length: number): string | null {
  return length <= SHORT_TEXT ? '--no-regexp-optimization' : null;
}

/**
 * Runs `read` with the flag regexpFlagFor gives for a text of `length`, and sets V8's default back after it: a
 * process that goes on (a test, the build that saves the code cache, which V8 takes only under the flags it was made
 * with) is left as it was.
 */
export function withRegExpsTunedFor<T>(length: number, read: () => T): T {
  const flag = regexpFlagFor(length);
  if (!flag) return read();
  setFlagsFromString(flag);
  try {
    return read();
  } finally {
    setFlagsFromString(flag.replace(/^--no-/, '--'));
  }
}
