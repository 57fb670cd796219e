/** Tests of reading treaty milestones from dated events. */
import { describe, expect, it } from 'vitest';
import { milestoneOf, milestonesOf } from '../../src/claims/events.js';
import type { DateMention } from '../../src/extract/types.js';

const dated = (kind: NonNullable<DateMention['event']>['kind'], treaties?: string[]): DateMention => ({
  text: '1 May 2026',
  value: '2026-05-01',
  start: 0,
  end: 10,
  event: { kind, rule: 'some-rule', ...(treaties ? { treaties } : {}) },
});

describe('milestoneOf', () => {
  it('maps each milestone event to its claim property', () => {
    expect(milestoneOf(dated('adoption'), new Set())).toBe('adoption_date');
    expect(milestoneOf(dated('signing_opened'), new Set())).toBe('signing_opened');
    expect(milestoneOf(dated('entry_into_force'), new Set())).toBe('entry_into_force_date');
  });

  it('makes no milestone of another event or of a date without one', () => {
    expect(milestoneOf(dated('ratification'), new Set())).toBeNull();
    // "takes effect for Chile on 1 May": one party's date, not the treaty's entry into force.
    expect(milestoneOf(dated('entry_into_force_for_party'), new Set())).toBeNull();
    expect(milestoneOf({ text: '2019', value: '2019', start: 0, end: 4 }, new Set())).toBeNull();
  });

  it('ignores a milestone whose sentence names only other treaties', () => {
    expect(milestoneOf(dated('adoption', ['budapest']), new Set(['cybercrime']))).toBeNull();
    expect(milestoneOf(dated('adoption', ['budapest', 'cybercrime']), new Set(['cybercrime']))).toBe('adoption_date');
  });
});

describe('milestonesOf', () => {
  it('gives the milestones joined to a date’s event that share its date', () => {
    const date = {
      ...dated('signing_opened'),
      event: { kind: 'signing_opened' as const, rule: 'r', also: ['adoption' as const] },
    };
    expect(milestonesOf(date, new Set())).toEqual(['signing_opened', 'adoption_date']);
  });

  it('gives none when the date’s own event is of another treaty', () => {
    const date = {
      ...dated('signing_opened', ['budapest']),
      event: { kind: 'signing_opened' as const, rule: 'r', treaties: ['budapest'], also: ['adoption' as const] },
    };
    expect(milestonesOf(date, new Set(['cybercrime']))).toEqual([]);
  });
});
