/** `facts`, `conflicts` and `resolve`: what they print from an open store, loaded only when one of them runs. */
import type { PipelineConfig } from '../config/schema.js';
import type { Store } from '../store/api.js';
import { canonicalSubject } from './context.js';
import { conflictsCsv, conflictsMarkdown, factsCsv } from './exports.js';
import { outliersReport, withSetAside } from './review.js';
import { conflictsReport, factsTable } from './tables.js';
import { parseValue } from './value.js';

const print = (value: unknown) => process.stdout.write(JSON.stringify(value, null, 1) + '\n');

export interface FactsOptions {
  subject?: string;
  json?: boolean;
  all?: boolean;
  csv?: boolean;
}

export function showFacts(store: Store, config: PipelineConfig, opts: FactsOptions): void {
  const found = store.facts({ subject: opts.subject && canonicalSubject(opts.subject, config.subjects) });
  const facts = opts.all ? withSetAside(store, found) : found;
  if (opts.json) print(facts);
  else if (opts.csv) process.stdout.write(factsCsv(facts));
  else process.stdout.write(factsTable(facts) + '\n');
}

export interface ConflictsOptions {
  all?: boolean;
  json?: boolean;
  markdown?: boolean;
  csv?: boolean;
}

export function showConflicts(store: Store, opts: ConflictsOptions): void {
  const conflicts = store.conflicts({ status: opts.all ? 'all' : 'open' });
  if (opts.json) print(conflicts);
  else if (opts.markdown) process.stdout.write(conflictsMarkdown(conflicts));
  else if (opts.csv) process.stdout.write(conflictsCsv(conflicts));
  else process.stdout.write(conflictsReport(conflicts) + outliersReport(store.facts()) + '\n');
}

export interface ResolveOptions {
  value: string;
  note: string;
  by: string;
  asOf?: string;
  force?: boolean;
  json?: boolean;
}

/** Records the decision on the conflict and prints the conflict as it now stands. */
export function resolveConflict(store: Store, config: PipelineConfig, conflictId: number, opts: ResolveOptions): void {
  const { note, by, asOf, force } = opts;
  const decision = { conflictId, value: parseValue(opts.value), note, by, asOf, force };
  const conflict = store.resolve(decision, config.reconcile);
  if (opts.json) print(conflict);
  else process.stdout.write(conflictsReport([conflict]) + '\n');
}
