/** `extract --jobs`: files read in worker threads, their outcomes handed back in the order the files were given. */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ExtractOptions, FileOutcome } from './extractFile.js';

/** Files each thread is given ahead, so it never waits for the next one while the main thread prints. */
const AHEAD_PER_THREAD = 2;
/** Files read but not yet printed, per thread: a slow page holds back the printing, not the memory of the rest. */
const WINDOW_PER_THREAD = 16;

/** A file sent to a worker thread, and its outcome sent back. */
export interface FileJob {
  index: number;
  file: string;
}
export interface JobDone {
  index: number;
  outcome: FileOutcome;
}

/**
 * Reads `files` in `threads` worker threads and calls `report` for each, in the files' order. In this thread when the
 * compiled worker is not there (running from TypeScript sources). A worker that dies (not a file that fails: that is
 * an outcome) rejects the whole: what a crash of the single-thread command would do.
 */
export async function outcomesInWorkers(
  files: string[],
  opts: ExtractOptions,
  threads: number,
  report: (file: string, outcome: FileOutcome) => void,
): Promise<void> {
  const script = fileURLToPath(new URL('./extractWorker.js', import.meta.url));
  if (!existsSync(script)) {
    const { outcomeOf } = await import('./extractFile.js');
    for (const file of files) report(file, outcomeOf(file, opts));
    return;
  }
  const workers = Array.from({ length: threads }, () => new Worker(script, { workerData: opts }));
  const done = new Map<number, FileOutcome>();
  const inFlight = new Map<Worker, number>(workers.map((w) => [w, 0]));
  let sent = 0;
  let printed = 0;
  try {
    await new Promise<void>((resolve, reject) => {
      const feed = (): void => {
        for (const w of workers) {
          while (
            sent < files.length &&
            inFlight.get(w)! < AHEAD_PER_THREAD &&
            sent - printed < threads * WINDOW_PER_THREAD
          ) {
            w.postMessage({ index: sent, file: files[sent] } satisfies FileJob);
            inFlight.set(w, inFlight.get(w)! + 1);
            sent++;
          }
        }
      };
      for (const w of workers) {
        w.on('message', ({ index, outcome }: JobDone) => {
          inFlight.set(w, inFlight.get(w)! - 1);
          done.set(index, outcome);
          for (let next = done.get(printed); next; next = done.get(printed)) {
            done.delete(printed);
            report(files[printed++], next);
          }
          if (printed === files.length) resolve();
          else feed();
        });
        w.once('error', reject);
        w.once('exit', (code) => reject(new Error(`extract: a worker thread stopped (exit code ${code})`)));
      }
      feed();
    });
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
