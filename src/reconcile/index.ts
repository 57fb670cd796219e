/** Reconciles a subject's claims into facts and conflicts, property by property. */
import { agreementRule } from './agreement.js';
import { quantityAlgebra } from './bounds.js';
import { COUNTRY_STATUS, SIGNATORY_COUNT, countryStatusRule, namedStatusFacts } from './countryStatus.js';
import { applyDecision } from './decisions.js';
import { monotonicRule } from './monotonic.js';
import { milestoneBounds, milestoneRule } from './milestones.js';
import { isRecordClaim, unlistedByRecord, withRecord } from './record.js';
import { toDrafts, type ClaimGroup, type PropertyRule, type RuleOutcome } from './outcome.js';
import { structuredAlgebra } from './structured.js';
import { tallyRule } from './tally.js';
import type { ClaimRecord, Decision, ReconcileSettings, SubjectReconciliation } from './types.js';

export type { PropertyRule } from './outcome.js';

const cumulativeRule = monotonicRule(quantityAlgebra);
const dateRule = milestoneRule();
const quantityRule = agreementRule(quantityAlgebra);
const structuredRule = agreementRule(structuredAlgebra);
const votesRule = tallyRule(quantityAlgebra);

/** The rule family for a property, chosen by configuration first and by the shape of its values after. */
export function ruleFor(property: string, claims: readonly ClaimRecord[], settings: ReconcileSettings): PropertyRule {
  if (property === COUNTRY_STATUS) return countryStatusRule;
  if (settings.cumulative.includes(property)) return cumulativeRule;
  if (settings.tallies?.includes(property)) return votesRule;
  if (settings.dates.includes(property)) return dateRule;
  if (claims.length && claims.every((c) => typeof c.value === 'number')) return quantityRule;
  return structuredRule;
}

const groupId = (property: string, key: string | null): string => `${property}\u0000${key ?? ''}`;

function groupClaims(claims: readonly ClaimRecord[]): ClaimGroup[] {
  const groups = new Map<string, ClaimGroup>();
  for (const c of claims) {
    const key = c.key === '' ? null : c.key;
    const id = groupId(c.property, key);
    const g = groups.get(id);
    if (g) g.claims.push(c);
    else groups.set(id, { subject: c.subject, property: c.property, key, claims: [c] });
  }
  return [...groups.values()];
}

/**
 * All facts and conflicts of one subject from its claims and the analysts' decisions. Pure: the store
 * loads the inputs and writes the outputs.
 */
export function reconcileSubject(
  claims: readonly ClaimRecord[],
  decisions: readonly Decision[],
  settings: ReconcileSettings,
): SubjectReconciliation {
  const latestDecision = new Map<string, Decision>();
  for (const d of [...decisions].sort((a, b) => a.id - b.id)) latestDecision.set(groupId(d.property, d.key), d);

  const outcomes: RuleOutcome[] = [];
  // The record's tables, by their totals: a country they do not list is not a signatory as of their day.
  const tables = claims.filter((c) => isRecordClaim(c) && c.property === SIGNATORY_COUNT);
  const groups = groupClaims(claims);
  // A milestone cannot follow a later one: each is bounded by the agreed dates of those after it.
  const bounds = milestoneBounds(groups, settings.dates, (g) => dateRule.reconcile(g, settings));
  for (const group of groups) {
    const notAfter = group.key === null ? bounds.get(group.property) : undefined;
    if (notAfter) group.notAfter = notAfter;
    const record = group.claims.filter(isRecordClaim);
    const reports = record.length ? { ...group, claims: group.claims.filter((c) => !isRecordClaim(c)) } : group;
    const rule = ruleFor(group.property, reports.claims, settings);
    const decision = latestDecision.get(groupId(group.property, group.key));
    const reported = reports.claims.length ? decided(reports, rule, settings, decision) : null;
    let outcome = withRecord(reported, record, group);
    if (outcome && group.property === COUNTRY_STATUS && !record.length) outcome = unlistedByRecord(outcome, tables);
    if (outcome) outcomes.push(outcome);
  }
  const statuses = outcomes.filter((o) => o.group.property === COUNTRY_STATUS);
  if (statuses.length) {
    const subject = statuses[0].group.subject;
    // Named signatories are checked against the count as reconciled: an outlier the count sets aside checks nothing.
    const count = outcomes.find((o) => o.group.property === SIGNATORY_COUNT && o.group.key === null);
    const setAside = new Set((count?.outliers ?? []).flatMap((o) => o.option.claims.map((c) => c.id)));
    const counts = claims.filter((c) => c.property === SIGNATORY_COUNT && !setAside.has(c.id));
    for (const outcome of namedStatusFacts(statuses, counts, subject)) {
      const decision = latestDecision.get(groupId(outcome.group.property, outcome.group.key));
      outcomes.push(decision ? applyDecision(outcome, decision, structuredRule) : outcome);
    }
  }

  const result: SubjectReconciliation = { facts: [], conflicts: [] };
  for (const outcome of outcomes) {
    const { fact, conflict } = toDrafts(outcome);
    result.facts.push(fact);
    if (conflict) result.conflicts.push(conflict);
  }
  return result;
}

/** A group's outcome with the analysts' latest decision on it applied, the rule's own way where it has one. */
function decided(group: ClaimGroup, rule: PropertyRule, settings: ReconcileSettings, decision: Decision | undefined) {
  if (decision && rule.decide) return rule.decide(group, settings, decision);
  const outcome = rule.reconcile(group, settings);
  return outcome && decision ? applyDecision(outcome, decision, rule) : outcome;
}
