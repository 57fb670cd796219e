/** Helpers for extractor tests: running the extractors at a fixed publication time. */
import { extractAll } from '../../src/extract/index.js';
import type { Extractions } from '../../src/extract/types.js';

export const PUBLISHED = '2026-03-14T10:00:00+01:00'; // a Saturday

export function extract(text: string, published: string | null = PUBLISHED): Extractions {
  return extractAll({ text, published, language: 'en' });
}

/** The strongest stance per country code, as the scorer and the reconciler read them. */
export function stances(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const c of extract(text).countries) if (!out[c.code] || out[c.code] === 'mentioned') out[c.code] = c.stance;
  return out;
}
