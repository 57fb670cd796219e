/** The store interface the pipeline and CLI use, with its record types and errors. */
import type { Article } from '../article/types.js';
import type { ClaimDraft } from '../claims/types.js';
import type { ResponseCache } from '../fetch/cache.js';
import type { QuoteMention } from '../extract/types.js';
import type { FetchOutcome } from '../fetch/types.js';
import type { SourceKind } from '../discover/types.js';
import type { ClaimRecord, Fact, Conflict, Decision, DecisionInput } from '../reconcile/types.js';
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

/** How a run ended: `interrupted` when asked to stop (a signal), `failed` when the store could not take writes. */
export type RunStatus = 'finished' | 'interrupted' | 'failed';

/** What a run did. Every count is of work committed to the store: nothing rolled back is counted. */
/** Where a claim stands: counting, rejected by an analyst, or replaced when its article was re-read. */
export type ClaimStatus = 'active' | 'rejected' | 'superseded';

/** A stored claim as an analyst reviews it. */
type ClaimFields = 'id' | 'subject' | 'property' | 'key' | 'value' | 'qualifiers' | 'asOf' | 'url' | 'published';
export interface StoredClaim extends Pick<ClaimRecord, ClaimFields> {
  evidence: string;
  extractor: string;
  extractorVersion: string;
  status: ClaimStatus;
  /** The latest reject or accept, if any (an accepted claim counts even where it looks like an outlier). */
  review: { action: 'reject' | 'accept'; note: string; by: string; at: string } | null;
  /** For a superseded claim: the claim with the same evidence that replaced it, if the current rules still make it. */
  successor: number | null;
}

export interface ClaimReviewInput {
  note: string;
  by: string;
}

/** What a reject or accept did: the claim as it now stands, and each fact of its subject that changed. */
export interface ClaimReviewOutcome {
  claim: StoredClaim;
  /** False when the claim already stood so (rejecting a rejected claim records nothing new). */
  changed: boolean;
  facts: { property: string; key: string | null; before: Fact | null; after: Fact | null }[];
}

/** Stored articles read with rules other than the current ones, and the claims they still count. */
export interface OlderRules {
  articles: number;
  claims: number;
  versions: string[];
}

/** A stored article as the extractors read it again. */
export interface StoredArticle {
  id: number;
  article: Article;
}

export interface RereadResult {
  claimsNew: number;
  claimsSuperseded: number;
}

export interface RunSummary {
  run: number;
  status: RunStatus;
  started_at: string;
  finished_at: string;
  duration_ms: number;
  fetched: number;
  not_modified: number;
  failed: number;
  /** Pages robots.txt disallows: skipped by policy, not failures. */
  disallowed: number;
  /** Pages found but not fetched because the run stopped early; the next run fetches them. */
  not_fetched: number;
  articles_new: number;
  claims_new: number;
  facts_changed: number;
  conflicts_open: number;
  /** Claims that still count but come from articles read with other rules than the current ones. */
  claims_older_rules?: number;
  errors: { url: string; error: string }[];
  /** Why the run failed as a whole (the disk is full), when it did. */
  error?: string;
}

/**
 * The fact store: the only module that touches the SQLite file.
 * Every write method is transactional: a run that dies leaves what it committed intact.
 */
export interface Store extends ResponseCache {
  readonly path: string;
  /** Starts a run; throws RunInProgressError when another live process holds one. */
  beginRun(): number;
  /** Records how the run ended (`summary.status`) with its summary. */
  finishRun(runId: number, summary: RunSummary): void;
  upsertSource(location: string, kind: SourceKind | null): number;
  fetchState(url: string): StoredFetchState | null;
  recordFetch(runId: number, sourceId: number, outcome: FetchOutcome): number;
  /** Stores the article unless the same canonical URL already holds the same text. */
  saveArticle(fetchId: number, article: Article, extractorVersion: string): ArticleWriteResult;
  /** True when an article with this text hash is already stored under another URL (syndicated copy, mirror). */
  hasArticleText(textHash: string): boolean;
  /** Stores the quotes found in an article's text, for full-text search (`quotes_fts`). */
  saveQuotes(articleId: number, quotes: readonly QuoteMention[]): void;
  /** Appends claims (the log is never rewritten); returns how many were new. */
  appendClaims(articleId: number, runId: number, claims: ClaimDraft[]): number;
  /** Recomputes facts for the subjects touched since the last reconcile (all when `all`). */
  reconcile(settings: ReconcileSettings, opts?: { all?: boolean }): ReconcileSummary;
  facts(filter?: { subject?: string }): Fact[];
  conflicts(filter?: { status?: 'open' | 'resolved' | 'all' }): Conflict[];
  /** Records an analyst decision on a conflict; facts are recomputed for its subject. */
  resolve(input: DecisionInput, settings: ReconcileSettings): Conflict;
  /** A claim with its standing and latest review; null when there is no such claim. */
  claim(claimId: number): StoredClaim | null;
  /** The claims of one fact (subject, property, key), set-aside ones included, oldest first. */
  claimsOf(slot: { subject: string; property: string; key: string | null }): StoredClaim[];
  /** Every claim an analyst rejected or accepted, with its latest review, by subject. */
  reviewedClaims(): StoredClaim[];
  /** Stops the claim counting everywhere (it stays in the log, marked); its subject's facts are recomputed. */
  rejectClaim(claimId: number, input: ClaimReviewInput, settings: ReconcileSettings): ClaimReviewOutcome;
  /**
   * Withdraws a rejection (the claim stands as the rules left it, so reject then accept changes no fact); on a claim
   * not rejected, confirms it: it then counts even where it looks like an outlier. Facts are recomputed.
   */
  acceptClaim(claimId: number, input: ClaimReviewInput, settings: ReconcileSettings): ClaimReviewOutcome;
  /** How much of the store was read with rules other than `currentVersion`. */
  olderRules(currentVersion: string): OlderRules;
  /**
   * Articles to read again: those whose rules differ from `currentVersion`; with `since`, only those read with that
   * version or one first stored after it; with `subject`, only those with claims about it.
   */
  articlesToReread(currentVersion: string, filter?: { since?: string; subject?: string }): number[];
  storedArticle(articleId: number): StoredArticle;
  /**
   * Records a re-read of an article with `version`: its new claims are appended, and its claims of other versions
   * are superseded (by the new claim with the same evidence, where there is one). One transaction.
   */
  rereadArticle(articleId: number, runId: number, version: string, claims: ClaimDraft[]): RereadResult;
  /** The articles the given claims were read from (claims that do not exist are left out). */
  claimProvenance(claimIds: number[]): ClaimProvenance[];
  /** Every analyst decision ever recorded, oldest first (later ones on the same conflict supersede earlier ones). */
  decisions(): DecisionRecord[];
  /** Runs fn in one transaction: a page's fetch record, article and claims are stored together or not at all. */
  transaction<T>(fn: () => T): T;
  close(): void;
}

/** Where a claim comes from, as reports show it: the article's title and outlet, and its address. */
export interface ClaimProvenance {
  claim: number;
  title: string | null;
  siteName: string | null;
  url: string | null;
  published: string | null;
}

/** An analyst decision as reports list it: on which conflict, what, who, when and why. */
export type DecisionRecord = Pick<
  Decision,
  'conflictId' | 'subject' | 'property' | 'key' | 'value' | 'note' | 'by' | 'at'
>;

export class RunInProgressError extends Error {}
export class StoreError extends Error {}
/** An analyst decided a value no source gives, without saying --force. */
export class UnsourcedValueError extends StoreError {}
