/** Tests of the table of acts the families of acting words name. */
import { describe, expect, it } from 'vitest';
import { actOfWord } from '../../src/extract/actOfWords.js';

describe('actOfWord', () => {
  it('names the act of each family, a stem’s words included', () => {
    expect(actOfWord('ratification')).toBe('ratified');
    expect(actOfWord('deposited')).toBe('ratified');
    expect(actOfWord('accede')).toBe('acceded');
    expect(actOfWord('joined')).toBe('joined');
    expect(actOfWord('inked')).toBe('signed');
  });

  it('folds case and runs of white space', () => {
    expect(actOfWord('Ratify')).toBe('ratified');
    expect(actOfWord('came  on\nboard')).toBe('joined');
  });

  it('reads a word of no family as a signature', () => {
    expect(actOfWord('endorsed')).toBe('signed');
  });
});
