/** Which way a date's clause points from the publication (back or ahead), read from the tense signs nearest to it. */
import { matchesIn } from '../text/matches.js';
import { onFirstUse } from './rules/onFirstUse.js';
import type { TextAnalysis } from './analysis.js';
import { alternation, type Family, LETTERS } from './lexicon/family.js';
import {
  COMPARISON_OPENERS,
  FUTURE_MARKERS,
  NEXT_STEP,
  PAST_MARKERS,
  RELATIVE_OPENERS,
  RESTATEMENTS,
  SCHEDULED_PRESENT,
} from './lexicon/index.js';
import { SPEECH_VERBS } from './lexicon/speech.js';
import { firstIndex } from './sorted.js';
import { rangeAt, type Range } from './text.js';

export type Direction = 'past' | 'future';

/** The families whose words are tense signs, each with the way it points. */
export const TENSE_FAMILIES: readonly (readonly [Family, Direction])[] = [
  [FUTURE_MARKERS, 'future'],
  [NEXT_STEP, 'future'],
  [SCHEDULED_PRESENT, 'future'],
  [PAST_MARKERS, 'past'],
];

/**
 * A regular past form: a lower-case word ending in "-ed" with at least five letters ("signed", "ratified"). After
 * "be", "is" or "are" it is a passive of now or of what is ahead ("will be signed", "are expected this week"), so
 * the sign, if any, is another word.
 */
const REGULAR_PAST = onFirstUse(
  () =>
    new RegExp(
      String.raw`(?<![${LETTERS}\p{N}-])(?<!\b(?:be|is|are|am)\s)\p{Ll}[${LETTERS}]{2,}ed(?![${LETTERS}\p{N}-])`,
      'gu',
    ),
);

/**
 * "be", "is", "are" or "am" right before a past participle: a passive of now or of what is ahead ("will be held in
 * October", "is held each May"), so an irregular form after it is no past sign either.
 */
const PASSIVE_LEAD = onFirstUse(() => new RegExp(String.raw`(?<![${LETTERS}\p{N}])(?:be|is|are|am)\s+$`, 'u'));
/** What ends a clause inside a sentence: signs before it speak of another clause. */
const CLAUSE_BREAK = onFirstUse(() => /[,;:—–]/g);
const CLAUSE_BREAK_AT = onFirstUse(() => /[,;:—–]/);
/** How much may follow the speech verb of an attribution that ends a sentence: "said in a statement on Monday." */
const ATTRIBUTION_TAIL = 32;

/** A relative clause opening after a date: its signs describe a noun, not the date ("on Monday a treaty that will"). */
// "so that" opens a clause of purpose, not a relative one: "deposit it by June, so that talks can begin".
const RELATIVE_OPENER = onFirstUse(
  () => new RegExp(`(?<![${LETTERS}])(?<!so\\s)${alternation(RELATIVE_OPENERS)}(?![${LETTERS}])`, 'iu'),
);

/** A clause opened by a participle: "…, triggering its entry into force on 1 August". */
const PARTICIPLE_OPENING = onFirstUse(() => new RegExp(String.raw`^[\s—–-]*\p{Ll}{2,}ing(?![${LETTERS}])`, 'u'));
/** A clause opened by a comparison, after its break: "…, less than forecast in July", "…, up from 31 in May". */
const COMPARING_OPENING = onFirstUse(() => new RegExp(`^\\s*${alternation(COMPARISON_OPENERS)}(?![${LETTERS}])`, 'iu'));

/** A clause opened by a restating phrase, after its break: "…, in this case on 16 May", "…, that is, on 1 June". */
const RESTATING_OPENING = onFirstUse(() => new RegExp(`^\\s*${alternation(RESTATEMENTS)}(?![${LETTERS}])`, 'iu'));

/**
 * Whether the clause from a break to a date goes on in the tense of a sign before it in its sentence: an apposition,
 * an adjunct or a restatement with no tense sign of its own ("handed it to the ministry, the depositary, on Tuesday";
 * "takes effect in 90 days — in this case on 16 May"). Not a clause opened by a participle ("…, triggering entry into
 * force on 1 May") or a comparison ("…, less than forecast in July"), nor one after a relative clause opened past
 * the sign ("sent an instrument that, under its terms, fixes entry into force for 18 September"): their time is
 * their own.
 */
function continuesClauseBefore(folded: string, sign: Range, clauseStart: number, dateStart: number): boolean {
  const lead = folded.slice(clauseStart + 1, dateStart);
  if (PARTICIPLE_OPENING().test(lead) || COMPARING_OPENING().test(lead)) return false;
  const between = RESTATING_OPENING().test(lead)
    ? folded.slice(sign.end, clauseStart + 1)
    : folded.slice(sign.end, dateStart);
  return !RELATIVE_OPENER().test(between);
}

/** How many sentences back a date with no tense sign of its own looks (a list under "had ratified:"). */
const SENTENCES_BACK = 30;

interface Sign extends Range {
  direction: Direction;
}

