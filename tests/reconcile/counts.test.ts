/** Tests of reconciling counts. */
import { describe, expect, it } from 'vitest';
import { reconcileSubject } from '../../src/reconcile/index.js';
import { claim, settings } from './claims.js';

const factOf = (claims: ReturnType<typeof claim>[], property: string) =>
  reconcileSubject(claims, [], settings).facts.find((f) => f.fact.property === property)!.fact;

describe('cumulative counts', () => {
  it('a count that grows between reports is one evolving fact with its history', () => {
    const f = factOf(
      [claim('signatory_count', 65, { asOf: '2025-10-25' }), claim('signatory_count', 72, { asOf: '2025-10-28' })],
      'signatory_count',
    );
    expect(f).toMatchObject({ value: 72, as_of: '2025-10-28', status: 'evolving' });
    expect(f.history).toEqual([expect.objectContaining({ value: 65, as_of: '2025-10-25' })]);
    expect(f.explanation).toContain('65 (as of 2025-10-25) → 72 (as of 2025-10-28)');
  });

  it('falls back to the publication date when the text gives no as-of', () => {
    const f = factOf(
      [
        claim('signatory_count', 72, { published: '2025-10-28T08:00:00Z' }),
        claim('signatory_count', 65, { published: '2025-10-25T18:30:00+03:00' }),
      ],
      'signatory_count',
    );
    expect(f).toMatchObject({ value: 72, status: 'evolving', as_of: '2025-10-28' });
  });

  it('a later report of a smaller count is a conflict that keeps the larger count', () => {
    const f = factOf(
      [claim('signatory_count', 72, { asOf: '2025-10-28' }), claim('signatory_count', 60, { asOf: '2025-10-30' })],
      'signatory_count',
    );
    expect(f).toMatchObject({ value: 72, status: 'conflict' });
    expect(f.alternatives.map((a) => a.value)).toEqual([60]);
    expect(f.explanation).toContain('after 72 (as of 2025-10-28), a later report gives 60 (as of 2025-10-30)');
  });

  it('a later smaller count whose report says states left is an update: evolving, with the larger one as history', () => {
    const f = factOf(
      [
        claim('ratification_count', 120, { asOf: '2025-03-01' }),
        claim('ratification_count', 118, { asOf: '2025-09-01', qualifiers: { fell: true } }),
      ],
      'ratification_count',
    );
    expect(f).toMatchObject({ value: 118, as_of: '2025-09-01', status: 'evolving' });
    expect(f.history).toEqual([expect.objectContaining({ value: 120 })]);
    expect(f.explanation).toContain('went down only where its reports say states left');
  });

  it('a fall reported on the same day as another value is still a conflict', () => {
    const f = factOf(
      [
        claim('ratification_count', 120, { asOf: '2025-09-01' }),
        claim('ratification_count', 118, { asOf: '2025-09-01', qualifiers: { fell: true } }),
      ],
      'ratification_count',
    );
    expect(f.status).toBe('conflict');
  });

  it('two different counts at the same as-of are a conflict', () => {
    const r = reconcileSubject(
      [claim('signatory_count', 65, { asOf: '2025-10-25' }), claim('signatory_count', 66, { asOf: '2025-10-25' })],
      [],
      settings,
    );
    expect(r.facts[0].fact.status).toBe('conflict');
    expect(r.conflicts).toHaveLength(1);
    expect(r.conflicts[0].alternatives.map((a) => a.value).sort()).toEqual([65, 66]);
  });

  it('the same count reported twice is agreed, not evolving', () => {
    const f = factOf(
      [claim('signatory_count', 72, { asOf: '2025-10-28' }), claim('signatory_count', 72, { asOf: '2025-10-29' })],
      'signatory_count',
    );
    expect(f).toMatchObject({ value: 72, status: 'agreed', history: [] });
  });

  it('a lower bound fits a later exact count, an upper bound below it is a conflict', () => {
    const fits = factOf(
      [
        claim('signatory_count', 60, { asOf: '2025-10-25', qualifiers: { qualifier: 'more_than' } }),
        claim('signatory_count', 72, { asOf: '2025-10-28' }),
      ],
      'signatory_count',
    );
    expect(fits).toMatchObject({ value: 72, status: 'agreed' });
    expect(fits.sources).toHaveLength(2);
    const clash = factOf(
      [
        claim('signatory_count', 50, { asOf: '2025-10-29', qualifiers: { qualifier: 'fewer_than' } }),
        claim('signatory_count', 72, { asOf: '2025-10-28' }),
      ],
      'signatory_count',
    );
    expect(clash.status).toBe('conflict');
    expect(clash.alternatives.map((a) => a.value)).toEqual(['<50']);
  });
});

