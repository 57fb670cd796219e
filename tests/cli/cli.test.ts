/** Tests of the command-line interface, run as a child process. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// The CLI as users run it: the compiled bin (`npm test` builds first), in a scratch folder.
const root = resolve(import.meta.dirname, '../..');
const bin = join(root, 'dist/src/cli/main.cjs');
const pages = join(root, 'fixtures/pages');

function newsfacts(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const scratch = () => mkdtempSync(join(tmpdir(), 'newsfacts-cli-'));

describe('newsfacts run', () => {
  it('ingests local pages, then a second run adds no article and no claim', () => {
    const dir = scratch();
    const first = newsfacts(['run', '--db', 'facts.sqlite', '--source', pages, '--json'], dir);
    expect(first.code, first.stderr).toBe(0);
    const a = JSON.parse(first.stdout);
    expect(a).toMatchObject({ run: 1, fetched: 5, failed: 0, articles_new: 5 });
    expect(a.claims_new).toBeGreaterThan(50);

    const second = JSON.parse(newsfacts(['run', '--db', 'facts.sqlite', '--source', pages, '--json'], dir).stdout);
    expect(second).toMatchObject({ run: 2, articles_new: 0, claims_new: 0, not_modified: 5, failed: 0 });
  });

  it('fails in one line naming the bad config key, and touches no database', () => {
    const dir = scratch();
    writeFileSync(join(dir, 'pipeline.config.ts'), `export default { fetch: { retries: -1 } };`);
    const r = newsfacts(['run', '--json'], dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/pipeline\.config\.ts: bad config key 'fetch\.retries'/);
  });

  it('refuses a file that is not a SQLite database and leaves it as it was', () => {
    const dir = scratch();
    const notDb = join(dir, 'notes.sqlite');
    writeFileSync(notDb, 'these are my notes, not a database\n'.repeat(200));
    const before = readFileSync(notDb);
    const r = newsfacts(['run', '--db', notDb, '--source', pages, '--json'], dir);
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('notes.sqlite');
    expect(readFileSync(notDb).equals(before)).toBe(true);
  });

  it('lists an unreadable source and a page with no article, and still stores the rest', () => {
    const dir = scratch();
    const junk = join(dir, 'junk.html');
    writeFileSync(junk, Buffer.from([0, 159, 146, 150, 0, 1, 2, 3]));
    const r = newsfacts(
      [
        'run',
        '--db',
        'f.sqlite',
        '--source',
        pages,
        '--source',
        join(dir, 'missing-folder'),
        '--source',
        junk,
        '--json',
      ],
      dir,
    );
    expect(r.code, r.stderr).toBe(0);
    const s = JSON.parse(r.stdout);
    expect(s.articles_new).toBe(5);
    expect(s.errors.map((e: { url: string }) => e.url).join(' ')).toContain('missing-folder');
    expect(s.failed).toBeGreaterThanOrEqual(1);
  });
});

describe('newsfacts facts and conflicts', () => {
  it('prints the facts as JSON and the open conflicts as a table an analyst can act on', () => {
    const dir = scratch();
    expect(newsfacts(['run', '--config', join(root, 'pipeline.config.ts'), '--db', 'f.sqlite'], dir).code).toBe(0);
    const facts = JSON.parse(newsfacts(['facts', '--db', 'f.sqlite', '--json'], dir).stdout);
    expect(Array.isArray(facts)).toBe(true);
    expect(facts.length).toBeGreaterThan(0);
    for (const f of facts)
      expect(Object.keys(f)).toEqual(
        expect.arrayContaining([
          'subject',
          'property',
          'key',
          'value',
          'as_of',
          'status',
          'explanation',
          'sources',
          'history',
          'alternatives',
        ]),
      );
    const table = newsfacts(['conflicts', '--db', 'f.sqlite'], dir);
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(/newsfacts resolve \d+ --value/);
    expect(table.stdout).toMatch(/evidence:\n\s+A ← \S+ \(\d{4}-\d{2}-\d{2}\): “.+”/);
    const byAlias = newsfacts(
      [
        'facts',
        '--config',
        join(root, 'pipeline.config.ts'),
        '--db',
        'f.sqlite',
        '--subject',
        'global cybercrime treaty',
        '--json',
      ],
      dir,
    );
    expect(JSON.parse(byAlias.stdout)).toHaveLength(facts.length);
  });

  it('keeps an analyst decision through later runs', () => {
    const dir = scratch();
    const config = join(root, 'pipeline.config.ts');
    expect(newsfacts(['run', '--config', config, '--db', 'f.sqlite'], dir).code).toBe(0);
    const [open] = JSON.parse(newsfacts(['conflicts', '--db', 'f.sqlite', '--json'], dir).stdout);
    const chosen = JSON.stringify(open.alternatives[1].value);
    const r = newsfacts(
      ['resolve', String(open.id), '--value', chosen, '--note', 'depositary notice', '--by', 'ana', '--db', 'f.sqlite'],
      dir,
    );
    expect(r.code, r.stderr).toBe(0);
    expect(newsfacts(['run', '--config', config, '--db', 'f.sqlite'], dir).code).toBe(0);
    expect(newsfacts(['conflicts', '--db', 'f.sqlite'], dir).stdout.trim()).toBe('no open conflicts');
    const fact = JSON.parse(newsfacts(['facts', '--db', 'f.sqlite', '--json'], dir).stdout).find(
      (f: { property: string }) => f.property === open.property,
    );
    expect(fact).toMatchObject({ status: 'resolved', value: JSON.parse(chosen) });
  });

  it('reports an unknown conflict id in one line', () => {
    const dir = scratch();
    newsfacts(['run', '--db', 'f.sqlite', '--source', pages], dir);
    const r = newsfacts(['resolve', '999', '--value', '1', '--note', 'n', '--db', 'f.sqlite'], dir);
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe('newsfacts extract', () => {
  it('prints one record per file with text offsets that point at the evidence', () => {
    const dir = scratch();
    const r = newsfacts(
      ['extract', '--jsonl', join(pages, '004_371a3257e4b38816.html'), join(pages, '000_d8b1e15e98c0ab7f.html')],
      dir,
    );
    expect(r.code, r.stderr).toBe(0);
    const records = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(records).toHaveLength(2);
    for (const rec of records) {
      for (const c of rec.countries) expect(rec.text.slice(c.start, c.end)).toBe(c.name);
    }
  });

  it('names a file with no article text in one line, and still prints its record', () => {
    const dir = scratch();
    const junk = join(dir, 'junk.html');
    writeFileSync(junk, Buffer.from([0, 159, 146, 150, 0, 1, 2, 3]));
    const r = newsfacts(['extract', '--json', junk], dir);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ input: junk, text: '' });
    expect(r.stderr.trim().split('\n')).toEqual([
      `newsfacts: ${junk}: no article text found (not HTML, empty, or no body)`,
    ]);
  });

  it('prints the same records, errors and exit status in worker threads as in one thread, in the order given', () => {
    const dir = scratch();
    const junk = join(dir, 'junk.html');
    writeFileSync(junk, Buffer.from([0, 159, 146, 150, 0, 1, 2, 3]));
    // more files than threads, so each thread reads several, with an unreadable one and an empty one among them
    const pageFiles = readdirSync(pages).map((f) => join(pages, f));
    const files = [...pageFiles, junk, ...pageFiles, '/nonexistent/page.html', ...pageFiles];
    const oneThread = newsfacts(['extract', '--jsonl', '--jobs', '1', ...files], dir);
    const threads = newsfacts(['extract', '--jsonl', '--jobs', '2', ...files], dir);
    expect(threads).toEqual(oneThread);
    expect(threads.code).toBe(1);
    expect(
      threads.stdout
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l).input),
    ).toEqual(files.filter((f) => f !== '/nonexistent/page.html'));
    expect(threads.stderr.trim().split('\n')).toHaveLength(2);
  });

  it('names a file it cannot read and exits non-zero', () => {
    const r = newsfacts(['extract', '--json', '/nonexistent/page.html'], scratch());
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('/nonexistent/page.html');
  });
});
