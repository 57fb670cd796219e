/** Runs the pipeline: discover, fetch, analyze and store each page. */
import PQueue from 'p-queue';
import type { PipelineConfig } from '../config/schema.js';
import { discover } from '../discover/index.js';
import type { DiscoveredPage, SourceSpec } from '../discover/types.js';
import { createFetcher, type Fetcher } from '../fetch/index.js';
import type { Logger } from '../log.js';
import type { RunSummary, Store } from '../store/api.js';
import { analyzePage, EXTRACTOR_VERSION } from './analyze.js';
import type { Progress } from './progress.js';

export interface RunOptions {
  config: PipelineConfig;
  store: Store;
  log: Logger;
  progress: Progress;
  /** Set when the process is asked to stop: no new page is started, the run ends cleanly. */
  signal?: AbortSignal;
}

type Tally = Omit<RunSummary, 'run' | 'facts_changed' | 'conflicts_open'>;

/** What happened to one page, for the run's tally. */
type PageResult = 'fetched' | 'not_modified' | { error: string };

/**
 * One page: fetch with the stored validators, then store the fetch, the article and its claims in one
 * transaction, so a run that dies mid-page leaves nothing half-written and the page is redone next time.
 */
async function processPage(
  page: DiscoveredPage,
  sourceId: number,
  runId: number,
  { config, store }: RunOptions,
  fetcher: Fetcher,
  tally: Tally,
): Promise<PageResult> {
  const prev = store.fetchState(page.url);
  const outcome = await fetcher.fetch({ url: page.url, etag: prev?.etag, lastModified: prev?.lastModified });
  const unchanged = !!outcome.body && outcome.contentHash === prev?.contentHash;
  const analysis =
    outcome.body && !unchanged
      ? analyzePage(outcome.body, outcome.contentTypeHeader, outcome.finalUrl, outcome.fetchedAt, page, config.subjects)
      : null;
  return store.transaction(() => {
    const fetchId = store.recordFetch(runId, sourceId, outcome);
    if (outcome.error) return { error: outcome.error };
    if (outcome.notModified || unchanged) return 'not_modified';
    if (!analysis) return { error: 'empty response body' };
    if ('error' in analysis) return { error: analysis.error };
    // The same text under another address (a mirror, a tracking-parameter variant the canonical link does not
    // name) is the article already stored: storing it again would only repeat its claims.
    if (store.hasArticleText(analysis.textHash)) return 'fetched';
    const saved = store.saveArticle(fetchId, analysis.article, EXTRACTOR_VERSION);
    if (saved.isNew) {
      tally.articles_new++;
      tally.claims_new += store.appendClaims(saved.articleId, runId, analysis.claims);
    }
    return 'fetched';
  });
}

/** Discover, fetch, extract, store claims, reconcile: one whole run. */
export async function runPipeline(opts: RunOptions): Promise<RunSummary> {
  const { config, store, log, progress, signal } = opts;
  const runId = store.beginRun();
  const tally: Tally = { fetched: 0, not_modified: 0, failed: 0, articles_new: 0, claims_new: 0, errors: [] };
  const fetcher = createFetcher({ ...config.fetch, allowPrivate: config.allowPrivate }, log);
  let status: 'finished' | 'failed' = 'failed';
  let summary: RunSummary = { run: runId, ...tally, facts_changed: 0, conflicts_open: 0 };
  try {
    const sources: SourceSpec[] = config.sources;
    log.info({ run: runId, sources: sources.length }, 'run started');
    const found = await discover(sources, fetcher, log);
    for (const e of found.errors) {
      tally.failed++;
      tally.errors.push(e);
      log.warn(e, 'source failed');
    }
    const sourceIds = new Map(sources.map((s) => [s.location, store.upsertSource(s.location, s.kind ?? null)]));
    progress.start(found.pages.length);
    // The fetcher paces each host; this window only bounds how many pages are in memory at once.
    const window = new PQueue({ concurrency: Math.max(4, config.fetch.globalConcurrency * 2) });
    for (const page of found.pages) {
      if (signal?.aborted) break;
      await window.onSizeLessThan(window.concurrency);
      void window.add(async () => {
        if (signal?.aborted) return;
        const sourceId = sourceIds.get(page.source) ?? store.upsertSource(page.source, null);
        const result = await processPage(page, sourceId, runId, opts, fetcher, tally).catch(
          (err: Error): PageResult => ({ error: `internal error: ${err.message.split('\n')[0]}` }),
        );
        if (typeof result === 'object') {
          tally.failed++;
          tally.errors.push({ url: page.url, error: result.error });
          log.warn({ url: page.url, error: result.error }, 'page failed');
        } else {
          tally[result]++;
        }
        progress.tick();
      });
    }
    await window.onIdle();
    progress.stop();
    const reconciled = store.reconcile(config.reconcile);
    summary = { run: runId, ...tally, facts_changed: reconciled.factsChanged, conflicts_open: reconciled.conflictsOpen };
    status = signal?.aborted ? 'failed' : 'finished';
    log.info({ ...summary, errors: summary.errors.length }, signal?.aborted ? 'run interrupted' : 'run finished');
    return summary;
  } finally {
    progress.stop();
    await fetcher.close();
    store.finishRun(runId, summary, status);
  }
}
