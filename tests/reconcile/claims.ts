/** Claim and decision builders and settings for reconcile tests. */
import type { ClaimRecord, Decision, ReconcileSettings } from '../../src/reconcile/types.js';

export const SUBJECT = 'United Nations Convention against Cybercrime';

export const settings: ReconcileSettings = {
  trust: { 'un.org': 3 },
  defaultTrust: 1,
  cumulative: ['signatory_count', 'ratification_count'],
  dates: ['adoption_date', 'signing_opened'],
};

let nextId = 1;

/** A made-up stored claim; each distinct url is its own article with its own text unless a fingerprint is given. */
export function claim(property: string, value: unknown, opts: Partial<ClaimRecord> = {}): ClaimRecord {
  const id = nextId++;
  const url = opts.url ?? `https://news${id}.example/story`;
  return {
    id,
    subject: SUBJECT,
    property,
    key: null,
    value,
    qualifiers: {},
    asOf: null,
    confidence: 0.9,
    articleId: opts.articleId ?? 1000 + id,
    url,
    published: '2025-10-26T09:00:00Z',
    fetchedAt: '2025-10-29T00:00:00Z',
    evidence: `Evidence sentence ${id}.`,
    textFingerprint: null,
    ...opts,
  };
}

export function decision(
  conflictId: number,
  property: string,
  value: unknown,
  seen: ClaimRecord[],
  key: string | null = null,
): Decision {
  return {
    id: conflictId,
    conflictId,
    subject: SUBJECT,
    property,
    key,
    value,
    note: 'checked with the depositary',
    by: 'ana',
    at: '2025-11-02T10:00:00Z',
    asOf: null,
    seenClaimIds: seen.map((c) => c.id),
  };
}
