/** newsfacts reextract: stored articles read again by newer rules, old claims superseded, decisions kept. */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { ClaimDraft } from '../../src/claims/types.js';
import { reextract } from '../../src/cli/reextract.js';
import { currentReader, inThread, type ArticleReader } from '../../src/cli/reextractReader.js';
import { loadConfig } from '../../src/config/load.js';
import { EXTRACTOR_VERSION } from '../../src/pipeline/analyze.js';
import { openStore } from '../../src/store/index.js';

// fixtures/old-build/newsfacts.sqlite was written by an earlier build (fixtures/old-build/make.sh): the bundled
// pages, the walk's 74 and 73 articles, and two decisions. Each test works on a copy.
const root = resolve(import.meta.dirname, '../..');
const bin = join(root, 'dist/src/cli/main.js');
const configPath = join(root, 'pipeline.config.ts');
/** Several CLI runs in one test: on a loaded machine they take longer than one default test timeout. */
const SLOW = 120_000;

function copyOfOldStore(): { dir: string; db: string } {
  const dir = mkdtempSync(join(tmpdir(), 'newsfacts-reextract-'));
  const db = join(dir, 'f.sqlite');
  copyFileSync(join(root, 'fixtures/old-build/newsfacts.sqlite'), db);
  return { dir, db };
}

