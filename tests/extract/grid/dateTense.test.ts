/** A variation grid for the tense a date takes from an earlier clause of its own sentence, and look-alikes. */
// Each cell opens on a sentence of the opposite tense, so a date that looked back past its own sentence would take
// the wrong year, day or week. Published on Saturday 14 March 2026 (helpers.PUBLISHED).
import { describe, expect, it } from 'vitest';
import { extract } from '../helpers.js';

/** A date form as written, and its value back from the publication and ahead of it. */
const FORMS = [
  { date: 'on Tuesday', past: '2026-03-10', future: '2026-03-17' },
  { date: 'on 2 January', past: '2026-01-02', future: '2027-01-02' },
  { date: 'in July', past: '2025-07', future: '2026-07' },
] as const;

/** A sentence whose tense sign is in a clause before the date's, which has none: "{date}" marks the date. */
const CLAUSES = [
  // An apposition between the verb and the date.
  { past: 'Chile handed its instrument to the ministry, the depositary, {date} (as agreed).', opener: 'will' },
  { future: 'The bill will go to the full Senate, its last hurdle, {date} (if all goes well).', opener: 'past' },
  // An adjunct after a place.
  {
    past: 'The envoys signed the text in the old council hall, a listed building, {date} (local time).',
    opener: 'will',
  },
  { future: 'Delegates are to vote in the main chamber, weather permitting, {date} (provisionally).', opener: 'past' },
  // A relative clause with a scheduled verb of its own.
  { future: 'The court will rule before the session, which concludes {date}.', opener: 'past' },
  // A restatement after a dash.
  { future: 'The accord will take effect after the deposit — in this case {date}.', opener: 'past' },
] as const;

const OPENERS = { will: 'Talks will resume soon.', past: 'Talks collapsed last year.' } as const;

const cells = CLAUSES.flatMap((c) =>
  FORMS.map((f) => {
    const tense = 'past' in c ? 'past' : 'future';
    const sentence = ('past' in c ? c.past : c.future).replace('{date}', f.date);
    return { text: `${OPENERS[c.opener]} ${sentence}`, date: f.date, value: f[tense] };
  }),
);

const valueOf = (text: string, written: string) =>
  extract(text).dates.find((d) => d.text.toLowerCase().includes(written.replace(/^(on|in) /, '').toLowerCase()))?.value;

describe('grid: a date takes the tense of an earlier clause of its sentence', () => {
  it.each(cells)('"$text" dates $date $value', ({ text, date, value }) => {
    expect(valueOf(text, date)).toBe(value);
  });
});

/** A clause whose time is its own: opened by a participle or a comparison, or a relative clause after the sign. */
const LOOK_ALIKES = [
  {
    text: 'The count rose last year. It will pass 40 by the summit, up from 31 in July.',
    written: 'July',
    not: '2026-07',
  },
  { text: 'Talks stalled in May. Output will grow, less than forecast in July.', written: 'July', not: '2026-07' },
  {
    text: 'The pact binds its parties. Peru will ratify, following a vote on 2 January.',
    written: '2 January',
    not: '2027-01-02',
  },
  {
    text: 'The treaty will bind all parties. Peru sent an instrument that, under its terms, fixes entry into force six months later, on 18 September.',
    written: '18 September',
    not: '2025-09-18',
  },
] as const;

describe('grid: look-alikes whose clause keeps its own time', () => {
  it.each(LOOK_ALIKES)('"$text"', ({ text, written, not }) => {
    expect(valueOf(text, written)).not.toBe(not);
  });
});

/** Irregular past forms as the tense sign of a date's clause, after a sentence that points ahead. */
const IRREGULAR_PAST = [
  { text: 'Talks will resume soon. By Monday the tally stood at 38.', date: 'Monday', value: '2026-03-09' },
  { text: 'Talks will resume soon. On Tuesday the envoys sought a delay.', date: 'Tuesday', value: '2026-03-10' },
  {
    text: 'Talks will resume soon. The ministry kept the file closed until Friday.',
    date: 'Friday',
    value: '2026-03-13',
  },
  // A passive after "be" is no past sign: the sentence before decides.
  { text: 'Talks will resume soon. A deal could be struck on Tuesday.', date: 'Tuesday', value: '2026-03-17' },
] as const;

describe('grid: an irregular past form dates its clause back', () => {
  it.each(IRREGULAR_PAST)('"$text"', ({ text, date, value }) => {
    expect(valueOf(text, date)).toBe(value);
  });
});
