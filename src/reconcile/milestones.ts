/** Treaty milestones (adoption, opening for signature, entry into force): dates of events that happen once. */
import { agreementRule } from './agreement.js';
import { dateAlgebra } from './dates.js';
import type { ClaimGroup, Outlier, PropertyRule, RuleOutcome } from './outcome.js';
import { asOfOf, datePart } from './provenance.js';
import { independentGroups } from './weight.js';
import type { ClaimRecord } from './types.js';

/** A claim's date, and whether its article gave it as still to come (a date after the article's own day). */
function readMilestone(claim: ClaimRecord): { date: string; ahead: boolean } | null {
  const value = dateAlgebra.parse(claim.value, claim.qualifiers);
  const published = datePart(claim.published);
  if (!value) return null;
  return { date: value.date, ahead: !!published && value.date > published.slice(0, value.date.length) };
}

/**
 * The claims that announce a milestone after an earlier article reported it as past with another date ("will be
 * open for signature from 7 March" in 2010, when a report of 2000 saw the signing open): a milestone happens once,
 * so the later announcement is of another instrument (an amendment, a supplementary protocol) or a mistake. One
 * article's own past and future dates are weighed against each other only when another independent source confirms
 * the past one ("took effect in 1975" beside "the ban itself becomes binding in January", with a second report of
 * "in force since 1 July 1975"): alone, either may be the misread one.
 */
function lateAnnouncements(claims: readonly ClaimRecord[]): ClaimRecord[] {
  const sourceOf = new Map<ClaimRecord, number>();
  independentGroups(claims).forEach((group, i) => group.forEach((c) => sourceOf.set(c, i)));
  const read = claims.map((claim) => ({ claim, m: readMilestone(claim), day: datePart(claim.published) }));
  const past = read.filter((r) => r.m && !r.m.ahead && r.day);
  const agree = (a: string, b: string) => dateAlgebra.compatible({ date: a, place: null }, { date: b, place: null });
  const confirmed = (p: (typeof past)[number]) =>
    past.some((q) => sourceOf.get(q.claim) !== sourceOf.get(p.claim) && agree(q.m!.date, p.m!.date));
  return read
    .filter(
      (r) =>
        r.m?.ahead &&
        r.day &&
        past.some((p) => (p.day! < r.day! || (p.day === r.day && confirmed(p))) && !agree(p.m!.date, r.m!.date)),
    )
    .map((r) => r.claim);
}

/** Whether a date is later than a bound at the precision both give ("2022-11-24" after "1975-07-01"; "1975" is not after "1975-07"). */
function laterThan(date: string, bound: string): boolean {
  const n = Math.min(date.length, bound.length);
  return date.slice(0, n) > bound.slice(0, n);
}

/**
 * The claims dated after the agreed day of a later milestone ("Committee I adopted the listing last Thursday" read as
 * the adoption of a convention in force since 1975): a treaty is adopted, opened for signature and brought into force
 * in that order, so such a date is another act's.
 */
function outOfOrder(group: ClaimGroup): Map<ClaimRecord, string> {
  const bound = group.notAfter;
  const found = new Map<ClaimRecord, string>();
  if (!bound) return found;
  for (const claim of group.claims) {
    const m = readMilestone(claim);
    if (m && laterThan(m.date, bound.date))
      found.set(
        claim,
        `${String(claim.value)} is later than the agreed ${bound.property} ${bound.date}, which this milestone ` +
          "precedes; it is set aside as another act's date.",
      );
  }
  return found;
}

/**
 * The agreed date of each milestone a later one in `order` can bound: for each property of `order` (its milestones
 * in the order they happen), the earliest agreed date among those after it. `reconcile` gives a group's outcome.
 */
export function milestoneBounds(
  groups: readonly ClaimGroup[],
  order: readonly string[],
  reconcile: (group: ClaimGroup) => RuleOutcome | null,
): Map<string, { date: string; property: string }> {
  const agreed = new Map<string, string>();
  for (const group of groups) {
    if (group.key !== null || !order.includes(group.property)) continue;
    const outcome = reconcile(group);
    if (outcome?.status === 'agreed' && typeof outcome.chosen.value === 'string')
      agreed.set(group.property, outcome.chosen.value);
  }
  const bounds = new Map<string, { date: string; property: string }>();
  order.forEach((property, i) => {
    for (const later of order.slice(i + 1)) {
      const date = agreed.get(later);
      const held = bounds.get(property);
      if (date && (!held || laterThan(held.date, date))) bounds.set(property, { date, property: later });
    }
  });
  return bounds;
}

/**
 * Milestone dates: the agreement rule, once announcements made after (or, confirmed elsewhere, beside) a report of the
 * milestone as past, and dates after the agreed day of a later milestone, are set aside as outliers (shown for review,
 * left out of the value), so they neither win nor make a conflict.
 */
export function milestoneRule(): PropertyRule {
  const agreement = agreementRule(dateAlgebra);
  return {
    reconcile(group, settings) {
      const lateNote =
        'is announced as still to come where an earlier report, or one another source confirms, gave this ' +
        "milestone as past; a milestone happens once, so it is set aside as another instrument's date or a mistake.";
      const setAside = outOfOrder(group);
      for (const claim of lateAnnouncements(group.claims))
        setAside.set(claim, `${String(claim.value)} (${datePart(claim.published)}) ${lateNote}`);
      if (!setAside.size || setAside.size === group.claims.length) return agreement.reconcile(group, settings);
      const outcome = agreement.reconcile({ ...group, claims: group.claims.filter((c) => !setAside.has(c)) }, settings);
      if (!outcome) return null;
      const outliers: Outlier[] = [...setAside].map(([claim, reason]) => ({
        option: { value: claim.value, extra: {}, claims: [claim], asOf: asOfOf(claim) },
        reason,
      }));
      const note = outliers.map((o) => ` ${o.reason}`).join('');
      return {
        ...outcome,
        explanation: outcome.explanation + note,
        outliers: [...(outcome.outliers ?? []), ...outliers],
      };
    },
    agrees: (decided, claim) => agreement.agrees(decided, claim),
  };
}
