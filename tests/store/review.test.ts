/** Claim-level review in the store: rejecting and accepting one claim. */
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { Store } from '../../src/store/api.js';
import { openStore } from '../../src/store/index.js';
import { SUBJECT, draft, ingest, ingestCounts, settings, tempPath } from './helpers.js';

const T1 = 'The convention was signed by 65 countries to date.';
const T2 = 'By Tuesday the convention was signed by 72 Member States.';
const T3 = 'A later note said the convention was signed by 60 states.';

/** Three reports of a count: 65, then 72, then a smaller 60 that makes the count a conflict. */
function loadCounts(store: Store): number[] {
  const run = store.beginRun();
  const ids: number[] = [];
  [
    ['https://a.example/1', T1, 65, '2025-10-25'],
    ['https://b.example/2', T2, 72, '2025-10-28'],
    ['https://c.example/3', T3, 60, '2025-10-30'],
  ].forEach(([url, text, value, asOf]) => {
    ingest(store, run, url as string, text as string, (t) => [
      draft(t, 'signed by', 'signatory_count', value, { asOf: asOf as string }),
    ]);
    ids.push(store.claimsOf({ subject: SUBJECT, property: 'signatory_count', key: null }).at(-1)!.id);
  });
  store.reconcile(settings);
  return ids;
}

const count = (store: Store) => store.facts().find((f) => f.property === 'signatory_count')!;

describe('claim-level review', () => {
  it('a rejected claim stops counting, stays in the log marked, and the facts it touched are recomputed', () => {
    const path = tempPath();
    const store = openStore(path);
    const [, , smaller] = loadCounts(store);
    expect(count(store)).toMatchObject({ value: 72, status: 'conflict' });
    const outcome = store.rejectClaim(smaller, { note: 'misread: 60 attended', by: 'ana' }, settings);
    expect(outcome.changed).toBe(true);
    expect(outcome.claim).toMatchObject({ id: smaller, status: 'rejected', review: { action: 'reject', by: 'ana' } });
    expect(outcome.facts).toEqual([
      expect.objectContaining({
        property: 'signatory_count',
        before: expect.objectContaining({ status: 'conflict' }),
        after: expect.objectContaining({ value: 72, status: 'evolving' }),
      }),
    ]);
    expect(store.conflicts()).toEqual([]);
    store.close();
    const db = new Database(path, { readonly: true });
    const row = db.prepare(`SELECT claim_status FROM v_claims WHERE claim_id = ?`).get(smaller);
    expect(row).toEqual({ claim_status: 'rejected' });
    expect(db.prepare(`SELECT kind, claim_id, note, in_force FROM v_decisions`).all()).toEqual([
      { kind: 'reject', claim_id: smaller, note: 'misread: 60 attended', in_force: 1 },
    ]);
    db.close();
  });

  it('reject then accept of one claim gives back exactly the facts there were', () => {
    const store = openStore(tempPath());
    const [first] = loadCounts(store);
    const before = JSON.stringify(store.facts());
    store.rejectClaim(first, { note: 'doubtful', by: 'ana' }, settings);
    expect(JSON.stringify(store.facts())).not.toBe(before);
    const back = store.acceptClaim(first, { note: 'checked', by: 'ana' }, settings);
    expect(back.claim.status).toBe('active');
    expect(JSON.stringify(store.facts())).toBe(before);
    store.close();
  });

  it('rejecting a rejected claim records nothing new', () => {
    const store = openStore(tempPath());
    const [first] = loadCounts(store);
    store.rejectClaim(first, { note: 'doubtful', by: 'ana' }, settings);
    const again = store.rejectClaim(first, { note: 'still doubtful', by: 'ana' }, settings);
    expect(again).toMatchObject({ changed: false, facts: [] });
    expect(again.claim.review?.note).toBe('doubtful');
    store.close();
  });

  it('names an unknown claim and a rejection without a reason in one line', () => {
    const path = tempPath();
    const store = openStore(path);
    const [first] = loadCounts(store);
    expect(() => store.rejectClaim(999, { note: 'n', by: 'b' }, settings)).toThrow(`${path}: no claim #999`);
    expect(() => store.rejectClaim(first, { note: ' ', by: 'b' }, settings)).toThrow(/reject: say why with --note/);
    store.close();
  });
});

describe('accepting a claim', () => {
  const outlierStore = () => {
    const store = openStore(tempPath());
    ingestCounts(store, [
      ['https://a.example/1', 65, '2025-10-25'],
      ['https://b.example/2', 72, '2025-10-28'],
      ['https://c.example/3', 2, '2025-11-07'],
    ]);
    const [misread] = count(store).outliers![0].sources;
    return { store, misread: misread.claim! };
  };

  it('confirms an outlier the analyst checked: it counts again, as a drop the analysts decide', () => {
    const { store, misread } = outlierStore();
    const outcome = store.acceptClaim(misread, { note: 'checked', by: 'ana' }, settings);
    expect(outcome.changed).toBe(true);
    expect(count(store)).toMatchObject({ status: 'conflict' });
    expect(count(store).outliers).toBeUndefined();
    store.close();
  });

  it('after a rejection only withdraws it: reject then accept of an outlier leaves it an outlier', () => {
    const { store, misread } = outlierStore();
    const before = JSON.stringify(store.facts());
    store.rejectClaim(misread, { note: 'misread', by: 'ana' }, settings);
    store.acceptClaim(misread, { note: '', by: 'ana' }, settings);
    expect(JSON.stringify(store.facts())).toBe(before);
    store.close();
  });
});
