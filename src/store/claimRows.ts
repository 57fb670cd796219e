/** A claim as the `claims` table holds it: the columns every claim query shares, and a draft turned into them. */
import type { ClaimDraft } from '../claims/types.js';

/** What is claimed, as stored: the value and qualifiers are JSON text. */
export interface ClaimColumns {
  id: number;
  subject: string;
  property: string;
  key: string | null;
  value_json: string;
  qualifiers_json: string;
}

/** Where analysts' reviews leave a claim: rejected, accepted (counts even as an outlier), or as the rules left it. */
export type Standing = 'reject' | 'accept' | null;

/**
 * One review applied: a rejection rejects; an accept withdraws a rejection (back to where the rules left the claim,
 * so reject then accept changes nothing), and on a claim not rejected it confirms the claim.
 */
export const afterReview = (standing: Standing, action: 'reject' | 'accept'): Standing =>
  action === 'reject' ? 'reject' : standing === 'reject' ? null : 'accept';

/** What is claimed, parsed: the fields every reading of a stored claim starts from. */
export const claimOf = (r: ClaimColumns) => ({
  id: r.id,
  subject: r.subject,
  property: r.property,
  key: r.key,
  value: JSON.parse(r.value_json) as unknown,
  qualifiers: JSON.parse(r.qualifiers_json) as Record<string, unknown>,
});

/** The columns that make a claim one claim (the `claims_identity` index). */
export interface IdentityColumns extends ClaimColumns {
  evidence_start: number;
  evidence_end: number;
  extractor: string;
  extractor_version: string;
}

/** A draft's identity columns, filed under `subject` (the configured or first-stored name of its treaty). */
export function draftColumns(c: ClaimDraft, subject: string): Omit<IdentityColumns, 'id'> {
  return {
    subject,
    property: c.property,
    key: c.key || null,
    value_json: JSON.stringify(c.value ?? null),
    qualifiers_json: JSON.stringify(c.qualifiers ?? {}),
    evidence_start: c.evidenceStart,
    evidence_end: c.evidenceEnd,
    extractor: c.extractor,
    extractor_version: c.extractorVersion,
  };
}
