/** Provenance of claims: as-of dates, claim ids and source references. */
import type { ClaimRecord, SourceRef } from './types.js';

const DATE_PREFIX = /^\d{4}(-\d{2}(-\d{2})?)?/;

/** The calendar part of an ISO time at whatever precision it has ("2025-10-26T09:00+05:00" → "2025-10-26"). */
export function datePart(iso: string | null): string | null {
  if (!iso) return null;
  const m = DATE_PREFIX.exec(iso);
  return m ? m[0] : null;
}

/** When a claim's value held: the date the text gives, else publication, else the fetch time. */
export function asOfOf(claim: ClaimRecord): string | null {
  return datePart(claim.asOf) ?? datePart(claim.published) ?? datePart(claim.fetchedAt);
}

/** Orders as-of dates; unknown dates sort first so any dated report counts as later. */
export function compareAsOf(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return -1;
  if (b === null) return 1;
  return a < b ? -1 : 1;
}

export function latestAsOf(claims: readonly ClaimRecord[]): string | null {
  let latest: string | null = null;
  for (const c of claims) {
    const a = asOfOf(c);
    if (compareAsOf(a, latest) > 0) latest = a;
  }
  return latest;
}

/** One entry per article sentence: several claims read from one sentence are one piece of evidence. */
export function sourceRefs(claims: readonly ClaimRecord[]): SourceRef[] {
  const seen = new Set<string>();
  const refs: SourceRef[] = [];
  for (const c of [...claims].sort((a, b) => compareAsOf(a.published, b.published) || a.id - b.id)) {
    const id = `${c.articleId}\u0000${c.evidence}`;
    if (seen.has(id)) continue;
    seen.add(id);
    refs.push({ url: c.url, published: c.published, evidence: c.evidence, claim: c.id });
  }
  return refs;
}

export const claimIds = (claims: readonly ClaimRecord[]): number[] => [...new Set(claims.map((c) => c.id))];
