/** Tests of analysts' decisions and their reopening. */
import { describe, expect, it } from 'vitest';
import { reconcileSubject } from '../../src/reconcile/index.js';
import { claim, decision, settings } from './claims.js';

const RATIFICATION = { delay_days: 90, threshold: 40, instrument: 'ratification' };
const SIGNATURE = { delay_days: 90, threshold: 40, instrument: 'signature' };

describe('analyst decisions', () => {
  const base = [claim('entry_into_force_rule', RATIFICATION), claim('entry_into_force_rule', SIGNATURE)];

  it('keeps the decided value, even against the heavier side, with who, when and why', () => {
    const r = reconcileSubject(base, [decision(7, 'entry_into_force_rule', SIGNATURE, base)], settings);
    const f = r.facts[0].fact;
    expect(f).toMatchObject({ value: SIGNATURE, status: 'resolved' });
    expect(f.explanation).toContain('Resolved by ana on 2025-11-02');
    expect(f.explanation).toContain('checked with the depositary');
    expect(f.alternatives.map((a) => a.value)).toEqual([RATIFICATION]);
    expect(r.conflicts[0].status).toBe('resolved');
  });

  it('new evidence that disagrees reopens the decision and says so', () => {
    const fresh = claim('entry_into_force_rule', RATIFICATION, { url: 'https://wire.example/new' });
    const r = reconcileSubject([...base, fresh], [decision(7, 'entry_into_force_rule', SIGNATURE, base)], settings);
    expect(r.facts[0].fact.status).toBe('conflict');
    expect(r.conflicts[0].status).toBe('reopened');
    expect(r.conflicts[0].explanation).toContain('The decision of 2025-11-02 by ana');
    expect(r.conflicts[0].explanation).toContain('reopened by new evidence from https://wire.example/new');
  });

  it('new evidence that agrees leaves the decision standing', () => {
    const fresh = claim('entry_into_force_rule', { instrument: 'signature' });
    const r = reconcileSubject([...base, fresh], [decision(7, 'entry_into_force_rule', SIGNATURE, base)], settings);
    expect(r.facts[0].fact.status).toBe('resolved');
  });

  it('a decided count written as a bound is understood', () => {
    const counts = [claim('attending_countries', 61), claim('attending_countries', 70)];
    const r = reconcileSubject(
      [...counts, claim('attending_countries', 65)],
      [decision(3, 'attending_countries', '>60', counts)],
      settings,
    );
    expect(r.facts[0].fact.status).toBe('resolved');
  });
});
