/** db/SCHEMA.md and the live schema name the same tables, columns and views. */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshSchema } from './helpers.js';

const doc = readFileSync(join(resolve(import.meta.dirname, '../..'), 'db/SCHEMA.md'), 'utf8');

/**
 * The documented tables and views: each `### \`name\`` section, with the columns its `Columns:` lines and
 * column tables name.
 */
function documented(): Map<string, Set<string>> {
  const sections = new Map<string, Set<string>>();
  let current: Set<string> | null = null;
  let columnsLine = false;
  for (const line of doc.split('\n')) {
    const heading = /^#{2,3} `(\w+)`/.exec(line);
    if (heading) {
      current = new Set();
      sections.set(heading[1], current);
      continue;
    }
    if (/^#{1,3} /.test(line)) current = null;
    if (!current) continue;
    // A Columns: line may wrap; its continuation lines start with a backtick.
    columnsLine = line.startsWith('Columns:') || (columnsLine && line.startsWith('`'));
    if (columnsLine) for (const m of line.matchAll(/`(\w+)`/g)) current.add(m[1]);
    const cell = /^\| ([\w, ]+) \|/.exec(line);
    if (cell && cell[1] !== 'column') for (const name of cell[1].split(',')) current.add(name.trim());
  }
  return sections;
}

/** The live schema's tables and views with their columns; the tables behind an FTS5 table belong to it. */
function live(db: Database.Database): Map<string, Set<string>> {
  const rows = db
    .prepare(`SELECT name, sql FROM sqlite_master WHERE type IN ('table', 'view') AND name NOT LIKE 'sqlite_%'`)
    .all() as { name: string; sql: string }[];
  const fts = rows.filter((r) => /USING fts5/i.test(r.sql)).map((r) => r.name);
  const shadow = (name: string) => fts.some((f) => new RegExp(`^${f}_(data|idx|docsize|config|content)$`).test(name));
  const names = rows.map((r) => r.name).filter((name) => !shadow(name));
  return new Map(
    names.map((name) => [name, new Set((db.pragma(`table_info(${name})`) as { name: string }[]).map((c) => c.name))]),
  );
}

describe('db/SCHEMA.md and the live schema', () => {
  let db: Database.Database;
  beforeAll(() => {
    db = freshSchema();
  });
  afterAll(() => db.close());

  it('documents every table and view that exists, and names none that does not', () => {
    expect([...documented().keys()].sort()).toEqual([...live(db).keys()].sort());
  });

  it('documents every column of every table and view, and names none that does not exist', () => {
    const docs = documented();
    for (const [name, columns] of live(db))
      expect([...(docs.get(name) ?? [])].sort(), name).toEqual([...columns].sort());
  });

  it('lists every index, and none that does not exist', () => {
    const indexes = (
      db.prepare(`SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL`).all() as { name: string }[]
    ).map((r) => r.name);
    const section = doc.slice(doc.indexOf('## Indexes'));
    const listed = [...section.matchAll(/^\| `(\w+)` \|/gm)].map((m) => m[1]);
    expect(listed.sort()).toEqual(indexes.sort());
  });
});
