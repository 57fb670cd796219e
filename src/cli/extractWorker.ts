/** A worker thread of `extract --jobs`: reads each file it is sent and sends back its outcome (extractPool.ts). */
import { parentPort, workerData } from 'node:worker_threads';
import { outcomeOf, type ExtractOptions } from './extractFile.js';
import type { FileJob, JobDone } from './extractPool.js';

const opts = workerData as ExtractOptions;

parentPort!.on('message', ({ index, file }: FileJob) => {
  parentPort!.postMessage({ index, outcome: outcomeOf(file, opts) } satisfies JobDone);
});
