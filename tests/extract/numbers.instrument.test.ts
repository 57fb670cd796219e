/** Tests of the instrument a threshold of entry into force counts. */
import { describe, expect, it } from 'vitest';
import { instrumentNear } from '../../src/extract/numbers/context.js';

/** The instrument read for the threshold written `count` in the sentence. */
const instrumentOf = (sentence: string, count: string) => instrumentNear(sentence, sentence.indexOf(count)).instrument;

describe('instrumentNear', () => {
  it('reads signatories counted by an act they have gone on to do as a count of consents', () => {
    expect(instrumentOf('It takes effect once six signatories have ratified it.', 'six')).toBe('ratification');
    expect(
      instrumentOf('It binds once ten signatories, four of them coastal states, have formally approved it.', 'ten'),
    ).toBe('ratification');
    expect(instrumentOf('The pact applies after 12 signatories have expressed their consent to be bound.', '12')).toBe(
      'ratification',
    );
  });

  it('keeps signatures where signing is what counts', () => {
    expect(instrumentOf('It takes effect once 25 signatories have signed the final act.', '25')).toBe('signature');
    expect(instrumentOf('The accord needs 40 signatories before it can take effect.', '40')).toBe('signature');
    expect(instrumentOf('It takes effect once 30 countries sign it; 12 signatories have ratified.', '30')).toBe(
      'signature',
    );
  });
});
