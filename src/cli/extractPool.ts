/** `extract --jobs`: files read by this thread and worker threads, their outcomes handed back in the files' order. */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type * as WorkerThreads from 'node:worker_threads';
import { outcomeOf, type ExtractOptions, type FileOutcome } from './extractFile.js';

/**
 * Files claimed but not yet printed, per thread: a slow page holds back the printing, not the memory of the rest.
 * A thread that finds the window full waits before it claims another file.
 */
const WINDOW_PER_THREAD = 16;

// The shared counters, one Int32 each: the next file not yet claimed, and the files printed so far.
const NEXT = 0;
const PRINTED = 1;

/** What a worker thread is given: the files, the shared counters, and the window (see readClaimedFiles). */
export interface ClaimsData {
  files: string[];
  opts: ExtractOptions;
  counters: Int32Array;
  window: number;
}
/** A file's outcome sent back by a worker thread. */
export interface FileDone {
  index: number;
  outcome: FileOutcome;
}

/** Claims the next file: its index, or -1 once every file is claimed. Each thread claims as it frees, so a thread that
 * drew costly pages simply claims fewer (pages vary tenfold in cost; a split made in advance left one thread idle). */
function claim({ counters, files }: ClaimsData): number {
  const index = Atomics.add(counters, NEXT, 1);
  return index < files.length ? index : -1;
}

const windowFull = ({ counters, window }: ClaimsData): boolean =>
  Atomics.load(counters, NEXT) - Atomics.load(counters, PRINTED) >= window;

/**
 * A worker thread's loop (extractWorker.ts): claims files and sends back each one's outcome until none is left. It never
 * waits on the main thread's event loop, only on the window, when the main thread has that many outcomes to print.
 */
export function readClaimedFiles(data: ClaimsData, send: (done: FileDone) => void): void {
  for (;;) {
    for (let printed = Atomics.load(data.counters, PRINTED); windowFull(data);) {
      Atomics.wait(data.counters, PRINTED, printed);
      printed = Atomics.load(data.counters, PRINTED);
    }
    const index = claim(data);
    if (index < 0) return;
    send({ index, outcome: outcomeOf(data.files[index], data.opts) });
  }
}

const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * Reads `files` in `threads` threads, this one and `threads - 1` workers, and calls `report` for each, in the files'
 * order. All in this thread when the compiled worker is not there (running from TypeScript sources). A worker that
 * dies (not a file that fails: that is an outcome) rejects the whole: what a crash of the single-thread command would do.
 */
export async function outcomesInThreads(
  files: string[],
  opts: ExtractOptions,
  threads: number,
  report: (file: string, outcome: FileOutcome) => void,
): Promise<void> {
  // Loaded here: node's worker modules cost a one-page `extract`, which starts no worker, ~1.5 ms. Required, not
  // imported: the extract script runs through node:vm, which has no loader for import().
  const { Worker } = createRequire(import.meta.url)('node:worker_threads') as typeof WorkerThreads;
  const script = fileURLToPath(new URL('./extractWorker.js', import.meta.url));
  const workers = existsSync(script) ? threads - 1 : 0;
  const data: ClaimsData = {
    files,
    opts,
    counters: new Int32Array(new SharedArrayBuffer(2 * Int32Array.BYTES_PER_ELEMENT)),
    window: (workers + 1) * WINDOW_PER_THREAD,
  };
  const done = new Map<number, FileOutcome>();
  let printed = 0;
  let settled: () => void = () => {};
  const settle = ({ index, outcome }: FileDone): void => {
    done.set(index, outcome);
    for (let next = done.get(printed); next; next = done.get(printed)) {
      done.delete(printed);
      report(files[printed++], next);
    }
    Atomics.store(data.counters, PRINTED, printed);
    Atomics.notify(data.counters, PRINTED);
    settled();
  };
  let failed: (err: Error) => void = () => {};
  const failure = new Promise<never>((_, reject) => (failed = reject));
  failure.catch(() => {}); // raced below; unobserved when no worker fails
  const pool = Array.from({ length: workers }, () => {
    const worker = new Worker(script, { workerData: data });
    worker.on('message', settle);
    worker.once('error', failed);
    worker.once('exit', (code) => {
      if (code !== 0) failed(new Error(`extract: a worker thread stopped (exit code ${code})`));
    });
    return worker;
  });
  // Resolves when a worker's outcome has been taken in (or one fails): the main thread's wait for the window or the end.
  const anOutcome = (): Promise<void> => Promise.race([new Promise<void>((resolve) => (settled = resolve)), failure]);
  try {
    for (;;) {
      // Between its own pages this thread takes in the workers' outcomes: they wait for it only to be printed.
      await Promise.race([nextTurn(), failure]);
      if (windowFull(data)) {
        await anOutcome();
        continue;
      }
      const index = claim(data);
      if (index < 0) break;
      settle({ index, outcome: outcomeOf(files[index], opts) });
    }
    while (printed < files.length) await anOutcome();
  } finally {
    await Promise.all(pool.map((w) => w.terminate()));
  }
}
