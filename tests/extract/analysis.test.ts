/** Tests of the text analysis: the marks of a family are exactly what its wordsOf pattern finds. */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/extract/analysis.js';
import { family, openingsOf, wordsOf, type Family } from '../../src/extract/lexicon/family.js';

// Made-up families: stems, phrases, an apostrophe, a hyphen, and one that is case-sensitive.
const ACTS = family('acts', 'test family', ['sign', 'co-sign', 'ratif*', 'sign up', "won't", 'adopt*']);
const NAMES = family('names', 'test family', ['Mar', 'May'], { caseSensitive: true });

/** What `wordsOf` itself finds: `marks` must give exactly these spans. */
const expected = (f: Family, text: string) =>
  [
    ...text
      .replace(/[’‘]/g, "'")
      .replace(/[“”]/g, '"')
      .matchAll(wordsOf(f, f.caseSensitive ? 'gu' : 'giu')),
  ].map((m) => ({ start: m.index, end: m.index + m[0].length }));

describe('analysis marks', () => {
  const texts = [
    'Peru signed; Chile will sign up, co-sign and ratify-it, but design and resign are no signs.',
    'SIGN, Sign-up, ratification-2, ratif-, xratify, 2sign, sign2, won’t sign',
    'Ϲsign 𝐀sign sign𝐀 \u0345sign sign\u0345 ſign ſIGN — adopted, readopted, adopt',
    'In Mar and May, not MAY or mar; Mayor Marco.',
    '',
    // No opening of either family (so no pattern runs), then one only a case-folding match reaches.
    'Nothing of the kind here, MAR.',
    'ſIGNED',
    // Letters and digits beyond ASCII after a member or inside a stem's word: the Unicode pattern decides there.
    'signé, ratificación, ratifié-2, adoptées², sign² sign٣ sign\u00b2 co-signé, won’tà, sign up你 ratif𝐀ied',
    'Maré Mayö Mar² May٣ Mar-é MAYé Mayé',
    'SIGNÉ sign-é ratifé ratif-é adoptÉ adopt\u0345 Signᵃ ratifs ratif2é',
  ];
  for (const text of texts) {
    it(`finds what wordsOf finds in ${JSON.stringify(text.slice(0, 30))}`, () => {
      const a = analyze(text);
      for (const f of [ACTS, NAMES]) expect(a.marks(f)).toEqual(expected(f, text));
    });
    it(`holds a family wherever its wordsOf pattern matches, in ${JSON.stringify(text.slice(0, 30))}`, () => {
      const a = analyze(text);
      for (const f of [ACTS, NAMES]) if (expected(f, text).length) expect(a.holds(f)).toBe(true);
    });
  }
});

describe('analysis holds', () => {
  it('a member written in any case, spacing or apostrophe, even inside a word', () => {
    const a = analyze('He will SIGN\n\tUP later; they won’t; a cosigner.');
    expect(a.holds(family('up', 'test family', ['sign up']))).toBe(true);
    expect(a.holds(family('wont', 'test family', ["won't"]))).toBe(true);
    expect(a.holds(family('co', 'test family', ['signer']))).toBe(true);
  });

  it('no family none of whose members is written', () => {
    expect(analyze('Peru signed it.').holds(ACTS)).toBe(true);
    expect(analyze('Peru left it, in Mar.').holds(ACTS)).toBe(false);
    expect(analyze('In MAY, not May.').holds(NAMES)).toBe(true);
    expect(analyze('In MAY, not mar.').holds(NAMES)).toBe(false);
  });
});

describe('family openings', () => {
  it('are what members open with up to a space, apostrophe or stem, lower case, none holding another', () => {
    expect(openingsOf(ACTS)).toEqual(['sign', 'ratif', 'won', 'adopt']);
  });

  it('keep the case of a case-sensitive family', () => {
    expect(openingsOf(NAMES)).toEqual(['Mar', 'May']);
  });

  it('are none when a member opens with other than plain ASCII', () => {
    expect(openingsOf(family('places', 'test family', ['Zürich', 'Bern']))).toBeNull();
  });
});
