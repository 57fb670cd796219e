/** The SQLite implementation of the store. */
import type Database from 'better-sqlite3';
import type { Article } from '../article/types.js';
import type { ClaimDraft } from '../claims/types.js';
import type { QuoteMention } from '../extract/types.js';
import type { SourceKind } from '../discover/types.js';
import type { CachedResponse } from '../fetch/cache.js';
import type { FetchOutcome } from '../fetch/types.js';
import { givenValues, listValues, matchingValue } from '../reconcile/decidedValue.js';
import type { Conflict, DecisionInput, Fact, ReconcileSettings } from '../reconcile/types.js';
import {
  StoreError,
  UnsourcedValueError,
  type ArticleWriteResult,
  type ClaimProvenance,
  type DecisionRecord,
  type ClaimReviewInput,
  type ClaimReviewOutcome,
  type OlderRules,
  type ReconcileSummary,
  type RereadResult,
  type RunSummary,
  type Store,
  type StoredArticle,
  type StoredClaim,
  type StoredFetchState,
} from './api.js';
import { ClaimReviews } from './claimReview.js';
import { draftColumns } from './claimRows.js';
import { FactWriter } from './factWriter.js';
import { ArticleRereads } from './rereads.js';
import { beginRun } from './runLock.js';
import { evidenceSentence, sha256, simhash } from './text.js';

interface ConflictRow {
  id: number;
  subject: string;
  property: string;
  key: string | null;
  status: Conflict['status'];
  explanation: string;
  alternatives_json: string;
  claim_ids_json: string;
}

interface DecisionRow {
  value_json: string;
  note: string;
  decided_by: string;
  decided_at: string;
}

const CONFLICT_FILTERS: Record<'open' | 'resolved' | 'all', string> = {
  open: `WHERE status IN ('open', 'reopened')`,
  resolved: `WHERE status = 'resolved'`,
  all: '',
};

/** The Store on one better-sqlite3 connection. */
export class SqliteStore implements Store {
  private readonly writer: FactWriter;
  private readonly reviews: ClaimReviews;
  private readonly rereads: ArticleRereads;
  private readonly stmt;

