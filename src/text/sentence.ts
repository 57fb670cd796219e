/** Sentence and paragraph boundaries in article text, aware of abbreviations, shared by every stage. */
import { matchesIn } from './matches.js';
import { HONORIFICS, NAME_ABBREVIATIONS } from '../extract/lexicon/people.js';
import { MONTH_ABBREVIATIONS } from '../extract/lexicon/time.js';

/** A character range of a text, end exclusive. */
export interface Range {
  start: number;
  end: number;
}

/** How far a sentence may reach either side of a span, so a text without stops stays bounded. */
const SENTENCE_REACH = 400;

/**
 * Words before a period that do not end a sentence ("Dr. Khaleel", "Ma. Elena Reyes", "U.S. officials", "Oct. 25"):
 * the lexicon's honorifics, abbreviated given names and month abbreviations, and the abbreviations of units, firms
 * and references below.
 */
const ABBREVIATIONS = new Set([
  ...[HONORIFICS, NAME_ABBREVIATIONS, MONTH_ABBREVIATIONS].flatMap((f) => f.words.map((w) => w.toLowerCase())),
  ...'mt ft no nos vs etc al inc ltd co corp dept approx est fig art para sec e.g i.e u.s u.k u.n u.s.a e.u'.split(' '),
]);

// A sentence ends at . ! ? (plus closing quotes or brackets) when whitespace and a capital, digit or opening quote follow.
const BOUNDARY = /[.!?]+["”’)\]]*(?=\s+["“‘([]?[\p{Lu}\d])/gu;

function endsWithAbbreviation(text: string, dot: number): boolean {
  if (text[dot] !== '.') return false;
  let i = dot;
  while (i > 0 && /[\p{L}.]/u.test(text[i - 1])) i--;
  const word = text.slice(i, dot).toLowerCase();
  return word.length === 1 || ABBREVIATIONS.has(word);
}

/** The sentences of text[from, to), a stretch inside one paragraph, as absolute ranges. */
export function splitSentences(text: string, from: number, to: number): Range[] {
  const body = text.slice(from, to);
  const out: Range[] = [];
  let start = 0;
  for (const m of matchesIn(body, BOUNDARY)) {
    const end = m.index + m[0].length;
    if (endsWithAbbreviation(body, m.index)) continue;
    out.push({ start: from + start, end: from + end });
    start = end;
    while (start < body.length && /\s/.test(body[start])) start++;
  }
  if (body.slice(start).trim()) out.push({ start: from + start, end: to });
  return out;
}

/** Offsets of the paragraph around a position: article text puts one paragraph per line (blank lines between). */
export function paragraphSpan(text: string, at: number): Range {
  const after = text.indexOf('\n', at);
  return { start: text.lastIndexOf('\n', at - 1) + 1, end: after < 0 ? text.length : after };
}

/**
 * Offsets of the sentence (or sentences) holding a span, by the same rules the extractors split with, within
 * its paragraph and at most SENTENCE_REACH characters either side.
 */
export function sentenceSpan(text: string, start: number, end: number): Range {
  const s = Math.max(0, Math.min(start, text.length));
  const e = Math.max(s, Math.min(end, text.length));
  const from = Math.max(paragraphSpan(text, s).start, s - SENTENCE_REACH);
  const to = Math.min(paragraphSpan(text, e).end, e + SENTENCE_REACH);
  const covering = splitSentences(text, from, to).filter((p) => p.end > s && p.start < Math.max(e, s + 1));
  if (!covering.length) return { start: s, end: e };
  return { start: Math.min(covering[0].start, s), end: Math.max(covering[covering.length - 1].end, e) };
}
