/** What a reconcile rule produces: claim groups, options and outcomes as fact drafts. */
import { claimIds, sourceRefs } from './provenance.js';
import type { ClaimRecord, ConflictDraft, Decision, FactDraft, FactStatus, ReconcileSettings } from './types.js';

/** The claims about one property (and key) of one subject: what a rule reconciles into one fact. */
export interface ClaimGroup {
  subject: string;
  property: string;
  key: string | null;
  claims: ClaimRecord[];
  /**
   * For a milestone, the agreed date of a later one it cannot follow (a treaty is adopted before it opens for
   * signature, and opens before it enters into force), and that milestone's property.
   */
  notAfter?: { date: string; property: string };
}

/** One value a fact could take, with the claims behind it. */
export interface Option {
  value: unknown;
  /** Extra fact fields that go with the value (qualifier and bound, place). */
  extra: Record<string, unknown>;
  claims: ClaimRecord[];
  asOf: string | null;
}

export interface RuleOutcome {
  group: ClaimGroup;
  status: FactStatus;
  explanation: string;
  chosen: Option;
  /** Earlier values of an evolving fact, oldest first. */
  history: Option[];
  /** Competing values when the claims disagree. */
  alternatives: Option[];
  /** Set when analysts have (or should have) a say: a disagreement or a decision. */
  conflictStatus: ConflictDraft['status'] | null;
  /** Reports set aside because they break a series: shown for review, left out of the value. */
  outliers?: Outlier[];
}

/** A report that breaks a series, and why it is set aside. */
export interface Outlier {
  option: Option;
  reason: string;
}

/** One rule family: how a property's claims become a fact, and which claims a decided value leaves standing. */
export interface PropertyRule {
  reconcile(group: ClaimGroup, settings: ReconcileSettings): RuleOutcome | null;
  /** True when the claim is consistent with the decided value (a claim that is not can reopen the decision). */
  agrees(decided: unknown, claim: ClaimRecord): boolean;
  /** The fact with an analyst's decision, where the rule gives decisions a meaning of its own (a series' as-of). */
  decide?(group: ClaimGroup, settings: ReconcileSettings, decision: Decision): RuleOutcome | null;
}

const optionJson = (o: Option) => ({ value: o.value, as_of: o.asOf, sources: sourceRefs(o.claims) });

export function toDrafts(o: RuleOutcome): { fact: FactDraft; conflict: ConflictDraft | null } {
  const { subject, property, key } = o.group;
  const fact: FactDraft = {
    fact: {
      subject,
      property,
      key,
      value: o.chosen.value,
      as_of: o.chosen.asOf,
      status: o.status,
      explanation: o.explanation,
      sources: sourceRefs(o.chosen.claims),
      history: o.history.map((h) => ({ value: h.value, as_of: h.asOf, sources: sourceRefs(h.claims) })),
      alternatives: o.alternatives.map(optionJson),
      ...(o.outliers?.length
        ? { outliers: o.outliers.map(({ option, reason }) => ({ ...optionJson(option), reason })) }
        : {}),
      ...o.chosen.extra,
    },
    claimIds: {
      source: claimIds(o.chosen.claims),
      history: claimIds(o.history.flatMap((h) => h.claims)),
      alternative: claimIds([...o.alternatives, ...(o.outliers ?? []).map((x) => x.option)].flatMap((a) => a.claims)),
    },
  };
  const conflict: ConflictDraft | null = o.conflictStatus
    ? {
        subject,
        property,
        key,
        status: o.conflictStatus,
        explanation: o.explanation,
        alternatives: [o.chosen, ...o.alternatives].map(optionJson),
        claimIds: claimIds(o.group.claims),
      }
    : null;
  return { fact, conflict };
}
