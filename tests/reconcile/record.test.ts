/** The record beside the reports: a depositary's values outweigh reports for their day and name contradictions. */
import { describe, expect, it } from 'vitest';
import { reconcileSubject } from '../../src/reconcile/index.js';
import { claim, settings } from './claims.js';

const RECORD = { provenance: 'record' };
const recordCount = (value: number, asOf: string) =>
  claim('signatory_count', value, {
    asOf,
    qualifiers: { ...RECORD, qualifier: 'exact' },
    url: 'https://treaties.example/status',
  });
const recordStatus = (key: string, date: string) =>
  claim('country_status', 'signed', { key, asOf: date, qualifiers: { ...RECORD, act: 'signed', date } });
const factsOf = (claims: ReturnType<typeof claim>[]) => reconcileSubject(claims, [], settings).facts.map((f) => f.fact);
const fact = (claims: ReturnType<typeof claim>[], property: string, key: string | null = null) =>
  factsOf(claims).find((f) => f.property === property && f.key === key)!;

describe('counts with the record', () => {
  it('takes the record total on its day and keeps the earlier report in history', () => {
    const f = fact(
      [claim('signatory_count', 65, { asOf: '2025-10-25' }), recordCount(70, '2025-10-27')],
      'signatory_count',
    );
    expect(f).toMatchObject({ value: 70, as_of: '2025-10-27', status: 'evolving' });
    expect(f.history.map((h) => h.value)).toEqual([65]);
    expect(f.explanation).toContain("depositary's record lists 70 as of 2025-10-27");
  });

  it('lets reports run ahead of the record without a conflict', () => {
    const f = fact(
      [recordCount(70, '2025-10-27'), claim('signatory_count', 74, { asOf: '2025-11-07' })],
      'signatory_count',
    );
    expect(f).toMatchObject({ value: 74, status: 'agreed' });
    expect(f.explanation).toContain('the reports run ahead of it');
    expect(f.record).toMatchObject([{ value: 70, as_of: '2025-10-27' }]);
  });

  it('flags a report that counts more by its day than a later record lists', () => {
    const f = fact(
      [claim('signatory_count', 80, { asOf: '2025-10-25' }), recordCount(70, '2025-10-27')],
      'signatory_count',
    );
    expect(f).toMatchObject({ value: 70, status: 'conflict' });
    expect(f.alternatives.map((a) => a.value)).toEqual([80]);
  });

  it('stands on the record alone when no report gives the count', () => {
    expect(fact([recordCount(70, '2025-10-27')], 'signatory_count')).toMatchObject({ value: 70, status: 'agreed' });
  });
});

describe('country status with the record', () => {
  it("gives a reported signatory the record's act and date", () => {
    const f = fact(
      [claim('country_status', 'signed', { key: 'CL', asOf: '2025-10-26' }), recordStatus('CL', '2025-10-25')],
      'country_status',
      'CL',
    );
    expect(f).toMatchObject({ value: 'signed', record: { act: 'signed', date: '2025-10-25' } });
  });

  it('flags a signature the record does not list as of a later day', () => {
    const f = fact(
      [claim('country_status', 'signed', { key: 'KE', asOf: '2025-10-26' }), recordCount(70, '2025-10-27')],
      'country_status',
      'KE',
    );
    expect(f.status).toBe('conflict');
    expect(f.explanation).toContain("depositary's record as of 2025-10-27 does not list it");
  });

  it("does not flag a signature reported after the record's day", () => {
    const f = fact(
      [claim('country_status', 'signed', { key: 'KE', asOf: '2025-11-02' }), recordCount(70, '2025-10-27')],
      'country_status',
      'KE',
    );
    expect(f.status).not.toBe('conflict');
    expect(f.explanation).toContain("Not yet in the depositary's record of 2025-10-27");
  });
});
