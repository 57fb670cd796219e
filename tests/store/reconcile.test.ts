/** Tests of reconciliation through the store. */
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { Store } from '../../src/store/api.js';
import { openStore } from '../../src/store/index.js';
import { SUBJECT, draft, finish, ingest, settings, tempPath } from './helpers.js';

const RATIFICATION = { delay_days: 90, threshold: 40, instrument: 'ratification' };
const SIGNATURE = { delay_days: 90, threshold: 40, instrument: 'signature' };

const T000 =
  'Maldives signs. The UN General Assembly adopted it in December 2024. It enters into force 90 days after ratification by 40 states.';
const T001 =
  '72 Member States sign. The convention was signed by 72 Member States. The United States, Canada and Japan have not signed.';
const T002 =
  'UN launches signing. It was signed by 65 countries to date. Adopted in December 2024. It enters into force 90 days after ratification by no fewer than 40 states.';
const T003 =
  'UN adopts global cybercrime treaty. The General Assembly adopted the convention on Tuesday. It enters into force 90 days after signatures from 40 member states.';
const T004 =
  'More than 60 countries attended the ceremony in Hanoi, which opened signing. The treaty was adopted in December 2024.';

/** Made-up claims mirroring the seed articles, so the store's facts can be checked against the expected verdicts. */
function loadSeeds(store: Store): void {
  const run = store.beginRun();
  ingest(
    store,
    run,
    'https://edition.mv/000',
    T000,
    (t) => [
      draft(t, 'December 2024', 'adoption_date', '2024-12'),
      draft(t, 'ratification by 40 states', 'entry_into_force_rule', RATIFICATION),
      draft(t, 'Maldives signs', 'country_status', 'signed', { key: 'MV', asOf: '2025-10-25' }),
    ],
    '2025-10-26T09:00:00+05:00',
  );
  ingest(
    store,
    run,
    'https://wire.example/001',
    T001,
    (t) => [
      draft(t, 'by 72 Member States', 'signatory_count', 72),
      draft(t, 'The United States', 'country_status', 'not_signed', { key: 'US' }),
      draft(t, 'Canada', 'country_status', 'not_signed', { key: 'CA' }),
      draft(t, 'Japan', 'country_status', 'not_signed', { key: 'JP' }),
    ],
    '2025-10-28T08:00:00Z',
  );
  ingest(
    store,
    run,
    'https://menafn.example/002',
    T002,
    (t) => [
      draft(t, 'signed by 65 countries to date', 'signatory_count', 65, { asOf: '2025-10-25' }),
      draft(t, 'December 2024', 'adoption_date', '2024-12'),
      draft(t, 'no fewer than 40 states', 'entry_into_force_rule', RATIFICATION),
    ],
    '2025-10-25T18:30:00+03:00',
  );
  ingest(
    store,
    run,
    'https://treaty-news.example/003',
    T003,
    (t) => [
      draft(t, 'on Tuesday', 'adoption_date', '2024-12-24'),
      draft(t, 'signatures from 40 member states', 'entry_into_force_rule', SIGNATURE),
    ],
    '2024-12-25T10:00:00+02:00',
  );
  ingest(
    store,
    run,
    'https://asia.example/004',
    T004,
    (t) => [
      draft(t, 'More than 60 countries', 'attending_countries', 60, { qualifiers: { qualifier: 'more_than' } }),
      draft(t, 'December 2024', 'adoption_date', '2024-12'),
      draft(t, 'opened signing', 'signing_opened', '2025-10-25', { qualifiers: { place: 'Hanoi, VN' } }),
    ],
    '2025-10-25T12:00:00Z',
  );
  finish(store, run);
}

const byProperty = (store: Store) =>
  Object.fromEntries(store.facts().map((f) => [`${f.property}${f.key ? `:${f.key}` : ''}`, f]));

