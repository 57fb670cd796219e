/** Cumulative values (counts that only grow, a country's signature): one series over time, with its outliers. */
import type { ValueAlgebra } from './algebra.js';
import { agreementRule, candidateOption, preferenceReason } from './agreement.js';
import type { Quantity } from './bounds.js';
import { clusterClaims, type Candidate } from './cluster.js';
import { applyDecision } from './decisions.js';
import { sourcesVerb } from './explain.js';
import { breaksSeries, readingOf, reportPhrase, splitOutliers, type ExactClaim, type Reading } from './outliers.js';
import type { ClaimGroup, Option, Outlier, PropertyRule, RuleOutcome } from './outcome.js';
import { asOfOf, compareAsOf, latestAsOf } from './provenance.js';
import type { ClaimRecord, Decision, ReconcileSettings } from './types.js';
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
      const why = preferenceReason(best, rest[0]);
      problems.push(`Two values for the same date (${at(asOf)}): ${values}; the first is kept for ${why}.`);
      losers.push(...rest.map((c) => candidateOption(c, algebra)));
    }
  }
  return { points, problems, losers };
}

/**
 * Whether the reports of a point say the count went down ("161 parties, down from 165 after two withdrawals"): a
 * count of parties shrinks when states leave, so a fall its own reports explain is an update, not a misreport.
 */
const saysFell = (p: Point): boolean => p.best.claims.some((c) => c.qualifiers.fell === true);

/**
 * A count only goes up unless its reports say states left: find the current value, the falls the reports explain,
 * and the reports that went down after a higher one without a word of why.
 */
function currentOf(points: Point[], algebra: ValueAlgebra<Quantity>, settings: ReconcileSettings) {
  let peak = points[0];
  const drops: { point: Point; after: Point }[] = [];
  let fell = false;
  for (const p of points.slice(1)) {
    const lower = p.best.value.bound < peak.best.value.bound;
    if (lower && !saysFell(p)) drops.push({ point: p, after: peak });
    else {
      fell ||= lower;
      peak = p;
    }
  }
  if (!drops.length) return { current: peak, dropped: [] as Point[], problem: null, fell };
  const last = drops[drops.length - 1].point;
  const dropClaims = drops.flatMap((d) => d.point.best.claims);
  const laterWins =
    compareAsOf(last.asOf, peak.asOf) > 0 && supportOf(dropClaims, settings).weight > peak.best.support.weight;
  const current = laterWins ? last : peak;
  const show = (p: Point) => `${algebra.describe(p.best.value)} (${at(p.asOf)})`;
  const steps = drops.map((d) => `after ${show(d.after)}, a later report gives ${show(d.point)}`).join('; ');
  const why = laterWins
    ? 'the greater weight of the later reports'
    : 'a value that only grows cannot shrink, unless better sources say so';
  const kept = algebra.describe(current.best.value);
  const problem = `A smaller value follows a larger one: ${steps}. ${kept} is kept for ${why}.`;
  return { current, dropped: laterWins ? [peak] : drops.map((d) => d.point), problem, fell };
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
    const stated = `${algebra.describe(q)} (${at(t)})`;
    problems.push(`The statement ${stated} contradicts ${algebra.describe(clash.best.value)} (${at(clash.asOf)}).`);
  }
  return { fitting, contradicting, problems };
}

const steps = (options: Option[], label: (o: Option) => string = () => ''): string =>
  options.map((o) => `${String(o.value)} (${at(o.asOf)}${label(o)})`).join(' → ');

function agreedOrEvolving(history: Option[], current: Option, sources: number, fell: boolean): string {
  if (!history.length) return `${sourcesVerb(sources, 'give')} ${String(current.value)} ${at(current.asOf)}.`;
  const how = fell ? 'went down only where its reports say states left' : 'never went down';
  return (
    `A cumulative value that changed over time and ${how}: ${steps([...history, current])}; ` +
    'the latest is current, earlier values are kept as history.'
  );
}

/** An analyst's note closed as a sentence, so what follows it reads apart. */
const asSentence = (note: string): string => (/[.!?]$/.test(note.trim()) ? note.trim() : `${note.trim()}.`);

const outlierNote = (outliers: Outlier[]): string => outliers.map((o) => ` ${o.reason}`).join('');

/** The series a set of claims makes: current value, history, competing values and what is wrong with them. */
interface Series {
  chosen: Option | null;
  history: Option[];
  alternatives: Option[];
  problems: string[];
  fitting: ClaimRecord[];
  /** Whether the series went down where its reports say states left (withdrawals). */
  fell: boolean;
}

