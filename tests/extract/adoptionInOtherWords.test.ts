/** Tests of reading a treaty's adoption told in other words than adopting. */
import { describe, expect, it } from 'vitest';
import { adoptionInOtherWords } from '../../src/extract/adoptionInOtherWords.js';
import { analyze } from '../../src/extract/analysis.js';

/** The words of a text read as an adoption, as written. */
const words = (text: string) => adoptionInOtherWords(analyze(text), []).map((w) => text.slice(w.start, w.end));

describe('adoption told in other words', () => {
  it('reads a concluding participle set off after the treaty', () => {
    expect(words('The charter, concluded in Lima in 2011, binds thirty states.')).toEqual(['concluded']);
  });

  it('reads a passive said of the treaty', () => {
    expect(words('The river pact was agreed in Accra in May 2018.')).toEqual(['agreed']);
  });

  it('reads a participle that opens the sentence whose clause the treaty leads', () => {
    expect(words('Sealed in Quito in March 2019, the accord took effect in 2021.')).toEqual(['Sealed']);
  });

  it('reads an active verb with the treaty as its object', () => {
    expect(words('Negotiators finalised the convention in October 2021.')).toEqual(['finalised']);
  });

  it('reads an approval by a body of states, as agent or as subject', () => {
    expect(words('The treaty was approved by the UN General Assembly in 2017.')).toEqual(['approved']);
    expect(words('The World Health Assembly endorsed the convention in May 2003.')).toEqual(['endorsed']);
  });

  it('leaves a promise, another text and a chamber of one state alone', () => {
    expect(words('Ministers agreed in May 2019 to ratify the pact.')).toEqual([]);
    expect(words('Under a compromise agreed in July, the treaty’s ships comply later.')).toEqual([]);
    expect(words('The talks on the treaty concluded on Friday.')).toEqual([]);
    expect(words('The National Assembly approved the treaty in March.')).toEqual([]);
  });
});
