/** Tests of datelineOf: the day a wire story's dateline says it was filed. */
import { describe, expect, it } from 'vitest';
import { datelineOf } from '../../src/extract/dateline.js';
import { paragraphs } from '../../src/extract/text.js';

const of = (text: string) => datelineOf(text, paragraphs(text));

describe('datelineOf', () => {
  it('reads the month and day of a dateline closed by an agency and a dash', () => {
    expect(of('OSLO, Nov. 3 (Nordwire) — Ministers agreed tonight to cut quotas.')).toEqual({
      month: 'Nov',
      day: 3,
      year: null,
    });
  });

  it('reads a dateline whose place has a region and whose day has a year', () => {
    expect(of('PORTLAND, Maine, August 21, 1997 - The board voted yesterday.')).toEqual({
      month: 'August',
      day: 21,
      year: 1997,
    });
  });

  it('reads a dateline opening the paragraph after a headline', () => {
    expect(of('Quota deal struck\n\nOSLO, March 4 - Ministers agreed.')?.day).toBe(4);
  });

  it('reads no day from a dateline without one', () => {
    expect(of('NAIROBI, Kenya — Delegates met on Tuesday.')).toBeNull();
  });

  it('reads no day from a sentence that opens with a place and a date but no dash', () => {
    expect(of('In Geneva, March 4 was the day the talks closed.')).toBeNull();
  });

  it('reads no day from a dateline past the second paragraph', () => {
    expect(of('One.\n\nTwo.\n\nOSLO, March 4 - Ministers agreed.')).toBeNull();
  });
});