function seriesOf(
  exact: ClaimRecord[],
  bounds: { claim: ClaimRecord; q: Quantity }[],
  algebra: ValueAlgebra<Quantity>,
  settings: ReconcileSettings,
): Series {
  if (!exact.length) return { chosen: null, history: [], alternatives: [], problems: [], fitting: [], fell: false };
  const { points, problems, losers } = pointsOf(exact, algebra, settings);
  const { current, dropped, problem, fell } = currentOf(points, algebra, settings);
  if (problem) problems.push(problem);
  const kept = points.filter((p) => !dropped.includes(p));
  const runs = mergeRuns(
    kept.filter((p) => compareAsOf(p.asOf, current.asOf) <= 0),
    algebra,
  );
  const checked = checkBounds(bounds, kept, algebra);
  problems.push(...checked.problems);
  const alternatives = [...losers, ...dropped.map((p) => candidateOption(p.best, algebra)), ...checked.contradicting];
  const beyond = boundBeyond(checked.fitting, current, algebra);
  if (beyond) {
    const fitting = checked.fitting.filter((c) => !beyond.claims.includes(c));
    return { chosen: beyond, history: runs, alternatives, problems, fitting, fell };
  }
  const chosen = runs[runs.length - 1];
  return { chosen, history: runs.slice(0, -1), alternatives, problems, fitting: checked.fitting, fell };
}

/**
 * A later lower bound above the latest exact count ("over 110 countries" years after "46 have ratified") says the
 * series has grown past it: the bound is the current value and the exact counts its history. The latest such day
 * wins, and of its bounds the tightest.
 */
function boundBeyond(fitting: ClaimRecord[], current: Point, algebra: ValueAlgebra<Quantity>): Option | null {
  let best: { claim: ClaimRecord; q: Quantity } | null = null;
  for (const claim of fitting) {
    const q = algebra.parse(claim.value, claim.qualifiers);
    if (!q || q.lo <= current.best.value.hi || compareAsOf(asOfOf(claim), current.asOf) <= 0) continue;
    const order = best ? compareAsOf(asOfOf(claim), asOfOf(best.claim)) : 1;
    if (order > 0 || (order === 0 && best && q.lo > best.q.lo)) best = { claim, q };
  }
  if (!best) return null;
  const { value, extra } = algebra.render(best.q);
  return { value, extra, claims: [best.claim], asOf: asOfOf(best.claim) };
}

/** The claims of a group read as quantities: exact ones (outliers set aside) and bounds. */
function readGroup(group: ClaimGroup, algebra: ValueAlgebra<Quantity>, settings: ReconcileSettings) {
  const parsed = group.claims
    .map((claim) => ({ claim, q: algebra.parse(claim.value, claim.qualifiers) }))
    .filter((p): p is ExactClaim => p.q !== null);
  const { kept, outliers } = splitOutliers(
    parsed.filter((p) => p.q.qualifier === 'exact'),
    settings,
  );
  return { exact: kept, bounds: parsed.filter((p) => p.q.qualifier !== 'exact'), outliers };
}

/**
 * Cumulative counts (and anything else that only moves one way, such as a country's signature): values that grow
 * with their as-of date are one evolving fact, and so is a later smaller count whose reports say states left
 * (withdrawals); a later smaller value said without a reason, or two values at one as-of, is a conflict;
 * one weak report far off a well-sourced series is an outlier, reported without freezing the fact.
 */
export function monotonicRule(algebra: ValueAlgebra<Quantity>): PropertyRule {
  const boundsOnly = agreementRule(algebra);
  const rule: PropertyRule = {
    reconcile(group, settings): RuleOutcome | null {
      const { exact, bounds, outliers } = readGroup(group, algebra, settings);
      if (!exact.length) return boundsOnly.reconcile(group, settings);
      const s = seriesOf(
        exact.map((e) => e.claim),
        bounds,
        algebra,
        settings,
      );
      const chosen = { ...s.chosen!, claims: [...s.chosen!.claims, ...s.fitting] };
      const conflict = s.problems.length > 0;
      const sources = supportOf(chosen.claims, settings).sources;
      const told = conflict
        ? `${s.problems.join(' ')} Flagged for analysts.`
        : agreedOrEvolving(s.history, chosen, sources, s.fell);
      return {
        group,
        status: conflict ? 'conflict' : s.history.length ? 'evolving' : 'agreed',
        explanation: told + outlierNote(outliers),
        chosen,
        history: s.history,
        alternatives: s.alternatives,
        conflictStatus: conflict ? 'open' : null,
        outliers,
      };
    },
    agrees: (decided, claim) => boundsOnly.agrees(decided, claim),
    decide(group, settings, decision) {
      const pinned = algebra.parse(decision.value, {});
      const outcome = rule.reconcile(group, settings);
      const asOf = decision.asOf ?? (pinned && decidedDay(group, decision, pinned, algebra));
      if (!outcome || !pinned || pinned.qualifier !== 'exact' || !asOf) {
        return outcome && applyDecision(outcome, decision, rule);
      }
      return decidedSeries(group, settings, { ...decision, asOf }, pinned, outcome, algebra);
    },
  };
  return rule;
}

