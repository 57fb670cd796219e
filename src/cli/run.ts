/** `newsfacts run` for the cron operator: signals, the summary, and exit statuses that tell what happened. */
import { constants } from 'node:os';
import type { PipelineConfig } from '../config/schema.js';
import { createLogger } from '../log.js';
import { createProgress } from '../pipeline/progress.js';
import { nothingFetched } from '../pipeline/summary.js';
import type { ActiveRun } from '../pipeline/run.js';
import type { RunSummary } from '../store/api.js';
import { openStore } from '../store/index.js';

/** Exit statuses of `newsfacts run`, as the README documents them. */
export const EXIT = {
  finished: 0,
  /** Bad config, unusable database, a run in progress, or the store refused a write mid-run (disk full). */
  error: 1,
  /** Nothing could be fetched: every source or page failed. */
  nothingFetched: 2,
} as const;

/** The shell's convention for a process ended by a signal: 128 + its number (130 for SIGINT, 143 for SIGTERM). */
export const signalExit = (signal: NodeJS.Signals): number => 128 + constants.signals[signal];

const humanLine = (s: RunSummary, db: string): string =>
  `run ${s.run} ${s.status} in ${(s.duration_ms / 1000).toFixed(1)} s: fetched ${s.fetched}, ` +
  `not modified ${s.not_modified}, failed ${s.failed}, disallowed by robots.txt ${s.disallowed}, ` +
  `not fetched ${s.not_fetched}, new articles ${s.articles_new}, new claims ${s.claims_new}, ` +
  `facts changed ${s.facts_changed}, open conflicts ${s.conflicts_open} (${db})\n` +
  (s.claims_older_rules ? `${s.claims_older_rules} claims from older rules: newsfacts reextract\n` : '');

/**
 * One run with its signal handling: the first SIGINT or SIGTERM stops it (requests in flight are abandoned,
 * the run is recorded `interrupted` with its summary); a second one exits at once, recording the run first.
 */
export async function runCommand(config: PipelineConfig, json: boolean): Promise<void> {
  const progress = createProgress();
  const log = createLogger(undefined, progress);
  const store = openStore(config.db);
  const stop = new AbortController();
  let run: ActiveRun | undefined;
  let signalled: NodeJS.Signals | undefined;
  const onSignal = (signal: NodeJS.Signals) => {
    if (!signalled) {
      signalled = signal;
      log.warn({ signal }, 'stopping: requests in flight are abandoned, the run is recorded as interrupted');
      stop.abort(new Error(`${signal} received`));
      return;
    }
    if (run) store.finishRun(run.id, run.snapshot('interrupted'));
    process.stderr.write(
      `newsfacts: ${signal} again: exiting now${run ? `; run ${run.id} recorded as interrupted` : ''}\n`,
    );
    process.exit(signalExit(signalled));
  };
  process.on('SIGINT', onSignal).on('SIGTERM', onSignal);
  try {
    // Loaded here so that `extract`, `facts` and `conflicts` start without the network stack.
    const { startRun } = await import('../pipeline/run.js');
    run = startRun({ config, store, log, progress, signal: stop.signal });
    const summary = await run.done;
    process.stdout.write(json ? JSON.stringify(summary) + '\n' : humanLine(summary, config.db));
    if (summary.error) process.stderr.write(`newsfacts: run ${summary.run} failed: ${summary.error}\n`);
    else if (nothingFetched(summary))
      process.stderr.write(`newsfacts: run ${summary.run}: no page could be fetched (see errors)\n`);
    if (signalled) process.exitCode = signalExit(signalled);
    else if (summary.status === 'failed') process.exitCode = EXIT.error;
    else if (nothingFetched(summary)) process.exitCode = EXIT.nothingFetched;
  } finally {
    store.close();
  }
}
