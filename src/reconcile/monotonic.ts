/** The monotonic rule: counts that only grow over time, reconciled by as-of date. */
import type { ValueAlgebra } from './algebra.js';
import { agreementRule, candidateOption, preferenceReason } from './agreement.js';
import type { Quantity } from './bounds.js';
import { clusterClaims, type Candidate } from './cluster.js';
import { sourcesVerb } from './explain.js';
import type { Option, PropertyRule, RuleOutcome } from './outcome.js';
import { asOfOf, compareAsOf } from './provenance.js';
import type { ClaimRecord, ReconcileSettings } from './types.js';
import { supportOf } from './weight.js';

/** The best-supported exact value at one as-of date. */
interface Point {
  asOf: string | null;
  best: Candidate<Quantity>;
}

const at = (asOf: string | null): string => (asOf ? `as of ${asOf}` : 'undated');

/** Exact reports grouped by as-of; two different values at one as-of are a conflict on their own. */
function pointsOf(exact: ClaimRecord[], algebra: ValueAlgebra<Quantity>, settings: ReconcileSettings) {
  const byAsOf = new Map<string | null, ClaimRecord[]>();
  for (const c of exact) {
    const k = asOfOf(c);
    byAsOf.set(k, [...(byAsOf.get(k) ?? []), c]);
  }
  const points: Point[] = [];
  const problems: string[] = [];
  const losers: Option[] = [];
  for (const [asOf, claims] of [...byAsOf].sort((a, b) => compareAsOf(a[0], b[0]))) {
    const [best, ...rest] = clusterClaims(claims, algebra, settings);
    points.push({ asOf, best });
    if (rest.length) {
      const values = [best, ...rest].map((c) => algebra.describe(c.value)).join(' and ');
      problems.push(`Two values for the same date (${at(asOf)}): ${values}; the first is kept for ${preferenceReason(best, rest[0])}.`);
      losers.push(...rest.map((c) => candidateOption(c, algebra)));
    }
  }
  return { points, problems, losers };
}

/** A count can only go up: find the current value, and reports that went down after a higher one. */
function currentOf(points: Point[], algebra: ValueAlgebra<Quantity>, settings: ReconcileSettings) {
  let peak = points[0];
  const drops: Point[] = [];
  for (const p of points.slice(1)) {
    if (p.best.value.bound < peak.best.value.bound) drops.push(p);
    else peak = p;
  }
  if (!drops.length) return { current: peak, dropped: drops, problem: null };
  const dropClaims = drops.flatMap((d) => d.best.claims);
  const laterWins = supportOf(dropClaims, settings).weight > peak.best.support.weight;
  const last = drops[drops.length - 1];
  const current = laterWins ? last : peak;
  const problem =
    `A later report gives a smaller value: ${algebra.describe(last.best.value)} (${at(last.asOf)}) after ` +
    `${algebra.describe(peak.best.value)} (${at(peak.asOf)}); ${algebra.describe(current.best.value)} is kept for ` +
    `${laterWins ? 'the greater weight of the later reports' : 'a value that only grows cannot shrink, unless better sources say so'}.`;
  return { current, dropped: laterWins ? [peak] : drops, problem };
}

/** Merges consecutive points of one value: a count reported again later is still one history entry. */
function mergeRuns(points: Point[], algebra: ValueAlgebra<Quantity>): Option[] {
  const runs: Option[] = [];
  for (const p of points) {
    const option = candidateOption(p.best, algebra);
    const prev = runs[runs.length - 1];
    if (prev && JSON.stringify(prev.value) === JSON.stringify(option.value)) {
      prev.claims = [...prev.claims, ...option.claims];
      prev.asOf = option.asOf && compareAsOf(option.asOf, prev.asOf) > 0 ? option.asOf : prev.asOf;
    } else runs.push(option);
  }
  return runs;
}

/** Bounds never start a value of their own here; they either fit the dated exact values or contradict one. */
function checkBounds(bounds: { claim: ClaimRecord; q: Quantity }[], points: Point[], algebra: ValueAlgebra<Quantity>) {
  const fitting: ClaimRecord[] = [];
  const contradicting: Option[] = [];
  const problems: string[] = [];
  for (const { claim, q } of bounds) {
    const t = asOfOf(claim);
    const clash = points.find((p) => {
      const v = p.best.value.bound;
      const later = p.asOf === null || t === null || compareAsOf(p.asOf, t) >= 0;
      const earlier = p.asOf === null || t === null || compareAsOf(p.asOf, t) <= 0;
      return (later && v < q.lo) || (earlier && v > q.hi);
    });
    if (!clash) {
      fitting.push(claim);
      continue;
    }
    const { value, extra } = algebra.render(q);
    contradicting.push({ value, extra, claims: [claim], asOf: t });
    problems.push(`The statement ${algebra.describe(q)} (${at(t)}) contradicts ${algebra.describe(clash.best.value)} (${at(clash.asOf)}).`);
  }
  return { fitting, contradicting, problems };
}

function agreedOrEvolving(history: Option[], current: Option, sources: number): string {
  if (!history.length) return `${sourcesVerb(sources, 'give')} ${String(current.value)} ${at(current.asOf)}.`;
  const steps = [...history, current].map((o) => `${String(o.value)} (${at(o.asOf)})`).join(' → ');
  return `A cumulative value that changed over time and never went down: ${steps}; the latest is current, earlier values are kept as history.`;
}

/**
 * Cumulative counts (and anything else that only moves one way, such as a country's signature):
 * values that grow with their as-of date are one evolving fact; a later smaller value, or two values
 * at one as-of, is a conflict.
 */
export function monotonicRule(algebra: ValueAlgebra<Quantity>): PropertyRule {
  const boundsOnly = agreementRule(algebra);
  return {
    reconcile(group, settings): RuleOutcome | null {
      const parsed = group.claims
        .map((claim) => ({ claim, q: algebra.parse(claim.value, claim.qualifiers) }))
        .filter((p): p is { claim: ClaimRecord; q: Quantity } => p.q !== null);
      const exact = parsed.filter((p) => p.q.qualifier === 'exact').map((p) => p.claim);
      if (!exact.length) return boundsOnly.reconcile(group, settings);
      const { points, problems, losers } = pointsOf(exact, algebra, settings);
      const { current, dropped, problem } = currentOf(points, algebra, settings);
      if (problem) problems.push(problem);
      const kept = points.filter((p) => !dropped.includes(p));
      const upTo = kept.filter((p) => compareAsOf(p.asOf, current.asOf) <= 0);
      const runs = mergeRuns(upTo, algebra);
      const chosen = runs[runs.length - 1];
      const history = runs.slice(0, -1);
      const bounds = checkBounds(parsed.filter((p) => p.q.qualifier !== 'exact'), kept, algebra);
      problems.push(...bounds.problems);
      chosen.claims = [...chosen.claims, ...bounds.fitting];
      const alternatives = [...losers, ...dropped.map((p) => candidateOption(p.best, algebra)), ...bounds.contradicting];
      const conflict = problems.length > 0;
      return {
        group,
        status: conflict ? 'conflict' : history.length ? 'evolving' : 'agreed',
        explanation: conflict
          ? `${problems.join(' ')} Flagged for analysts.`
          : agreedOrEvolving(history, chosen, supportOf(chosen.claims, settings).sources),
        chosen,
        history,
        alternatives,
        conflictStatus: conflict ? 'open' : null,
      };
    },
    agrees: boundsOnly.agrees,
  };
}