function newsfacts(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [bin, ...args, '--config', configPath, '--db', 'f.sqlite'], {
    cwd,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const count = <T = number>(db: string, sql: string): T => {
  const d = new Database(db, { readonly: true });
  try {
    return d.prepare(sql).pluck().get() as T;
  } finally {
    d.close();
  }
};

const settingsAndSubjects = async () => {
  const config = await loadConfig(configPath);
  return { settings: config.reconcile, subjects: config.subjects };
};

describe('newsfacts reextract on a store an older build wrote', () => {
  // Skipped since the extractor rewrite of 2026-12-01: its counts assume the old build's claims; to be rewritten.
  it.skip(
    'reads again every article of other rules, supersedes their claims, and a second reextract is a no-op',
    () => {
      const { dir, db } = copyOfOldStore();
      const older = count(db, `SELECT count(*) FROM articles WHERE extractor_version != '${EXTRACTOR_VERSION}'`);
      const claimsBefore = count(db, `SELECT count(*) FROM claims`);
      const first = newsfacts(['reextract', '--json'], dir);
      expect(first.code, first.stderr).toBe(0);
      const s = JSON.parse(first.stdout);
      expect(s).toMatchObject({ version: EXTRACTOR_VERSION, articles_reread: older, errors: [] });
      expect(s.claims_new).toBe(count(db, `SELECT count(*) FROM claims`) - claimsBefore);
      expect(s.claims_superseded).toBe(count(db, `SELECT count(*) FROM claim_supersessions`));
      const stale = `SELECT count(*) FROM v_article_versions WHERE extractor_version != '${EXTRACTOR_VERSION}'`;
      expect(count(db, stale)).toBe(0);
      const second = JSON.parse(newsfacts(['reextract', '--json'], dir).stdout);
      expect(second).toMatchObject({ articles_reread: 0, claims_new: 0, claims_superseded: 0, facts_changed: 0 });
    },
    SLOW,
  );

  // Skipped since the extractor rewrite of 2026-12-01: its counts assume the old build's claims; to be rewritten.
  it.skip(
    'keeps the decisions the older build recorded, and closes the conflict its misread opened',
    () => {
      const { dir } = copyOfOldStore();
      expect(newsfacts(['reextract', '--json'], dir).code).toBe(0);
      const listed = newsfacts(['conflicts', '--all', '--json'], dir).stdout;
      const all: { property: string; status: string }[] = JSON.parse(listed);
      expect(Object.fromEntries(all.map((c) => [c.property, c.status]))).toEqual({
        entry_into_force_rule: 'resolved',
        signatory_count: 'resolved',
        signatories_named: 'closed',
      });
      const facts = JSON.parse(newsfacts(['facts', '--json'], dir).stdout) as { property: string; value: unknown }[];
      expect(facts.find((f) => f.property === 'signatory_count')).toMatchObject({ value: 74, status: 'resolved' });
    },
    SLOW,
  );

  it('names an unknown --since version in one line', () => {
    const { dir } = copyOfOldStore();
    const r = newsfacts(['reextract', '--since', 'numbers@999'], dir);
    expect(r.code).toBe(1);
    const unknown = `no stored article was read with version 'numbers@999'`;
    expect(r.stderr.trim().split('\n')).toEqual([expect.stringContaining(unknown)]);
  });
});

describe('reextract with rules newer than the store', () => {
  // The current extractors under a new version label: every stored claim is of older rules.
  const relabelled = (reader: ArticleReader, version: string, keep = (_: ClaimDraft) => true): ArticleReader => ({
    version,
    claimsOf: (article) =>
      reader
        .claimsOf(article)
        .filter(keep)
        .map((c) => ({ ...c, extractorVersion: version })),
  });

  // Skipped since the extractor rewrite of 2026-12-01: its counts assume the old build's claims; to be rewritten.
  it.skip('supersedes old claims by new ones with the same evidence; the decisions still apply', async () => {
    const { db } = copyOfOldStore();
    const { settings, subjects } = await settingsAndSubjects();
    const store = openStore(db);
    store.reconcile(settings, { all: true });
    const before = store.facts();
    const claims = count(db, `SELECT count(*) FROM claims`);
    const s = await reextract(store, inThread(relabelled(currentReader(subjects), 'next')), { settings });
    expect(s.articles_reread).toBe(7);
    expect(s.claims_superseded).toBe(claims);
    expect(s.claims_new).toBe(claims);
    expect(count(db, `SELECT count(*) FROM claim_supersessions WHERE successor_id IS NULL`)).toBe(0);
    const oldActive = `SELECT count(*) FROM v_claims WHERE claim_status = 'active' AND extractor_version != 'next'`;
    expect(count(db, oldActive)).toBe(0);
    const strip = (facts: typeof before) =>
      facts.map(({ sources: _s, history: _h, alternatives: _a, outliers: _o, ...f }) => f);
    expect(strip(store.facts()).map((f) => [f.property, f.key, f.value, f.status])).toEqual(
      strip(before).map((f) => [f.property, f.key, f.value, f.status]),
    );
    const resolved = store.conflicts({ status: 'resolved' }).map((c) => c.property);
    expect(resolved.sort()).toEqual(['entry_into_force_rule', 'signatory_count']);
    const again = await reextract(store, inThread(relabelled(currentReader(subjects), 'next')), { settings });
    expect(again.articles_reread).toBe(0);
    store.close();
  });

  // Skipped since the extractor rewrite of 2026-12-01: its counts assume the old build's claims; to be rewritten.
  it.skip('a claim the new rules no longer make stops counting; a rejection carries to the successor', async () => {
    const { db } = copyOfOldStore();
    const { settings, subjects } = await settingsAndSubjects();
    const store = openStore(db);
    store.reconcile(settings, { all: true });
    const count72 = store
      .facts()
      .find((f) => f.property === 'signatory_count')!
      .history.find((h) => h.value === 72)!;
    store.rejectClaim(count72.sources[0].claim!, { note: 'checked', by: 'ana' }, settings);
    const noMisread = (c: ClaimDraft) => !(c.property === 'signatory_count' && c.value === 2);
    const s = await reextract(store, inThread(relabelled(currentReader(subjects), 'next', noMisread)), { settings });
    expect(s.claims_superseded).toBe(s.claims_new + 1);
    const f = store.facts().find((x) => x.property === 'signatory_count')!;
    expect(f.outliers).toBeUndefined();
    expect(f.history.map((h) => h.value)).not.toContain(72);
    const slot = { subject: f.subject, property: 'signatory_count', key: null };
    const gone = store.claimsOf(slot).filter((c) => c.value === 2);
    expect(gone.every((c) => c.status === 'superseded' && c.successor === null)).toBe(true);
    store.close();
  });

  it('counts the claims of older rules that a run summary reports, none once they are read again', async () => {
    const { db } = copyOfOldStore();
    const { settings, subjects } = await settingsAndSubjects();
    const store = openStore(db);
    const claims = count(db, `SELECT count(*) FROM claims`);
    const stored = count<string>(db, `SELECT extractor_version FROM articles LIMIT 1`);
    expect(store.olderRules('next')).toEqual({ articles: 7, claims, versions: [stored] });
    await reextract(store, inThread(relabelled(currentReader(subjects), 'next')), { settings });
    expect(store.olderRules('next')).toEqual({ articles: 0, claims: 0, versions: [] });
    store.close();
  });

  it('--since and --subject narrow which articles are read again', async () => {
    const { db } = copyOfOldStore();
    const { subjects } = await settingsAndSubjects();
    const store = openStore(db);
    const next = relabelled(currentReader(subjects), 'next').version;
    expect(store.articlesToReread(next, { since: 'numbers@1' })).toHaveLength(7);
    expect(store.articlesToReread(next, { subject: 'Some Other Treaty' })).toEqual([]);
    expect(store.articlesToReread(next, { subject: subjects[0].name })).toHaveLength(7);
    store.close();
  });
});
