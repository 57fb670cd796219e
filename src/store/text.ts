import { createHash } from 'node:crypto';

export const sha256 = (s: string | Buffer): string => createHash('sha256').update(s).digest('hex');

/** How far the evidence sentence may reach either side of the span, so a text without stops stays bounded. */
const SENTENCE_REACH = 400;

const isStop = (ch: string): boolean => ch === '.' || ch === '!' || ch === '?';
const isSpace = (ch: string | undefined): boolean => ch === ' ' || ch === '\n' || ch === '\t' || ch === '\r';

/** The sentence around an evidence span: from the previous sentence end (or paragraph break) to the next. */
export function evidenceSentence(text: string, start: number, end: number): string {
  const s = Math.max(0, Math.min(start, text.length));
  const e = Math.max(s, Math.min(end, text.length));
  let from = s;
  const floor = Math.max(0, s - SENTENCE_REACH);
  while (from > floor) {
    const prev = text[from - 1];
    if (prev === '\n' || (isSpace(prev) && isStop(text[from - 2] ?? ''))) break;
    from--;
  }
  let to = e;
  const ceiling = Math.min(text.length, e + SENTENCE_REACH);
  while (to < ceiling) {
    const ch = text[to];
    if (ch === '\n') break;
    to++;
    if (isStop(ch) && (to >= text.length || isSpace(text[to]))) break;
  }
  return text.slice(from, to).trim();
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
