/** Applies analysts' decisions to facts, reopening them when new claims disagree. */
import { describeValue } from './explain.js';
import type { PropertyRule, RuleOutcome } from './outcome.js';
import type { Decision } from './types.js';

/**
 * An analyst's decision holds until a claim it never saw disagrees with it; then the fact is a conflict
 * again and says which decision was reopened and by what.
 */
export function applyDecision(o: RuleOutcome, d: Decision, rule: PropertyRule): RuleOutcome {
  const seen = new Set(d.seenClaimIds);
  const when = d.at.slice(0, 10);
  const fresh = o.group.claims.filter((c) => !seen.has(c.id) && !rule.agrees(d.value, c));
  if (fresh.length) {
    const from = [...new Set(fresh.map((c) => c.url ?? `article #${c.articleId}`))].join(', ');
    return {
      ...o,
      status: 'conflict',
      conflictStatus: 'reopened',
      explanation: `The decision of ${when} by ${d.by} (${describeValue(d.value)}) was reopened by new evidence from ${from}. ${o.explanation}`,
    };
  }
  const options = [o.chosen, ...o.alternatives];
  const match = options.find((opt) => opt.claims.length > 0 && opt.claims.every((c) => rule.agrees(d.value, c)));
  return {
    ...o,
    status: 'resolved',
    conflictStatus: 'resolved',
    explanation: `Resolved by ${d.by} on ${when} as ${describeValue(d.value)}: ${d.note}`,
    chosen: match ? { ...match, value: d.value } : { value: d.value, extra: {}, claims: [], asOf: o.chosen.asOf },
    alternatives: options.filter((opt) => opt !== match),
  };
}
