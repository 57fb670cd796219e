/** Tests of places that open a treaty's name: the treaty, not a country mention. */
import { describe, expect, it } from 'vitest';
import { extract, stances } from './helpers.js';

const codes = (text: string) => extract(text).countries.map((c) => c.code);

describe('places in treaty names', () => {
  it('drops a country name that opens a treaty name, before its instrument word', () => {
    expect(codes('Chile acceded to the Panama Fisheries Convention on Monday.')).toEqual(['CL']);
    expect(codes('Chile joined the Singapore International Agreement on Fish.')).toEqual(['CL']);
  });

  it('drops a later bare use of that place with no stance of its own (the treaty by its short name)', () => {
    expect(codes('Chile joined the Panama Fisheries Convention. “Panama sets the bar low,” an activist said.')).toEqual(
      ['CL'],
    );
  });

  it('keeps the place named anywhere but as a subject opening a sentence', () => {
    expect(codes('Chile joined the Panama Fisheries Convention, named after Panama.')).toEqual(['CL', 'PA']);
  });

  it('keeps the state when it acts, or when it is named after the instrument word or joined to another', () => {
    expect(stances('Panama ratified the Panama Fisheries Convention in 2020.')).toEqual({ PA: 'signed' });
    expect(codes('The Treaty between the United States and Mexico on water was cited.')).toEqual(['US', 'MX']);
    expect(codes('The EU-Mercosur Agreement was praised.')).toEqual(['EU']);
  });
});
