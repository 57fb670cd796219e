/** What a report shows, read once from the store: subjects with their facts, conflicts and decisions, and sources. */
import { createHash } from 'node:crypto';
import type { Conflict, Fact, SourceRef } from '../reconcile/types.js';
import type { ClaimProvenance, DecisionRecord, Store, StoredClaim } from '../store/api.js';

export interface SubjectView {
  name: string;
  /** File name of the subject's page, without extension: readable, and unique even when two names slug alike. */
  slug: string;
  facts: Fact[];
  conflicts: Conflict[];
  decisions: DecisionRecord[];
  /** Claims an analyst rejected or accepted (a rejected claim no longer counts in any fact). */
  reviewed: StoredClaim[];
}

export interface ReportModel {
  generatedAt: string;
  /** Properties whose values are cumulative counts: each gets a timeline. */
  cumulative: string[];
  subjects: SubjectView[];
  /** Where each cited claim comes from (article title, outlet), by claim id. */
  provenance: Map<number, ClaimProvenance>;
}

/** "United Nations Convention against Cybercrime" → "united-nations-convention-against-cybercrime-3f2a1c". */
export function subjectSlug(name: string): string {
  const words = name
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `${words || 'subject'}-${createHash('sha256').update(name).digest('hex').slice(0, 6)}`;
}

const citedClaims = (sources: SourceRef[]): number[] => sources.flatMap((s) => (s.claim ? [s.claim] : []));

function claimsOf(facts: Fact[], conflicts: Conflict[]): number[] {
  const ids = new Set<number>();
  for (const f of facts) {
    for (const id of citedClaims(f.sources)) ids.add(id);
    for (const h of f.history) for (const id of citedClaims(h.sources)) ids.add(id);
    for (const a of f.alternatives) for (const id of citedClaims(a.sources)) ids.add(id);
    for (const o of f.outliers ?? []) for (const id of citedClaims(o.sources)) ids.add(id);
  }
  for (const c of conflicts) for (const a of c.alternatives) for (const id of citedClaims(a.sources)) ids.add(id);
  return [...ids];
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/** Reads everything a report needs; `subject` limits it to one subject (its canonical name). */
export function readReport(store: Store, cumulative: string[], opts: { subject?: string } = {}): ReportModel {
  const wanted = (s: string) => !opts.subject || s === opts.subject;
  const facts = store.facts(opts.subject ? { subject: opts.subject } : {});
  // Closed conflicts (the values no longer disagree, e.g. after a rejected claim) keep their page: links stay valid.
  const conflicts = store.conflicts({ status: 'all' }).filter((c) => wanted(c.subject));
  const decisions = store.decisions().filter((d) => wanted(d.subject));
  const factsBy = groupBy(facts, (f) => f.subject);
  const conflictsBy = groupBy(conflicts, (c) => c.subject);
  const decisionsBy = groupBy(decisions, (d) => d.subject);
  const reviewedBy = groupBy(
    store.reviewedClaims().filter((c) => wanted(c.subject)),
    (c) => c.subject,
  );
  const names = [...new Set([...factsBy.keys(), ...conflictsBy.keys()])].sort((a, b) => a.localeCompare(b));
  const provenance = new Map(store.claimProvenance(claimsOf(facts, conflicts)).map((p) => [p.claim, p]));
  return {
    generatedAt: new Date().toISOString(),
    cumulative,
    provenance,
    subjects: names.map((name) => ({
      name,
      slug: subjectSlug(name),
      facts: factsBy.get(name) ?? [],
      conflicts: conflictsBy.get(name) ?? [],
      decisions: decisionsBy.get(name) ?? [],
      reviewed: reviewedBy.get(name) ?? [],
    })),
  };
}
