/** Tests of the date extractor. */
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.js';

// Published Saturday 14 March 2026, 10:00 at +01:00.
const dates = (text: string, published?: string) => extract(text, published).dates.map((d) => `${d.text}=${d.value}`);

describe('dates', () => {
  it('reads absolute dates at the precision written', () => {
    expect(
      dates('Adopted in December 2024, signed on 24 December 2024, effective 2025-01-02 and first proposed in 2017.'),
    ).toEqual(['December 2024=2024-12', '24 December 2024=2024-12-24', '2025-01-02=2025-01-02', 'in 2017=2017']);
    expect(dates('The vote was on March 3, 2021.')).toEqual(['March 3, 2021=2021-03-03']);
  });

  it('takes the year of a bare day from the publication', () => {
    expect(dates('Parliament approved it on February 27.')).toEqual(['February 27=2026-02-27']);
    expect(dates('Parliament approved it on December 30.')).toEqual(['December 30=2025-12-30']);
  });

  it('resolves relative days against a dateline’s day a few days before the publication', () => {
    const story = 'OSLO, March 12 (Nordwire) - Ministers agreed tonight and will meet again on Saturday.';
    expect(dates(story)).toEqual(['March 12=2026-03-12', 'tonight=2026-03-12', 'on Saturday=2026-03-14']);
  });

  it('resolves relative days against the publication when the dateline is weeks older', () => {
    expect(dates('OSLO, Feb. 2 (Nordwire) - Ministers agreed tonight.')).toEqual([
      'Feb. 2=2026-02-02',
      'tonight=2026-03-14',
    ]);
  });

  it('resolves weekdays and relative phrases against the publication’s local day', () => {
    expect(dates('The ceremony took place on Thursday.')).toEqual(['on Thursday=2026-03-12']);
    expect(dates('Ministers met on Saturday.')).toEqual(['on Saturday=2026-03-14']);
    expect(dates('At Tuesday’s meeting, delegates agreed.')).toEqual(['Tuesday’s meeting=2026-03-10']);
    expect(dates('It opened a centre last year and a lab in August.')).toEqual(['last year=2025', 'in August=2025-08']);
    expect(dates('Talks will resume on Monday.')).toEqual(['on Monday=2026-03-16']);
    expect(dates('States must ratify it by February.')).toEqual(['by February=2027-02']);
    expect(dates('In May, talks stalled on Thursday.')).toEqual(['In May=2025-05', 'on Thursday=2026-03-12']);
    // 00:30 at +02:00 is still Friday in UTC: the publication's own offset decides the day.
    expect(dates('They signed on Saturday.', '2026-03-14T00:30:00+02:00')).toEqual(['on Saturday=2026-03-14']);
    expect(dates('They signed on Saturday.', '2026-03-13T23:30:00-02:00')).toEqual(['on Saturday=2026-03-07']);
  });

  it('resolves counts ago, weeks and years named relative to the publication (Saturday 14 March 2026)', () => {
    const got = (text: string) => extract(text).dates.map((d) => [d.text, d.value]);
    expect(got('Chile ratified two days ago, Peru a week ago and Fiji three months ago.')).toEqual([
      ['two days ago', '2026-03-12'],
      ['a week ago', '2026-03-07'],
      ['three months ago', '2025-12'],
    ]);
    expect(got('Talks stalled last week; a vote is expected next week.')).toEqual([
      ['last week', '2026-W10'],
      ['next week', '2026-W12'],
    ]);
    expect(got('Ministers meet again on Nov. 20 next year, and the review starts in March next year.')).toEqual([
      ['Nov. 20 next year', '2027-11-20'],
      ['March next year', '2027-03'],
    ]);
  });

  it('points a weekday forward when a present-tense span runs up to it', () => {
    expect(extract('The meeting of states parties runs until Friday.').dates.map((d) => d.value)).toEqual([
      '2026-03-20',
    ]);
    expect(extract('The talks lasted until Friday.').dates.map((d) => d.value)).toEqual(['2026-03-13']);
  });

  it('points a weekday forward for an event scheduled in the present tense', () => {
    expect(extract('The review conference opens in Geneva on Monday.').dates.map((d) => d.value)).toEqual([
      '2026-03-16',
    ]);
    expect(extract('The next hearing is set for Thursday.').dates.map((d) => d.value)).toEqual(['2026-03-19']);
    expect(extract('The review conference opened in Geneva on Monday.').dates.map((d) => d.value)).toEqual([
      '2026-03-09',
    ]);
  });

  it('gives a bare month without tense the year the article writes that month with', () => {
    const values = (text: string) => extract(text, '2005-09-16').dates.map((d) => `${d.text}=${d.value}`);
    expect(values('Pact to take force in December\n\nIt takes force on 14 December 2005.')).toEqual([
      'in December=2005-12',
      '14 December 2005=2005-12-14',
    ]);
    expect(values('For the rest, 2005 is the year to join, before the meeting in December.')).toEqual([
      '2005=2005',
      'in December=2005-12',
    ]);
    // Its own sentence says past: the tense decides, not the other December.
    expect(values('Talks failed in December. The pact takes force on 14 December 2005.')).toEqual([
      'in December=2004-12',
      '14 December 2005=2005-12-14',
    ]);
  });

  it('does not take durations, identifiers or times as dates', () => {
    expect(
      dates(
        'After five years, 90 days and two decades, Resolution 75/282 runs 24/7; Mon 18:00 light rain, over the decade.',
      ),
    ).toEqual([]);
  });

  it('leaves relative dates unresolved without a publication time', () => {
    expect(dates('They met on Saturday in 2019.', null as unknown as string)).toEqual(['in 2019=2019']);
  });
});

describe('dates with modifiers', () => {
  it('reads mid-, early and late periods', () => {
    expect(dates('Talks began in mid-2021, paused in early 2023 and resumed mid-October.')).toEqual([
      'mid-2021=2021',
      'early 2023=2023',
      'mid-October=2025-10',
    ]);
  });
});
