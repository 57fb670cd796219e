/** Opening the fact store: checks a file before anything is written to it, then migrates and sets WAL. */
import {
  accessSync,
  closeSync,
  constants,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  readSync,
  statSync,
} from 'node:fs';
import { dirname, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { StoreError, type Store } from './api.js';
import { checkSchemaVersion, migrate } from './migrate.js';
import { SqliteStore } from './sqliteStore.js';

export { RunInProgressError, StoreError, type Store } from './api.js';

/** How long a writer waits for another writer's transaction before giving up. */
const BUSY_TIMEOUT_MS = 5000;

const SQLITE_MAGIC = 'SQLite format 3\0';

export interface OpenOptions {
  /** Never write: the file must exist with an up-to-date schema. */
  readonly?: boolean;
  /** The caller only reads (facts, conflicts): a file or folder the user may not write is opened read-only. */
  readOnlyWhenUnwritable?: boolean;
}

const firstLine = (err: unknown): string => String((err as Error)?.message ?? err).split('\n')[0];

function writable(path: string): boolean {
  try {
    accessSync(path, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * What the first 100 bytes say about a file: not SQLite (no magic string), damaged (shorter than the pages its
 * header counts, as a copy cut short is), or fine as far as the header goes. An empty file is a new database.
 */
function headerProblem(file: string): string | null {
  const size = statSync(file).size;
  if (size === 0) return null;
  const header = Buffer.alloc(100);
  const fd = openSync(file, 'r');
  let read: number;
  try {
    read = readSync(fd, header, 0, 100, 0);
  } finally {
    closeSync(fd);
  }
  if (read < 16 || header.toString('latin1', 0, 16) !== SQLITE_MAGIC) return 'not a SQLite database';
  if (read < 100) return `damaged: only ${size} bytes, shorter than a SQLite header`;
  const pageSize = header.readUInt16BE(16) === 1 ? 65536 : header.readUInt16BE(16);
  const pages = header.readUInt32BE(28);
  // The page count is valid only when its "version valid for" field matches the change counter, and the file
  // alone holds the database only without a write-ahead log (a checkpoint cut short leaves the rest there).
  const walPending = existsSync(`${file}-wal`) && statSync(`${file}-wal`).size > 0;
  const countValid = !walPending && header.readUInt32BE(92) === header.readUInt32BE(24) && pages > 0;
  if (countValid && size < pages * pageSize) {
    return `damaged: ${size} bytes where the header counts ${pages} pages of ${pageSize} (truncated?)`;
  }
  return null;
}

/** The one-line reason SQLite gave, in the words an operator can act on. */
function describeOpenError(path: string, err: unknown): StoreError {
  const code = (err as { code?: string }).code ?? '';
  if (code === 'SQLITE_NOTADB') return new StoreError(`${path}: not a SQLite database (${firstLine(err)})`);
  if (code.startsWith('SQLITE_CORRUPT')) return new StoreError(`${path}: damaged database (${firstLine(err)})`);
  if (code.startsWith('SQLITE_CANTOPEN') || code.startsWith('SQLITE_READONLY')) {
    return new StoreError(
      `${path}: cannot open the database (${firstLine(err)}; ` +
        `SQLite needs to write its -wal and -shm files in ${dirname(resolve(path))})`,
    );
  }
  return new StoreError(`${path}: cannot open the database (${firstLine(err)})`);
}

/**
 * Opens (creating when needed) the fact store at `path` and brings its schema up to date.
 * Every failure is a StoreError with a one-line message naming the file; a file that is not a
 * newsfacts database, or one newer than this newsfacts, is never written to.
 */
export function openStore(path: string, opts: OpenOptions = {}): Store {
  const file = resolve(path);
  const exists = existsSync(file);
  const readonly =
    !!opts.readonly || (!!opts.readOnlyWhenUnwritable && exists && !(writable(file) && writable(dirname(file))));
  if (!readonly) {
    try {
      mkdirSync(dirname(file), { recursive: true });
      closeSync(openSync(file, 'a'));
    } catch (err) {
      throw new StoreError(`${path}: cannot ${exists ? 'write to' : 'create'} the database file (${firstLine(err)})`);
    }
  }
  if (exists) {
    const problem = headerProblem(file);
    if (problem) throw new StoreError(`${path}: ${problem}`);
  }
  let db: Database.Database;
  try {
    db = new Database(file, { readonly, fileMustExist: readonly });
    if (readonly) db = readableSnapshotIfNeeded(db, file);
  } catch (err) {
    throw describeOpenError(path, err);
  }
  try {
    checkOwnership(db, path);
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    if (!readonly) {
      // Only now, with the file known to be ours and not too new, may its journal mode change.
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = NORMAL');
    }
    migrate(db, path, readonly);
    db.pragma('foreign_keys = ON');
    return new SqliteStore(db, path);
  } catch (err) {
    db.close();
    throw err instanceof StoreError ? err : describeOpenError(path, err);
  }
}

/**
 * A reader of a WAL file needs its -shm file, which SQLite cannot create in a folder the reader may not write.
 * When no -wal file exists no writer is at work, so the file alone is the whole database: it is read into
 * memory (marked as a rollback-journal file there, which SQLite needs to open it), and the copy answers.
 */
function readableSnapshotIfNeeded(db: Database.Database, file: string): Database.Database {
  try {
    db.prepare('SELECT count(*) FROM sqlite_master').get();
    return db;
  } catch (err) {
    const code = (err as { code?: string }).code ?? '';
    const cannotShare = code.startsWith('SQLITE_CANTOPEN') || code.startsWith('SQLITE_READONLY');
    if (!cannotShare || existsSync(`${file}-wal`)) throw err;
    db.close();
    const bytes = readFileSync(file);
    bytes[18] = 1;
    bytes[19] = 1;
    return new Database(bytes, { readonly: true });
  }
}

/**
 * Reads, never writes: refuses a file that is not SQLite, another application's database (adding our tables
 * would be a write its owner never asked for), and a schema newer than this newsfacts knows.
 */
function checkOwnership(db: Database.Database, path: string): void {
  const tables = (
    db.prepare(`SELECT count(*) AS n FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`).get() as {
      n: number;
    }
  ).n;
  const { current } = checkSchemaVersion(db, path);
  if (current === 0 && tables) {
    throw new StoreError(
      `${path}: a SQLite database of another application (${tables} table${tables === 1 ? '' : 's'}, ` +
        'no newsfacts schema); give newsfacts its own file',
    );
  }
}
