/** One whole run of the pipeline: discover, fetch, extract, store, reconcile; stops when asked, says how it ended. */
import PQueue from 'p-queue';
import type { PipelineConfig } from '../config/schema.js';
import { discover } from '../discover/index.js';
import type { DiscoveredPage, SourceSpec } from '../discover/types.js';
import { STOPPED } from '../fetch/errors.js';
import { createFetcher, type Fetcher } from '../fetch/index.js';
import type { FetchOutcome } from '../fetch/types.js';
import type { Logger } from '../log.js';
import type { RunStatus, RunSummary, Store } from '../store/api.js';
import { analyzePage, EXTRACTOR_VERSION, type Analysis } from './analyze.js';
import type { Progress } from './progress.js';
import { emptyTally, summarize, type Tally } from './summary.js';

export interface RunOptions {
  config: PipelineConfig;
  store: Store;
  log: Logger;
  progress: Progress;
  /** Aborted when the process is asked to stop: requests end at once, no new page starts, the run is recorded. */
  signal?: AbortSignal;
}

/** A run under way: its id, the summary of what it has committed so far, and its end. */
export interface ActiveRun {
  id: number;
  /** The summary as it stands, for a process that must exit before the run ends (a second ^C). */
  snapshot(status: RunStatus): RunSummary;
  done: Promise<RunSummary>;
}

/** What happened to one page, once its transaction committed. */
type PageResult =
  | { kind: 'fetched'; articles: number; claims: number }
  | { kind: 'not_modified' | 'disallowed' | 'not_fetched' }
  | { kind: 'failed'; error: string };

/** The store refused a write (disk full, I/O error): no later page could be kept, so the run stops. */
class StoreWriteError extends Error {}

/**
 * Stores the fetch, the article and its claims in one transaction, so a run that dies mid-page leaves nothing
 * half-written and the page is redone next time. The result is returned only once the transaction committed.
 */
function commitPage(
  store: Store,
  runId: number,
  sourceId: number,
  outcome: FetchOutcome,
  unchanged: boolean,
  analysis: Analysis | null,
): PageResult {
  try {
    return store.transaction((): PageResult => {
      const fetchId = store.recordFetch(runId, sourceId, outcome);
      if (outcome.refusedByRobots) return { kind: 'disallowed' };
      if (outcome.error) return { kind: 'failed', error: outcome.error };
      if (outcome.notModified || unchanged) return { kind: 'not_modified' };
      if (!analysis) return { kind: 'failed', error: 'empty response body' };
      if ('error' in analysis) return { kind: 'failed', error: analysis.error };
      // The same text under another address (a mirror, a tracking-parameter variant the canonical link does not
      // name) is the article already stored: storing it again would only repeat its claims.
      if (store.hasArticleText(analysis.textHash)) return { kind: 'fetched', articles: 0, claims: 0 };
      const saved = store.saveArticle(fetchId, analysis.article, EXTRACTOR_VERSION);
      if (!saved.isNew) return { kind: 'fetched', articles: 0, claims: 0 };
      store.saveQuotes(saved.articleId, analysis.quotes);
      return { kind: 'fetched', articles: 1, claims: store.appendClaims(saved.articleId, runId, analysis.claims) };
    });
  } catch (err) {
    throw new StoreWriteError(`${store.path}: cannot store ${outcome.url}: ${(err as Error).message.split('\n')[0]}`);
  }
}

/** One page: fetch with the stored validators, extract outside the transaction, then commit. */
async function processPage(
  page: DiscoveredPage,
  sourceId: number,
  runId: number,
  opts: RunOptions,
  fetcher: Fetcher,
  halt: AbortSignal,
): Promise<PageResult> {
  const { config, store } = opts;
  if (halt.aborted) return { kind: 'not_fetched' };
  const prev = store.fetchState(page.url);
  const outcome = await fetcher.fetch({ url: page.url, etag: prev?.etag, lastModified: prev?.lastModified });
  // A request the stop abandoned is not an answer from the site: nothing is recorded, the next run asks again.
  if (halt.aborted && outcome.error) return { kind: 'not_fetched' };
  const unchanged = !!outcome.body && outcome.contentHash === prev?.contentHash;
  let analysis: Analysis | null = null;
  try {
    if (outcome.body && !unchanged) {
      analysis = analyzePage(
        outcome.body,
        outcome.contentTypeHeader,
        outcome.finalUrl,
        outcome.fetchedAt,
        page,
        config.subjects,
      );
    }
  } catch (err) {
    analysis = { error: `internal error: ${(err as Error).message.split('\n')[0]}` };
  }
  return commitPage(store, runId, sourceId, outcome, unchanged, analysis);
}

