/** How many threads `extract` reads its files in: this one, and worker threads beside it. */
import { availableParallelism } from 'node:os';

/** Threads `extract` reads in by default: one per core, up to this many (each holds its own extractors and page trees). */
const MAX_DEFAULT_JOBS = 4;
/**
 * A thread spends ~0.5 s CPU loading the extractors and compiling their patterns before it reads as fast as a warm one
 * (40 web-dev pages: 1.3 s CPU in one thread, 1.9 s in two): by default each thread gets at least this many files.
 */
const MIN_FILES_PER_THREAD = 40;

/** Threads for `count` files: `jobs` when asked for (no more than the files), else one per core if they pay. */
export function threadsFor(count: number, jobs?: number): number {
  if (jobs !== undefined) return Math.max(1, Math.min(jobs, count));
  const cores = Math.min(MAX_DEFAULT_JOBS, availableParallelism());
  return Math.max(1, Math.min(cores, Math.floor(count / MIN_FILES_PER_THREAD)));
}
