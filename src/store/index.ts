/** Opens the SQLite store: creates the file, migrates the schema. */
import { closeSync, mkdirSync, openSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { StoreError, type Store } from './api.js';
import { migrate } from './migrate.js';
import { SqliteStore } from './sqliteStore.js';

export { RunInProgressError, StoreError, type Store } from './api.js';

/** How long a writer waits for another writer's transaction before giving up. */
const BUSY_TIMEOUT_MS = 5000;

const firstLine = (err: unknown): string => String((err as Error)?.message ?? err).split('\n')[0];

/**
 * Opens (creating when needed) the fact store at `path` and brings its schema up to date.
 * Every failure is a StoreError with a one-line message naming the file; a file that is not a
 * newsfacts database is never written to.
 */
export function openStore(path: string, opts: { readonly?: boolean } = {}): Store {
  const file = resolve(path);
  if (!opts.readonly) {
    try {
      mkdirSync(dirname(file), { recursive: true });
      closeSync(openSync(file, 'a'));
    } catch (err) {
      throw new StoreError(`${path}: cannot create the database file (${firstLine(err)})`);
    }
  }
  let db: Database.Database;
  try {
    db = new Database(file, { readonly: !!opts.readonly, fileMustExist: !!opts.readonly });
  } catch (err) {
    throw new StoreError(`${path}: cannot open the database (${firstLine(err)})`);
  }
  let foreignTables: number;
  try {
    // Read before any write: a file that is not SQLite fails here and stays untouched.
    const tables = db.prepare(`SELECT count(*) AS n FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`).get() as { n: number };
    foreignTables = db.pragma('user_version', { simple: true }) === 0 ? tables.n : 0;
  } catch (err) {
    db.close();
    throw new StoreError(`${path}: not a SQLite database (${firstLine(err)})`);
  }
  if (foreignTables) {
    // Another application's database: adding our tables to it would be a write its owner never asked for.
    db.close();
    throw new StoreError(`${path}: a SQLite database of another application (${foreignTables} table${foreignTables === 1 ? '' : 's'}, no newsfacts schema); give newsfacts its own file`);
  }
  try {
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    db.pragma('foreign_keys = ON');
    if (!opts.readonly) {
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = NORMAL');
    }
    migrate(db, path, !!opts.readonly);
    return new SqliteStore(db, path);
  } catch (err) {
    db.close();
    throw err instanceof StoreError ? err : new StoreError(`${path}: ${firstLine(err)}`);
  }
}
