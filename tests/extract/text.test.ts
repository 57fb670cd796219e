/** Tests of the text helpers the extractors share. */
import { describe, expect, it } from 'vitest';
import { wordIndex } from '../../src/extract/text.js';

describe('wordIndex', () => {
  it('finds a word standing whole in the text', () => {
    expect(wordIndex('trade in tobacco products', 'tobacco')).toBe(9);
  });

  it('does not find a word inside a longer one', () => {
    expect(wordIndex('tobacconists and 2tobacco', 'tobacco')).toBe(-1);
  });

  it('matches the word as written, characters special to patterns included', () => {
    expect(wordIndex('the (a+b) rule', '(a+b)')).toBe(4);
    expect(wordIndex('Tobacco only', 'tobacco')).toBe(-1);
  });
});
