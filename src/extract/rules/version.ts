/** Extractor versions derived from the rule tables and word families they use, never typed by hand. */
import type { Family } from '../lexicon/family.js';
import type { Rule } from './rule.js';

/** What an extractor is made of: the families its rules are written in and its ordered rule tables. */
export interface ExtractorSpec {
  readonly name: string;
  readonly families: readonly Family[];
  readonly tables: readonly (readonly Rule<never, unknown>[])[];
  /** Further data the extractor reads (thresholds, small maps), part of what its version covers. */
  readonly data?: unknown;
}

/**
 * A short hash of everything that decides the extractor's output: each family's words, each rule's name, condition
 * (its source text) and examples, in table order. Changing one word of one family changes exactly the versions of
 * the extractors whose spec lists that family.
 */
export function versionOf(spec: ExtractorSpec): string {
  // Loaded here, not imported: node:crypto costs a command that hashes nothing (`extract`) ~1.5 ms to load.
  const hash = process.getBuiltinModule('node:crypto').createHash('sha256');
  hash.update(spec.name);
  for (const f of new Set(spec.families))
    hash.update(`\0family ${f.name} ${f.caseSensitive ? 'cs' : 'ci'}\0${f.words.join('\n')}`);
  for (const table of spec.tables) {
    for (const rule of table) {
      hash.update(`\0rule ${rule.name}\0${String(rule.when)}\0${JSON.stringify(rule.examples)}`);
      hash.update(JSON.stringify(rule.counterExamples ?? []));
    }
  }
  if (spec.data !== undefined) hash.update(`\0data\0${JSON.stringify(spec.data)}`);
  return hash.digest('hex').slice(0, 12);
}
