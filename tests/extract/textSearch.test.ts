/** Tests of containedIn: the answers of `includes`, with most absent words ruled out by the text's three-letter runs. */
import { describe, expect, it } from 'vitest';
import { containedIn } from '../../src/extract/textSearch.js';

const TEXT = 'Chile ratified the convention in 2001; Côte d’Ivoire signed it.';

describe('containedIn', () => {
  it('finds a word the text writes, at its start, in its middle and at its end', () => {
    const has = containedIn(TEXT);
    expect(['Chile', 'ratif', 'd’Ivoire', 'signed it.'].map(has)).toEqual([true, true, true, true]);
  });

  it('does not find a word none of whose runs the text writes', () => {
    expect(containedIn(TEXT)('withdr')).toBe(false);
  });

  it('does not find a word whose runs the text writes only apart', () => {
    // "the", "hec", "eco", "con"… each stand in the text, "thecon" does not.
    expect(containedIn(TEXT)('the con')).toBe(true);
    expect(containedIn(TEXT)('thecon')).toBe(false);
  });

  it('answers words shorter than a run by looking for them', () => {
    const has = containedIn(TEXT);
    expect([has('in'), has('zq'), has('')]).toEqual([true, false, true]);
  });

  it('gives includes’ answer for every piece of a text and for pieces it lacks', () => {
    const has = containedIn(TEXT);
    for (let i = 0; i < TEXT.length; i++)
      for (const n of [1, 3, 5, 9]) {
        const piece = TEXT.slice(i, i + n);
        expect(has(piece), piece).toBe(true);
        expect(has(`${piece}#`), piece).toBe(TEXT.includes(`${piece}#`));
      }
  });
});