describe('facts from the store', () => {
  it('reaches the expected verdicts on seed-like claims, in the CONTRACT shape', () => {
    const store = openStore(tempPath());
    loadSeeds(store);
    const summary = store.reconcile(settings);
    expect(summary.conflictsOpen).toBe(1);
    const f = byProperty(store);
    expect(f.signatory_count).toMatchObject({ value: 72, as_of: '2025-10-28', status: 'evolving' });
    expect(f.signatory_count.history).toEqual([
      {
        value: 65,
        as_of: '2025-10-25',
        sources: [
          expect.objectContaining({
            url: 'https://menafn.example/002',
            evidence: 'It was signed by 65 countries to date.',
          }),
        ],
      },
    ]);
    expect(f.adoption_date).toMatchObject({ value: '2024-12-24', status: 'agreed' });
    expect(f.adoption_date.sources).toHaveLength(4);
    expect(f.signing_opened).toMatchObject({ value: '2025-10-25', place: 'Hanoi, VN' });
    expect(f.entry_into_force_rule).toMatchObject({ value: RATIFICATION, status: 'conflict' });
    expect(f.entry_into_force_rule.alternatives).toEqual([
      {
        value: SIGNATURE,
        as_of: '2024-12-25',
        sources: [expect.objectContaining({ url: 'https://treaty-news.example/003' })],
      },
    ]);
    expect(f.attending_countries).toMatchObject({ value: '>60', status: 'agreed', qualifier: 'more_than', bound: 60 });
    expect(f['country_status:MV']).toMatchObject({ key: 'MV', value: 'signed' });
    expect(f.not_signed_named).toMatchObject({ value: ['CA', 'JP', 'US'], as_of: '2025-10-28' });
    for (const fact of store.facts()) {
      expect(Object.keys(fact)).toEqual(
        expect.arrayContaining([
          'subject',
          'property',
          'key',
          'value',
          'as_of',
          'status',
          'explanation',
          'sources',
          'history',
          'alternatives',
        ]),
      );
      expect(fact.subject).toBe(SUBJECT);
      expect(fact.explanation.length).toBeGreaterThan(10);
    }
    store.close();
  });

  it('links every fact to its claims, articles, fetches and sources through the views', () => {
    const path = tempPath();
    const store = openStore(path);
    loadSeeds(store);
    store.reconcile(settings);
    store.close();
    const db = new Database(path, { readonly: true });
    const rows = db
      .prepare(
        `
        SELECT fc.role, v.article_url, v.source_location, v.evidence_sentence FROM fact_claims fc
        JOIN v_claims v ON v.claim_id = fc.claim_id WHERE fc.property = 'signatory_count' ORDER BY fc.role`,
      )
      .all();
    expect(rows).toEqual([
      {
        role: 'history',
        article_url: 'https://menafn.example/002',
        source_location: 'fixtures/pages',
        evidence_sentence: 'It was signed by 65 countries to date.',
      },
      {
        role: 'source',
        article_url: 'https://wire.example/001',
        source_location: 'fixtures/pages',
        evidence_sentence: 'The convention was signed by 72 Member States.',
      },
    ]);
    expect(db.prepare(`SELECT property FROM v_conflicts_open`).all()).toEqual([{ property: 'entry_into_force_rule' }]);
    db.close();
  });

  it('recomputes only subjects touched by new claims, and nothing when nothing is new', () => {
    const path = tempPath();
    const store = openStore(path);
    loadSeeds(store);
    expect(store.reconcile(settings).factsChanged).toBeGreaterThan(5);
    expect(store.reconcile(settings)).toEqual({ factsChanged: 0, conflictsOpen: 1, subjectsReconciled: 0 });
    const db = new Database(path, { readonly: true });
    const stamp = () => db.prepare(`SELECT max(updated_at) AS t FROM facts WHERE subject = ?`).get(SUBJECT);
    const before = stamp();
    const run = store.beginRun();
    const text = 'The Other Treaty was signed by 12 states.';
    ingest(store, run, 'https://x.example/other', text, (t) => [
      draft(t, 'signed by 12 states', 'signatory_count', 12, { subject: 'Other Treaty' }),
    ]);
    expect(store.reconcile(settings)).toMatchObject({ factsChanged: 1, subjectsReconciled: 1 });
    expect(stamp()).toEqual(before);
    expect(store.reconcile(settings, { all: true }).factsChanged).toBe(0);
    db.close();
    store.close();
  });

  it('counts a wire story syndicated three times once', () => {
    const store = openStore(tempPath());
    const run = store.beginRun();
    const wire =
      'GENEVA (Wire) - The convention will enter into force 90 days after signatures from 40 member states, diplomats said on Tuesday. ' +
      'The General Assembly adopted the text without a vote after years of negotiation among member states and observers. ' +
      'Rights groups warned that broad surveillance powers could be abused by governments against journalists and activists.';
    ['a', 'b', 'c'].forEach((site, i) =>
      ingest(
        store,
        run,
        `https://${site}.example/story`,
        `${['Breaking', 'World', 'Tech'][i]}: ${wire} Reposted by ${site}.`,
        (t) => [draft(t, 'signatures from 40 member states', 'entry_into_force_rule', SIGNATURE)],
      ),
    );
    ingest(
      store,
      run,
      'https://d.example/1',
      'Officials confirmed the rule: ratification by 40 states, then 90 days.',
      (t) => [draft(t, 'ratification by 40 states', 'entry_into_force_rule', RATIFICATION)],
    );
    ingest(
      store,
      run,
      'https://e.example/2',
      'A different report said 40 ratifications start a 90 day clock before entry into force.',
      (t) => [draft(t, '40 ratifications', 'entry_into_force_rule', RATIFICATION)],
    );
    store.reconcile(settings);
    const [fact] = store.facts();
    expect(fact).toMatchObject({ value: RATIFICATION, status: 'conflict' });
    expect(fact.explanation).toContain('signature (1 independent source');
    store.close();
  });
});

