/** Stances and acts per country on short made-up news items, one behaviour per test. */
import { describe, expect, it } from 'vitest';
import { extract, stances } from './helpers.js';

/** The act named for each country code (the last mention that names one). */
function acts(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const c of extract(text).countries) if (c.act) out[c.code] = c.act;
  return out;
}

describe('acts distributed over the list they govern', () => {
  it('gives every state a counted group includes the group’s act', () => {
    const text =
      'Five states deposited their instruments of ratification of the ocean treaty, including Chile, Ghana and Nepal.';
    expect(stances(text)).toEqual({ CL: 'signed', GH: 'signed', NP: 'signed' });
    expect(acts(text)).toEqual({ CL: 'ratified', GH: 'ratified', NP: 'ratified' });
  });

  it('does not give a counted group’s act to the host named beside it', () => {
    expect(stances('Hosted by Senegal, the summit ended after 30 African states signed the trade accord.')).toEqual({
      SN: 'mentioned',
    });
  });

  it('gives the items of a bulleted list the act of the line that announces it', () => {
    const text =
      'By June, four states had acceded to the river protocol. They are:\n\n• Laos (May 2)\n\n• Chad (June 9)\n\nCritics in Niger were unmoved.';
    expect(stances(text)).toEqual({ LA: 'signed', TD: 'signed', NE: 'mentioned' });
    expect(acts(text)).toMatchObject({ LA: 'acceded', TD: 'acceded' });
  });

  it('reads the other subjects of a clause whose noun of acting names only its owner', () => {
    const text =
      'Nearby, Chile ratified the river protocol in 2001, Peru’s instrument was received that May, and Bolivia ratified in 2002.';
    expect(acts(text)).toEqual({ CL: 'ratified', PE: 'ratified', BO: 'ratified' });
  });

  it('reads a passive act with its agents after "by"', () => {
    expect(acts('The regional agreement was acceded to by Peru and Bolivia on Friday.')).toEqual({
      PE: 'acceded',
      BO: 'acceded',
    });
  });
});

describe('a list whose items a semicolon sets before their verb', () => {
  it('gives every item the act of the verb after the last', () => {
    expect(acts('Under the river protocol, Laos; Chad; and Mali have acceded so far.')).toEqual({
      LA: 'acceded',
      TD: 'acceded',
      ML: 'acceded',
    });
  });

  it('reads items dated by a parenthesis or a phrase the same way', () => {
    const text = 'The river protocol took effect. Laos (2019); Chad, in May 2020; and Mali, in 2021, ratified it.';
    expect(acts(text)).toEqual({ LA: 'ratified', TD: 'ratified', ML: 'ratified' });
  });

  it('gives a denial told after the list to its items too', () => {
    expect(stances('The river protocol took effect. Laos and Chad; Mali, too, have not signed it.')).toEqual({
      LA: 'not_signed',
      TD: 'not_signed',
      ML: 'not_signed',
    });
  });

  it('leaves an item alone when the part after it has a subject and verb of its own', () => {
    expect(stances('The river protocol took effect. Talks were held in Laos; Chad ratified it.')).toEqual({
      LA: 'mentioned',
      TD: 'signed',
    });
    expect(stances('The river protocol took effect. Laos; Chad objected to it.')).toEqual({
      LA: 'mentioned',
      TD: 'mentioned',
    });
  });
});

describe('withdrawals', () => {
  it('reads a withdrawal, done or announced, as not signed with act withdrew', () => {
    const text = 'Mali pulled out of the arms treaty in May. Chad announced its withdrawal from the treaty on Friday.';
    expect(stances(text)).toEqual({ ML: 'not_signed', TD: 'not_signed' });
    expect(acts(text)).toEqual({ ML: 'withdrew', TD: 'withdrew' });
  });

  it('leaves an intended or threatened withdrawal as mentioned', () => {
    expect(
      stances('Under the arms treaty, Chad intends to withdraw. Mali has threatened a withdrawal from the treaty.'),
    ).toEqual({
      TD: 'mentioned',
      ML: 'mentioned',
    });
  });

  it('lets a withdrawal outrank the ratification the article recalls', () => {
    expect(stances('Mali ratified the arms treaty in 2011. On Sunday Mali formally withdrew from the treaty.')).toEqual(
      { ML: 'not_signed' },
    );
  });

  it('does not read withdrawn troops as leaving the treaty', () => {
    const s = stances('Having ratified the arms treaty, Norway is withdrawing its troops from Mali.');
    expect(s.NO).toBe('signed');
    expect(s.ML).not.toBe('not_signed');
  });
});

describe('intentions, partial acts and gaps', () => {
  it('leaves "set to sign" as mentioned', () => {
    expect(stances('Chile is set to sign the ocean treaty next week.')).toEqual({ CL: 'mentioned' });
  });

  it('keeps a state that has signed but not ratified as signed, act signed', () => {
    const text = 'Ghana has signed but not ratified the ocean treaty.';
    expect(stances(text)).toEqual({ GH: 'signed' });
    expect(acts(text)).toEqual({ GH: 'signed' });
  });

  it('reads states that have yet to ratify as not signed', () => {
    expect(stances('States that have yet to ratify the ocean treaty include Chile and Peru.')).toEqual({
      CL: 'not_signed',
      PE: 'not_signed',
    });
  });
});

describe('rules named on every mention', () => {
  it('names a rule for every country, whatever its stance', () => {
    const x = extract('Peru ratified the ocean treaty. Chile did not. Japan watched.');
    expect(x.countries.map((c) => [c.code, c.rule])).toEqual([
      ['PE', 'act-verb'],
      ['CL', 'elliptic-denial'],
      ['JP', 'no-cue'],
    ]);
  });
});

describe('denials in other words', () => {
  it('reads "none of which has signed" after a list as not signed', () => {
    expect(stances('Observers came from Chile, Peru and Fiji, none of which has signed the ocean treaty.')).toEqual({
      CL: 'not_signed',
      PE: 'not_signed',
      FJ: 'not_signed',
    });
  });

  it('reads an instrument not yet deposited as not signed', () => {
    expect(stances('Ghana has not yet deposited its instrument of ratification of the ocean treaty.')).toEqual({
      GH: 'not_signed',
    });
  });
});

describe('an amendment or protocol named by its parent', () => {
  it('reads "the amendment to the X Convention" as the article’s amendment, not the convention', () => {
    expect(
      acts(
        'The Lima Ban Amendment took effect. The amendment to the 1999 Lima Convention bans dumping. Chile’s ' +
          'ratification in May pushed it over the line.',
      ),
    ).toEqual({ CL: 'ratified' });
  });

  it('leaves a capitalized amendment of the same parent as another instrument', () => {
    expect(
      stances(
        'The Lima Ban Amendment took effect. The Quito Amendment to the Lima Convention bans dumping. Chile’s ' +
          'ratification in May pushed it over the line.',
      ),
    ).toEqual({ CL: 'mentioned' });
  });
});

describe('a subject cut off from its verb by an aside', () => {
  it('gives the subject the reading of the aside on "it" and the verb after it', () => {
    expect(stances('Japan, though it signed the ocean treaty early, has not ratified it.')).toEqual({ JP: 'signed' });
    expect(stances('Canada, while they ratified the ocean treaty in 2001, has since withdrawn from it.')).toMatchObject(
      {
        CA: expect.not.stringMatching(/^mentioned$/),
      },
    );
  });

  it('does not give it the act of another state the aside names', () => {
    expect(stances('Japan, though Chile signed the ocean treaty early, has stayed away.')).toMatchObject({
      JP: 'mentioned',
    });
  });
});
