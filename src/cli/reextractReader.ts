/** The rules `reextract` reads stored articles with: the current extractors, in this thread or in worker threads. */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Article } from '../article/types.js';
import type { ClaimDraft } from '../claims/types.js';
import type { PipelineConfig } from '../config/schema.js';
import { claimsOfArticle, EXTRACTOR_VERSION } from '../pipeline/analyze.js';

/** The rules an article is read with: their version, and the claims they make of an article's text. */
export interface ArticleReader {
  version: string;
  claimsOf(article: Article): ClaimDraft[];
}

/** Reads batches of articles, possibly elsewhere; `close` frees what it holds. */
export interface BatchReader {
  version: string;
  read(articles: Article[]): Promise<ClaimDraft[][]>;
  close(): Promise<void>;
}

/** The current extractors and claims stage, as `run` reads a page (no network: the stored text is the input). */
export function currentReader(subjects: PipelineConfig['subjects']): ArticleReader {
  return {
    version: EXTRACTOR_VERSION,
    claimsOf: (article) => claimsOfArticle(article, subjects),
  };
}

export function inThread(reader: ArticleReader): BatchReader {
  return {
    version: reader.version,
    read: async (articles) => articles.map((a) => reader.claimsOf(a)),
    close: async () => {},
  };
}

/**
 * The current rules in worker threads, one per core, each reading a share of every batch: the extractors are the
 * slow part of a re-read, and the store's writes on the main thread overlap with them. In this thread when the
 * compiled worker is not there (running from TypeScript sources).
 */
export function currentBatchReader(subjects: PipelineConfig['subjects']): BatchReader {
  const file = fileURLToPath(new URL('./reextractWorker.js', import.meta.url));
  const count = Math.min(4, availableParallelism());
  if (!existsSync(file) || count < 2) return inThread(currentReader(subjects));
  // Started on the first batch: a reextract with nothing to read again does not wait for workers to load.
  let workers: Worker[] = [];
  const started = (): Worker[] => {
    if (!workers.length) workers = Array.from({ length: count }, () => new Worker(file, { workerData: subjects }));
    return workers;
  };
  let seq = 0;
  const ask = (worker: Worker, articles: Article[]) =>
    new Promise<ClaimDraft[][]>((resolve, reject) => {
      const mine = seq++;
      const onMessage = (m: { seq: number; claims: ClaimDraft[][] }) => {
        if (m.seq !== mine) return;
        worker.off('message', onMessage).off('error', reject);
        resolve(m.claims);
      };
      worker.on('message', onMessage).once('error', reject);
      worker.postMessage({ seq: mine, articles });
    });
  return {
    version: EXTRACTOR_VERSION,
    async read(articles) {
      const pool = started();
      const share = Math.ceil(articles.length / pool.length);
      const parts = pool.map((w, i) => ask(w, articles.slice(i * share, (i + 1) * share)));
      return (await Promise.all(parts)).flat();
    },
    close: async () => {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
