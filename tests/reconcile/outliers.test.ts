/** Outliers of a cumulative series: a weak, far-off report set aside for review without freezing the fact. */
import { describe, expect, it } from 'vitest';
import { reconcileSubject } from '../../src/reconcile/index.js';
import { claim, settings } from './claims.js';

const count = (value: number, asOf: string, url?: string) =>
  claim('signatory_count', value, { asOf, ...(url ? { url } : {}) });
const factOf = (claims: ReturnType<typeof claim>[]) =>
  reconcileSubject(claims, [], settings).facts.find((f) => f.fact.property === 'signatory_count')!.fact;

describe('outliers of a cumulative series', () => {
  const series = [count(65, '2025-10-25'), count(72, '2025-10-28')];

  it('one weak report far below the series is set aside: the fact keeps evolving with its latest value', () => {
    const total = count(74, '2025-11-07', 'https://harbour.example/74');
    const misread = count(2, '2025-11-07', 'https://harbour.example/74');
    const f = factOf([...series, total, { ...misread, articleId: total.articleId }]);
    expect(f).toMatchObject({ value: 74, as_of: '2025-11-07', status: 'evolving' });
    expect(f.history.map((h) => h.value)).toEqual([65, 72]);
    expect(f.outliers).toEqual([expect.objectContaining({ value: 2, as_of: '2025-11-07' })]);
    expect(f.alternatives).toEqual([]);
  });

  it('names the claim that breaks the series and why, in one explanation that does not contradict itself', () => {
    const misread = count(2, '2025-11-10', 'https://weak.example/x');
    const f = factOf([...series, misread]);
    expect(f).toMatchObject({ value: 72, status: 'evolving' });
    expect(f.explanation).toContain(`2 (as of 2025-11-10, claim #${misread.id} from weak.example) is far below`);
    expect(f.explanation).toContain('65, 72 from 2 independent sources');
    expect(f.explanation).not.toMatch(/conflict|kept for/);
  });

  it('a report from the heavier source is no outlier: the drop is a conflict', () => {
    const f = factOf([...series, count(2, '2025-11-10', 'https://www.un.org/notice')]);
    expect(f.status).toBe('conflict');
    expect(f.outliers).toBeUndefined();
  });

  it('a near value is a real disagreement, not an outlier: two sources, same date, different totals', () => {
    const f = factOf([...series, count(74, '2025-11-07'), count(73, '2025-11-07')]);
    expect(f.status).toBe('conflict');
    expect(f.explanation).toContain('Two values for the same date (as of 2025-11-07): 74 and 73');
  });

  it('one report against one other source is no outlier: a series needs several independent sources', () => {
    const f = factOf([count(72, '2025-10-28'), count(2, '2025-11-10')]);
    expect(f.status).toBe('conflict');
  });

  it('a value far above the series, followed by lower reports from several sources, is set aside too', () => {
    const typo = count(740, '2025-11-01', 'https://typo.example/x');
    const f = factOf([...series, typo, count(74, '2025-11-07'), count(75, '2025-11-09')]);
    expect(f).toMatchObject({ value: 75, status: 'evolving' });
    expect(f.outliers?.map((o) => o.value)).toEqual([740]);
    expect(f.explanation).toContain('is far above');
  });

  it('an accepted claim is never an outlier', () => {
    const misread = { ...count(2, '2025-11-10'), accepted: true };
    expect(factOf([...series, misread]).status).toBe('conflict');
  });
});