  constructor(
    private readonly db: Database.Database,
    readonly path: string,
  ) {
    this.writer = new FactWriter(db);
    this.reviews = new ClaimReviews(db, path, this.writer);
    this.rereads = new ArticleRereads(db, path, (article, run, claims) => this.appendClaims(article, run, claims));
    this.stmt = {
      finishRun: db.prepare(`UPDATE runs SET status = ?, finished_at = ?, summary_json = ? WHERE id = ?`),
      upsertSource: db.prepare(`
        INSERT INTO sources (location, kind, created_at) VALUES (?, ?, ?)
        ON CONFLICT (location) DO UPDATE SET kind = coalesce(excluded.kind, sources.kind)
        RETURNING id`),
      fetchState: db.prepare(`
        SELECT etag, last_modified AS lastModified, content_hash AS contentHash FROM fetches
        WHERE url = ? AND error IS NULL AND not_modified = 0 ORDER BY id DESC LIMIT 1`),
      recordFetch: db.prepare(`
        INSERT INTO fetches (run_id, source_id, url, final_url, fetched_at, http_status, not_modified, etag, last_modified,
                             content_type, content_hash, error)
        VALUES (@run_id, @source_id, @url, @final_url, @fetched_at, @http_status, @not_modified, @etag, @last_modified,
                @content_type, @content_hash, @error)`),
      findArticle: db.prepare(`SELECT id FROM articles WHERE ifnull(url, '') = ? AND text_hash = ?`),
      insertArticle: db.prepare(`
        INSERT INTO articles (fetch_id, url, title, byline, published, modified, language, site_name, text, text_hash,
                              text_fingerprint, extractor_version, created_at)
        VALUES (@fetch_id, @url, @title, @byline, @published, @modified, @language, @site_name, @text, @text_hash,
                @text_fingerprint, @extractor_version, @created_at)`),
      insertQuote: db.prepare(`
        INSERT OR IGNORE INTO quotes (article_id, text, speaker, text_start, text_end) VALUES (?, ?, ?, ?, ?)`),
      cachedResponse: db.prepare(`SELECT policy_json, content_type, body FROM http_cache WHERE url = ?`),
      saveResponse: db.prepare(`
        INSERT INTO http_cache (url, policy_json, content_type, body, stored_at) VALUES (?, ?, ?, ?, ?)
        ON CONFLICT (url) DO UPDATE SET policy_json = excluded.policy_json, content_type = excluded.content_type,
          body = excluded.body, stored_at = excluded.stored_at`),
      hasText: db.prepare(`SELECT 1 FROM articles WHERE text_hash = ? LIMIT 1`),
      articleText: db.prepare(`SELECT title, text FROM articles WHERE id = ?`),
      insertClaim: db.prepare(`
        INSERT OR IGNORE INTO claims (article_id, run_id, subject, property, key, value_json, qualifiers_json, as_of,
                                      evidence_start, evidence_end, evidence_sentence, extractor, extractor_version,
                                      confidence, created_at)
        VALUES (@article_id, @run_id, @subject, @property, @key, @value_json, @qualifiers_json, @as_of, @evidence_start,
                @evidence_end, @evidence_sentence, @extractor, @extractor_version, @confidence, @created_at)`),
      markDirty: db.prepare(`INSERT OR IGNORE INTO dirty_subjects (subject) VALUES (?)`),
      nameSubject: db.prepare(`INSERT OR IGNORE INTO subject_names (key, name, first_seen) VALUES (?, ?, ?)`),
      subjectName: db.prepare(`SELECT name FROM subject_names WHERE key = ?`),
      dirtySubjects: db.prepare(`SELECT subject FROM dirty_subjects ORDER BY subject`),
      allSubjects: db.prepare(`SELECT DISTINCT subject FROM claims ORDER BY subject`),
      openConflicts: db.prepare(`SELECT count(*) AS n FROM conflicts WHERE status IN ('open', 'reopened')`),
      factsAll: db.prepare(`SELECT fact_json FROM facts ORDER BY subject, property, key`),
      factsOf: db.prepare(`SELECT fact_json FROM facts WHERE subject = ? ORDER BY property, key`),
      conflict: db.prepare(`SELECT * FROM conflicts WHERE id = ?`),
      lastDecision: db.prepare(`
        SELECT value_json, note, decided_by, decided_at FROM decisions WHERE conflict_id = ? ORDER BY id DESC LIMIT 1`),
      insertDecision: db.prepare(`
        INSERT INTO decisions (conflict_id, value_json, note, decided_by, decided_at, seen_claim_ids_json, as_of)
        VALUES (?, ?, ?, ?, ?, ?, ?)`),
      factOf: db.prepare(`SELECT fact_json FROM facts WHERE subject = ? AND property = ? AND key = ?`).pluck(),
      claimProvenance: db.prepare(`
        SELECT c.id AS claim, a.title, a.site_name AS siteName, a.url, a.published
        FROM claims c JOIN articles a ON a.id = c.article_id
        WHERE c.id IN (SELECT value FROM json_each(?))`),
      decisions: db.prepare(`
        SELECT d.conflict_id AS conflictId, c.subject, c.property, nullif(c.key, '') AS key, d.value_json,
               d.note, d.decided_by AS by, d.decided_at AS at
        FROM decisions d JOIN conflicts c ON c.id = d.conflict_id ORDER BY d.id`),
    };
  }

  beginRun(): number {
    return beginRun(this.db, this.path);
  }

  finishRun(runId: number, summary: RunSummary): void {
    this.stmt.finishRun.run(summary.status, summary.finished_at, JSON.stringify(summary), runId);
  }

  upsertSource(location: string, kind: SourceKind | null): number {
    return (this.stmt.upsertSource.get(location, kind, new Date().toISOString()) as { id: number }).id;
  }

  fetchState(url: string): StoredFetchState | null {
    return (this.stmt.fetchState.get(url) as StoredFetchState | undefined) ?? null;
  }

  recordFetch(runId: number, sourceId: number, o: FetchOutcome): number {
    const info = this.stmt.recordFetch.run({
      run_id: runId,
      source_id: sourceId,
      url: o.url,
      final_url: o.finalUrl,
      fetched_at: o.fetchedAt,
      http_status: o.status,
      not_modified: o.notModified ? 1 : 0,
      etag: o.etag,
      last_modified: o.lastModified,
      content_type: o.contentType,
      content_hash: o.contentHash,
      error: o.error,
    });
    return Number(info.lastInsertRowid);
  }