/** For a decision stored without its day (by an older build): the latest day a claim it saw gives its value. */
function decidedDay(group: ClaimGroup, d: Decision, pinned: Quantity, algebra: ValueAlgebra<Quantity>) {
  const seen = new Set(d.seenClaimIds);
  const same = group.claims.filter(
    (c) => seen.has(c.id) && algebra.parse(c.value, c.qualifiers)?.bound === pinned.bound,
  );
  return same.length ? latestAsOf(same) : null;
}

/** The claims that cannot hold together with a decided value at its as-of (a count only grows). */
function contradictionsOf(
  exact: ExactClaim[],
  bounds: { claim: ClaimRecord; q: Quantity }[],
  pin: Reading,
): ClaimRecord[] {
  const exactBreaks = exact.filter((e) => breaksSeries(readingOf(e), pin)).map((e) => e.claim);
  const boundBreaks = bounds.filter(({ claim, q }) => {
    const order = compareAsOf(asOfOf(claim), pin.asOf);
    return (order >= 0 && q.hi < pin.bound) || (order <= 0 && q.lo > pin.bound);
  });
  return [...exactBreaks, ...boundBreaks.map((b) => b.claim)];
}

/**
 * A series with an analyst's decision: the decided value holds at its as-of; reports that continue the series
 * extend it (a decided 74, then 76, is 76 evolving with 74 in history); a report the decision never saw that
 * contradicts it at its as-of reopens it.
 */
function decidedSeries(
  group: ClaimGroup,
  settings: ReconcileSettings,
  d: Decision,
  pinned: Quantity,
  undecided: RuleOutcome,
  algebra: ValueAlgebra<Quantity>,
): RuleOutcome {
  const { exact, bounds, outliers } = readGroup(group, algebra, settings);
  const decided = `${algebra.describe(pinned)} ${at(d.asOf)}`;
  const when = d.at.slice(0, 10);
  const against = contradictionsOf(exact, bounds, { asOf: d.asOf, bound: pinned.bound });
  const seen = new Set(d.seenClaimIds);
  const fresh = against.filter((c) => !seen.has(c.id));
  if (fresh.length) {
    const news = fresh.map((c) => reportPhrase(algebra.parse(c.value, c.qualifiers)!.bound, [c])).join(', ');
    return {
      ...undecided,
      status: 'conflict',
      conflictStatus: 'reopened',
      explanation:
        `The decision of ${when} by ${d.by} (${decided}) was reopened by new evidence that contradicts it: ${news}. ` +
        undecided.explanation,
    };
  }
  const overruled = new Set(against.map((c) => c.id));
  const consistent = exact.filter((e) => !overruled.has(e.claim.id));
  const t = d.asOf;
  const atPin = consistent.filter((e) => compareAsOf(asOfOf(e.claim), t) === 0).map((e) => e.claim);
  const before = consistent.filter((e) => compareAsOf(asOfOf(e.claim), t) < 0).map((e) => e.claim);
  const after = consistent.filter((e) => compareAsOf(asOfOf(e.claim), t) > 0).map((e) => e.claim);
  const fits = bounds.filter((b) => !overruled.has(b.claim.id));
  const earlier = seriesOf(before, [], algebra, settings);
  const later = seriesOf(after, fits, algebra, settings);
  const pinOption: Option = { ...algebra.render(pinned), claims: atPin, asOf: t };
  const label = (o: Option) => (o === pinOption ? `, decided by ${d.by} on ${when}` : '');
  const history = [...earlier.history, ...(earlier.chosen ? [earlier.chosen] : [])];
  const overruledOptions = group.claims
    .filter((c) => overruled.has(c.id))
    .map((c) => ({ ...algebra.render(algebra.parse(c.value, c.qualifiers)!), claims: [c], asOf: asOfOf(c) }));
  const alternatives = [...overruledOptions, ...earlier.alternatives, ...later.alternatives];
  const base = { group, alternatives, outliers, conflictStatus: 'resolved' as const };
  if (!later.chosen) {
    const chosen = { ...pinOption, claims: [...atPin, ...later.fitting] };
    const explanation = `Resolved by ${d.by} on ${when} as ${decided}: ${asSentence(d.note)}` + outlierNote(outliers);
    return { ...base, status: 'resolved', explanation, chosen, history };
  }
  const fullHistory = [...history, pinOption, ...later.history];
  const chosen = { ...later.chosen, claims: [...later.chosen.claims, ...later.fitting] };
  if (later.problems.length) {
    const explanation =
      `The decision of ${when} by ${d.by} (${decided}) holds; later reports disagree among themselves: ` +
      `${later.problems.join(' ')} Flagged for analysts.` +
      outlierNote(outliers);
    return { ...base, status: 'conflict', conflictStatus: 'open', explanation, chosen, history: fullHistory };
  }
  const explanation =
    `A cumulative value that changed over time and never went down: ${steps([...fullHistory, chosen], label)}; ` +
    `later reports continue the decided value, so the decision holds (${d.note}).` +
    outlierNote(outliers);
  return { ...base, status: 'evolving', explanation, chosen, history: fullHistory };
}
