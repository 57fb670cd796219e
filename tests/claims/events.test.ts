import { describe, expect, it } from 'vitest';
import { milestoneOf, placeIn } from '../../src/claims/events.js';
import type { CountryMention, DateMention, TreatyMention } from '../../src/extract/types.js';

function dateIn(text: string, phrase: string, value: string): DateMention {
  const start = text.indexOf(phrase);
  return { text: phrase, value, start, end: start + phrase.length };
}

function treatyIn(text: string, name: string, key: string): TreatyMention {
  const start = text.indexOf(name);
  return { name, key, start, end: start + name.length };
}

function countryIn(text: string, name: string, code: string): CountryMention {
  const start = text.indexOf(name);
  return { name, code, stance: 'mentioned', start, end: start + name.length };
}

const anySubject = () => true;

describe('milestoneOf', () => {
  it('files a date under the event word nearest to it, not under another event of the sentence', () => {
    const text = 'First floated by Norway in 2019, the plastics pact was adopted in March 2022 after long talks.';
    expect(milestoneOf(text, dateIn(text, 'March 2022', '2022-03'), [], anySubject)?.property).toBe('adoption_date');
    expect(milestoneOf(text, dateIn(text, '2019', '2019'), [], anySubject)).toBeNull();
  });

  it('reads "opened for signature" and a signing ceremony as the signing date', () => {
    const text = 'The accord was opened for signature on 3 May 2021 in Geneva.';
    expect(milestoneOf(text, dateIn(text, '3 May 2021', '2021-05-03'), [], anySubject)?.property).toBe('signing_opened');
  });

  it('takes a ceremony date as the signing date only when its paragraph is about signing', () => {
    const signing = 'Delegates began signing the pandemic agreement. The ceremony took place in Geneva on Monday.';
    const party = 'The pandemic agreement was discussed. The ceremony took place in Geneva on Monday.';
    expect(milestoneOf(signing, dateIn(signing, 'on Monday', '2025-05-19'), [], anySubject)?.property).toBe('signing_opened');
    expect(milestoneOf(party, dateIn(party, 'on Monday', '2025-05-19'), [], anySubject)).toBeNull();
  });

  it('ignores a milestone of another treaty named in the sentence', () => {
    const text = 'The Budapest Convention was adopted in 2001.';
    const other = treatyIn(text, 'Budapest Convention', 'budapest');
    expect(milestoneOf(text, dateIn(text, '2001', '2001'), [other], (t) => t.key === 'cybercrime')).toBeNull();
  });

  it('keeps a date with the event of its own clause', () => {
    const text = 'Adopted by the assembly in June 2023, the pact will enter into force once 30 states ratify it.';
    expect(milestoneOf(text, dateIn(text, 'June 2023', '2023-06'), [], anySubject)?.property).toBe('adoption_date');
  });

  it('sees entry into force', () => {
    const text = 'The treaty entered into force on 1 July 2023.';
    expect(milestoneOf(text, dateIn(text, '1 July 2023', '2023-07-01'), [], anySubject)?.property).toBe('entry_into_force_date');
  });
});

describe('placeIn', () => {
  const whole = (text: string) => ({ start: 0, end: text.length });

  it('names the city with the country written after it', () => {
    const text = 'The ceremony took place in Nairobi, Kenya, on Friday.';
    expect(placeIn(text, whole(text), [countryIn(text, 'Kenya', 'KE')])).toBe('Nairobi, KE');
  });

  it('names the city with the country written as "the X capital"', () => {
    const text = 'It was signed on Friday at the Kenyan capital Nairobi.';
    expect(placeIn(text, whole(text), [countryIn(text, 'Kenyan', 'KE')])).toBe('Nairobi, KE');
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
