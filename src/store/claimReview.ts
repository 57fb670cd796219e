/** Claim-level review in the store: an analyst rejects or accepts one claim, and the facts it touched follow. */
import type Database from 'better-sqlite3';
import type { Fact, ReconcileSettings } from '../reconcile/types.js';
import {
  StoreError,
  type ClaimReviewInput,
  type ClaimReviewOutcome,
  type ClaimStatus,
  type StoredClaim,
} from './api.js';
import { afterReview, claimOf, type ClaimColumns, type Standing } from './claimRows.js';
import type { FactWriter } from './factWriter.js';

interface StoredClaimRow extends ClaimColumns {
  as_of: string | null;
  url: string | null;
  published: string | null;
  evidence_sentence: string;
  extractor: string;
  extractor_version: string;
  successor: number | null;
  superseded: number;
  action: 'reject' | 'accept' | null;
  note: string | null;
  reviewed_by: string | null;
  reviewed_at: string | null;
}

const CLAIM_COLUMNS = `
  SELECT c.id, c.subject, c.property, c.key, c.value_json, c.qualifiers_json, c.as_of, a.url, a.published,
         c.evidence_sentence, c.extractor, c.extractor_version, s.successor_id AS successor,
         s.claim_id IS NOT NULL AS superseded, r.action, r.note, r.reviewed_by, r.reviewed_at
  FROM claims c JOIN articles a ON a.id = c.article_id
  LEFT JOIN claim_supersessions s ON s.claim_id = c.id
  LEFT JOIN claim_reviews r ON r.id = (SELECT max(x.id) FROM claim_reviews x WHERE x.claim_id = c.id)`;

function toStoredClaim(r: StoredClaimRow): StoredClaim {
  const status: ClaimStatus = r.superseded ? 'superseded' : r.action === 'reject' ? 'rejected' : 'active';
  return {
    ...claimOf(r),
    asOf: r.as_of,
    url: r.url,
    published: r.published,
    evidence: r.evidence_sentence,
    extractor: r.extractor,
    extractorVersion: r.extractor_version,
    status,
    review: r.action
      ? { action: r.action, note: r.note ?? '', by: r.reviewed_by ?? '', at: r.reviewed_at ?? '' }
      : null,
    successor: r.successor,
  };
}

const slotOf = (f: Pick<Fact, 'property' | 'key'>): string => `${f.property}\u0000${f.key ?? ''}`;

/** Reads claims with their standing and records reviews; the fact writer recomputes what a review touched. */
export class ClaimReviews {
  private readonly byId;
  private readonly bySlot;
  private readonly reviewedClaims;
  private readonly insertReview;
  private readonly actionsOf;
  private readonly markDirty;
  private readonly factsOf;

  constructor(
    private readonly db: Database.Database,
    private readonly path: string,
    private readonly writer: FactWriter,
  ) {
    this.byId = db.prepare(`${CLAIM_COLUMNS} WHERE c.id = ?`);
    this.bySlot = db.prepare(
      `${CLAIM_COLUMNS} WHERE c.subject = ? AND c.property = ? AND ifnull(c.key, '') = ? ORDER BY c.id`,
    );
    this.reviewedClaims = db.prepare(`${CLAIM_COLUMNS} WHERE r.action IS NOT NULL ORDER BY c.subject, c.id`);
    this.insertReview = db.prepare(`
      INSERT INTO claim_reviews (claim_id, action, note, reviewed_by, reviewed_at) VALUES (?, ?, ?, ?, ?)`);
    this.actionsOf = db.prepare(`SELECT action FROM claim_reviews WHERE claim_id = ? ORDER BY id`).pluck();
    this.markDirty = db.prepare(`INSERT OR IGNORE INTO dirty_subjects (subject) VALUES (?)`);
    this.factsOf = db.prepare(`SELECT fact_json FROM facts WHERE subject = ?`).pluck();
  }

  claim(claimId: number): StoredClaim | null {
    const row = this.byId.get(claimId) as StoredClaimRow | undefined;
    return row ? toStoredClaim(row) : null;
  }

  claimsOf(slot: { subject: string; property: string; key: string | null }): StoredClaim[] {
    return (this.bySlot.all(slot.subject, slot.property, slot.key ?? '') as StoredClaimRow[]).map(toStoredClaim);
  }

  reviewed(): StoredClaim[] {
    return (this.reviewedClaims.all() as StoredClaimRow[]).map(toStoredClaim);
  }

  review(
    claimId: number,
    action: 'reject' | 'accept',
    input: ClaimReviewInput,
    settings: ReconcileSettings,
  ): ClaimReviewOutcome {
    const claim = this.claim(claimId);
    if (!claim) throw new StoreError(`${this.path}: no claim #${claimId}`);
    if (action === 'reject' && !input.note.trim()) {
      throw new StoreError(`reject: say why with --note (claim #${claimId})`);
    }
    const actions = this.actionsOf.all(claimId) as ('reject' | 'accept')[];
    const standing = actions.reduce<Standing>(afterReview, null);
    // Rejecting a rejected claim, or confirming a confirmed one, says nothing new.
    const changed = afterReview(standing, action) !== standing;
    const before = this.subjectFacts(claim.subject);
    if (changed) {
      this.db.transaction(() => {
        this.insertReview.run(claimId, action, input.note, input.by, new Date().toISOString());
        this.markDirty.run(claim.subject);
      })();
      this.writer.recompute([claim.subject], settings);
    }
    const after = this.subjectFacts(claim.subject);
    const facts = [...new Set([...before.keys(), ...after.keys()])]
      .filter((slot) => JSON.stringify(before.get(slot)) !== JSON.stringify(after.get(slot)))
      .map((slot) => {
        const fact = (after.get(slot) ?? before.get(slot))!;
        const [was, now] = [before.get(slot) ?? null, after.get(slot) ?? null];
        return { property: fact.property, key: fact.key, before: was, after: now };
      });
    return { claim: this.claim(claimId)!, changed, facts };
  }

  private subjectFacts(subject: string): Map<string, Fact> {
    const facts = (this.factsOf.all(subject) as string[]).map((j) => JSON.parse(j) as Fact);
    return new Map(facts.map((f) => [slotOf(f), f]));
  }
}
