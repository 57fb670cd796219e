/** A worker thread of `reextract`: reads article texts with the current rules and sends back their claims. */
import { parentPort, workerData } from 'node:worker_threads';
import type { Article } from '../article/types.js';
import type { PipelineConfig } from '../config/schema.js';
import { currentReader } from './reextractReader.js';

const reader = currentReader(workerData as PipelineConfig['subjects']);

parentPort!.on('message', (job: { seq: number; articles: Article[] }) => {
  parentPort!.postMessage({ seq: job.seq, claims: job.articles.map((a) => reader.claimsOf(a)) });
});
