/** Tests of reading dated events and their places. */
import { describe, expect, it } from 'vitest';
import { placeIn } from '../../src/extract/dateEvents.js';
import { extract } from './helpers.js';

const whole = (text: string) => ({ start: 0, end: text.length });
const country = (text: string, name: string, code: string) => ({
  code,
  start: text.indexOf(name),
  end: text.indexOf(name) + name.length,
});

describe('the event of a date', () => {
  it('gives the date the event its clause names, with the rule that decided it', () => {
    const [date] = extract(
      'Adopted by the assembly in June 2023, the pact will enter into force once 30 states ratify.',
    ).dates;
    expect(date.event).toMatchObject({ kind: 'adoption', rule: 'adoption-words' });
  });

  it('gives a milestone the earlier one joined to it by "and" that shares its date', () => {
    const [date] = extract('The convention was adopted and opened for signature in Geneva on 2 May 1990.').dates;
    expect(date.event).toMatchObject({ kind: 'signing_opened', also: ['adoption'] });
  });

  it('joins no milestone that has a date of its own', () => {
    const dates = extract('The accord was adopted on 5 March 2020 and opened for signature on 9 June 2020.').dates;
    expect(dates.map((d) => d.event?.also)).toEqual([undefined, undefined]);
  });

  it('names the treaties of the date’s sentence, for the claims stage to keep its own treaty’s milestones', () => {
    const [date] = extract('The Budapest Convention was adopted in 2001.').dates;
    expect(date.event?.treaties?.length).toBe(1);
  });

  it('gives a milestone the place of its sentence', () => {
    const [date] = extract('The accord was opened for signature in Geneva on 3 May 2021.').dates;
    expect(date.event).toMatchObject({ kind: 'signing_opened', place: 'Geneva' });
  });

  it('marks full days up to publication as able to date a count, but not the start of a period', () => {
    const got = extract(
      'By 28 February 2026, 44 states had signed. Since 1 March 2026, 46 have. On 30 March 2026 more will.',
    );
    expect(got.dates.map((d) => d.statesDay)).toEqual([true, false, false]);
  });
});

describe('placeIn', () => {
  it('names the city with the country written after it', () => {
    const text = 'The ceremony took place in Nairobi, Kenya, on Friday.';
    expect(placeIn(text, whole(text), [country(text, 'Kenya', 'KE')])).toBe('Nairobi, KE');
  });

  it('names the city with the country written as "the X capital"', () => {
    const text = 'It was signed on Friday at the Kenyan capital Nairobi.';
    expect(placeIn(text, whole(text), [country(text, 'Kenyan', 'KE')])).toBe('Nairobi, KE');
  });

  it('skips months and weekdays and gives the city alone when no country is near', () => {
    const text = 'Signed in December at a conference held in Lima.';
    expect(placeIn(text, whole(text), [])).toBe('Lima');
  });

  it('finds no place in a sentence without one', () => {
    const text = 'The pact was adopted in June.';
    expect(placeIn(text, whole(text), [])).toBeNull();
  });
});