describe('a series that outgrows its exact counts', () => {
  it('takes a later lower bound above the latest count as current, with the counts as history', () => {
    const f = factOf(
      [
        claim('ratification_count', 30, { asOf: '2020-02-16' }),
        claim('ratification_count', 46, { asOf: '2020-11-15' }),
        claim('ratification_count', 110, { asOf: '2025-03-06', qualifiers: { qualifier: 'more_than' } }),
      ],
      'ratification_count',
    );
    expect(f).toMatchObject({ value: '>110', as_of: '2025-03-06', status: 'evolving' });
    expect(f.history.map((h) => h.value)).toEqual([30, 46]);
  });

  it('keeps the exact count when the later bound does not pass it', () => {
    const f = factOf(
      [
        claim('ratification_count', 46, { asOf: '2020-11-15' }),
        claim('ratification_count', 40, { asOf: '2025-03-06', qualifiers: { qualifier: 'more_than' } }),
      ],
      'ratification_count',
    );
    expect(f).toMatchObject({ value: 46, status: 'agreed' });
  });
});

describe('bounded quantities', () => {
  it('a bound alone prints as a bound with its qualifier', () => {
    const f = factOf(
      [claim('attending_countries', 60, { qualifiers: { qualifier: 'more_than' } })],
      'attending_countries',
    );
    expect(f).toMatchObject({ value: '>60', qualifier: 'more_than', bound: 60, status: 'agreed' });
  });

  it('"more than 60" agrees with 65 and with 72 but 65 and 72 disagree', () => {
    const agree = factOf(
      [claim('attending_countries', 60, { qualifiers: { qualifier: 'more_than' } }), claim('attending_countries', 65)],
      'attending_countries',
    );
    expect(agree).toMatchObject({ value: 65, status: 'agreed' });
    const clash = factOf(
      [
        claim('attending_countries', 60, { qualifiers: { qualifier: 'more_than' } }),
        claim('attending_countries', 65),
        claim('attending_countries', 72),
      ],
      'attending_countries',
    );
    expect(clash.status).toBe('conflict');
  });

  it('bounds only narrow the quantity they count: attendance is not signatures', () => {
    const r = reconcileSubject(
      [
        claim('attending_countries', 60, { qualifiers: { qualifier: 'more_than' } }),
        claim('signatory_count', 72, { asOf: '2025-10-28' }),
      ],
      [],
      settings,
    );
    const byProp = Object.fromEntries(r.facts.map((f) => [f.fact.property, f.fact]));
    expect(byProp.attending_countries).toMatchObject({ value: '>60', status: 'agreed' });
    expect(byProp.signatory_count).toMatchObject({ value: 72, status: 'agreed' });
  });

  it('"fewer than 50" and "more than 60" cannot both hold', () => {
    const f = factOf(
      [
        claim('vote_against', 50, { qualifiers: { qualifier: 'fewer_than' } }),
        claim('vote_against', 60, { qualifiers: { qualifier: 'more_than' } }),
      ],
      'vote_against',
    );
    expect(f.status).toBe('conflict');
  });
});
