/** V8's regular-expression compiler told to skip its run-time analyses when `extract` reads one file. */
// V8 analyses each pattern as it compiles it (quick checks, Boyer-Moore look-ahead), so that it runs faster on long
// texts. The extractors compile ~400 long patterns on a page's first run, ~80 ms CPU of a one-page `extract`, ~20 ms
// of it those analyses, which one page does not win back: one page's `extract --json` took ~18 ms CPU less without
// them (bench cli, see the commit that added this). Over many pages they pay many times over (605 web-dev pages,
// --jobs 1: 6.7 s CPU with them, 12.1 s without), so they are dropped only for a single file. What the patterns match
// is unchanged. The flag is read as each pattern compiles, so setting it in the running process is safe, unlike
// --no-regexp-tier-up (see main.ts); it is set before the page is read and set back after, and worker threads are
// never started for one file.
import { setFlagsFromString } from 'node:v8';

/** The V8 flag for a run of `extract` over `files` files, or null when V8's defaults serve it best. */
export function regexpFlagFor(files: number): string | null {
  return files === 1 ? '--no-regexp-optimization' : null;
}

/**
 * Runs `run` with the flag regexpFlagFor gives set, and sets V8's default back after it: a process that goes on (a
 * test, the build that saves the code cache, which V8 takes only under the flags it was made with) is left as it was.
 */
export async function withRegExpsTunedFor<T>(files: number, run: () => Promise<T>): Promise<T> {
  const flag = regexpFlagFor(files);
  if (!flag) return run();
  setFlagsFromString(flag);
  try {
    return await run();
  } finally {
    setFlagsFromString(flag.replace(/^--no-/, '--'));
  }
}