function count(tally: Tally, page: DiscoveredPage, result: PageResult, log: Logger): void {
  if (result.kind === 'failed') {
    tally.failed++;
    tally.errors.push({ url: page.url, error: result.error });
    log.warn({ url: page.url, error: result.error }, 'page failed');
  } else if (result.kind === 'fetched') {
    tally.fetched++;
    tally.articles_new += result.articles;
    tally.claims_new += result.claims;
  } else tally[result.kind]++;
}

/**
 * Discover, fetch, extract, store claims, reconcile: one whole run, begun at once (the run lock is taken before
 * this returns). A stop (the signal) or a store that refuses writes ends it early; either way it is recorded.
 */
export function startRun(opts: RunOptions): ActiveRun {
  const { config, store, log, progress, signal } = opts;
  const startedAt = new Date();
  const runId = store.beginRun();
  const tally = emptyTally();
  // Aborted by the caller's signal, or by the run itself when the store fails: every wait and request ends.
  const halt = new AbortController();
  const stop = () => halt.abort(signal?.reason);
  if (signal?.aborted) stop();
  signal?.addEventListener('abort', stop, { once: true });
  let fatal: string | undefined;
  const snapshot = (status: RunStatus) => summarize(runId, startedAt, status, tally, undefined, fatal);

  async function run(): Promise<RunSummary> {
    const fetcher = createFetcher(
      { ...config.fetch, allowPrivate: config.allowPrivate, signal: halt.signal, cache: store },
      log,
    );
    let summary = snapshot('failed');
    try {
      const sources: SourceSpec[] = config.sources;
      log.info({ run: runId, sources: sources.length }, 'run started');
      const found = await discover(sources, fetcher, log);
      for (const e of found.errors) {
        // A listing the stop cut off did not fail: the next run reads it.
        if (halt.signal.aborted && e.error === STOPPED) continue;
        tally.failed++;
        tally.errors.push(e);
        log.warn(e, 'source failed');
      }
      tally.disallowed += found.disallowed.length;
      for (const url of found.disallowed) log.info({ url }, 'source disallowed by robots.txt: skipped');
      const sourceIds = new Map(
        sources.map((s) => [s.location, store.upsertSource(s.location, s.kind ?? found.kinds.get(s.location) ?? null)]),
      );
      progress.start(found.pages.length);
      // The fetcher paces each host; this window only bounds how many pages are in memory at once.
      const window = new PQueue({ concurrency: Math.max(4, config.fetch.globalConcurrency * 2) });
      for (const page of found.pages) {
        if (halt.signal.aborted) {
          tally.not_fetched++;
          continue;
        }
        await window.onSizeLessThan(window.concurrency);
        void window.add(async () => {
          const sourceId = sourceIds.get(page.source) ?? store.upsertSource(page.source, null);
          try {
            count(tally, page, await processPage(page, sourceId, runId, opts, fetcher, halt.signal), log);
          } catch (err) {
            // Only the store throws here: stop the run rather than fetch pages that cannot be kept.
            fatal ??= (err as Error).message;
            tally.not_fetched++;
            halt.abort(err);
          }
          progress.tick();
        });
      }
      await window.onIdle();
      progress.stop();
      const status: RunStatus = fatal ? 'failed' : halt.signal.aborted ? 'interrupted' : 'finished';
      // An interrupted run leaves its subjects marked dirty: the next run recomputes their facts.
      const reconciled = status === 'finished' ? store.reconcile(config.reconcile) : undefined;
      summary = summarize(runId, startedAt, status, tally, reconciled, fatal);
      if (status === 'finished') {
        const older = store.olderRules(EXTRACTOR_VERSION);
        summary.claims_older_rules = older.claims;
        if (older.claims)
          log.warn(older, 'stored claims come from older rules: `newsfacts reextract` reads them again');
      }
      if (fatal) log.error({ error: fatal }, 'run failed: the store refused a write');
      log.info({ ...summary, errors: summary.errors.length }, `run ${status}`);
      return summary;
    } catch (err) {
      fatal ??= (err as Error).message.split('\n')[0];
      summary = snapshot('failed');
      log.error({ err }, 'run failed');
      return summary;
    } finally {
      signal?.removeEventListener('abort', stop);
      progress.stop();
      await fetcher.close();
      try {
        store.finishRun(runId, summary);
      } catch (err) {
        // A full disk may refuse even this; the run then reads as aborted to the next one, which goes ahead.
        log.error({ error: (err as Error).message.split('\n')[0] }, 'could not record the end of the run');
      }
    }
  }
  return { id: runId, snapshot, done: run() };
}

/** One whole run to its end; see startRun. */
export const runPipeline = (opts: RunOptions): Promise<RunSummary> => startRun(opts).done;
