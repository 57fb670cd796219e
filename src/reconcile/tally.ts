/** Tallies of one event each (votes): reports of one day agree or conflict; a later day's tally is a later vote. */
import type { ValueAlgebra } from './algebra.js';
import { agreementRule } from './agreement.js';
import type { Option, PropertyRule, RuleOutcome } from './outcome.js';
import { asOfOf, compareAsOf } from './provenance.js';
import type { ClaimRecord } from './types.js';

const sameValue = (a: Option, b: Option): boolean => JSON.stringify(a.value) === JSON.stringify(b.value);

/** Each day's chosen tally, oldest first, with a day that repeats the previous value merged into it. */
function successive(days: RuleOutcome[]): Option[] {
  const runs: Option[] = [];
  for (const { chosen } of days) {
    const prev = runs[runs.length - 1];
    if (prev && sameValue(prev, chosen))
      runs[runs.length - 1] = { ...chosen, claims: [...prev.claims, ...chosen.claims] };
    else runs.push(chosen);
  }
  return runs;
}

/**
 * One article that gives two tallies for one day reports two votes (two chambers, two parliaments), since it does not
 * contradict itself: its values are read as successive votes, in text order, rather than as a disagreement.
 */
function votesOfOneArticle(day: RuleOutcome): RuleOutcome[] {
  const options = [day.chosen, ...day.alternatives];
  const articles = new Set(options.flatMap((o) => o.claims.map((c) => c.articleId)));
  if (day.status !== 'conflict' || articles.size !== 1) return [day];
  const inTextOrder = (o: Option) => Math.min(...o.claims.map((c) => c.id));
  return options
    .sort((a, b) => inTextOrder(a) - inTextOrder(b))
    .map((chosen) => ({ ...day, status: 'agreed', chosen, alternatives: [], conflictStatus: null }));
}

const at = (o: Option): string => (o.asOf ? `as of ${o.asOf}` : 'undated');

/**
 * The day each claim's vote was held: a vote dated only by its year or month ("rejected it in 2012 by 61 to 37",
 * recalled years later) is the vote of the one day of that period another report gives, so the two can agree or
 * conflict; with no such day, or several, it keeps its own period.
 */
function voteDays(claims: readonly ClaimRecord[]): Map<ClaimRecord, string | null> {
  const days = [...new Set(claims.map(asOfOf))].filter((d): d is string => d !== null && d.length === 10);
  const out = new Map<ClaimRecord, string | null>();
  for (const c of claims) {
    const own = asOfOf(c);
    const within = own && own.length < 10 ? days.filter((d) => d.startsWith(own)) : [];
    out.set(c, within.length === 1 ? within[0] : own);
  }
  return out;
}

/**
 * A vote is one event on one day: reports of the same day that give different tallies conflict, but a different
 * tally on another day is another vote (the second chamber, a later reading), so the latest is current and the
 * earlier ones are its history, not a disagreement.
 */
export function tallyRule<V>(algebra: ValueAlgebra<V>): PropertyRule {
  const oneDay = agreementRule(algebra);
  return {
    reconcile(group, settings) {
      const byDay = new Map<string | null, ClaimRecord[]>();
      const dayOf = voteDays(group.claims);
      for (const c of group.claims) byDay.set(dayOf.get(c)!, [...(byDay.get(dayOf.get(c)!) ?? []), c]);
      const days = [...byDay]
        .sort((a, b) => compareAsOf(a[0], b[0]))
        .map(([, claims]) => oneDay.reconcile({ ...group, claims }, settings))
        .filter((o): o is RuleOutcome => o !== null)
        .flatMap(votesOfOneArticle);
      const runs = successive(days);
      if (runs.length < 2) return oneDay.reconcile(group, settings);
      const chosen = runs[runs.length - 1];
      const history = runs.slice(0, -1);
      const split = days.filter((d) => d.status === 'conflict');
      const votes = runs.map((o) => `${String(o.value)} (${at(o)})`).join(' → ');
      if (split.length) {
        return {
          group,
          status: 'conflict',
          explanation: split.map((d) => `On ${d.chosen.asOf ?? 'an undated day'}: ${d.explanation}`).join(' '),
          chosen,
          history,
          alternatives: split.flatMap((d) => d.alternatives),
          conflictStatus: 'open',
        };
      }
      return {
        group,
        status: 'evolving',
        explanation: `Votes on different days are different votes: ${votes}; the latest is current, earlier ones are kept as history.`,
        chosen,
        history,
        alternatives: [],
        conflictStatus: null,
      };
    },
    agrees: (decided, claim) => oneDay.agrees(decided, claim),
  };
}
