/** Tests of what may stand after an item of a list of countries. */
import { describe, expect, it } from 'vitest';
import { itemAside } from '../../src/extract/listGlue.js';

const aside = () => new RegExp(`^(?:${itemAside()})$`, 'u');

describe('itemAside', () => {
  it('takes a short parenthesis or a date after an item', () => {
    for (const text of ['(2019)', 'in 2003', 'in May', 'on 3 March', 'on March 3, 2021', 'since June 2020'])
      expect(aside().test(text), text).toBe(true);
  });

  it('takes no words of a clause', () => {
    for (const text of [
      'in talks',
      'on behalf',
      'in a statement',
      '(which has not signed the pact yet, officials say so)',
    ])
      expect(aside().test(text), text).toBe(false);
  });
});
