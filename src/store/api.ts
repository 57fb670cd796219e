/** The store interface the pipeline and CLI use, with its record types and errors. */
import type { Article } from '../article/types.js';
import type { ClaimDraft } from '../claims/types.js';
import type { FetchOutcome } from '../fetch/types.js';
import type { SourceKind } from '../discover/types.js';
import type { Fact, Conflict, DecisionInput } from '../reconcile/types.js';
import type { ReconcileSettings } from '../reconcile/types.js';

/** Validators and identity of the last stored fetch of a URL, for conditional GET and dedup. */
export interface StoredFetchState {
  etag: string | null;
  lastModified: string | null;
  contentHash: string | null;
}

export interface ArticleWriteResult {
  articleId: number;
  /** False when an identical article (same canonical URL and text hash) was already stored. */
  isNew: boolean;
}

export interface ReconcileSummary {
  factsChanged: number;
  conflictsOpen: number;
  /** Subjects recomputed: only those touched since the last reconcile (all of them with `all`). */
  subjectsReconciled?: number;
}

export interface RunSummary {
  run: number;
  fetched: number;
  not_modified: number;
  failed: number;
  articles_new: number;
  claims_new: number;
  facts_changed: number;
  conflicts_open: number;
  errors: { url: string; error: string }[];
}

/**
 * The fact store: the only module that touches the SQLite file.
 * Every write method is transactional: a run that dies leaves what it committed intact.
 */
export interface Store {
  readonly path: string;
  /** Starts a run; throws RunInProgressError when another live process holds one. */
  beginRun(): number;
  finishRun(runId: number, summary: RunSummary, status: 'finished' | 'failed'): void;
  upsertSource(location: string, kind: SourceKind | null): number;
  fetchState(url: string): StoredFetchState | null;
  recordFetch(runId: number, sourceId: number, outcome: FetchOutcome): number;
  /** Stores the article unless the same canonical URL already holds the same text. */
  saveArticle(fetchId: number, article: Article, extractorVersion: string): ArticleWriteResult;
  /** True when an article with this text hash is already stored under another URL (syndicated copy, mirror). */
  hasArticleText(textHash: string): boolean;
  /** Appends claims (the log is never rewritten); returns how many were new. */
  appendClaims(articleId: number, runId: number, claims: ClaimDraft[]): number;
  /** Recomputes facts for the subjects touched since the last reconcile (all when `all`). */
  reconcile(settings: ReconcileSettings, opts?: { all?: boolean }): ReconcileSummary;
  facts(filter?: { subject?: string }): Fact[];
  conflicts(filter?: { status?: 'open' | 'resolved' | 'all' }): Conflict[];
  /** Records an analyst decision on a conflict; facts are recomputed for its subject. */
  resolve(input: DecisionInput, settings: ReconcileSettings): Conflict;
  /** Runs fn in one transaction: a page's fetch record, article and claims are stored together or not at all. */
  transaction<T>(fn: () => T): T;
  close(): void;
}

export class RunInProgressError extends Error {}
export class StoreError extends Error {}
