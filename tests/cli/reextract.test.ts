/** `newsfacts reextract` end to end on a store an older build wrote, and the re-read bookkeeping behind it. */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { ClaimDraft } from '../../src/claims/types.js';
import { reextract } from '../../src/cli/reextract.js';
import { currentReader, inThread, type ArticleReader } from '../../src/cli/reextractReader.js';
import { loadConfig } from '../../src/config/load.js';
import { openStore } from '../../src/store/index.js';

// fixtures/old-build/newsfacts.sqlite was written by an earlier build (fixtures/old-build/make.sh): the bundled
// pages, the walk's 74 and 73 articles, and two decisions. Each test works on a copy. Expected counts come from the
// store itself, so they hold whatever the current rules read.
const root = resolve(import.meta.dirname, '../..');
const bin = join(root, 'dist/src/cli/main.cjs');
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

/**
 * The extractor version of the built binary the CLI tests run, asked of a plain node: versions hash the rules' source
 * text as compiled, so the one this test process computes from src (transformed by vitest) differs from the build's.
 * The CLI is bundled (scripts/bundle-cli.js): the version is the one of the bundle's chunk that holds the pipeline.
 */
function builtVersion(): string {
  const bundle = JSON.parse(readFileSync(join(root, 'dist/src/cli/bundle.json'), 'utf8')) as {
    outputs: Record<string, { inputs: Record<string, unknown> }>;
  };
  const chunk = Object.keys(bundle.outputs).find((out) => 'src/pipeline/analyze.ts' in bundle.outputs[out].inputs);
  const module = JSON.stringify(pathToFileURL(join(root, chunk ?? 'no chunk holds the pipeline')).href);
  const print = `process.stdout.write((await import(${module})).EXTRACTOR_VERSION)`;
  return spawnSync(process.execPath, ['--input-type=module', '-e', print], { encoding: 'utf8' }).stdout;
}

const settingsAndSubjects = async () => {
  const config = await loadConfig(configPath);
  return { settings: config.reconcile, subjects: config.subjects };
};

