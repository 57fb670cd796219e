/** Which vote tallies are votes on the treaty: not those on a paper a body adopts about it (a report, a recommendation). */
import { alternation, BODY_PAPERS, TREATY_NOUNS } from '../extract/lexicon/index.js';
import type { Span } from '../extract/types.js';

/** A body's paper in lower case ("this report", "an accompanying recommendation"): a capitalized one may be a name. */
const PAPER = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${alternation(BODY_PAPERS)})(?![\p{L}\p{N}])`, 'u');
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
  return PAPER.test(sentence) && !TREATY.test(sentence);
}
