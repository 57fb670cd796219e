/** Tests of reconciling milestone dates, events that happen once. */
import { describe, expect, it } from 'vitest';
import { reconcileSubject } from '../../src/reconcile/index.js';
import { claim, settings } from './claims.js';

/** A milestone claim from an article published on `published`. */
const milestone = (value: string, published: string) =>
  claim('signing_opened', value, { published: `${published}T09:00:00Z`, asOf: published });
const factOf = (claims: ReturnType<typeof claim>[]) => reconcileSubject(claims, [], settings).facts[0].fact;

describe('milestone dates', () => {
  it('sets aside a date announced ahead after an earlier report gave the milestone as past', () => {
    const f = factOf([milestone('2000-05-24', '2000-05-24'), milestone('2011-03-07', '2010-10-15')]);
    expect(f).toMatchObject({ value: '2000-05-24', status: 'agreed' });
    expect(f.outliers).toEqual([expect.objectContaining({ value: '2011-03-07' })]);
    expect(f.explanation).toContain('happens once');
  });

  it('does not weigh one article’s past and announced dates against each other', () => {
    const f = factOf([milestone('2025-09-19', '2025-09-20'), milestone('2026-01-17', '2025-09-20')]);
    expect(f.status).toBe('conflict');
  });

  it('sets aside one article’s announced date when another source confirms the same article’s past date', () => {
    const article = { published: '1989-10-18T09:00:00Z', articleId: 7 };
    const f = factOf([
      claim('signing_opened', '1975', { ...article, asOf: '1989-10-18' }),
      claim('signing_opened', '1990-01', { ...article, asOf: '1989-10-18' }),
      milestone('1975-07-01', '2016-09-25'),
    ]);
    expect(f).toMatchObject({ value: '1975-07-01', status: 'agreed' });
    expect(f.outliers).toEqual([expect.objectContaining({ value: '1990-01' })]);
  });

  it('does not count a syndicated copy as the confirmation of an article’s past date', () => {
    const copy = { published: '2025-09-20T09:00:00Z', textFingerprint: 'ffff0000ffff0000' };
    const f = factOf([
      claim('signing_opened', '2025-09-19', { ...copy, articleId: 1, asOf: '2025-09-20' }),
      claim('signing_opened', '2026-01-17', { ...copy, articleId: 1, asOf: '2025-09-20' }),
      claim('signing_opened', '2025-09-19', { ...copy, articleId: 2, asOf: '2025-09-20' }),
    ]);
    expect(f.status).toBe('conflict');
  });

  it('keeps an announcement made before the milestone, when a later report confirms it', () => {
    const f = factOf([milestone('2017-09-08', '2016-09-08'), milestone('2017-09-08', '2017-09-08')]);
    expect(f).toMatchObject({ value: '2017-09-08', status: 'agreed' });
    expect(f.outliers).toBeUndefined();
  });

  it('still flags an announcement that a later report of the past milestone contradicts', () => {
    const f = factOf([milestone('2026-05-01', '2026-03-01'), milestone('2026-05-02', '2026-06-01')]);
    expect(f.status).toBe('conflict');
  });

  it('still flags two reports of the past milestone that disagree', () => {
    const f = factOf([milestone('2005-02-27', '2005-03-01'), milestone('2005-02-28', '2005-03-02')]);
    expect(f.status).toBe('conflict');
  });

  it('sets aside an adoption dated after the agreed opening for signature: it is another act’s', () => {
    const facts = reconcileSubject(
      [
        claim('adoption_date', '1973-03-03', { published: '2016-09-25T09:00:00Z' }),
        claim('adoption_date', '2022-11-24', { published: '2022-11-25T09:00:00Z' }),
        milestone('1973-03-03', '2016-09-25'),
        milestone('1973', '1990-01-10'),
      ],
      [],
      settings,
    ).facts.map((d) => d.fact);
    const adoption = facts.find((f) => f.property === 'adoption_date');
    expect(adoption).toMatchObject({ value: '1973-03-03', status: 'agreed' });
    expect(adoption?.outliers).toEqual([expect.objectContaining({ value: '2022-11-24' })]);
    expect(adoption?.explanation).toContain('later than the agreed signing_opened');
  });

  it('keeps an adoption in the same year as a later milestone given only by its year', () => {
    const facts = reconcileSubject(
      [claim('adoption_date', '2019-06-21'), milestone('2019', '2020-01-10')],
      [],
      settings,
    ).facts.map((d) => d.fact);
    expect(facts.find((f) => f.property === 'adoption_date')).toMatchObject({ value: '2019-06-21', status: 'agreed' });
  });

  it('does not bound an adoption by a later milestone whose own reports disagree', () => {
    const facts = reconcileSubject(
      [
        claim('adoption_date', '2001-05-22'),
        claim('adoption_date', '2003-01-02'),
        milestone('2001-05-23', '2001-05-24'),
        milestone('2002-05-23', '2002-05-24'),
      ],
      [],
      settings,
    ).facts.map((d) => d.fact);
    expect(facts.find((f) => f.property === 'adoption_date')?.status).toBe('conflict');
  });
});
