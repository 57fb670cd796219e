/** Reconciles each country's status under a treaty and the counts it implies. */
import type { ValueAlgebra } from './algebra.js';
import { quantity, quantityAlgebra, type Quantity } from './bounds.js';
import { plural } from './explain.js';
import { monotonicRule } from './monotonic.js';
import type { Option, RuleOutcome } from './outcome.js';
import { asOfOf, compareAsOf, latestAsOf } from './provenance.js';
import type { ClaimRecord } from './types.js';

export const COUNTRY_STATUS = 'country_status';
export const SIGNATORIES_NAMED = 'signatories_named';
export const NOT_SIGNED_NAMED = 'not_signed_named';
/** The stated count the named signatories are checked against. */
export const SIGNATORY_COUNT = 'signatory_count';
/** Organisations that sign treaties alongside states but are not counted among them. */
const NON_STATES = new Set(['EU']);

const STATUSES = ['not_signed', 'signed'] as const;

/** A signature is one-way: "not signed" ranks below "signed", so the monotonic rule applies as for counts. */
const statusAlgebra: ValueAlgebra<Quantity> = {
  parse: (value) => {
    const rank = STATUSES.indexOf(value as (typeof STATUSES)[number]);
    return rank < 0 ? null : quantity(rank, 'exact');
  },
  compatible: (a, b) => quantityAlgebra.compatible(a, b),
  refine: (a) => a,
  specificity: () => 1,
  render: (q) => ({ value: STATUSES[q.bound], extra: {} }),
  describe: (q) => STATUSES[q.bound],
};

/** Per-country status: a later "signed" supersedes an earlier "not yet signed"; the reverse is a conflict. */
export const countryStatusRule = monotonicRule(statusAlgebra);

/** When the country is first reported as signed: it counts among the named signatories from then on. */
function signedSince(o: RuleOutcome): string | null {
  const dates = o.chosen.claims.map(asOfOf).sort(compareAsOf);
  return dates[0] ?? null;
}

function namedList(
  property: string,
  outcomes: RuleOutcome[],
  subject: string,
): { option: Option; group: RuleOutcome['group'] } {
  const claims = outcomes.flatMap((o) => o.chosen.claims);
  const codes = outcomes.map((o) => o.group.key ?? '').sort();
  return {
    option: { value: codes, extra: {}, claims, asOf: latestAsOf(claims) },
    group: { subject, property, key: null, claims },
  };
}

function namedPhrase(codes: string[]): string {
  const states = codes.filter((c) => !NON_STATES.has(c)).length;
  const others = codes.filter((c) => NON_STATES.has(c));
  return `${plural(states, 'state')}${others.length ? ` and ${others.join(', ')}` : ''}`;
}

/**
 * Checks the named signatories against each stated exact count: as of a count's date, the states named
 * as signed by then can never outnumber it (names are a lower bound of the count).
 */
function checkAgainstCounts(
  signed: RuleOutcome[],
  countClaims: ClaimRecord[],
): { problem: string; count: ClaimRecord } | { fine: string } | null {
  let latest: { claim: ClaimRecord; value: number; asOf: string | null } | null = null;
  for (const claim of countClaims) {
    const q = quantityAlgebra.parse(claim.value, claim.qualifiers);
    if (!q || q.qualifier !== 'exact') continue;
    const t = asOfOf(claim);
    const named = signed.filter(
      (o) => !NON_STATES.has(o.group.key ?? '') && (t === null || compareAsOf(signedSince(o), t) <= 0),
    ).length;
    if (named > q.bound) {
      const by = t ? ` by ${t}` : '';
      return {
        problem: `${plural(named, 'state')} are named as signatories${by}, more than the stated count of ${q.bound}.`,
        count: claim,
      };
    }
    if (!latest || compareAsOf(t, latest.asOf) > 0) latest = { claim, value: q.bound, asOf: t };
  }
  return latest
    ? {
        fine: `consistent with the stated count of ${latest.value}${latest.asOf ? ` as of ${latest.asOf}` : ''} (names are a lower bound)`,
      }
    : null;
}

/** The derived lists of named signatories and non-signatories, with the named-count check. */
export function namedStatusFacts(
  statusOutcomes: RuleOutcome[],
  countClaims: ClaimRecord[],
  subject: string,
): RuleOutcome[] {
  const signed = statusOutcomes.filter((o) => o.chosen.value === 'signed');
  const notSigned = statusOutcomes.filter((o) => o.chosen.value === 'not_signed');
  const results: RuleOutcome[] = [];
  if (signed.length) {
    const { option, group } = namedList(SIGNATORIES_NAMED, signed, subject);
    const codes = option.value as string[];
    const check = checkAgainstCounts(signed, countClaims);
    const named = `${namedPhrase(codes)} are named as signatories`;
    const conflict = check !== null && 'problem' in check;
    results.push({
      group,
      status: conflict ? 'conflict' : 'agreed',
      explanation: conflict ? `${check.problem} Flagged for analysts.` : `${named}${check ? `; ${check.fine}` : ''}.`,
      chosen: option,
      history: [],
      alternatives: conflict
        ? [{ value: check.count.value, extra: {}, claims: [check.count], asOf: asOfOf(check.count) }]
        : [],
      conflictStatus: conflict ? 'open' : null,
    });
  }
  if (notSigned.length) {
    const { option, group } = namedList(NOT_SIGNED_NAMED, notSigned, subject);
    results.push({
      group,
      status: 'agreed',
      explanation: `${namedPhrase(option.value as string[])} are named as not having signed.`,
      chosen: option,
      history: [],
      alternatives: [],
      conflictStatus: null,
    });
  }
  return results;
}
