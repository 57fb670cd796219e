/** The asides set into a sentence's clauses (dash and bracket pairs, quotes, relative clauses and appositions) and a view of the text without them. */
import type { TextAnalysis } from './analysis.js';
import type { CountryName } from './countries.js';
import { alternation, type Family } from './lexicon/family.js';
import { APPOSITION_OPENERS, AUTHORITIES, INCLUSIONS, LIST_JOINERS } from './lexicon/index.js';
import { RELATIVE_PRONOUNS } from './lexicon/speech.js';
import { blankedRanges, rangeAt, startingIn, type Range } from './text.js';

export type AsideKind = 'dash' | 'bracket' | 'quote' | 'relative' | 'apposition';

/** A stretch of a sentence that says something beside its clause: the clause is read without it, and it on its own. */
export interface Aside extends Range {
  kind: AsideKind;
  /** The list of names the aside hangs from, right before it ("Chile, which signed in 2019, …"); empty when none. */
  heads: readonly CountryName[];
}

/**
 * The marks that open or close a dash or bracket aside or a quote: a dash set off by spaces (an em dash may stand
 * between words), brackets, straight quotes (the folded text has no curly ones). One pass over the sentence.
 */
const ASIDE_MARKS = /\s(?:--|[-–—])\s|—|[()"]/g;
/** A quote shorter than this many words is a title or a scare quote, part of its clause, not a saying of its own. */
const QUOTE_WORDS = 5;

/**
 * ", which had not signed it," ", who …,": a relative clause set off by commas, closed by a comma before the sentence
 * goes on; one that runs to the sentence's end is read with its clause (the rules find its head there).
 */
const RELATIVE_AFTER = new RegExp(`^,\\s+(?:${alternation(RELATIVE_PRONOUNS)})\\s[^,;:()"—–]*?,(?=\\s)`, 'iu');
/**
 * ", a neighbour of Bolivia,", ", long a holdout,", ", after months of debate,": a noun or prepositional phrase set off
 * by commas after a name, with no verb group of its own; not the next item of a list ("Chile, Peru, and Fiji"), nor
 * a list after "including" or "and" (they open with no word of these).
 */
const APPOSITION_AFTER = new RegExp(`^,\\s+(?:${alternation(APPOSITION_OPENERS)})\\s[^,;:()"—–]{0,80}?,(?=\\s)`, 'iu');
/** Words that make a comma phrase a clause with a verb of its own, not an apposition: it is read in place. */
const VERB_IN_PHRASE = /\s(?:is|are|was|were|has|have|had|will|would|did|does|do|can|could|may|might)\s/i;
const LIST_GLUE = `[\\s,()&—–-]|\\bthe\\b|\\b(?:${alternation(LIST_JOINERS)})\\b`;
const LIST_ONLY = new RegExp(`^(?:${LIST_GLUE})*$`, 'iu');
/**
 * "— Chile, Peru and Fiji among them —", "(including Chile and Peru)", "— by Chile and Peru —": the members of a group
 * or the agents of an act, not an aside.
 */
const MEMBERS_ONLY = new RegExp(`^(?:${LIST_GLUE}|\\b(?:${alternation(INCLUSIONS)}|by|from|of)\\b)*$`, 'iu');

/** Whether the stretch holds nothing but names and list glue ("— Chile, Peru and Fiji —"): a list, not an aside. */
function onlyNames(folded: string, r: Range, names: readonly CountryName[]): boolean {
  let at = r.start;
  let rest = '';
  for (const n of startingIn(names, r.start, r.end)) {
    rest += folded.slice(at, n.start);
    at = n.end;
  }
  if (at === r.start) return false;
  return MEMBERS_ONLY.test(rest + folded.slice(at, r.end));
}

/** "the Norwegian government", "Chilean officials": the noun a demonym or a name stands before, in one noun phrase. */
const STATE_NOUN_AFTER = new RegExp(`^\\s+(?:${alternation(AUTHORITIES)})(?![\\p{L}])`, 'iu');
/** Where the noun phrase a name opens ends: after the name, or after a noun for its state that follows it. */
const phraseEnd = (folded: string, n: Range): number =>
  n.end + (STATE_NOUN_AFTER.exec(folded.slice(n.end, n.end + 40))?.[0].length ?? 0);

/** The run of names ending right before `at` with only spaces or list glue between them: the aside's head. */
function headsBefore(folded: string, names: readonly CountryName[], sentence: Range, at: number): CountryName[] {
  const inSentence = startingIn(names, sentence.start, at);
  let i = inSentence.length - 1;
  if (i < 0 || !/^\s*$/.test(folded.slice(phraseEnd(folded, inSentence[i]), at))) return [];
  const last = i;
  while (i > 0 && LIST_ONLY.test(folded.slice(inSentence[i - 1].end, inSentence[i].start))) i--;
  return inSentence.slice(i, last + 1);
}

/** The dash, bracket and quote asides of one sentence, outermost first in text order. */
function markedAsides(folded: string, s: Range, names: readonly CountryName[]): Aside[] {
  const out: Aside[] = [];
  const text = folded.slice(s.start, s.end);
  let dash = -1;
  let bracket = -1;
  let quote = -1;
  const add = (kind: AsideKind, start: number, end: number): void => {
    const r = { start: s.start + start, end: s.start + end };
    if (onlyNames(folded, r, names)) return;
    out.push({ ...r, kind, heads: kind === 'quote' ? [] : headsBefore(folded, names, s, r.start) });
  };
  ASIDE_MARKS.lastIndex = 0;
  for (let m = ASIDE_MARKS.exec(text); m; m = ASIDE_MARKS.exec(text)) {
    const c = m[0];
    const inside = bracket >= 0 || quote >= 0;
    if (c === '"') {
      if (quote < 0 && bracket < 0 && dash < 0) quote = m.index;
      else if (quote >= 0) {
        const words = text
          .slice(quote + 1, m.index)
          .split(/\s+/)
          .filter(Boolean).length;
        if (words >= QUOTE_WORDS) add('quote', quote, m.index + 1);
        quote = -1;
      }
    } else if (c === '(') {
      if (!inside && dash < 0) bracket = m.index;
    } else if (c === ')') {
      if (bracket >= 0 && /\s/.test(text.slice(bracket, m.index))) add('bracket', bracket, m.index + 1);
      bracket = -1;
    } else if (!inside) {
      if (dash < 0) dash = m.index;
      else {
        add('dash', dash, m.index + c.length);
        dash = -1;
      }
    }
  }
  return out;
}

/** The relative clauses and appositions set off by commas right after a name of the sentence. */
function commaAsides(folded: string, s: Range, names: readonly CountryName[]): Aside[] {
  const out: Aside[] = [];
  for (const n of startingIn(names, s.start, s.end)) {
    const end = phraseEnd(folded, n);
    if (folded.charCodeAt(end) !== 44) continue; // ','
    const after = folded.slice(end, Math.min(s.end, end + 160));
    const relative = RELATIVE_AFTER.exec(after);
    const apposition = relative ? null : APPOSITION_AFTER.exec(after);
    const m = relative ?? apposition;
    if (!m || (apposition && VERB_IN_PHRASE.test(m[0]))) continue;
    const r = { start: end, end: end + m[0].length };
    // ", the Republic of Moldova, and Peru", ", after Fiji,": a name opening the phrase makes it an item of a list.
    const inner = startingIn(names, r.start, r.end);
    if (inner.length && /^,\s+(?:[\p{L}-]+\s+)?(?:the\s+)?$/iu.test(folded.slice(r.start, inner[0].start))) continue;
    out.push({ ...r, kind: relative ? 'relative' : 'apposition', heads: headsBefore(folded, names, s, end) });
  }
  return out;
}

/** Every aside of the text's sentences, in text order, none inside another. */
export function asidesOf(a: TextAnalysis, names: readonly CountryName[]): Aside[] {
  const out: Aside[] = [];
  for (const s of a.sentences) {
    const found = [...markedAsides(a.folded, s, names), ...commaAsides(a.folded, s, names)];
    if (found.length > 1) found.sort((x, y) => x.start - y.start || y.end - x.end);
    for (const x of found) if (!out.length || x.start >= out[out.length - 1].end) out.push(x);
  }
  return out;
}

/** Whether a range lies inside one of the asides. */
export const insideAside = (asides: readonly Aside[], r: Range): boolean => {
  const i = rangeAt(asides, r.start);
  return i >= 0 && r.end <= asides[i].end;
};

/** The analysis as the clauses around the asides read it: their text blanked, their marks left out. */
export function withoutAsides(a: TextAnalysis, asides: readonly Aside[]): TextAnalysis {
  if (!asides.length) return a;
  // The rest of the analysis (sentences, tokens, the marks of the whole text) is the text's own, shared.
  return Object.defineProperties(Object.create(a) as TextAnalysis, {
    text: { value: blankedRanges(a.text, asides) },
    folded: { value: blankedRanges(a.folded, asides) },
    marksIn: {
      value: (f: Family, r: Range) => a.marksIn(f, r).filter((m) => !insideAside(asides, m)),
    },
  });
}
