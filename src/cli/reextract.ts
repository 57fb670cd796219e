/** `newsfacts reextract`: stored article texts read again with the current rules, older claims superseded. */
import type { Article } from '../article/types.js';
import { buildClaims } from '../claims/index.js';
import type { ClaimDraft } from '../claims/types.js';
import type { PipelineConfig } from '../config/schema.js';
import { EXTRACTOR_VERSION, extractionsOf } from '../pipeline/analyze.js';
import type { RunSummary, Store } from '../store/api.js';
import type { CommandKit } from './review.js';

/** The rules an article is read with: their version, and the claims they make of an article's text. */
export interface ArticleReader {
  version: string;
  claimsOf(article: Article): ClaimDraft[];
}

/** The current extractors and claims stage, as `run` reads a page (no network: the stored text is the input). */
export function currentReader(subjects: PipelineConfig['subjects']): ArticleReader {
  return {
    version: EXTRACTOR_VERSION,
    claimsOf: (article) => buildClaims({ article, extractions: extractionsOf(article), subjects }),
  };
}

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
 * Reads every stored article whose rules differ from the reader's (or the selected ones) again, one transaction per
 * article, then recomputes the facts of the subjects whose claims changed. Holds the run lock meanwhile, like `run`.
 */
export function reextract(
  store: Store,
  reader: ArticleReader,
  opts: { since?: string; subject?: string; settings: PipelineConfig['reconcile']; signal?: AbortSignal },
): ReextractSummary {
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
  let status: 'finished' | 'failed' = 'failed';
  try {
    for (const id of ids) {
      if (opts.signal?.aborted) break;
      try {
        const { article } = store.storedArticle(id);
        const result = store.rereadArticle(id, run, reader.version, reader.claimsOf(article));
        summary.articles_reread++;
        summary.claims_new += result.claimsNew;
        summary.claims_superseded += result.claimsSuperseded;
      } catch (err) {
        summary.errors.push({ article: id, error: String((err as Error).message).split('\n')[0] });
      }
    }
    const reconciled = store.reconcile(opts.settings);
    summary.facts_changed = reconciled.factsChanged;
    summary.conflicts_open = reconciled.conflictsOpen;
    status = opts.signal?.aborted ? 'failed' : 'finished';
    return summary;
  } finally {
    const recorded: RunSummary & Partial<Omit<ReextractSummary, 'errors'>> = {
      ...summary,
      fetched: 0,
      not_modified: 0,
      failed: summary.errors.length,
      articles_new: 0,
      errors: summary.errors.map((e) => ({ url: `article #${e.article}`, error: e.error })),
    };
    store.finishRun(run, recorded, status);
  }
}

export function addReextractCommand(kit: CommandKit): void {
  kit
    .storeCommand('reextract', 'read stored articles again with the current extractors (no network); older claims are superseded')
    .option('--since <version>', 'only articles read with this version (or a whole version string) or a later one')
    .option('--subject <text>', 'only articles with claims about this subject')
    .option('--json', 'print the summary as JSON')
    .action((opts: { config?: string; db?: string; since?: string; subject?: string; json?: boolean }) =>
      kit.guarded(() =>
        kit.withStore(opts, (store, config) => {
          const stop = new AbortController();
          const onSignal = () => stop.abort();
          process.once('SIGINT', onSignal).once('SIGTERM', onSignal);
          const reader = currentReader(config.subjects);
          const subject = opts.subject && kit.canonicalSubject(opts.subject, config.subjects);
          const s = reextract(store, reader, { since: opts.since, subject, settings: config.reconcile, signal: stop.signal });
          if (opts.json) process.stdout.write(`${JSON.stringify(s)}\n`);
          else
            process.stdout.write(
              `reextract ${s.run}: read again ${s.articles_reread} articles with ${s.version}, new claims ${s.claims_new}, ` +
                `superseded ${s.claims_superseded}, facts changed ${s.facts_changed}, open conflicts ${s.conflicts_open}\n`,
            );
          for (const e of s.errors) process.stderr.write(`newsfacts: article #${e.article}: ${e.error}\n`);
          if (stop.signal.aborted) process.exitCode = 130;
        }),
      ),
    );
}
