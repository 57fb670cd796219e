/** Sentence splitting: a period after an abbreviation the lexicon knows ends no sentence. */
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/text/sentence.js';

const sentencesOf = (text: string) => splitSentences(text, 0, text.length).map((r) => text.slice(r.start, r.end));

describe('splitSentences', () => {
  it('ends sentences at a stop before a capital', () => {
    expect(sentencesOf('The vote passed. Delegates cheered.')).toEqual(['The vote passed.', 'Delegates cheered.']);
  });

  it('does not end one after an honorific, a plural title or an abbreviated given name', () => {
    expect(sentencesOf('Sens. Ada Lind and Tom Hale met Ma. Elena Reyes on Oct. 3. They spoke.')).toEqual([
      'Sens. Ada Lind and Tom Hale met Ma. Elena Reyes on Oct. 3.',
      'They spoke.',
    ]);
  });

  it('ends one after a word that only looks like an abbreviation', () => {
    expect(sentencesOf('The ship sailed to Oman. Crews rested.')).toHaveLength(2);
  });
});
