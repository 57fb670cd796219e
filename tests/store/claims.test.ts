/** Tests of storing articles and claims. */
import { createHash } from 'node:crypto';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/index.js';
import { draft, ingest, settings, tempPath } from './helpers.js';

const TEXT =
  'UN Launches Signing Of First-Ever Global Cybercrime Convention\n\n' +
  'The convention opened for signature in Hanoi on Saturday. It has been signed by 65 countries to date, officials said. ' +
  'It enters into force 90 days after ratification by 40 states.';

describe('claims log', () => {
  it('stores each claim once, with the sentence that holds its evidence', () => {
    const path = tempPath();
    const store = openStore(path);
    const run = store.beginRun();
    const claims = (t: string) => [draft(t, '65 countries', 'signatory_count', 65, { asOf: '2025-10-25' })];
    const first = ingest(store, run, 'https://menafn.example/1', TEXT, claims);
    expect(first).toMatchObject({ isNew: true, claimsNew: 1 });
    expect(store.appendClaims(first.articleId, run, claims(TEXT))).toBe(0);
    const again = ingest(store, run, 'https://menafn.example/1', TEXT, claims);
    expect(again).toMatchObject({ articleId: first.articleId, isNew: false });
    store.close();

    const db = new Database(path);
    const rows = db.prepare(`SELECT evidence_sentence, article_url, fetch_url, source_location FROM v_claims`).all();
    expect(rows).toEqual([
      {
        evidence_sentence: 'It has been signed by 65 countries to date, officials said.',
        article_url: 'https://menafn.example/1',
        fetch_url: 'https://menafn.example/1',
        source_location: 'fixtures/pages',
      },
    ]);
    expect(() => db.prepare(`UPDATE claims SET value_json = '66'`).run()).toThrow(/append-only/);
    expect(() => db.prepare(`DELETE FROM claims`).run()).toThrow(/append-only/);
    db.close();
  });

  it('files claims about one unconfigured treaty under the first name it was stored with', () => {
    const store = openStore(tempPath());
    const run = store.beginRun();
    const named = (subject: string) => (t: string) => [
      draft(t, '65 countries', 'signatory_count', 65, { subject, subjectKey: 'cybercrime' }),
    ];
    ingest(store, run, 'https://a.example/1', TEXT, named('UN Cybercrime Treaty'));
    ingest(store, run, 'https://b.example/2', `${TEXT} More.`, named('Convention against Cybercrime'));
    store.reconcile(settings);
    expect(store.facts().map((f) => [f.subject, f.sources.length])).toEqual([['UN Cybercrime Treaty', 2]]);
    store.close();
  });

  it('knows a text it already holds under another URL', () => {
    const store = openStore(tempPath());
    const run = store.beginRun();
    ingest(store, run, 'https://a.example/1', TEXT, () => []);
    expect(store.hasArticleText(createHash('sha256').update(TEXT).digest('hex'))).toBe(true);
    expect(store.hasArticleText('0'.repeat(64))).toBe(false);
    store.close();
  });

  it('a failed page transaction leaves nothing half-written', () => {
    const path = tempPath();
    const store = openStore(path);
    const run = store.beginRun();
    expect(() =>
      ingest(store, run, 'https://a.example/1', TEXT, (t) => {
        throw new Error(`extractor broke on ${t.length} chars`);
      }),
    ).toThrow(/extractor broke/);
    const db = new Database(path);
    expect(
      db.prepare(`SELECT (SELECT count(*) FROM fetches) AS f, (SELECT count(*) FROM articles) AS a`).get(),
    ).toEqual({ f: 0, a: 0 });
    db.close();
    store.reconcile(settings);
    expect(store.facts()).toEqual([]);
    store.close();
  });
});