/** Every tense sign of the text in order, and the clause breaks: found once, in one pass each. */
function signsOf(analysis: TextAnalysis): { signs: Sign[]; breaks: number[] } {
  const signs: Sign[] = TENSE_FAMILIES.flatMap(([f, direction]) =>
    analysis
      .marks(f)
      .filter(
        (r) => direction !== 'past' || !PASSIVE_LEAD().test(analysis.folded.slice(Math.max(0, r.start - 4), r.start)),
      )
      .map((r) => ({ ...r, direction })),
  );
  signs.sort((a, b) => a.start - b.start);
  // "is scheduled to": the phrase is the sign, not its participle.
  const inPhrase = (start: number, end: number) => {
    const holder = signs[firstIndex(signs, (s) => s.start > start) - 1];
    return !!holder && holder.end >= end;
  };
  const pastForms: Sign[] = [];
  for (const m of matchesIn(analysis.folded, REGULAR_PAST())) {
    const end = m.index + m[0].length;
    if (!inPhrase(m.index, end)) pastForms.push({ start: m.index, end, direction: 'past' });
  }
  const merged = [...signs, ...pastForms].sort((a, b) => a.start - b.start);
  // A future sign right after a past verb is governed by it: "ceased to be parties", "was to be held".
  const governed = (s: Sign, i: number) =>
    s.direction === 'future' &&
    i > 0 &&
    merged[i - 1].direction === 'past' &&
    !analysis.folded.slice(merged[i - 1].end, s.start).trim();
  return {
    signs: merged.filter((s, i) => !governed(s, i)),
    breaks: matchesIn(analysis.folded, CLAUSE_BREAK()).map((m) => m.index),
  };
}

/**
 * Whether a date stands alone between clause breaks, with at most its lead word ("…at the summit in Geneva, in June."):
 * it is an adjunct of the clause before, whose tense it takes.
 */
function dateAlone(folded: string, breaks: readonly number[], clauseStart: number, span: Range, end: number): boolean {
  const lead = folded.slice(clauseStart + 1, span.start).trim();
  const clauseEnd = Math.min(end, breaks[firstIndex(breaks, (b) => b >= span.end)] ?? end);
  return !/\s/.test(lead) && !/\p{L}/u.test(folded.slice(span.end, clauseEnd));
}

/** How far a date's direction is read: its own sentence only, or the sentences before it too. */
export type TenseReach = 'sentence' | 'text';

/**
 * A reader of tense for one analysed text. A date takes the direction of the nearest sign before it in its clause
 * ("the ministry said on Wednesday" is past even after "will enter into force,"; a date alone between commas belongs
 * to the clause before: "intends to announce it in Geneva, in June"), else the nearest after it in its sentence
 * short of a relative clause ("On Monday, ministers will meet"; not "signed on Monday a treaty that will ban"), else
 * the nearest before it in an earlier clause of its sentence when the date's clause goes on in that one's tense
 * ("takes effect in 90 days — in this case on 16 May"; not "…, less than forecast in July"), else
 * (reach 'text') the last sign of one of the sentences before (a list under "had ratified:"); null when none says.
 * The signs are found once; each date is a few binary searches.
 */
export function tenseReader(analysis: TextAnalysis): (span: Range, reach?: TenseReach) => Direction | null {
  let found: { signs: Sign[]; breaks: number[] } | null = null;
  return (span, reach = 'text') => {
    const index = rangeAt(analysis.sentences, span.start);
    if (index < 0) return null;
    const sentence = analysis.sentences[index];
    found ??= signsOf(analysis);
    // "…takes place on Friday, officials said": a speech verb in a short clause that ends the sentence after the
    // date's tells when it was said, not when the date's event falls ("…on Friday, the President told the audience he
    // would…" is the sentence's own clause).
    const attributes = (sign: Sign, date: Range) =>
      sentence.end - sign.end <= ATTRIBUTION_TAIL &&
      CLAUSE_BREAK_AT().test(analysis.folded.slice(date.end, sign.start)) &&
      analysis.marks(SPEECH_VERBS).some((v) => v.start === sign.start);
    const { signs, breaks } = found;
    const breakBefore = (at: number) =>
      Math.max(sentence.start - 1, breaks[firstIndex(breaks, (b) => b >= at) - 1] ?? -1);
    let clauseStart = breakBefore(span.start);
    if (clauseStart >= sentence.start && dateAlone(analysis.folded, breaks, clauseStart, span, sentence.end)) {
      clauseStart = breakBefore(clauseStart);
    }
    const next = firstIndex(signs, (s) => s.start >= span.end);
    let i = next - 1;
    while (i >= 0 && signs[i].end > span.start) i--;
    if (i >= 0 && signs[i].start > clauseStart) return signs[i].direction;
    const after = signs[next];
    if (
      after &&
      after.end <= sentence.end &&
      !RELATIVE_OPENER().test(analysis.folded.slice(span.end, after.start)) &&
      !attributes(after, span)
    ) {
      return after.direction;
    }
    // A clause with no sign of its own goes on in the tense of an earlier clause of its sentence, which is nearer
    // than any sentence before it.
    if (
      i >= 0 &&
      signs[i].start >= sentence.start &&
      continuesClauseBefore(analysis.folded, signs[i], clauseStart, span.start)
    ) {
      return signs[i].direction;
    }
    if (reach === 'sentence') return null;
    const earlier = signs[firstIndex(signs, (s) => s.start >= sentence.start) - 1];
    if (!earlier) return null;
    return rangeAt(analysis.sentences, earlier.start) >= index - SENTENCES_BACK ? earlier.direction : null;
  };
}
