/** Tests of opening, migrating and locking a store. */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { RunInProgressError, StoreError } from '../../src/store/api.js';
import { openStore } from '../../src/store/index.js';
import { SUBJECT, draft, finish, ingest, settings, tempPath } from './helpers.js';

const TEXT = 'The convention was opened for signature. It has been signed by 65 countries to date.';

describe('opening a store', () => {
  it('creates the folder and file, migrates an empty file, and uses WAL', () => {
    const path = join(dirname(tempPath()), 'nested', 'deeper', 'facts.sqlite');
    const store = openStore(path);
    store.close();
    const db = new Database(path, { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBeGreaterThanOrEqual(1);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    const names = (db.prepare(`SELECT name FROM sqlite_master`).all() as { name: string }[]).map((r) => r.name);
    expect(names).toEqual(
      expect.arrayContaining([
        'runs',
        'sources',
        'fetches',
        'articles',
        'claims',
        'facts',
        'conflicts',
        'decisions',
        'v_facts',
        'v_claims',
        'v_conflicts_open',
      ]),
    );
    db.close();
  });

  it('migrates a zero-byte file', () => {
    const path = tempPath();
    writeFileSync(path, '');
    openStore(path).close();
    const db = new Database(path, { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBeGreaterThanOrEqual(1);
    db.close();
  });

  it('keeps everything when reopened', () => {
    const path = tempPath();
    const first = openStore(path);
    const run = first.beginRun();
    ingest(first, run, 'https://a.example/1', TEXT, (t) => [
      draft(t, 'signed by 65 countries', 'signatory_count', 65, { asOf: '2025-10-25' }),
    ]);
    first.reconcile(settings);
    first.close();
    const again = openStore(path);
    expect(again.facts()).toEqual([
      expect.objectContaining({ subject: SUBJECT, property: 'signatory_count', value: 65 }),
    ]);
    expect(again.fetchState('https://a.example/1')).toEqual({
      etag: '"v1"',
      lastModified: 'Tue, 28 Oct 2025 08:00:00 GMT',
      contentHash: 'abc123',
    });
    again.close();
  });

  it('rejects a file that is not SQLite with one line naming it, and leaves it untouched', () => {
    const path = tempPath('notes.sqlite');
    const content = 'these are my notes, not a database\n'.repeat(200);
    writeFileSync(path, content);
    expect(() => openStore(path)).toThrow(StoreError);
    try {
      openStore(path);
    } catch (err) {
      expect((err as Error).message).toContain(path);
      expect((err as Error).message).not.toContain('\n');
    }
    expect(readFileSync(path, 'utf8')).toBe(content);
  });

  it("refuses another application's SQLite database and adds nothing to it", () => {
    const path = tempPath('app.sqlite');
    const db = new Database(path);
    db.exec(`CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT); INSERT INTO notes (body) VALUES ('keep me')`);
    db.close();
    const before = readFileSync(path);
    expect(() => openStore(path)).toThrow(/another application \(1 table,/);
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  it('refuses a schema newer than it knows', () => {
    const path = tempPath();
    const db = new Database(path);
    db.pragma('user_version = 999');
    db.close();
    expect(() => openStore(path)).toThrow(/newer than this newsfacts knows/);
  });

  it('refuses a newer schema in a rollback-journal file without switching it to WAL', () => {
    const path = tempPath();
    const db = new Database(path);
    db.exec(`CREATE TABLE future (x); PRAGMA user_version = 999`);
    db.close();
    const before = readFileSync(path);
    expect(() => openStore(path)).toThrow(/schema version 999 is newer/);
    expect(readFileSync(path).equals(before)).toBe(true);
    expect(before[18]).toBe(1);
  });

  it('calls a truncated database damaged, naming it, and leaves it as it was', () => {
    const whole = tempPath();
    const store = openStore(whole);
    const run = store.beginRun();
    const long = (i: number) => `${TEXT} Page ${i}. ${'More words. '.repeat(200)}`;
    for (let i = 0; i < 40; i++) ingest(store, run, `https://a.example/${i}`, long(i), () => []);
    store.close();
    const cut = tempPath('cut.sqlite');
    writeFileSync(cut, readFileSync(whole).subarray(0, 16384));
    const damaged = new RegExp(`^${cut}: damaged: 16384 bytes where the header counts \\d+ pages`);
    expect(() => openStore(cut)).toThrow(damaged);
    expect(readFileSync(cut)).toHaveLength(16384);
  });

  it('names the path it cannot create', () => {
    const plainFile = tempPath('plain.txt');
    writeFileSync(plainFile, 'x');
    const path = join(plainFile, 'sub', 'x.sqlite');
    expect(() => openStore(path)).toThrow(StoreError);
    expect(() => openStore(path)).toThrow(new RegExp(`^${path}: cannot create`));
  });

  it('opens read-only without creating anything', () => {
    const path = tempPath();
    expect(() => openStore(path, { readonly: true })).toThrow(StoreError);
    openStore(path).close();
    const reader = openStore(path, { readonly: true });
    expect(reader.facts()).toEqual([]);
    reader.close();
  });
});

describe('run lock', () => {
  it('refuses a second run while a live process holds one, naming its pid', () => {
    const path = tempPath();
    const a = openStore(path);
    const b = openStore(path);
    const run = a.beginRun();
    expect(() => b.beginRun()).toThrow(RunInProgressError);
    expect(() => b.beginRun()).toThrow(new RegExp(`pid ${process.pid}`));
    finish(a, run);
    expect(b.beginRun()).toBeGreaterThan(run);
    a.close();
    b.close();
  });

  it('marks a run left by a dead process aborted and proceeds, keeping what it committed', () => {
    const path = tempPath();
    const store = openStore(path);
    const run = store.beginRun();
    ingest(store, run, 'https://a.example/1', TEXT, (t) => [draft(t, 'signed by 65 countries', 'signatory_count', 65)]);
    const dead = spawnSync(process.execPath, ['-e', 'process.pid']).pid;
    const db = new Database(path);
    db.prepare(`UPDATE runs SET pid = ? WHERE id = ?`).run(dead, run);
    const next = store.beginRun();
    expect(next).toBeGreaterThan(run);
    expect(db.prepare(`SELECT status FROM runs WHERE id = ?`).get(run)).toEqual({ status: 'aborted' });
    expect(db.prepare(`SELECT count(*) AS n FROM claims`).get()).toEqual({ n: 1 });
    db.close();
    store.close();
  });
});

describe('reading while writing (WAL)', () => {
  it('a reader sees the last committed state while a writer transaction is open', () => {
    const path = tempPath();
    const writer = openStore(path);
    const run = writer.beginRun();
    ingest(writer, run, 'https://a.example/1', TEXT, (t) => [
      draft(t, 'signed by 65 countries', 'signatory_count', 65),
    ]);
    writer.reconcile(settings);
    const reader = openStore(path, { readonly: true });
    writer.transaction(() => {
      ingest(writer, run, 'https://b.example/2', TEXT + ' More.', (t) => [
        draft(t, 'signed by 65 countries', 'signatory_count', 66),
      ]);
      writer.reconcile(settings);
      expect(writer.facts()[0].status).toBe('conflict');
      expect(reader.facts()).toEqual([expect.objectContaining({ value: 65, status: 'agreed' })]);
    });
    expect(reader.facts()[0].status).toBe('conflict');
    reader.close();
    writer.close();
  });
});
