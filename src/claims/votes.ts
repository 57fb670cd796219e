/** Which vote tallies are votes on the treaty: not those on a paper a body adopts about it (a report, a recommendation). */
import { alternation, BODY_PAPERS, TREATY_NOUNS } from '../extract/lexicon/index.js';
import type { Span } from '../extract/types.js';

/** A body's paper in any case, with the word before it ("an accompanying recommendation", "a companion Recommendation"). */
const PAPER = new RegExp(
  String.raw`(?:(?<![\p{L}\p{N}])(\p{L}+)\s+)?(?<![\p{L}\p{N}])(${alternation(BODY_PAPERS)})(?![\p{L}\p{N}])`,
  'giu',
);

/**
 * Whether a sentence names a body's paper: in lower case ("this report"), or capitalized after a lower-case word
 * other than "the" ("a companion Recommendation", "its Report"), house style rather than a name. "The Report of the
 * Commission" or "the Recommendation" may be a name.
 */
function namesAPaper(sentence: string): boolean {
  for (const [, before, paper] of sentence.matchAll(PAPER)) {
    if (paper[0] === paper[0].toLowerCase()) return true;
    if (before && before[0] === before[0].toLowerCase() && before.toLowerCase() !== 'the') return true;
  }
  return false;
}
const TREATY = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${alternation(TREATY_NOUNS)})(?![\p{L}\p{N}])`, 'iu');
/** Where a sentence ends: a full stop, question or exclamation mark before a space or the end, or a line break. */
const SENTENCE_END = /[.!?](?=\s|$)|\n/g;

/** The sentence around a span: from the end of the one before to the end of its own. */
function sentenceAround(text: string, span: Span): string {
  let start = 0;
  let end = text.length;
  for (const m of text.matchAll(SENTENCE_END)) {
    if (m.index < span.start) start = m.index + 1;
    else if (m.index >= span.end) {
      end = m.index;
      break;
    }
  }
  return text.slice(start, end);
}

/**
 * Whether a tally is of a vote on a body's paper, not on the treaty: its sentence names a report, a recommendation,
 * a budget or an annex, and no treaty ("The committee adopted this report by seven votes to two", "An accompanying
 * recommendation passed by 434 votes to 8"). A vote that names the treaty ("approved the report and the treaty by
 * 59 votes") stays the treaty's.
 */
export function onAnotherPaper(text: string, tally: Span): boolean {
  const sentence = sentenceAround(text, tally);
  return namesAPaper(sentence) && !TREATY.test(sentence);
}