describe('analyst decisions in the store', () => {
  it('keeps a decision across runs, reopens it on new disagreeing evidence, and keeps the conflict id', () => {
    const store = openStore(tempPath());
    loadSeeds(store);
    store.reconcile(settings);
    const [open] = store.conflicts();
    expect(open).toMatchObject({ property: 'entry_into_force_rule', status: 'open', decision: null });

    const resolved = store.resolve(
      { conflictId: open.id, value: SIGNATURE, note: 'treaty text art. 65', by: 'ana' },
      settings,
    );
    expect(resolved).toMatchObject({
      id: open.id,
      status: 'resolved',
      decision: { value: SIGNATURE, note: 'treaty text art. 65', by: 'ana' },
    });
    expect(byProperty(store).entry_into_force_rule).toMatchObject({
      value: SIGNATURE,
      status: 'resolved',
      conflict: open.id,
    });
    expect(store.conflicts()).toEqual([]);
    expect(store.conflicts({ status: 'resolved' })).toHaveLength(1);

    store.reconcile(settings, { all: true });
    expect(byProperty(store).entry_into_force_rule.status).toBe('resolved');

    const run = store.beginRun();
    const text = 'The convention needs ratification by 40 states and enters into force 90 days later.';
    ingest(store, run, 'https://new.example/late', text, (t) => [
      draft(t, 'ratification by 40 states', 'entry_into_force_rule', RATIFICATION),
    ]);
    const summary = store.reconcile(settings);
    expect(summary.conflictsOpen).toBe(1);
    const [reopened] = store.conflicts();
    expect(reopened).toMatchObject({ id: open.id, status: 'reopened' });
    expect(reopened.explanation).toMatch(
      /The decision of \d{4}-\d{2}-\d{2} by ana .* reopened by new evidence from https:\/\/new\.example\/late/,
    );
    expect(byProperty(store).entry_into_force_rule.status).toBe('conflict');
    store.close();
  });

  it('names an unknown conflict id in one line', () => {
    const path = tempPath();
    const store = openStore(path);
    expect(() => store.resolve({ conflictId: 42, value: 1, note: 'n', by: 'b' }, settings)).toThrow(
      `${path}: no conflict #42`,
    );
    store.close();
  });
});
