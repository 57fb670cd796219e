/** Migration 004 over a real version-3 store: rows, views and references kept. */
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { emptyTally, summarize } from '../../src/pipeline/summary.js';
import { loadMigrations } from '../../src/store/migrate.js';
import { openStore } from '../../src/store/index.js';
import { draft, finish, ingest, settings, tempPath } from './helpers.js';

const TEXT = 'The convention was opened for signature. It has been signed by 65 countries to date.';

/** A file as schema version 3 left it: the migrations up to 003 applied, 004 not yet. */
function versionThreeFile(): string {
  const path = tempPath();
  const db = new Database(path);
  for (const migration of loadMigrations().filter((m) => m.version <= 3)) db.exec(migration.sql);
  db.pragma('user_version = 3');
  db.close();
  return path;
}

describe('migration 004', () => {
  it('applies on top of whatever a migration 003 added, keeping rows, views and references', () => {
    const path = versionThreeFile();
    const db = new Database(path);
    // Whatever else a version 3 file holds: a table referring to runs and claims, a view over the tables 004 rebuilds.
    db.exec(`
      CREATE TABLE reviews (id INTEGER PRIMARY KEY, claim_id INTEGER REFERENCES claims(id),
        run_id INTEGER REFERENCES runs(id));
      CREATE VIEW v_fact_sources AS SELECT fc.subject, fc.claim_id, r.status
        FROM fact_claims fc JOIN claims c ON c.id = fc.claim_id
        JOIN runs r ON r.id = c.run_id;
      PRAGMA user_version = 3;`);
    db.close();
    const store = openStore(path);
    const run = store.beginRun();
    ingest(store, run, 'https://a.example/1', TEXT, (t) => [draft(t, 'signed by 65 countries', 'signatory_count', 65)]);
    store.reconcile(settings);
    finish(store, run);
    store.close();
    const after = new Database(path, { readonly: true });
    expect(after.pragma('user_version', { simple: true })).toBe(loadMigrations().at(-1)!.version);
    expect(after.prepare(`SELECT status FROM v_fact_sources`).all()).toEqual([{ status: 'finished' }]);
    expect(after.pragma('foreign_key_check')).toEqual([]);
    after.close();
  });

  it('keeps the runs and fact links a version 3 file holds, and declares fact_claims → facts', () => {
    const path = versionThreeFile();
    const old = new Database(path);
    old.exec(`INSERT INTO runs (started_at, pid, host, status) VALUES ('2025-10-01T00:00:00Z', 1, 'h', 'finished')`);
    old.close();
    openStore(path).close();
    const after = new Database(path, { readonly: true });
    expect(after.prepare(`SELECT id, status FROM runs`).all()).toEqual([{ id: 1, status: 'finished' }]);
    const keys = after.pragma('foreign_key_list(fact_claims)') as { table: string; from: string; on_delete: string }[];
    expect(keys.filter((k) => k.table === 'facts').map((k) => [k.from, k.on_delete])).toEqual([
      ['subject', 'CASCADE'],
      ['property', 'CASCADE'],
      ['key', 'CASCADE'],
    ]);
    after.close();
  });

  it('lets a run be recorded interrupted', () => {
    const store = openStore(tempPath());
    const run = store.beginRun();
    expect(() => store.finishRun(run, summarize(run, new Date(), 'interrupted', emptyTally()))).not.toThrow();
    store.close();
  });
});
