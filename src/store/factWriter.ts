/** Re-reconciles a subject's stored claims and writes its facts and conflicts. */
import type Database from 'better-sqlite3';
import { reconcileSubject } from '../reconcile/index.js';
import type { ClaimRecord, Decision, ReconcileSettings, SubjectReconciliation } from '../reconcile/types.js';
import { afterReview, claimOf, type ClaimColumns, type Standing } from './claimRows.js';

interface ClaimRow extends ClaimColumns {
  as_of: string | null;
  confidence: number;
  article_id: number;
  url: string | null;
  published: string | null;
  fetched_at: string | null;
  evidence_sentence: string;
  text_fingerprint: string | null;
}

interface DecisionRow {
  id: number;
  conflict_id: number;
  subject: string;
  property: string;
  key: string | null;
  value_json: string;
  note: string;
  decided_by: string;
  decided_at: string;
  as_of: string | null;
  seen_claim_ids_json: string;
}

/**
 * A stored claim as the reconciler reads it. Built by assignment, not by spreading `claimOf`'s object into a literal:
 * that spread cost about 17 µs a claim, most of a full reconcile's time.
 */
function toClaim(r: ClaimRow, review: Standing | undefined): ClaimRecord {
  const claim: ClaimRecord = Object.assign(claimOf(r), {
    asOf: r.as_of,
    confidence: r.confidence,
    articleId: r.article_id,
    url: r.url,
    published: r.published,
    fetchedAt: r.fetched_at,
    evidence: r.evidence_sentence,
    textFingerprint: r.text_fingerprint,
  });
  if (review === 'accept') claim.accepted = true;
  return claim;
}

const toDecision = (r: DecisionRow, seen: number[]): Decision => ({
  id: r.id,
  conflictId: r.conflict_id,
  subject: r.subject,
  property: r.property,
  key: r.key,
  value: JSON.parse(r.value_json),
  note: r.note,
  by: r.decided_by,
  at: r.decided_at,
  asOf: r.as_of,
  seenClaimIds: seen,
});

/** Subjects recomputed per transaction: big enough to be fast, small enough that readers see progress. */
const BATCH = 500;

/** Loads a subject's claims and decisions, runs the pure reconciler, and replaces the subject's facts. */
export class FactWriter {
  private readonly claimsOf;
  private readonly decisionsOf;
  private readonly oldFacts;
  private readonly deleteFacts;
  private readonly deleteLinks;
  private readonly insertFact;
  private readonly insertLinks;
  private readonly upsertConflict;
  private readonly conflictsOf;
  private readonly closeConflict;
  private readonly undirty;
  private readonly reviews;
  private readonly successorOf;

  constructor(private readonly db: Database.Database) {
    this.claimsOf = db.prepare(`
      SELECT c.id, c.subject, c.property, c.key, c.value_json, c.qualifiers_json, c.as_of, c.confidence, c.article_id,
             a.url, a.published, f.fetched_at, c.evidence_sentence, a.text_fingerprint
      FROM claims c JOIN articles a ON a.id = c.article_id JOIN fetches f ON f.id = a.fetch_id
      LEFT JOIN claim_supersessions s ON s.claim_id = c.id
      WHERE c.subject = ? AND s.claim_id IS NULL ORDER BY c.id`);
    this.decisionsOf = db.prepare(`
      SELECT d.id, d.conflict_id, k.subject, k.property, k.key, d.value_json, d.note, d.decided_by, d.decided_at,
             d.as_of, d.seen_claim_ids_json
      FROM decisions d JOIN conflicts k ON k.id = d.conflict_id WHERE k.subject = ? ORDER BY d.id`);
    this.oldFacts = db.prepare(`SELECT property, key, value_json, status FROM facts WHERE subject = ?`);
    this.deleteFacts = db.prepare(`DELETE FROM facts WHERE subject = ?`);
    this.deleteLinks = db.prepare(`DELETE FROM fact_claims WHERE subject = ?`);
    this.insertFact = db.prepare(`
      INSERT INTO facts (subject, property, key, value_json, as_of, status, explanation, conflict_id, fact_json, updated_at)
      VALUES (@subject, @property, @key, @value_json, @as_of, @status, @explanation, @conflict_id, @fact_json, @now)`);
    // One statement per fact and role, the claim ids as a JSON array: a call per claim cost more than the insert.
    this.insertLinks = db.prepare(`
      INSERT OR IGNORE INTO fact_claims (subject, property, key, claim_id, role)
      SELECT ?, ?, ?, value, ? FROM json_each(?)`);
    this.upsertConflict = db.prepare(`
      INSERT INTO conflicts (subject, property, key, status, explanation, alternatives_json, claim_ids_json, opened_at, updated_at)
      VALUES (@subject, @property, @key, @status, @explanation, @alternatives_json, @claim_ids_json, @now, @now)
      ON CONFLICT (subject, property, ifnull(key, '')) DO UPDATE SET
        status = excluded.status, explanation = excluded.explanation, alternatives_json = excluded.alternatives_json,
        claim_ids_json = excluded.claim_ids_json, updated_at = excluded.updated_at
      RETURNING id`);
    this.conflictsOf = db.prepare(`SELECT id, property, key FROM conflicts WHERE subject = ? AND status != 'closed'`);
    this.closeConflict = db.prepare(`UPDATE conflicts SET status = 'closed', updated_at = ? WHERE id = ?`);
    this.undirty = db.prepare(`DELETE FROM dirty_subjects WHERE subject = ?`);
    this.reviews = db.prepare(`SELECT claim_id, action FROM claim_reviews ORDER BY id`);
    this.successorOf = db.prepare(`SELECT successor_id FROM claim_supersessions WHERE claim_id = ?`).pluck();
  }

