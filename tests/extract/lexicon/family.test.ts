/** Tests of the families' patterns: the letters they tell a word from its neighbours by, and sources built ahead. */
import { describe, expect, it } from 'vitest';
import {
  alternation,
  family,
  familiesIn,
  LETTERS,
  sourcesAhead,
  wordsOf,
} from '../../../src/extract/lexicon/family.js';
import * as lexicon from '../../../src/extract/lexicon/index.js';

const RATIFYING = family('ratifying', 'test family', ['ratif*', 'signed']);
const found = (text: string): string[] => [...text.matchAll(wordsOf(RATIFYING))].map((m) => m[0]);

describe('LETTERS', () => {
  it('holds every letter of the Latin, Greek and Cyrillic blocks and of Vietnamese', () => {
    const letter = new RegExp(`^[${LETTERS}]$`, 'u');
    const missing: string[] = [];
    for (const [from, to] of [
      [0, 0x52f],
      [0x1e00, 0x1eff],
    ])
      for (let c = from; c <= to; c++) {
        const ch = String.fromCodePoint(c);
        if (/^\p{L}$/u.test(ch) && !letter.test(ch)) missing.push(ch);
      }
    expect(missing).toEqual([]);
  });

  it('holds no digit, space, apostrophe, quotation mark or dash', () => {
    expect(new RegExp(`[${LETTERS}]`, 'u').test("0 9 ' ’ “ ” - – —")).toBe(false);
  });

  it('keeps a family word from being read inside a longer word with accented, Greek or Cyrillic letters', () => {
    expect(found('Signedé, Øsigned, signedα, signedж, signedễ')).toEqual([]);
  });

  it('lets a stem run on through accented letters to the end of its word', () => {
    expect(found('La France a ratifié le traité; Chile signed.')).toEqual(['ratifié', 'signed']);
  });
});

describe('sourcesAhead', () => {
  const families = familiesIn(lexicon);

  it('gives every lexicon family the source alternation works out for it', () => {
    const ahead = Object.values(sourcesAhead(families)).slice(0, families.length);
    expect(ahead.map((source) => `(?:${source})`)).toEqual(families.map((f) => alternation(f)));
  });

  it('keys lists apart by their words, so two families with one name do not share a source', () => {
    const one = family('same-name', 'a test family', ['sign*']);
    const other = family('same-name', 'a test family', ['ratif*']);
    expect(new Set(Object.values(sourcesAhead([one, other]))).size).toBe(4);
  });
});