describe('newsfacts reextract on a store an older build wrote', () => {
  it(
    'reads again every article of other rules, supersedes all their claims, and a second reextract is a no-op',
    () => {
      const { dir, db } = copyOfOldStore();
      const built = builtVersion();
      const older = count(db, `SELECT count(*) FROM articles WHERE extractor_version != '${built}'`);
      const oldClaims = count(db, `SELECT count(*) FROM claims`);
      const first = newsfacts(['reextract', '--json'], dir);
      expect(first.code, first.stderr).toBe(0);
      const s = JSON.parse(first.stdout);
      expect(s).toMatchObject({ version: built, articles_reread: older, errors: [] });
      expect(s.claims_new).toBe(count(db, `SELECT count(*) FROM claims WHERE run_id = ${s.run}`));
      expect(s.claims_new).toBe(count(db, `SELECT count(*) FROM claims`) - oldClaims);
      expect(s.claims_superseded).toBe(oldClaims);
      const activeOld = `SELECT count(*) FROM v_claims WHERE claim_status != 'superseded' AND run_id != ${s.run}`;
      expect(count(db, activeOld)).toBe(0);
      const stale = `SELECT count(*) FROM v_article_versions WHERE extractor_version != '${built}'`;
      expect(count(db, stale)).toBe(0);
      const second = JSON.parse(newsfacts(['reextract', '--json'], dir).stdout);
      expect(second).toMatchObject({ articles_reread: 0, claims_new: 0, claims_superseded: 0, facts_changed: 0 });
    },
    SLOW,
  );

  it(
    'links each old claim to the new claim with the same evidence and meaning, where the new rules still make it',
    () => {
      const { dir, db } = copyOfOldStore();
      expect(newsfacts(['reextract', '--json'], dir).code).toBe(0);
      // Same article, span, value and meaning; the rule name the new rules record beside a claim is no part of it.
      const sameEvidence = (o: string, n: string) => `
        ${n}.article_id = ${o}.article_id AND ${n}.subject = ${o}.subject AND ${n}.property = ${o}.property
        AND ${n}.key IS ${o}.key AND ${n}.value_json = ${o}.value_json
        AND ${n}.evidence_start = ${o}.evidence_start AND ${n}.evidence_end = ${o}.evidence_end
        AND json_remove(${n}.qualifiers_json, '$.rule', '$.date_form')
          = json_remove(${o}.qualifiers_json, '$.rule', '$.date_form')`;
      const linked = `SELECT count(*) FROM claim_supersessions s JOIN claims o ON o.id = s.claim_id
        JOIN claims n ON n.id = s.successor_id WHERE ${sameEvidence('o', 'n')}`;
      const withSuccessor = count(db, `SELECT count(*) FROM claim_supersessions WHERE successor_id IS NOT NULL`);
      expect(withSuccessor).toBeGreaterThan(0);
      expect(count(db, linked)).toBe(withSuccessor);
      const unlinkedButMade = `SELECT count(*) FROM claim_supersessions s JOIN claims o ON o.id = s.claim_id
        WHERE s.successor_id IS NULL AND EXISTS (
          SELECT 1 FROM claims n WHERE n.run_id = s.run_id AND ${sameEvidence('o', 'n')})`;
      expect(count(db, unlinkedButMade)).toBe(0);
    },
    SLOW,
  );

  it(
    'keeps the decisions the older build recorded, whose claims the new rules read with the same evidence',
    () => {
      const { dir, db } = copyOfOldStore();
      expect(newsfacts(['reextract', '--json'], dir).code).toBe(0);
      // Each decision saw claims of the older rules; the new rules make some of them again from the same evidence.
      const carried = (conflict: number) =>
        count(
          db,
          `SELECT count(*) FROM decisions d, json_each(d.seen_claim_ids_json) j
           JOIN claim_supersessions s ON s.claim_id = j.value
           WHERE s.successor_id IS NOT NULL AND d.conflict_id = ${conflict}`,
        );
      const listed = newsfacts(['conflicts', '--all', '--json'], dir).stdout;
      const all: { id: number; property: string; status: string; decision: unknown }[] = JSON.parse(listed);
      const decided = all.filter((c) => c.decision);
      expect(decided.map((c) => c.property).sort()).toEqual(['entry_into_force_rule', 'signatory_count']);
      for (const c of decided) {
        expect(carried(c.id)).toBeGreaterThan(0);
        expect(c.status).toBe('resolved');
      }
      expect(all.filter((c) => c.status === 'open' || c.status === 'reopened')).toEqual([]);
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

  /** The fixture store read again with the current rules (in this process), its facts reconciled. */
  const currentStore = async () => {
    const { db } = copyOfOldStore();
    const { settings, subjects } = await settingsAndSubjects();
    const store = openStore(db);
    await reextract(store, inThread(currentReader(subjects)), { settings });
    return { db, store, settings, subjects };
  };
  const active = `SELECT count(*) FROM v_claims WHERE claim_status != 'superseded'`;

  it('supersedes every claim by a new one with the same evidence; facts and decisions stay as they were', async () => {
    const { db, store, settings, subjects } = await currentStore();
    const before = { facts: store.facts(), resolved: store.conflicts({ status: 'resolved' }) };
    const claims = count(db, active);
    const s = await reextract(store, inThread(relabelled(currentReader(subjects), 'next')), { settings });
    expect(s.articles_reread).toBe(count(db, `SELECT count(*) FROM articles`));
    expect(s).toMatchObject({ claims_superseded: claims, claims_new: claims, facts_changed: 0 });
    const unlinked = `SELECT count(*) FROM claim_supersessions WHERE run_id = ${s.run} AND successor_id IS NULL`;
    expect(count(db, unlinked)).toBe(0);
    const oldActive = `SELECT count(*) FROM v_claims WHERE claim_status = 'active' AND extractor_version != 'next'`;
    expect(count(db, oldActive)).toBe(0);
    const shape = (facts: typeof before.facts) => facts.map((f) => [f.property, f.key, f.value, f.status, f.as_of]);
    expect(shape(store.facts())).toEqual(shape(before.facts));
    const properties = (cs: typeof before.resolved) => cs.map((c) => c.property).sort();
    expect(properties(store.conflicts({ status: 'resolved' }))).toEqual(properties(before.resolved));
    expect(properties(before.resolved)).toEqual(['entry_into_force_rule', 'signatory_count']);
    const again = await reextract(store, inThread(relabelled(currentReader(subjects), 'next')), { settings });
    expect(again).toMatchObject({ articles_reread: 0, claims_new: 0, claims_superseded: 0 });
    store.close();
  });

  it('a claim the new rules no longer make stops counting; a rejection carries to the successor', async () => {
    const { db, store, settings, subjects } = await currentStore();
    const history = () => store.facts().find((f) => f.property === 'signatory_count')!.history;
    // The series' earliest value is no longer read by the next rules; an analyst rejects the one after it.
    const [first, second] = history();
    const dropped = first.sources.map((x) => x.claim!);
    const rejected = second.sources.map((x) => x.claim!);
    for (const id of rejected) store.rejectClaim(id, { note: 'checked', by: 'ana' }, settings);
    const claims = count(db, active);
    const keep = (c: ClaimDraft) => !(c.property === 'signatory_count' && c.value === first.value);
    const s = await reextract(store, inThread(relabelled(currentReader(subjects), 'next', keep)), { settings });
    expect(s.claims_superseded).toBe(claims);
    expect(s.claims_new).toBe(claims - dropped.length);
    const values = history().map((h) => h.value);
    expect(values).not.toContain(first.value);
    expect(values).not.toContain(second.value);
    const successorOf = (id: number) =>
      count<number | null>(db, `SELECT successor_id FROM claim_supersessions WHERE claim_id = ${id}`);
    expect(dropped.map(successorOf)).toEqual(dropped.map(() => null));
    expect(rejected.map(successorOf)).not.toContain(null);
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
