/** Full-text search over stored articles, and the obvious queries using an index. */
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/index.js';
import { draft, freshSchema, ingest, tempPath } from './helpers.js';

const TEXT = 'Ministers met in Hanoi. Forty countries ratified the convention. "We will not wait," said Ana Costa.';

describe('full-text search', () => {
  const path = tempPath();
  let db: Database.Database;
  beforeAll(() => {
    const store = openStore(path);
    const run = store.beginRun();
    const { articleId } = ingest(store, run, 'https://a.example/1', TEXT, (t) => [
      draft(t, 'Forty countries ratified', 'ratification_count', 40),
    ]);
    const start = TEXT.indexOf('We will');
    store.saveQuotes(articleId, [{ text: 'We will not wait,', speaker: 'Ana Costa', start, end: start + 17 }]);
    ingest(store, run, 'https://b.example/2', 'An unrelated story about rainfall.', () => []);
    store.close();
    db = new Database(path, { readonly: true });
  });
  afterAll(() => db.close());

  it('finds an article by words of its text as soon as the store wrote it', () => {
    const sql = `SELECT a.url FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid
                 WHERE articles_fts MATCH ?`;
    expect(db.prepare(sql).all('ratif*')).toEqual([{ url: 'https://a.example/1' }]);
  });

  it('finds a quote by its speaker', () => {
    const sql = `SELECT q.text FROM quotes_fts JOIN quotes q ON q.id = quotes_fts.rowid WHERE quotes_fts MATCH ?`;
    expect(db.prepare(sql).all('speaker:Costa')).toEqual([{ text: 'We will not wait,' }]);
  });
});

describe('the obvious queries use an index', () => {
  let db: Database.Database;
  beforeAll(() => {
    db = freshSchema();
  });
  afterAll(() => db.close());

  /** The plan's steps; a step reading a table whole says "SCAN <table>" without an index. */
  const plan = (sql: string) =>
    (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[]).map((r) => r.detail);
  const cases: [string, string][] = [
    ['claims by property alone', `SELECT * FROM claims WHERE property = 'signatory_count'`],
    ['claims by country key', `SELECT * FROM claims WHERE key = 'VN'`],
    ['claims by run', `SELECT * FROM claims WHERE run_id = 3`],
    ['fetches by run', `SELECT * FROM fetches WHERE run_id = 3`],
    [
      'articles by published date',
      `SELECT * FROM articles WHERE published >= '2025-10-01' AND published < '2025-11-01'`,
    ],
    ['v_claims by article URL', `SELECT * FROM v_claims WHERE article_url = 'https://a.example/1'`],
    ['facts a claim supports', `SELECT * FROM fact_claims WHERE claim_id = 7`],
  ];
  for (const [what, sql] of cases) {
    it(what, () => {
      const steps = plan(sql);
      expect(
        steps.filter((d) => /^SCAN /.test(d) && !/USING (COVERING )?INDEX/.test(d)),
        steps.join('; '),
      ).toEqual([]);
    });
  }
});
