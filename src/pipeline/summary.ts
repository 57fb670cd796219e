/** The run summary: counts of committed work, how the run ended, and when. */
import type { RunStatus, RunSummary } from '../store/api.js';

/** The counts a run adds to as pages are committed. */
export type Tally = Pick<
  RunSummary,
  'fetched' | 'not_modified' | 'failed' | 'disallowed' | 'not_fetched' | 'articles_new' | 'claims_new' | 'errors'
>;

export function emptyTally(): Tally {
  return {
    fetched: 0,
    not_modified: 0,
    failed: 0,
    disallowed: 0,
    not_fetched: 0,
    articles_new: 0,
    claims_new: 0,
    errors: [],
  };
}

/** The summary of run `run` as it stands now; `ended` is the moment it is taken. */
export function summarize(
  run: number,
  startedAt: Date,
  status: RunStatus,
  tally: Tally,
  reconciled: { factsChanged: number; conflictsOpen: number } = { factsChanged: 0, conflictsOpen: 0 },
  error?: string,
  ended: Date = new Date(),
): RunSummary {
  return {
    run,
    status,
    started_at: startedAt.toISOString(),
    finished_at: ended.toISOString(),
    duration_ms: ended.getTime() - startedAt.getTime(),
    ...tally,
    errors: [...tally.errors],
    facts_changed: reconciled.factsChanged,
    conflicts_open: reconciled.conflictsOpen,
    ...(error ? { error } : {}),
  };
}

/**
 * True when the run fetched nothing although it had something to fetch: every source or page failed. Cron
 * must hear about it (non-zero exit), while a run whose pages were all unchanged (304) is a good run.
 */
export function nothingFetched(summary: RunSummary): boolean {
  return summary.fetched + summary.not_modified === 0 && summary.failed > 0;
}
