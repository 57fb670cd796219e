/** Treaty milestones (adoption, opening for signature, entry into force): dates of events that happen once. */
import { agreementRule } from './agreement.js';
import { dateAlgebra } from './dates.js';
import type { Outlier, PropertyRule } from './outcome.js';
import { asOfOf, datePart } from './provenance.js';
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
 * article's own past and future dates are not weighed against each other: either may be the misread one.
 */
function lateAnnouncements(claims: readonly ClaimRecord[]): ClaimRecord[] {
  const read = claims.map((claim) => ({ claim, m: readMilestone(claim), day: datePart(claim.published) }));
  const past = read.filter((r) => r.m && !r.m.ahead && r.day);
  return read
    .filter(
      (r) =>
        r.m?.ahead &&
        r.day &&
        past.some(
          (p) =>
            p.day! < r.day! &&
            !dateAlgebra.compatible({ date: p.m!.date, place: null }, { date: r.m!.date, place: null }),
        ),
    )
    .map((r) => r.claim);
}

/**
 * Milestone dates: the agreement rule, once announcements made after the milestone was reported as past are set
 * aside as outliers (shown for review, left out of the value), so they neither win nor make a conflict.
 */
export function milestoneRule(): PropertyRule {
  const agreement = agreementRule(dateAlgebra);
  return {
    reconcile(group, settings) {
      const late = new Set(lateAnnouncements(group.claims));
      if (!late.size || late.size === group.claims.length) return agreement.reconcile(group, settings);
      const outcome = agreement.reconcile({ ...group, claims: group.claims.filter((c) => !late.has(c)) }, settings);
      if (!outcome) return null;
      const outliers: Outlier[] = [...late].map((claim) => ({
        option: { value: claim.value, extra: {}, claims: [claim], asOf: asOfOf(claim) },
        reason:
          `${String(claim.value)} (${datePart(claim.published)}) is announced as still to come after an earlier ` +
          'report gave this milestone as past; a milestone happens once, so it is set aside as another ' +
          "instrument's date or a mistake.",
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
