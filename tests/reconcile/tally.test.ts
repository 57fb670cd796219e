/** Tests of the tally rule: votes on one day agree or conflict, votes on different days are different votes. */
import { describe, expect, it } from 'vitest';
import { reconcileSubject } from '../../src/reconcile/index.js';
import { claim, settings } from './claims.js';

const votes = { ...settings, tallies: ['vote_in_favour'] };
const only = (claims: ReturnType<typeof claim>[]) => reconcileSubject(claims, [], votes);

describe('tallies', () => {
  it('takes a later vote as current and keeps the earlier one as history, with no conflict', () => {
    const r = only([
      claim('vote_in_favour', 310, { asOf: '2026-02-10' }),
      claim('vote_in_favour', 120, { asOf: '2026-02-17' }),
    ]);
    expect(r.facts[0].fact).toMatchObject({ value: 120, as_of: '2026-02-17', status: 'evolving' });
    expect(r.facts[0].fact.history.map((h) => h.value)).toEqual([310]);
    expect(r.conflicts).toEqual([]);
  });

  it('agrees when reports on different days give the same tally', () => {
    const r = only([
      claim('vote_in_favour', 310, { asOf: '2026-02-10' }),
      claim('vote_in_favour', 310, { asOf: '2026-02-11' }),
    ]);
    expect(r.facts[0].fact).toMatchObject({ value: 310, status: 'agreed', history: [] });
  });

  it('flags two tallies of the same day as a conflict', () => {
    const r = only([
      claim('vote_in_favour', 310, { asOf: '2026-02-10' }),
      claim('vote_in_favour', 301, { asOf: '2026-02-10' }),
      claim('vote_in_favour', 120, { asOf: '2026-02-17' }),
    ]);
    expect(r.facts[0].fact.status).toBe('conflict');
    expect(r.conflicts[0].explanation).toContain('On 2026-02-10');
  });

  it('takes a vote dated by its year alone for the vote of the one day in that year another report gives', () => {
    const r = only([
      claim('vote_in_favour', 58, { asOf: '2019-06-04' }),
      claim('vote_in_favour', 57, { asOf: '2019' }),
      claim('vote_in_favour', 90, { asOf: '2024-03-01' }),
    ]);
    expect(r.facts[0].fact.status).toBe('conflict');
    expect(r.conflicts[0].explanation).toContain('On 2019-06-04');
    const apart = only([
      claim('vote_in_favour', 58, { asOf: '2019-06-04' }),
      claim('vote_in_favour', 57, { asOf: '2018' }),
    ]);
    expect(apart.facts[0].fact).toMatchObject({ value: 58, status: 'evolving' });
  });

  it('reads two tallies of one day in one article as two votes, not a disagreement', () => {
    const r = only([
      claim('vote_in_favour', 107, { asOf: '2026-02-10', articleId: 7 }),
      claim('vote_in_favour', 157, { asOf: '2026-02-10', articleId: 7 }),
    ]);
    expect(r.facts[0].fact).toMatchObject({ value: 157, status: 'evolving' });
    expect(r.conflicts).toEqual([]);
  });

  it('leaves a property not configured as a tally to the agreement rule', () => {
    const r = reconcileSubject(
      [claim('vote_in_favour', 310, { asOf: '2026-02-10' }), claim('vote_in_favour', 120, { asOf: '2026-02-17' })],
      [],
      settings,
    );
    expect(r.facts[0].fact.status).toBe('conflict');
  });
});
