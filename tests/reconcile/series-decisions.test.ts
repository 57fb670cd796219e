/** Decisions on a cumulative series: held for their as-of, extended by later values, reopened by contradiction. */
import { describe, expect, it } from 'vitest';
import { reconcileSubject } from '../../src/reconcile/index.js';
import { claim, decision, settings } from './claims.js';

const count = (value: number, asOf: string) => claim('signatory_count', value, { asOf });

describe('decisions on a cumulative series', () => {
  const before = [count(65, '2025-10-25'), count(72, '2025-10-28'), count(74, '2025-11-07'), count(73, '2025-11-07')];
  const decided = { ...decision(4, 'signatory_count', 74, before), asOf: '2025-11-07' };
  const reconcile = (claims: ReturnType<typeof claim>[]) => reconcileSubject(claims, [decided], settings);
  const countFact = (claims: ReturnType<typeof claim>[]) => reconcile(claims).facts[0].fact;

  it('holds the decided value at its as-of, with the overruled value among the alternatives', () => {
    const f = countFact(before);
    expect(f).toMatchObject({ value: 74, as_of: '2025-11-07', status: 'resolved' });
    expect(f.history.map((h) => h.value)).toEqual([65, 72]);
    expect(f.alternatives.map((a) => a.value)).toEqual([73]);
  });

  it('a later report that continues the series extends the history without reopening the decision', () => {
    const r = reconcile([...before, count(76, '2025-12-01')]);
    const f = r.facts[0].fact;
    expect(f).toMatchObject({ value: 76, as_of: '2025-12-01', status: 'evolving' });
    expect(f.history.map((h) => [h.value, h.as_of])).toEqual([
      [65, '2025-10-25'],
      [72, '2025-10-28'],
      [74, '2025-11-07'],
    ]);
    expect(r.conflicts[0].status).toBe('resolved');
    expect(f.explanation).toContain('74 (as of 2025-11-07, decided by ana on 2025-11-02) → 76 (as of 2025-12-01)');
  });

  it('a new report that contradicts the decision at its as-of reopens it and says so', () => {
    const r = reconcile([...before, count(70, '2025-12-01')]);
    expect(r.conflicts[0].status).toBe('reopened');
    const reopened = /^The decision of 2025-11-02 by ana \(74 as of 2025-11-07\) was reopened/;
    expect(r.facts[0].fact.explanation).toMatch(reopened);
    expect(r.facts[0].fact.explanation).toContain('70 (as of 2025-12-01, claim #');
  });

  it('a misread after the decision is an outlier: the decision stands', () => {
    const r = reconcile([...before, count(76, '2025-12-01'), count(2, '2025-12-02')]);
    expect(r.facts[0].fact).toMatchObject({ value: 76, status: 'evolving' });
    expect(r.facts[0].fact.outliers?.map((o) => o.value)).toEqual([2]);
    expect(r.conflicts[0].status).toBe('resolved');
  });
});
