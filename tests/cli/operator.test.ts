/** The operator's view of a run: stopping it cleanly, failing loudly, and a full disk. */
import { execFileSync } from 'node:child_process';
import { chmodSync, chownSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { root, runCli, startCli, until } from '../helpers/cli.js';
import { startSite, type Site } from '../helpers/site.js';

const isRoot = process.getuid?.() === 0;
/** An analyst with read access only: the file and its folder belong to root, the analyst is `nobody`. */
const analyst = { uid: 65534, gid: 65534 };
const pages = join(root, 'fixtures/pages');

const scratch = () => mkdtempSync(join(tmpdir(), 'newsfacts-operator-'));

/** A config file in `dir` for the site's sources, with the given fetch settings. */
function config(
  dir: string,
  name: string,
  sources: string[],
  fetch: Record<string, unknown>,
  db = 'facts.sqlite',
): string {
  const file = join(dir, name);
  writeFileSync(file, `export default ${JSON.stringify({ db, sources, allowPrivate: true, fetch })};`);
  return file;
}

/** What a database holds, independent of ids and times: articles, claims and facts. */
function contents(path: string) {
  const db = new Database(path, { readonly: true });
  const all = (sql: string) => db.prepare(sql).all();
  const held = {
    articles: all(`SELECT url, text_hash FROM articles ORDER BY url`),
    claims: all(`SELECT a.url, c.subject, c.property, c.key, c.value_json, c.evidence_start FROM claims c
                 JOIN articles a ON a.id = c.article_id ORDER BY 1, 2, 3, 4, 5, 6`),
    facts: all(`SELECT subject, property, key, value_json, status FROM facts ORDER BY 1, 2, 3`),
  };
  db.close();
  return held;
}

const runsOf = (path: string) => {
  const db = new Database(path, { readonly: true });
  const rows = db.prepare(`SELECT id, status, summary_json FROM runs ORDER BY id`).all() as {
    id: number;
    status: string;
    summary_json: string;
  }[];
  db.close();
  return rows;
};

describe('stopping a run', () => {
  let site: Site;
  beforeAll(async () => {
    site = await startSite();
  });
  afterAll(() => site.close());

  const pagesRequested = (after = 0) => site.hits.filter((h) => h.path.startsWith('/pages/') && h.at > after).length;

  /** A run over `feed` with a 1 s host delay, started in a new folder, once it has asked for its first page. */
  async function slowRun(feed: string, json = false) {
    const dir = scratch();
    const slow = config(dir, 'slow.config.ts', [`${site.url}${feed}`], { minDelayMs: 1000, retries: 0 });
    site.hits.length = 0;
    const started = startCli(['run', '--config', slow, ...(json ? ['--json'] : [])], dir);
    await until(() => pagesRequested() >= 1);
    return { dir, ...started };
  }

  it('stops within 2 s of SIGTERM (1 s host delay), starts no page after it, records the run, exits 143', async () => {
    const { dir, child, exited } = await slowRun('/feeds/rss.xml', true);
    const signalledAt = Date.now();
    child.kill('SIGTERM');
    const r = await exited;
    expect(Date.now() - signalledAt).toBeLessThan(2000);
    expect(r.code, r.stderr).toBe(143);
    expect(pagesRequested(signalledAt)).toBe(0);
    const summary = JSON.parse(r.stdout);
    expect(summary).toMatchObject({ status: 'interrupted', failed: 0 });
    expect(summary.not_fetched).toBeGreaterThan(0);
    expect(summary.duration_ms).toBeGreaterThan(0);
    const [run] = runsOf(join(dir, 'facts.sqlite'));
    expect(run.status).toBe('interrupted');
    expect(JSON.parse(run.summary_json)).toEqual(summary);

    // The next run finishes the work: the file then holds exactly what one uninterrupted run stores.
    const quick = config(dir, 'quick.config.ts', [`${site.url}/feeds/rss.xml`], { minDelayMs: 0, retries: 0 });
    const next = await runCli(['run', '--config', quick, '--json'], dir);
    expect(next.code, next.stderr).toBe(0);
    expect(JSON.parse(next.stdout)).toMatchObject({ status: 'finished', failed: 0 });
    const once = config(
      dir,
      'once.config.ts',
      [`${site.url}/feeds/rss.xml`],
      { minDelayMs: 0, retries: 0 },
      'once.sqlite',
    );
    expect((await runCli(['run', '--config', once], dir)).code).toBe(0);
    expect(contents(join(dir, 'facts.sqlite'))).toEqual(contents(join(dir, 'once.sqlite')));
  });

  it('exits 130 after SIGINT, the run recorded interrupted', async () => {
    const { dir, child, exited } = await slowRun('/feeds/atom.xml');
    child.kill('SIGINT');
    const r = await exited;
    expect(r.code, r.stderr).toBe(130);
    expect(r.stdout).toMatch(/^run 1 interrupted in /);
    expect(runsOf(join(dir, 'facts.sqlite'))[0].status).toBe('interrupted');
  });

  it('exits at once on a second signal, saying so, and still records the run', async () => {
    const { dir, child, exited } = await slowRun('/feeds/rss.xml');
    child.kill('SIGTERM');
    child.kill('SIGTERM');
    const r = await exited;
    expect(r.code).toBe(143);
    const [run] = runsOf(join(dir, 'facts.sqlite'));
    expect(run.status).toBe('interrupted');
    // Either the second signal came while the run still ran (it says so), or the run had already ended cleanly.
    if (!r.stdout) expect(r.stderr).toContain(`SIGTERM again: exiting now; run 1 recorded as interrupted`);
  });
});

describe('failing loudly', () => {
  let site: Site;
  beforeAll(async () => {
    site = await startSite();
  });
  afterAll(() => site.close());

  it('exits 2 with one line when no page could be fetched', async () => {
    const dir = scratch();
    const r = await runCli(
      ['run', '--db', 'f.sqlite', '--allow-private', '--source', `${site.url}/fail/feed.xml`, '--json'],
      dir,
    );
    expect(r.code).toBe(2);
    expect(JSON.parse(r.stdout)).toMatchObject({ status: 'finished', fetched: 0, failed: 1 });
    expect(r.stderr).toMatch(/newsfacts: run 1: no page could be fetched/);
  });

  it('exits 0 when every page is unchanged (304)', async () => {
    const dir = scratch();
    const args = ['run', '--db', 'f.sqlite', '--allow-private', '--source', `${site.url}/feeds/rss.xml`, '--json'];
    expect((await runCli(args, dir)).code).toBe(0);
    const again = await runCli(args, dir);
    expect(again.code).toBe(0);
    expect(JSON.parse(again.stdout)).toMatchObject({ fetched: 0, not_modified: 5 });
  });
});

describe('a full disk (run as root only: it mounts a small tmpfs)', () => {
  let site: Site;
  const mount = scratch();
  beforeAll(async () => {
    site = await startSite();
    if (isRoot) execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=2m', 'tmpfs', mount]);
  });
  afterAll(async () => {
    if (isRoot) execFileSync('umount', [mount]);
    await site.close();
  });

  it.runIf(isRoot)(
    'stops at the first refused write with one line and exit 1, counting only what was committed',
    async () => {
      const db = join(mount, 'facts.sqlite');
      const cfg = config(
        scratch(),
        'c.config.ts',
        [`${site.url}/gen/feed-600.xml`],
        { minDelayMs: 0, retries: 0, perHostConcurrency: 4 },
        db,
      );
      site.hits.length = 0;
      const r = await runCli(['run', '--config', cfg, '--json'], mount);
      expect(r.code, r.stderr).toBe(1);
      const failure = r.stderr.split('\n').filter((l) => l.startsWith('newsfacts:'));
      expect(failure).toEqual([
        expect.stringMatching(/^newsfacts: run 1 failed: .*facts\.sqlite: cannot store .*full/),
      ]);
      const summary = JSON.parse(r.stdout);
      expect(summary.status).toBe('failed');
      const held = contents(db);
      expect(summary.articles_new).toBe(held.articles.length);
      expect(summary.claims_new).toBe(held.claims.length);
      // The run stopped: far fewer pages were asked for than the feed lists.
      expect(site.hits.filter((h) => h.path.startsWith('/gen/') && h.path.endsWith('.html')).length).toBeLessThan(
        held.articles.length + 40,
      );

      execFileSync('mount', ['-o', 'remount,size=64m', mount]);
      const next = await runCli(['run', '--config', cfg, '--json'], mount);
      expect(next.code, next.stderr).toBe(0);
      expect(JSON.parse(next.stdout)).toMatchObject({ status: 'finished', failed: 0 });
      expect(contents(db).articles).toHaveLength(600);
    },
  );
});

describe('databases an operator or analyst cannot write', () => {
  it.runIf(isRoot)('gives an analyst with read access the facts and conflicts', async () => {
    const dir = scratch();
    chmodSync(dir, 0o755);
    expect((await runCli(['run', '--db', 'f.sqlite', '--source', pages], dir)).code).toBe(0);
    const facts = await runCli(['facts', '--db', 'f.sqlite', '--json'], dir, {}, analyst);
    expect(facts.code, facts.stderr).toBe(0);
    expect(JSON.parse(facts.stdout).length).toBeGreaterThan(0);
    const conflicts = await runCli(['conflicts', '--db', 'f.sqlite', '--json'], dir, {}, analyst);
    expect(conflicts.code, conflicts.stderr).toBe(0);
  });

  it.runIf(isRoot)('tells a run it may not write the file, naming it', async () => {
    const dir = scratch();
    chmodSync(dir, 0o755);
    expect((await runCli(['run', '--db', 'f.sqlite', '--source', pages], dir)).code).toBe(0);
    const r = await runCli(['run', '--db', 'f.sqlite', '--source', pages], dir, {}, analyst);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^newsfacts: \S+\/f\.sqlite: cannot write to the database file \(EACCES/);
  });

  it.runIf(isRoot)(
    'tells a run that the folder of a writable file is not, rather than calling the file foreign',
    async () => {
      const dir = scratch();
      chmodSync(dir, 0o755);
      expect((await runCli(['run', '--db', 'f.sqlite', '--source', pages], dir)).code).toBe(0);
      chownSync(join(dir, 'f.sqlite'), analyst.uid, analyst.gid);
      const r = await runCli(['run', '--db', 'f.sqlite', '--source', pages], dir, {}, analyst);
      expect(r.code).toBe(1);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toContain(`SQLite needs to write its -wal and -shm files in ${dir}`);
    },
  );
});
