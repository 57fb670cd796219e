/** Types the reconciler works in: stored claims, facts, conflicts and decisions. */

/** A stored claim as the reconciler sees it: the draft plus its provenance. */
export interface ClaimRecord {
  id: number;
  subject: string;
  property: string;
  key: string | null;
  value: unknown;
  qualifiers: Record<string, unknown>;
  asOf: string | null;
  confidence: number;
  /** Provenance. */
  articleId: number;
  url: string | null;
  published: string | null;
  fetchedAt: string | null;
  /** The sentence that holds the evidence span. */
  evidence: string;
  /** Near-duplicate fingerprint of the article text: syndicated copies share it. */
  textFingerprint: string | null;
  /** An analyst accepted this claim: it counts even where it breaks a series like an outlier. */
  accepted?: boolean;
}

export type FactStatus = 'agreed' | 'evolving' | 'conflict' | 'resolved';

export interface SourceRef {
  url: string | null;
  published: string | null;
  evidence: string;
  claim?: number;
}

/** One fact, shaped as `newsfacts facts --json` prints it (../shared/CONTRACT.md). */
export interface Fact {
  subject: string;
  property: string;
  key: string | null;
  value: unknown;
  as_of: string | null;
  status: FactStatus;
  explanation: string;
  sources: SourceRef[];
  history: { value: unknown; as_of: string | null; sources: SourceRef[] }[];
  alternatives: { value: unknown; as_of?: string | null; sources: SourceRef[] }[];
  /** Reports that break a series, set aside for review without freezing the fact (claim ids in their sources). */
  outliers?: { value: unknown; as_of: string | null; reason: string; sources: SourceRef[] }[];
  /** Extra structured detail (qualifier, place, conflict id). */
  [extra: string]: unknown;
}

export interface Conflict {
  id: number;
  subject: string;
  property: string;
  key: string | null;
  /** 'closed': the competing values no longer disagree (kept so the id stays stable if they do again). */
  status: 'open' | 'resolved' | 'reopened' | 'closed';
  explanation: string;
  alternatives: { value: unknown; as_of?: string | null; sources: SourceRef[] }[];
  decision: { value: unknown; note: string; by: string; at: string } | null;
}

export interface DecisionInput {
  conflictId: number;
  value: unknown;
  note: string;
  by: string;
  /** The day the value held; by default the as-of of the competing value it matches, else the fact's. */
  asOf?: string | null;
  /** Record a value no source gives (without it, such a value is refused). */
  force?: boolean;
}

/** Reconciler settings from pipeline.config.ts. */
export interface ReconcileSettings {
  /** Per-domain trust weights ("un.org": 3); subdomains inherit. */
  trust: Record<string, number>;
  defaultTrust: number;
  /** Properties whose values are cumulative counts (monotonic in time). */
  cumulative: string[];
  /** Properties whose values are dates of events that happen once (milestones), compared by precision. */
  dates: string[];
  /** Properties whose values tally one event each (votes): a different tally on another day is another event. */
  tallies?: string[];
}

/** An analyst decision as the reconciler sees it: which conflict, the value chosen, and the claims it weighed. */
export interface Decision {
  id: number;
  conflictId: number;
  subject: string;
  property: string;
  key: string | null;
  value: unknown;
  note: string;
  by: string;
  /** ISO time of the decision. */
  at: string;
  /** The day the decided value held: a decision on a series holds for this as-of (null: for the whole fact). */
  asOf: string | null;
  /** Claims of this subject/property/key that existed when the analyst decided. */
  seenClaimIds: number[];
}

/** A conflict as the reconciler finds it; the store gives it a stable id keyed by subject, property and key. */
export interface ConflictDraft {
  subject: string;
  property: string;
  key: string | null;
  status: 'open' | 'resolved' | 'reopened';
  explanation: string;
  alternatives: { value: unknown; as_of?: string | null; sources: SourceRef[] }[];
  /** Every claim the competing values rest on. */
  claimIds: number[];
}

/** A fact plus the claims it rests on, by role, so the store can link them (provenance). */
export interface FactDraft {
  fact: Fact;
  claimIds: { source: number[]; history: number[]; alternative: number[] };
}

export interface SubjectReconciliation {
  facts: FactDraft[];
  conflicts: ConflictDraft[];
}
