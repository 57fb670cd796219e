/** The agreement rule: a fact takes the best-supported value among compatible claims. */
import type { ValueAlgebra } from './algebra.js';
import { clusterClaims, type Candidate } from './cluster.js';
import { sourcesVerb, supportPhrase } from './explain.js';
import type { Option, PropertyRule } from './outcome.js';
import { latestAsOf } from './provenance.js';
import type { ClaimRecord } from './types.js';

export function candidateOption<V>(c: Candidate<V>, algebra: ValueAlgebra<V>): Option {
  const { value, extra } = algebra.render(c.value);
  return { value, extra, claims: c.claims, asOf: latestAsOf(c.claims) };
}

/** Why the first candidate beat the second, in words. */
export function preferenceReason<V>(best: Candidate<V>, next: Candidate<V>): string {
  if (best.support.weight > next.support.weight) return 'its greater source weight';
  if (best.support.sources > next.support.sources) return 'its more independent sources';
  return 'now, as support is even';
}

function syndicationNote(claims: readonly ClaimRecord[], sources: number): string {
  const articles = new Set(claims.map((c) => c.articleId)).size;
  return articles > sources
    ? ` Near-duplicate copies of one story count once (${articles} articles, ${sources} independent).`
    : '';
}

function agreedExplanation<V>(best: Candidate<V>, algebra: ValueAlgebra<V>): string {
  const stated = [
    ...new Set(
      best.claims
        .map((c) => algebra.parse(c.value, c.qualifiers))
        .filter((v) => v !== null)
        .map((v) => algebra.describe(v)),
    ),
  ];
  const head =
    stated.length > 1
      ? `${sourcesVerb(best.support.sources, 'agree')}: ${stated.join(' and ')} are compatible, and the most precise, ${algebra.describe(best.value)}, is kept.`
      : `${sourcesVerb(best.support.sources, 'give')} ${algebra.describe(best.value)}.`;
  return head + syndicationNote(best.claims, best.support.sources);
}

function conflictExplanation<V>(candidates: Candidate<V>[], algebra: ValueAlgebra<V>): string {
  const [best, next] = candidates;
  const list = candidates.map((c) => `${algebra.describe(c.value)} (${supportPhrase(c.support)})`).join(' against ');
  return `Sources disagree: ${list}. The first is kept for ${preferenceReason(best, next)}; flagged for analysts.`;
}

/**
 * Values that either agree or conflict (dates, non-cumulative quantities, categorical and structured values):
 * compatible claims support one candidate; several candidates are a conflict that source weight and
 * the number of independent sources decide provisionally.
 */
export function agreementRule<V>(algebra: ValueAlgebra<V>): PropertyRule {
  return {
    reconcile(group, settings) {
      const candidates = clusterClaims(group.claims, algebra, settings);
      if (!candidates.length) return null;
      const [best, ...rest] = candidates;
      const conflict = rest.length > 0;
      return {
        group,
        status: conflict ? 'conflict' : 'agreed',
        explanation: conflict ? conflictExplanation(candidates, algebra) : agreedExplanation(best, algebra),
        chosen: candidateOption(best, algebra),
        history: [],
        alternatives: rest.map((c) => candidateOption(c, algebra)),
        conflictStatus: conflict ? 'open' : null,
      };
    },
    agrees(decided, claim) {
      const d = algebra.parse(decided, {});
      const v = algebra.parse(claim.value, claim.qualifiers);
      // A claim the rule cannot read never counted, so it cannot reopen anything.
      if (v === null) return true;
      return d !== null && algebra.compatible(d, v);
    },
  };
}
