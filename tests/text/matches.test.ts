/** matchesIn gives what matchAll gives, without changing the pattern it is handed. */
import { describe, expect, it } from 'vitest';
import { matchesIn } from '../../src/text/matches.js';

/** What `matchAll` gives, as plain records, to compare with matchesIn's. */
const viaMatchAll = (text: string, pattern: RegExp) =>
  [...text.matchAll(pattern)].map((m) => ({ index: m.index, groups: [...m] }));
const viaMatchesIn = (text: string, pattern: RegExp) =>
  matchesIn(text, pattern).map((m) => ({ index: m.index, groups: [...m] }));

describe('matchesIn', () => {
  it.each([
    ['digits', 'Of the 193 members, 72 signed and 40 ratified.', /\d+/g],
    ['groups', 'Chile (2003), Peru (2005)', /(\p{Lu}\p{Ll}+) \((\d{4})\)/gu],
    ['empty matches', 'a,b,,c', /,*/g],
    ['empty matches in a Unicode pattern over a surrogate pair', 'x😀y', /(?:)/gu],
    ['no match', 'no numbers here', /\d+/g],
  ])('gives what matchAll gives: %s', (_name, text, pattern) => {
    expect(viaMatchesIn(text, pattern)).toEqual(viaMatchAll(text, pattern));
  });

  it("starts where the pattern's lastIndex stands, as matchAll does", () => {
    const pattern = /\d+/g;
    pattern.lastIndex = 3;
    expect(matchesIn('12 34 56', pattern).map((m) => m[0])).toEqual(['34', '56']);
  });

  it('leaves the pattern as it found it', () => {
    const pattern = /\d+/g;
    pattern.lastIndex = 1;
    matchesIn('12 34', pattern);
    expect(pattern.lastIndex).toBe(1);
  });

  it('refuses a pattern that is not global, as matchAll does', () => {
    expect(() => matchesIn('12', /\d+/)).toThrow(TypeError);
  });
});
