/** `newsfacts reextract`: stored article texts read again with the current rules, older claims superseded. */
import type { ClaimDraft } from '../claims/types.js';
import type { PipelineConfig } from '../config/schema.js';
import { emptyTally, summarize } from '../pipeline/summary.js';
import type { RunStatus, RunSummary, Store } from '../store/api.js';
import { resolveConfig } from './context.js';
import type { BatchReader } from './reextractReader.js';
import type { CommandKit } from './review.js';

/** Articles read per batch and stored per commit (each article is whole on its own, in a savepoint). */
const BATCH = 200;

export interface ReextractSummary {
  run: number;
  version: string;
  articles_reread: number;
  claims_new: number;
  claims_superseded: number;
  facts_changed: number;
  conflicts_open: number;
  errors: { article: number; error: string }[];
}

/**
 * Reads every stored article whose rules differ from the reader's (or the selected ones) again, each article in a
 * savepoint of its own, then recomputes the facts of the subjects whose claims changed. Holds the run lock meanwhile,
 * like `run`.
 */
/** One article's new claims stored in a savepoint of its own: a failure rolls back that article only. */
function storeOne(store: Store, run: number, version: string, id: number, claims: ClaimDraft[], sum: ReextractSummary) {
  try {
    const result = store.rereadArticle(id, run, version, claims);
    sum.articles_reread++;
    sum.claims_new += result.claimsNew;
    sum.claims_superseded += result.claimsSuperseded;
  } catch (err) {
    sum.errors.push({ article: id, error: String((err as Error).message).split('\n')[0] });
  }
}

export async function reextract(
  store: Store,
  reader: BatchReader,
  opts: { since?: string; subject?: string; settings: PipelineConfig['reconcile']; signal?: AbortSignal },
): Promise<ReextractSummary> {
  const ids = store.articlesToReread(reader.version, { since: opts.since, subject: opts.subject });
  const run = store.beginRun();
  const summary: ReextractSummary = {
    run,
    version: reader.version,
    articles_reread: 0,
    claims_new: 0,
    claims_superseded: 0,
    facts_changed: 0,
    conflicts_open: 0,
    errors: [],
  };
  const startedAt = new Date();
  let status: RunStatus = 'failed';
  const batchAt = (i: number) => {
    const batch = ids.slice(i, i + BATCH).map((id) => store.storedArticle(id));
    return { batch, claims: reader.read(batch.map((b) => b.article)) };
  };
  try {
    // The next batch is read while this one is stored.
    let next = ids.length ? batchAt(0) : null;
    for (let i = 0; next && !opts.signal?.aborted; i += BATCH) {
      const { batch, claims } = next;
      const drafts = await claims;
      next = i + BATCH < ids.length ? batchAt(i + BATCH) : null;
      const store1 = ({ id }: { id: number }, k: number) =>
        storeOne(store, run, reader.version, id, drafts[k], summary);
      store.transaction(() => batch.forEach(store1));
    }
    const reconciled = store.reconcile(opts.settings);
    summary.facts_changed = reconciled.factsChanged;
    summary.conflicts_open = reconciled.conflictsOpen;
    status = opts.signal?.aborted ? 'interrupted' : 'finished';
    return summary;
  } finally {
    const tally = {
      ...emptyTally(),
      failed: summary.errors.length,
      claims_new: summary.claims_new,
      errors: summary.errors.map((e) => ({ url: `article #${e.article}`, error: e.error })),
    };
    const reconciled = { factsChanged: summary.facts_changed, conflictsOpen: summary.conflicts_open };
    const recorded: RunSummary & Partial<Omit<ReextractSummary, 'errors'>> = {
      ...summarize(run, startedAt, status, tally, reconciled),
      version: summary.version,
      articles_reread: summary.articles_reread,
      claims_superseded: summary.claims_superseded,
    };
    store.finishRun(run, recorded);
  }
}

export function addReextractCommand(kit: CommandKit): void {
  kit
    .storeCommand(
      'reextract',
      'read stored articles again with the current extractors (no network); older claims are superseded',
    )
    .option('--since <version>', 'only articles read with this version (or a whole version string) or a later one')
    .option('--subject <text>', 'only articles with claims about this subject')
    .option('--json', 'print the summary as JSON')
    .action((opts: { config?: string; db?: string; since?: string; subject?: string; json?: boolean }) =>
      kit.guarded(async () => {
        // Opened here rather than through withStore: the store must stay open while the workers read.
        const config = await resolveConfig(opts);
        // Loaded here, not at the top: every other command would otherwise load the store and the extractors.
        const [{ openStore }, { currentBatchReader }] = await Promise.all([
          import('../store/index.js'),
          import('./reextractReader.js'),
        ]);
        const store = openStore(config.db);
        const stop = new AbortController();
        const onSignal = () => stop.abort();
        process.once('SIGINT', onSignal).once('SIGTERM', onSignal);
        const reader = currentBatchReader(config.subjects);
        try {
          const subject = opts.subject && kit.canonicalSubject(opts.subject, config.subjects);
          const settings = config.reconcile;
          const s = await reextract(store, reader, { since: opts.since, subject, settings, signal: stop.signal });
          if (opts.json) process.stdout.write(`${JSON.stringify(s)}\n`);
          else
            process.stdout.write(
              `reextract ${s.run}: read again ${s.articles_reread} articles with ${s.version}, ` +
                `new claims ${s.claims_new}, superseded ${s.claims_superseded}, facts changed ${s.facts_changed}, ` +
                `open conflicts ${s.conflicts_open}\n`,
            );
          for (const e of s.errors) process.stderr.write(`newsfacts: article #${e.article}: ${e.error}\n`);
          if (stop.signal.aborted) process.exitCode = 130;
        } finally {
          await reader.close();
          store.close();
        }
      }),
    );
}
