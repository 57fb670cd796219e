/** Text helpers for the store: hashes, evidence sentences and simhash fingerprints. */
import { createHash } from 'node:crypto';
import { sentenceSpan } from '../text/sentence.js';

export const sha256 = (s: string | Buffer): string => createHash('sha256').update(s).digest('hex');

/**
 * The sentence around an evidence span: from the previous sentence end (or paragraph break) to the next. Offsets
 * before the body (negative) are in the headline, which is then the evidence (claims/headline.ts).
 */
export function evidenceSentence(text: string, start: number, end: number, headline: string | null = null): string {
  if (start < 0) return headline?.trim() ?? '';
  const span = sentenceSpan(text, start, end);
  return text.slice(span.start, span.end).trim();
}

/** 32-bit FNV-1a with a seed, so two seeds give the two halves of a 64-bit hash. */
function fnv1a(s: string, seed: number): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

const SHINGLE = 3;

/**
 * 64-bit simhash over word 3-shingles, as 16 hex digits: copies of one wire story with a changed
 * headline or footer land a few bits apart, while different stories differ in about half the bits.
 */
export function simhash(text: string): string {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const counts = new Int32Array(64);
  const n = Math.max(1, words.length - SHINGLE + 1);
  for (let i = 0; i < n; i++) {
    const shingle = words.slice(i, i + SHINGLE).join(' ');
    const halves = [fnv1a(shingle, 0), fnv1a(shingle, 0x9e3779b9)];
    for (let b = 0; b < 64; b++) counts[b] += (halves[b >> 5] >>> (b & 31)) & 1 ? 1 : -1;
  }
  let hi = 0;
  let lo = 0;
  for (let b = 0; b < 32; b++) {
    if (counts[b] > 0) lo |= 1 << b;
    if (counts[b + 32] > 0) hi |= 1 << b;
  }
  return (hi >>> 0).toString(16).padStart(8, '0') + (lo >>> 0).toString(16).padStart(8, '0');
}
