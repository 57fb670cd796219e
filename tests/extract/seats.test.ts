/** Tests of capitals read as their governments: subjects of acts and speech, owners of officials; never places. */
import { describe, expect, it } from 'vitest';
import { extract, stances } from './helpers.js';

const seats = (text: string) => extract(text).countries.map((c) => `${c.code} ${c.name}`);

describe('capitals standing for their government', () => {
  it('reads a capital that says or does something as its state', () => {
    expect(stances('The whaling pact was debated. Later Ottawa said it would not ratify the whaling pact.')).toEqual({
      CA: 'not_signed',
    });
    expect(stances('Under the whaling pact, Canberra formally deposited its instrument of ratification.')).toEqual({
      AU: 'signed',
    });
    expect(stances('The whaling pact was debated. Reykjavik has not signed the whaling pact.')).toEqual({
      IS: 'not_signed',
    });
  });

  it('reads a capital that owns an official or an act as its state', () => {
    expect(seats('Under the whaling pact, Tokyo’s envoy spoke first.')).toEqual(['JP Tokyo']);
    expect(seats('The whaling pact lost Oslo’s support.')).toEqual([]);
  });

  it('reads a capital that owns an acceptance or an approval as its state', () => {
    expect(seats('Under the whaling pact, Tokyo’s acceptance came in May.')).toEqual(['JP Tokyo']);
    expect(seats('The whaling pact awaits Oslo’s approval.')).toEqual(['NO Oslo']);
  });

  it('reads a list of two or more capitals as their states, whatever follows', () => {
    expect(seats('Under the whaling pact, the holdouts remain Ottawa, Canberra or Oslo.')).toEqual([
      'CA Ottawa',
      'AU Canberra',
      'NO Oslo',
    ]);
    expect(seats('Neither Lima nor Quito is ready for the whaling pact.')).toEqual(['PE Lima', 'EC Quito']);
  });

  it('leaves a list of capitals after a place word alone', () => {
    expect(seats('Delegates met in Lima and Quito to discuss the whaling pact.')).toEqual([]);
    expect(seats('The whaling pact tour goes to Oslo, Tokyo and Seoul.')).toEqual([]);
  });

  it('leaves venues, datelines, treaty names and people alone', () => {
    expect(seats('Delegates met in Lima and signed the whaling pact.')).toEqual([]);
    expect(seats('LIMA, Peru — Delegates signed the whaling pact.')).toEqual(['PE Peru']);
    expect(seats('The Lima Accord was signed by many states.')).toEqual([]);
    expect(seats('Mr Lima said the whaling pact was weak.')).toEqual([]);
    expect(seats('Officials flew to Canberra, said the whaling pact was weak.')).toEqual([]);
  });

  it('reads capitals that fill a role of governments as their states', () => {
    expect(seats('The whaling pact names three depositary governments — Ottawa, Canberra and Oslo.')).toEqual([
      'CA Ottawa',
      'AU Canberra',
      'NO Oslo',
    ]);
    expect(seats('Under the whaling pact, Chile is one of the depositaries together with Oslo.')).toEqual([
      'CL Chile',
      'NO Oslo',
    ]);
    expect(seats('The whaling pact was signed in the capitals, Ottawa among them.')).toEqual([]);
  });

  it('reads a capital that did so, or has long said, as its state', () => {
    expect(stances('Chile acceded to the whaling pact in 2023. Ottawa had done so in 2019.')).toEqual({
      CL: 'signed',
      CA: 'signed',
    });
    expect(
      seats('Under the whaling pact, Oslo, which hosts the secretariat, has long said quotas are too high.'),
    ).toEqual(['NO Oslo']);
  });

  it('reads a capital that does something else first and then acts, with no other subject between, as its state', () => {
    expect(
      stances('The whaling pact was debated. Ottawa hosted the talks in 2019 and signed the pact that day.'),
    ).toEqual({
      CA: 'signed',
    });
    expect(stances('Under the whaling pact, Canberra welcomed the text but has not ratified it.')).toEqual({
      AU: 'not_signed',
    });
    expect(seats('Under the whaling pact, Oslo hosted the conference and then ratified the pact.')).toEqual([
      'NO Oslo',
    ]);
    expect(seats('The whaling pact was discussed in Norway. Oslo hosted the talks and signed the pact.')).toEqual([
      'NO Norway',
      'NO Oslo',
    ]);
    expect(seats('The whaling pact talks were held in Oslo. Ottawa hosted them and Chile signed the pact.')).toEqual([
      'CL Chile',
    ]);
  });

  it('reads Brussels as the EU', () => {
    expect(stances('Brussels signed the whaling pact on Monday.')).toEqual({ EU: 'signed' });
  });
});
