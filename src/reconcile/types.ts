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
  alternatives: { value: unknown; sources: SourceRef[] }[];
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
  alternatives: { value: unknown; sources: SourceRef[] }[];
  decision: { value: unknown; note: string; by: string; at: string } | null;
}

export interface DecisionInput {
  conflictId: number;
  value: unknown;
  note: string;
  by: string;
}

/** Reconciler settings from pipeline.config.ts. */
export interface ReconcileSettings {
  /** Per-domain trust weights ("un.org": 3); subdomains inherit. */
  trust: Record<string, number>;
  defaultTrust: number;
  /** Properties whose values are cumulative counts (monotonic in time). */
  cumulative: string[];
  /** Properties whose values are dates compared by precision. */
  dates: string[];
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
  alternatives: { value: unknown; sources: SourceRef[] }[];
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
