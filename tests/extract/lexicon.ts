/** The lexicon as the tests see it: every family each module of src/extract/lexicon/ exports, lists and maps included. */
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Family } from '../../src/extract/lexicon/family.js';

export const LEXICON = resolve(import.meta.dirname, '../../src/extract/lexicon');

/** The families behind each export, keyed `file.ts:NAME`: a family, or the families inside a list or a map. */
export async function lexiconExports(): Promise<Map<string, Family[]>> {
  const byExport = new Map<string, Family[]>();
  for (const file of readdirSync(LEXICON).filter((f) => f.endsWith('.ts'))) {
    const exports = (await import(join(LEXICON, file))) as Record<string, unknown>;
    for (const [name, value] of Object.entries(exports)) byExport.set(`${file}:${name}`, familiesWithin(value));
  }
  return byExport;
}

/** Every family the lexicon declares, once each. */
export async function lexiconFamilies(): Promise<Family[]> {
  return [...new Set([...(await lexiconExports()).values()].flat())];
}

function familiesWithin(value: unknown, seen = new Set<unknown>()): Family[] {
  if (typeof value !== 'object' || value === null || seen.has(value)) return [];
  seen.add(value);
  if ('words' in value && 'note' in value && Array.isArray(value.words)) return [value as Family];
  return Object.values(value).flatMap((v) => familiesWithin(v, seen));
}
