/** Clusters compatible claims into candidate values with their support. */
import type { ValueAlgebra } from './algebra.js';
import { compareAsOf, latestAsOf } from './provenance.js';
import type { ClaimRecord, ReconcileSettings } from './types.js';
import { supportOf, type Support } from './weight.js';

export interface Candidate<V> {
  value: V;
  /** Claims that support this value (a coarse or partial claim may support several candidates). */
  claims: ClaimRecord[];
  support: Support;
}

/**
 * Groups claims into the distinct values they could be describing. Precise claims seed candidates; a
 * claim compatible with exactly one candidate refines it; one compatible with several supports them all
 * ("December 2024" fits both "2024-12-24" and "2024-12-25" and decides between neither).
 */
export function clusterClaims<V>(
  claims: readonly ClaimRecord[],
  algebra: ValueAlgebra<V>,
  settings: ReconcileSettings,
): Candidate<V>[] {
  const parsed = claims
    .map((claim) => ({ claim, value: algebra.parse(claim.value, claim.qualifiers) }))
    .filter((p): p is { claim: ClaimRecord; value: V } => p.value !== null)
    .sort((a, b) => algebra.specificity(b.value) - algebra.specificity(a.value) || a.claim.id - b.claim.id);
  const seeds: { value: V; claims: ClaimRecord[] }[] = [];
  for (const p of parsed) {
    const fits = seeds.filter((s) => algebra.compatible(s.value, p.value));
    if (fits.length === 0) seeds.push({ value: p.value, claims: [p.claim] });
    for (const s of fits) {
      s.claims.push(p.claim);
      if (fits.length === 1) s.value = algebra.refine(s.value, p.value);
    }
  }
  return rank(
    seeds.map((s) => ({ ...s, support: supportOf(s.claims, settings) })),
    algebra,
  );
}

/** Best first: more weight, then more independent sources, then more precise, then more recent. */
function rank<V>(candidates: Candidate<V>[], algebra: ValueAlgebra<V>): Candidate<V>[] {
  return candidates.sort(
    (a, b) =>
      b.support.weight - a.support.weight ||
      b.support.sources - a.support.sources ||
      algebra.specificity(b.value) - algebra.specificity(a.value) ||
      compareAsOf(latestAsOf(b.claims), latestAsOf(a.claims)),
  );
}
