/** Tests of reconciling country statuses and the counts they imply. */
import { describe, expect, it } from 'vitest';
import { reconcileSubject } from '../../src/reconcile/index.js';
import { claim, settings } from './claims.js';

const status = (key: string, value: string, asOf: string) => claim('country_status', value, { key, asOf });
const facts = (claims: ReturnType<typeof claim>[]) =>
  Object.fromEntries(
    reconcileSubject(claims, [], settings).facts.map((f) => [`${f.fact.property}:${f.fact.key ?? ''}`, f.fact]),
  );

describe('per-country status', () => {
  it('a later "signed" supersedes an earlier "not yet signed"', () => {
    const f = facts([status('MV', 'not_signed', '2025-10-20'), status('MV', 'signed', '2025-10-25')]);
    expect(f['country_status:MV']).toMatchObject({
      key: 'MV',
      value: 'signed',
      status: 'evolving',
      as_of: '2025-10-25',
    });
    expect(f['country_status:MV'].history).toEqual([expect.objectContaining({ value: 'not_signed' })]);
  });

  it('a later "not signed" after a signature is a conflict', () => {
    const f = facts([status('US', 'signed', '2025-10-25'), status('US', 'not_signed', '2025-10-28')]);
    expect(f['country_status:US'].status).toBe('conflict');
  });

  it('a later withdrawal after a signature is an update, with the signature kept as history', () => {
    const withdrew = claim('country_status', 'not_signed', {
      key: 'BY',
      asOf: '2022-07-20',
      qualifiers: { fell: true },
    });
    const f = facts([status('BY', 'signed', '2001-10-30'), withdrew]);
    expect(f['country_status:BY']).toMatchObject({ value: 'not_signed', status: 'evolving', as_of: '2022-07-20' });
    expect(f['country_status:BY'].history).toEqual([expect.objectContaining({ value: 'signed' })]);
  });

  it('derives the sorted lists of named signatories and non-signatories', () => {
    const f = facts([
      status('VN', 'signed', '2025-10-28'),
      status('EU', 'signed', '2025-10-28'),
      status('AU', 'signed', '2025-10-28'),
      status('US', 'not_signed', '2025-10-28'),
      claim('signatory_count', 72, { asOf: '2025-10-28' }),
    ]);
    expect(f['signatories_named:']).toMatchObject({ value: ['AU', 'EU', 'VN'], status: 'agreed', as_of: '2025-10-28' });
    expect(f['signatories_named:'].explanation).toContain('2 states and EU are named');
    expect(f['signatories_named:'].explanation).toContain('consistent with the stated count of 72');
    expect(f['not_signed_named:']).toMatchObject({ value: ['US'], as_of: '2025-10-28' });
  });

  it('flags more named signatory states than the count stated at the same date', () => {
    const r = reconcileSubject(
      [
        status('VN', 'signed', '2025-10-25'),
        status('AU', 'signed', '2025-10-25'),
        status('FR', 'signed', '2025-10-25'),
        claim('signatory_count', 2, { asOf: '2025-10-25' }),
      ],
      [],
      settings,
    );
    const named = r.facts.find((f) => f.fact.property === 'signatories_named')!.fact;
    expect(named.status).toBe('conflict');
    expect(named.explanation).toContain('3 states are named');
    expect(r.conflicts.map((c) => c.property)).toContain('signatories_named');
  });

  it('states named after the count was stated do not count against it', () => {
    const f = facts([
      status('VN', 'signed', '2025-10-25'),
      status('AU', 'signed', '2025-10-30'),
      claim('signatory_count', 1, { asOf: '2025-10-25' }),
    ]);
    expect(f['signatories_named:'].status).toBe('agreed');
  });
});
