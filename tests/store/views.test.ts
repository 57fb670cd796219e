/** The views downstream apps read, over a real store. */
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/index.js';
import { ingestCounts, settings, tempPath } from './helpers.js';

/** A count that grew, 65 then 72, and a same-day 71 that makes it a conflict an analyst decides. */
function decidedStore(path: string): void {
  const store = openStore(path);
  ingestCounts(store, [
    ['https://a.example/1', 65, '2025-10-25'],
    ['https://b.example/2', 72, '2025-10-28'],
    ['https://c.example/3', 71, '2025-10-28'],
  ]);
  const [conflict] = store.conflicts();
  store.resolve({ conflictId: conflict.id, value: 72, note: 'depositary list', by: 'ana' }, settings);
  store.close();
}

describe('views for downstream apps', () => {
  it('v_fact_history has one row per value a fact has held, oldest first, with as-of and sources', () => {
    const path = tempPath();
    decidedStore(path);
    const db = new Database(path, { readonly: true });
    const rows = db
      .prepare(
        `SELECT position, value_json, as_of, is_current, sources_json FROM v_fact_history
                WHERE property = 'signatory_count' ORDER BY position`,
      )
      .all() as { position: number; value_json: string; as_of: string; is_current: number; sources_json: string }[];
    expect(rows.map((r) => [r.position, JSON.parse(r.value_json), r.as_of, r.is_current])).toEqual([
      [0, 65, '2025-10-25', 0],
      [1, 72, '2025-10-28', 1],
    ]);
    expect(JSON.parse(rows[0].sources_json)).toEqual([expect.objectContaining({ url: 'https://a.example/1' })]);
    db.close();
  });

  it('v_decisions lists a decision with its as-of, and whether it is the one in force', () => {
    const path = tempPath();
    decidedStore(path);
    const db = new Database(path, { readonly: true });
    const columns = `kind, property, value_json, as_of, note, decided_by, in_force`;
    const decisions = db.prepare(`SELECT ${columns} FROM v_decisions`);
    expect(decisions.all()).toEqual([
      {
        kind: 'resolve',
        property: 'signatory_count',
        value_json: '72',
        as_of: '2025-10-28',
        note: 'depositary list',
        decided_by: 'ana',
        in_force: 1,
      },
    ]);
    db.close();
  });
});