  saveArticle(fetchId: number, article: Article, extractorVersion: string): ArticleWriteResult {
    const textHash = sha256(article.text);
    const existing = this.stmt.findArticle.get(article.url ?? '', textHash) as { id: number } | undefined;
    if (existing) return { articleId: existing.id, isNew: false };
    const info = this.stmt.insertArticle.run({
      fetch_id: fetchId,
      url: article.url,
      title: article.title,
      byline: article.byline,
      published: article.published,
      modified: article.modified,
      language: article.language,
      site_name: article.siteName,
      text: article.text,
      text_hash: textHash,
      text_fingerprint: simhash(article.text),
      extractor_version: extractorVersion,
      created_at: new Date().toISOString(),
    });
    return { articleId: Number(info.lastInsertRowid), isNew: true };
  }

  saveQuotes(articleId: number, quotes: readonly QuoteMention[]): void {
    this.db.transaction(() => {
      for (const q of quotes) this.stmt.insertQuote.run(articleId, q.text, q.speaker, q.start, q.end);
    })();
  }

  cachedResponse(url: string): CachedResponse | null {
    type Row = { policy_json: string; content_type: string | null; body: Buffer };
    const row = this.stmt.cachedResponse.get(url) as Row | undefined;
    return row
      ? {
          policy: JSON.parse(row.policy_json) as CachedResponse['policy'],
          body: row.body,
          contentTypeHeader: row.content_type,
        }
      : null;
  }

  saveResponse(url: string, response: CachedResponse): void {
    const { policy, body, contentTypeHeader } = response;
    this.stmt.saveResponse.run(url, JSON.stringify(policy), contentTypeHeader, body, new Date().toISOString());
  }

  hasArticleText(textHash: string): boolean {
    return this.stmt.hasText.get(textHash) !== undefined;
  }

  /** The name claims about an unconfigured subject are filed under: the first one stored for its key. */
  private subjectNamed(key: string, name: string, now: string): string {
    this.stmt.nameSubject.run(key, name, now);
    return (this.stmt.subjectName.get(key) as { name: string }).name;
  }

  appendClaims(articleId: number, runId: number, claims: ClaimDraft[]): number {
    const row = this.stmt.articleText.get(articleId) as { title: string | null; text: string } | undefined;
    if (!row) throw new StoreError(`${this.path}: no article #${articleId} to attach claims to`);
    const now = new Date().toISOString();
    return this.db.transaction(() => {
      let added = 0;
      for (const c of claims) {
        const subject = c.subjectKey ? this.subjectNamed(c.subjectKey, c.subject, now) : c.subject;
        const info = this.stmt.insertClaim.run({
          ...draftColumns(c, subject),
          article_id: articleId,
          run_id: runId,
          as_of: c.asOf,
          evidence_sentence: evidenceSentence(row.text, c.evidenceStart, c.evidenceEnd, row.title),
          confidence: c.confidence,
          created_at: now,
        });
        if (info.changes) {
          added++;
          this.stmt.markDirty.run(subject);
        }
      }
      return added;
    })();
  }

  reconcile(settings: ReconcileSettings, opts: { all?: boolean } = {}): ReconcileSummary {
    const rows = (opts.all ? this.stmt.allSubjects : this.stmt.dirtySubjects).all() as { subject: string }[];
    const factsChanged = this.writer.recompute(
      rows.map((r) => r.subject),
      settings,
    );
    const conflictsOpen = (this.stmt.openConflicts.get() as { n: number }).n;
    return { factsChanged, conflictsOpen, subjectsReconciled: rows.length };
  }

  facts(filter: { subject?: string } = {}): Fact[] {
    const rows = (filter.subject ? this.stmt.factsOf.all(filter.subject) : this.stmt.factsAll.all()) as {
      fact_json: string;
    }[];
    return rows.map((r) => JSON.parse(r.fact_json) as Fact);
  }

