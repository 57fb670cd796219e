/** Applies the SQL schema migrations to a store. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type Database from 'better-sqlite3';
import { StoreError } from './api.js';

/** The package root holds db/migrations; this file runs from src/store/ (vitest) or dist/src/store/ (built). */
function migrationsDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++) {
    const candidate = join(dir, 'db', 'migrations');
    if (existsSync(candidate)) return candidate;
    dir = dirname(dir);
  }
  throw new StoreError('db/migrations not found next to the newsfacts package');
}

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export function loadMigrations(): Migration[] {
  const dir = migrationsDir();
  return readdirSync(dir)
    .map((file) => ({ file, m: /^(\d{3})_([\w-]+)\.sql$/.exec(file) }))
    .filter((x): x is { file: string; m: RegExpExecArray } => x.m !== null)
    .map(({ file, m }) => ({ version: Number(m[1]), name: m[2], sql: readFileSync(join(dir, file), 'utf8') }))
    .sort((a, b) => a.version - b.version);
}

/** Refuses a schema newer than the migrations this newsfacts ships (never downgraded); reads only. */
export function checkSchemaVersion(
  db: Database.Database,
  path: string,
  migrations = loadMigrations(),
): { current: number; known: number } {
  const known = migrations.at(-1)?.version ?? 0;
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > known) {
    throw new StoreError(
      `${path}: database schema version ${current} is newer than this newsfacts knows (${known}); upgrade newsfacts`,
    );
  }
  return { current, known };
}

/** Applies each pending migration in its own transaction, bumping PRAGMA user_version with it. */
export function migrate(db: Database.Database, path: string, readonly: boolean): void {
  const migrations = loadMigrations();
  const { current, known } = checkSchemaVersion(db, path, migrations);
  if (readonly) {
    if (current < known)
      throw new StoreError(`${path}: database schema version ${current} needs upgrading; open it once for writing`);
    return;
  }
  const pending = migrations.filter((x) => x.version > current);
  if (!pending.length) return;
  // A migration may rebuild a table (SQLite's way to change a constraint): with enforcement on, dropping the old
  // table would delete every row that refers to it; legacy renames leave views naming the table alone. Both are
  // connection settings, restored after; the keys are checked before each migration commits.
  const enforced = db.pragma('foreign_keys', { simple: true });
  db.pragma('foreign_keys = OFF');
  db.pragma('legacy_alter_table = ON');
  try {
    for (const m of pending) {
      db.transaction(() => {
        db.exec(m.sql);
        const broken = db.pragma('foreign_key_check') as { table: string }[];
        if (broken.length) {
          const what = `${broken.length} broken references (${broken[0].table})`;
          throw new StoreError(`${path}: migration ${m.version} leaves ${what}`);
        }
        db.pragma(`user_version = ${m.version}`);
      }).immediate();
    }
  } finally {
    db.pragma('legacy_alter_table = OFF');
    db.pragma(`foreign_keys = ${enforced ? 'ON' : 'OFF'}`);
  }
}
