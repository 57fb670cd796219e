/** Tests of writesOneOf: the answers of `includes`, with most absent words ruled out by the text's three-character runs. */
import { describe, expect, it } from 'vitest';
import { runsOf, writesOneOf } from '../../src/extract/textSearch.js';

const TEXT = 'Chile RATIFIED the\n  convention in 2001;\u00a0Côte d’Ivoire signed it.';
const LOWER = TEXT.toLowerCase();
const SPACED = TEXT.replace(/\s+/g, ' ');
const SPACED_LOWER = LOWER.replace(/\s+/g, ' ');
const RUNS = runsOf(LOWER);
const FORMS = [TEXT, LOWER, SPACED, SPACED_LOWER];

describe('writesOneOf', () => {
  it('finds a word the text writes, at its start, in its middle and at its end', () => {
    expect(['Chile', 'RATIF', 'd’Ivoire', 'signed it.'].map((w) => writesOneOf(TEXT, RUNS, [w]))).toEqual([
      true,
      true,
      true,
      true,
    ]);
  });

  it('does not find a word none of whose runs the text writes', () => {
    expect(writesOneOf(LOWER, RUNS, ['withdr'])).toBe(false);
  });

  it('does not find a word whose runs the text writes only apart', () => {
    // "the", "con", "onv"… each stand in the text, "thecon" does not.
    expect(writesOneOf(SPACED_LOWER, RUNS, ['the con'])).toBe(true);
    expect(writesOneOf(SPACED_LOWER, RUNS, ['thecon'])).toBe(false);
  });

  it('finds a word spaced singly in the text with its spacing made single, and not in the text as written', () => {
    expect(writesOneOf(SPACED, RUNS, ['the convention'])).toBe(true);
    expect(writesOneOf(TEXT, RUNS, ['the convention'])).toBe(false);
  });

  it('answers for one of a list, whatever its place in the list', () => {
    expect(writesOneOf(LOWER, RUNS, ['withdr', 'acced', 'ratif'])).toBe(true);
    expect(writesOneOf(LOWER, RUNS, ['withdr', 'acced'])).toBe(false);
  });

  it('answers words shorter than a run by looking for them', () => {
    expect([['in'], ['zq'], ['']].map((w) => writesOneOf(LOWER, RUNS, w))).toEqual([true, false, true]);
  });

  it('gives includes’ answer for every piece of each form of a text and for pieces it lacks', () => {
    for (const text of FORMS)
      for (let i = 0; i < text.length; i++)
        for (const n of [1, 3, 5, 9]) {
          const piece = text.slice(i, i + n);
          expect(writesOneOf(text, RUNS, [piece]), piece).toBe(true);
          expect(writesOneOf(text, RUNS, [`${piece}#`]), piece).toBe(text.includes(`${piece}#`));
        }
  });
});
