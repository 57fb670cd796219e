/** A worker thread of `extract --jobs`: reads the files it claims and sends back their outcomes (extractPool.ts). */
// It runs the extractors from the bundled script with its V8 code cache, as the main thread does (script.ts): from the
// ES-module bundle it parsed ~600 KB and compiled every function the pages run again, ~0.2 s CPU per thread.
import { parentPort, workerData } from 'node:worker_threads';
import { bundledScript, loadScript } from './script.js';
import type * as ExtractScript from './extractScript.js';
import type { ClaimsData } from './extractPool.js';

const { readClaimedFiles } =
  loadScript<typeof ExtractScript>(bundledScript('extract')) ?? (await import('./extractPool.js'));
readClaimedFiles(workerData as ClaimsData, (done) => parentPort!.postMessage(done));