  conflicts(filter: { status?: 'open' | 'resolved' | 'all' } = {}): Conflict[] {
    const where = CONFLICT_FILTERS[filter.status ?? 'open'];
    const rows = this.db.prepare(`SELECT * FROM conflicts ${where} ORDER BY id`).all() as ConflictRow[];
    return rows.map((r) => this.toConflict(r));
  }

  resolve(input: DecisionInput, settings: ReconcileSettings): Conflict {
    const row = this.stmt.conflict.get(input.conflictId) as ConflictRow | undefined;
    if (!row) throw new StoreError(`${this.path}: no conflict #${input.conflictId}`);
    const factJson = this.stmt.factOf.get(row.subject, row.property, row.key ?? '') as string | undefined;
    const fact = factJson ? (JSON.parse(factJson) as Fact) : null;
    const given = givenValues(this.toConflict(row), fact);
    const match = matchingValue(input.value, given);
    if (!match && !input.force) {
      throw new UnsourcedValueError(
        `resolve: ${JSON.stringify(input.value)} is a value no source gives for conflict #${row.id} ` +
          `(sources give ${listValues(given)}); check it, then pass --force to record it anyway`,
      );
    }
    const asOf = input.asOf !== undefined ? input.asOf : (match?.asOf ?? fact?.as_of ?? null);
    this.db.transaction(() => {
      // The decision saw the claims the conflict was computed from; anything newer is evidence it never weighed.
      this.stmt.insertDecision.run(
        row.id,
        JSON.stringify(input.value ?? null),
        input.note,
        input.by,
        new Date().toISOString(),
        row.claim_ids_json,
        asOf,
      );
      this.stmt.markDirty.run(row.subject);
    })();
    this.writer.recompute([row.subject], settings);
    return this.toConflict(this.stmt.conflict.get(row.id) as ConflictRow);
  }

  claimProvenance(claimIds: number[]): ClaimProvenance[] {
    return this.stmt.claimProvenance.all(JSON.stringify(claimIds)) as ClaimProvenance[];
  }

  decisions(): DecisionRecord[] {
    const rows = this.stmt.decisions.all() as (Omit<DecisionRecord, 'value'> & { value_json: string })[];
    return rows.map(({ value_json, ...d }) => ({ ...d, value: JSON.parse(value_json) as unknown }));
  }

  claim(claimId: number): StoredClaim | null {
    return this.reviews.claim(claimId);
  }

  claimsOf(slot: { subject: string; property: string; key: string | null }): StoredClaim[] {
    return this.reviews.claimsOf(slot);
  }

  reviewedClaims(): StoredClaim[] {
    return this.reviews.reviewed();
  }

  rejectClaim(claimId: number, input: ClaimReviewInput, settings: ReconcileSettings): ClaimReviewOutcome {
    return this.reviews.review(claimId, 'reject', input, settings);
  }

  acceptClaim(claimId: number, input: ClaimReviewInput, settings: ReconcileSettings): ClaimReviewOutcome {
    return this.reviews.review(claimId, 'accept', input, settings);
  }

  olderRules(currentVersion: string): OlderRules {
    return this.rereads.olderRules(currentVersion);
  }

  articlesToReread(currentVersion: string, filter: { since?: string; subject?: string } = {}): number[] {
    return this.rereads.articlesToReread(currentVersion, filter);
  }

  storedArticle(articleId: number): StoredArticle {
    return this.rereads.storedArticle(articleId);
  }

  rereadArticle(articleId: number, runId: number, version: string, claims: ClaimDraft[]): RereadResult {
    return this.rereads.rereadArticle(articleId, runId, version, claims);
  }

  transaction<T>(fn: () => T): T {
    return this.db.transaction(fn)();
  }

  close(): void {
    this.db.close();
  }

  private toConflict(r: ConflictRow): Conflict {
    const d = this.stmt.lastDecision.get(r.id) as DecisionRow | undefined;
    return {
      id: r.id,
      subject: r.subject,
      property: r.property,
      key: r.key,
      status: r.status,
      explanation: r.explanation,
      alternatives: JSON.parse(r.alternatives_json) as Conflict['alternatives'],
      decision: d ? { value: JSON.parse(d.value_json), note: d.note, by: d.decided_by, at: d.decided_at } : null,
    };
  }
}
