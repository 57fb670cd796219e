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

/** Applies each pending migration in its own transaction, bumping PRAGMA user_version with it. */
export function migrate(db: Database.Database, path: string, readonly: boolean): void {
  const migrations = loadMigrations();
  const known = migrations.length ? migrations[migrations.length - 1].version : 0;
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > known) {
    throw new StoreError(`${path}: database schema version ${current} is newer than this newsfacts knows (${known}); upgrade newsfacts`);
  }
  if (readonly) {
    if (current < known) throw new StoreError(`${path}: database schema version ${current} needs upgrading; open it once for writing`);
    return;
  }
  for (const m of migrations.filter((x) => x.version > current)) {
    db.transaction(() => {
      db.exec(m.sql);
      db.pragma(`user_version = ${m.version}`);
    }).immediate();
  }
}