  /** The claim that now stands for `id`: itself, or the successor its re-reads left with the same evidence. */
  private current(id: number): number | null {
    for (let at = id; ;) {
      const next = this.successorOf.get(at) as number | null | undefined;
      if (next === undefined) return at;
      if (next === null) return null;
      at = next;
    }
  }

  /**
   * Where the reviews leave each reviewed claim, carried to the claims that superseded it with unchanged evidence.
   * Reviews are analyst actions, few next to the claims, so they are read once per recompute, not once per subject.
   */
  private reviewStates(): Map<number, Standing> {
    const own = new Map<number, Standing>();
    for (const r of this.reviews.all() as { claim_id: number; action: 'reject' | 'accept' }[]) {
      own.set(r.claim_id, afterReview(own.get(r.claim_id) ?? null, r.action));
    }
    const states = new Map(own);
    for (const [id, action] of own) {
      const now = this.current(id);
      if (now !== null && now !== id && !own.has(now)) states.set(now, action);
    }
    return states;
  }

  /** Recomputes the given subjects; returns how many facts changed value or status (or appeared, or went). */
  recompute(subjects: readonly string[], settings: ReconcileSettings): number {
    let changed = 0;
    const reviews = this.reviewStates();
    for (let i = 0; i < subjects.length; i += BATCH) {
      const batch = subjects.slice(i, i + BATCH);
      const one = (n: number, s: string) => n + this.recomputeSubject(s, settings, reviews);
      changed += this.db.transaction(() => batch.reduce(one, 0)).immediate();
    }
    return changed;
  }

  private recomputeSubject(subject: string, settings: ReconcileSettings, reviews: Map<number, Standing>): number {
    const claims = (this.claimsOf.all(subject) as ClaimRow[])
      .filter((r) => reviews.get(r.id) !== 'reject')
      .map((r) => toClaim(r, reviews.get(r.id)));
    const decisions = (this.decisionsOf.all(subject) as DecisionRow[]).map((r) => toDecision(r, this.seenNow(r)));
    const result = reconcileSubject(claims, decisions, settings);
    const changed = this.write(subject, result);
    this.undirty.run(subject);
    return changed;
  }

  /** A decision saw the claims it weighed, and the successors re-reads gave them with the same evidence. */
  private seenNow(r: DecisionRow): number[] {
    const seen = JSON.parse(r.seen_claim_ids_json) as number[];
    return [...new Set([...seen, ...seen.map((id) => this.current(id)).filter((id): id is number => id !== null)])];
  }

  private write(subject: string, result: SubjectReconciliation): number {
    const now = new Date().toISOString();
    const slot = (property: string, key: string | null): string => `${property}\u0000${key ?? ''}`;
    const conflictIds = new Map<string, number>();
    for (const c of result.conflicts) {
      const row = this.upsertConflict.get({
        subject,
        property: c.property,
        key: c.key,
        status: c.status,
        explanation: c.explanation,
        alternatives_json: JSON.stringify(c.alternatives),
        claim_ids_json: JSON.stringify(c.claimIds),
        now,
      }) as { id: number };
      conflictIds.set(slot(c.property, c.key), row.id);
    }
    for (const c of this.conflictsOf.all(subject) as { id: number; property: string; key: string | null }[]) {
      if (!conflictIds.has(slot(c.property, c.key))) this.closeConflict.run(now, c.id);
    }

    const before = new Map(
      (this.oldFacts.all(subject) as { property: string; key: string; value_json: string; status: string }[]).map(
        (r) => [slot(r.property, r.key || null), `${r.value_json}\u0000${r.status}`],
      ),
    );
    this.deleteFacts.run(subject);
    this.deleteLinks.run(subject);
    let changed = 0;
    for (const { fact, claimIds } of result.facts) {
      const id = slot(fact.property, fact.key);
      const conflictId = conflictIds.get(id) ?? null;
      const full = conflictId === null ? fact : { ...fact, conflict: conflictId };
      const valueJson = JSON.stringify(fact.value);
      if (before.get(id) !== `${valueJson}\u0000${fact.status}`) changed++;
      before.delete(id);
      const key = fact.key ?? '';
      this.insertFact.run({
        subject,
        property: fact.property,
        key,
        value_json: valueJson,
        as_of: fact.as_of,
        status: fact.status,
        explanation: fact.explanation,
        conflict_id: conflictId,
        fact_json: JSON.stringify(full),
        now,
      });
      for (const [role, ids] of Object.entries(claimIds))
        if (ids.length) this.insertLinks.run(subject, fact.property, key, role, JSON.stringify(ids));
    }
    return changed + before.size;
  }
}
