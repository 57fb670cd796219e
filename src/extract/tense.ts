/** Which way a date's clause points from the publication (back or ahead), read from the tense signs nearest to it. */
import type { TextAnalysis } from './analysis.js';
import type { Family } from './lexicon/family.js';
import { FUTURE_MARKERS, NEXT_STEP, PAST_MARKERS, SCHEDULED_PRESENT } from './lexicon/index.js';
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
const REGULAR_PAST = /(?<![\p{L}\p{N}-])(?<!\b(?:be|is|are|am)\s)\p{Ll}\p{L}{2,}ed(?![\p{L}\p{N}-])/gu;

/** What ends a clause inside a sentence: signs before it speak of another clause. */
const CLAUSE_BREAK = /[,;:—–]/g;

/** How many sentences back a date with no tense sign of its own looks (a list under "had ratified:"). */
const SENTENCES_BACK = 30;

interface Sign extends Range {
  direction: Direction;
}


interface SentenceSigns {
  signs: Sign[];
  /** Offsets of clause breaks, in order. */
  breaks: number[];
}

/**
 * A reader of tense for one analysed text. A date takes the direction of the nearest sign before it in its clause
 * ("the ministry said on Wednesday" is past even after "will enter into force,"), else the nearest after it in its
 * sentence ("On Monday, ministers will meet"), else the last sign of an earlier sentence (a list under "had
 * ratified:"); null when none says. Each sentence's signs are found once.
 */
export function tenseReader(analysis: TextAnalysis): (span: Range) => Direction | null {
  const bySentence = new Map<number, SentenceSigns>();
  const signsOf = (index: number): SentenceSigns => {
    let found = bySentence.get(index);
    if (!found) {
      const sentence = analysis.sentences[index];
      const signs = TENSE_FAMILIES.flatMap(([f, direction]) => analysis.marksIn(f, sentence).map((r) => ({ ...r, direction })));
      const body = analysis.folded.slice(sentence.start, sentence.end);
      for (const m of body.matchAll(REGULAR_PAST)) {
        const start = sentence.start + m.index;
        const end = start + m[0].length;
        // "is scheduled to": the phrase is the sign, not its participle.
        if (!signs.some((s) => s.start <= start && s.end >= end)) signs.push({ start, end, direction: 'past' });
      }
      signs.sort((a, b) => a.start - b.start);
      const breaks = [...body.matchAll(CLAUSE_BREAK)].map((m) => sentence.start + m.index);
      found = { signs, breaks };
      bySentence.set(index, found);
    }
    return found;
  };
  return (span) => {
    const index = rangeAt(analysis.sentences, span.start);
    if (index < 0) return null;
    const { signs, breaks } = signsOf(index);
    const clauseStart = breaks[firstIndex(breaks, (b) => b >= span.start) - 1] ?? -1;
    const next = firstIndex(signs, (s) => s.start >= span.end);
    let i = next - 1;
    while (i >= 0 && signs[i].end > span.start) i--;
    if (i >= 0 && signs[i].start > clauseStart) return signs[i].direction;
    if (next < signs.length) return signs[next].direction;
    for (let i = index - 1; i >= Math.max(0, index - SENTENCES_BACK); i--) {
      const earlier = signsOf(i).signs;
      if (earlier.length) return earlier[earlier.length - 1].direction;
    }
    return null;
  };
}
