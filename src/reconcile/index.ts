/** Reconciles a subject's claims into facts and conflicts, property by property. */
import { agreementRule } from './agreement.js';
import { quantityAlgebra } from './bounds.js';
import { COUNTRY_STATUS, SIGNATORY_COUNT, countryStatusRule, namedStatusFacts } from './countryStatus.js';
import { dateAlgebra } from './dates.js';
import { applyDecision } from './decisions.js';
import { monotonicRule } from './monotonic.js';
import { isRecordClaim, unlistedByRecord, withRecord } from './record.js';
import { toDrafts, type ClaimGroup, type PropertyRule, type RuleOutcome } from './outcome.js';
import { structuredAlgebra } from './structured.js';
import type { ClaimRecord, Decision, ReconcileSettings, SubjectReconciliation } from './types.js';

export type { PropertyRule } from './outcome.js';

const cumulativeRule = monotonicRule(quantityAlgebra);
const dateRule = agreementRule(dateAlgebra);
const quantityRule = agreementRule(quantityAlgebra);
const structuredRule = agreementRule(structuredAlgebra);

/** The rule family for a property, chosen by configuration first and by the shape of its values after. */
export function ruleFor(property: string, claims: readonly ClaimRecord[], settings: ReconcileSettings): PropertyRule {
  if (property === COUNTRY_STATUS) return countryStatusRule;
  if (settings.cumulative.includes(property)) return cumulativeRule;
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

  const outcomes: { outcome: RuleOutcome; rule: PropertyRule }[] = [];
  // The record's tables, by their totals: a country they do not list is not a signatory as of their day.
  const tables = claims.filter((c) => isRecordClaim(c) && c.property === SIGNATORY_COUNT);
  for (const group of groupClaims(claims)) {
    const record = group.claims.filter(isRecordClaim);
    const reports = record.length ? { ...group, claims: group.claims.filter((c) => !isRecordClaim(c)) } : group;
    const rule = ruleFor(group.property, reports.claims, settings);
    const reported = reports.claims.length ? rule.reconcile(reports, settings) : null;
    let outcome = withRecord(reported, record, group);
    if (outcome && group.property === COUNTRY_STATUS && !record.length) outcome = unlistedByRecord(outcome, tables);
    if (outcome) outcomes.push({ outcome, rule });
  }
  const statuses = outcomes.filter((o) => o.outcome.group.property === COUNTRY_STATUS).map((o) => o.outcome);
  if (statuses.length) {
    const subject = statuses[0].group.subject;
    const counts = claims.filter((c) => c.property === SIGNATORY_COUNT);
    for (const outcome of namedStatusFacts(statuses, counts, subject)) outcomes.push({ outcome, rule: structuredRule });
  }

  const result: SubjectReconciliation = { facts: [], conflicts: [] };
  for (const { outcome, rule } of outcomes) {
    const decision = latestDecision.get(groupId(outcome.group.property, outcome.group.key));
    const { fact, conflict } = toDrafts(decision ? applyDecision(outcome, decision, rule) : outcome);
    result.facts.push(fact);
    if (conflict) result.conflicts.push(conflict);
  }
  return result;
}
