/** Tests of telling votes on the treaty from votes on a body's papers about it. */
import { describe, expect, it } from 'vitest';
import { onAnotherPaper } from '../../src/claims/votes.js';

/** Whether the tally at `phrase` in `text` is a vote on another paper. */
const paperVote = (text: string, phrase: string) => {
  const start = text.indexOf(phrase);
  return onAnotherPaper(text, { start, end: start + phrase.length });
};

describe('votes on another paper', () => {
  it.each([
    ['Chile ratified in May. The panel adopted its report on Friday by nine votes to two. More follow.', 'nine votes'],
    ['An accompanying recommendation passed by 300 votes to 12, with 20 abstentions.', '300 votes'],
    ['The assembly approved the budget for next year, 88 to 4.', '88'],
    ['A companion Recommendation was carried 410 to 5.', '410'],
    ['Delegates then endorsed its Report, 61 votes to 2.', '61 votes'],
  ])('is a vote on a report, a recommendation or a budget: %s', (text, phrase) => {
    expect(paperVote(text, phrase)).toBe(true);
  });

  it.each([
    ['The senate approved the treaty by 59 votes to 29. Its report follows.', '59 votes'],
    ['The committee report backed the pact, which passed by 70 votes to 3.', '70 votes'],
    ['Parliament passed the ratification bill by 120 votes to 8.', '120 votes'],
    ['The Report of the Commission was read. The text was adopted by 127 votes to 4.', '127 votes'],
    ['As the Recommendation requires, members voted 90 to 2.', '90'],
  ])('stays a vote on the treaty: %s', (text, phrase) => {
    expect(paperVote(text, phrase)).toBe(false);
  });
});
