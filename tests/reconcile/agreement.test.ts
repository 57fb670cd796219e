/** Tests of the agreement rule. */
import { describe, expect, it } from 'vitest';
import { reconcileSubject } from '../../src/reconcile/index.js';
import { claim, settings } from './claims.js';

const only = (claims: ReturnType<typeof claim>[]) => reconcileSubject(claims, [], settings);

const RATIFICATION = { delay_days: 90, threshold: 40, instrument: 'ratification' };
const SIGNATURE = { delay_days: 90, threshold: 40, instrument: 'signature' };

describe('dates at different precision', () => {
  it('a month and a day inside it agree, and the finer value wins', () => {
    const r = only([
      claim('adoption_date', '2024-12'),
      claim('adoption_date', '2024-12'),
      claim('adoption_date', '2024-12-24'),
      claim('adoption_date', '2024-12'),
    ]);
    expect(r.facts[0].fact).toMatchObject({ value: '2024-12-24', status: 'agreed', alternatives: [] });
    expect(r.facts[0].fact.sources).toHaveLength(4);
    expect(r.facts[0].fact.explanation).toContain('2024-12-24 and 2024-12 are compatible');
    expect(r.conflicts).toEqual([]);
  });

  it('different days conflict', () => {
    const r = only([
      claim('adoption_date', '2024-12-24'),
      claim('adoption_date', '2024-12-23'),
      claim('adoption_date', '2024-12'),
    ]);
    expect(r.facts[0].fact.status).toBe('conflict');
    expect(r.conflicts[0].alternatives.map((a) => a.value).sort()).toEqual(['2024-12-23', '2024-12-24']);
  });

  it('carries the place where the event happened', () => {
    const r = only([
      claim('signing_opened', '2025-10-25', { qualifiers: { place: 'Hanoi, VN' } }),
      claim('signing_opened', '2025-10-25'),
    ]);
    expect(r.facts[0].fact).toMatchObject({ value: '2025-10-25', place: 'Hanoi, VN', status: 'agreed' });
  });

  it('keeps the fuller name of the place whichever report comes first', () => {
    const r = only([
      claim('signing_opened', '2025-10-25', { qualifiers: { place: 'Hanoi' } }),
      claim('signing_opened', '2025-10-25', { qualifiers: { place: 'Hanoi, VN' } }),
    ]);
    expect(r.facts[0].fact).toMatchObject({ place: 'Hanoi, VN' });
  });

  it('ignores values that are not dates instead of guessing', () => {
    const r = only([claim('adoption_date', 'last Tuesday'), claim('adoption_date', '2024-12-24')]);
    expect(r.facts[0].fact).toMatchObject({ value: '2024-12-24', status: 'agreed' });
  });
});

describe('categorical and structured values', () => {
  it('two sources for the ratification rule outweigh one for signatures: a conflict with an alternative', () => {
    const r = only([
      claim('entry_into_force_rule', RATIFICATION),
      claim('entry_into_force_rule', RATIFICATION),
      claim('entry_into_force_rule', SIGNATURE),
    ]);
    const f = r.facts[0].fact;
    expect(f).toMatchObject({ value: RATIFICATION, status: 'conflict' });
    expect(f.alternatives).toEqual([
      { value: SIGNATURE, as_of: expect.any(String), sources: [expect.objectContaining({ url: expect.any(String) })] },
    ]);
    expect(r.conflicts).toHaveLength(1);
  });

  it('a primary source outweighs two aggregators', () => {
    const r = only([
      claim('entry_into_force_rule', RATIFICATION),
      claim('entry_into_force_rule', RATIFICATION),
      claim('entry_into_force_rule', SIGNATURE, { url: 'https://news.un.org/story' }),
    ]);
    expect(r.facts[0].fact.value).toEqual(SIGNATURE);
    expect(r.facts[0].fact.explanation).toContain('greater source weight');
  });

  it('a wire story syndicated three times counts once', () => {
    const wire = { textFingerprint: 'a5a5a5a5f0f0f0f0' };
    const r = only([
      claim('entry_into_force_rule', SIGNATURE, wire),
      claim('entry_into_force_rule', SIGNATURE, { textFingerprint: 'a5a5a5a5f0f0f0f1' }),
      claim('entry_into_force_rule', SIGNATURE, { textFingerprint: 'a5a5a5a5f0f0f0f3' }),
      claim('entry_into_force_rule', RATIFICATION, { textFingerprint: '0000000000000000' }),
      claim('entry_into_force_rule', RATIFICATION, { textFingerprint: 'ffffffff00000000' }),
    ]);
    const f = r.facts[0].fact;
    expect(f.value).toEqual(RATIFICATION);
    expect(r.conflicts[0].explanation).toContain('signature (1 independent source');
  });

  it('partial values agree with full ones where their fields agree', () => {
    const r = only([
      claim('entry_into_force_rule', { threshold: 40 }),
      claim('entry_into_force_rule', { delay_days: 90 }),
      claim('entry_into_force_rule', RATIFICATION),
    ]);
    expect(r.facts[0].fact).toMatchObject({ value: RATIFICATION, status: 'agreed' });
    expect(r.facts[0].fact.sources).toHaveLength(3);
  });

  it('partial values merge into one fuller value', () => {
    const r = only([
      claim('entry_into_force_rule', { threshold: 40 }),
      claim('entry_into_force_rule', { delay_days: 90 }),
    ]);
    expect(r.facts[0].fact.value).toEqual({ threshold: 40, delay_days: 90 });
  });

  it('plain categorical values compare without regard to case', () => {
    const r = only([claim('depositary', 'Secretary-General'), claim('depositary', 'secretary-general ')]);
    expect(r.facts[0].fact.status).toBe('agreed');
  });
});
