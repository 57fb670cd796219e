/** Tests of the CLI entry point: the command table, its help, and the one-line errors of a mistyped command. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const bin = join(root, 'dist/src/cli/main.js');
const page = join(root, 'fixtures/pages/000_d8b1e15e98c0ab7f.html');

function newsfacts(args: string[]) {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('newsfacts entry point', () => {
  it('lists every command with its summary when run without one', () => {
    const r = newsfacts([]);
    expect(r.code).toBe(0);
    for (const name of ['run', 'extract', 'facts', 'conflicts', 'resolve']) expect(r.stdout).toMatch(`\n  ${name} `);
  });

  it('names an unknown command on the first line of stderr and exits 1', () => {
    const r = newsfacts(['extrakt', '--json', page]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.split('\n')[0]).toBe("newsfacts: unknown command 'extrakt'");
  });

  it("shows a command's own options for --help", () => {
    const r = newsfacts(['facts', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('--subject <text>');
  });
});

describe('newsfacts extract arguments', () => {
  it('names an unknown option on the first line of stderr and exits 1', () => {
    const r = newsfacts(['extract', '--jsn', page]);
    expect(r.code).toBe(1);
    expect(r.stderr.split('\n')[0]).toBe("newsfacts: extract: Unknown option '--jsn'");
  });

  it('refuses --json with --jsonl in one line', () => {
    const r = newsfacts(['extract', '--json', '--jsonl', page]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('newsfacts: extract: say --json or --jsonl, not both\n');
  });

  it('refuses to run without files in one line', () => {
    const r = newsfacts(['extract', '--json']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('newsfacts: extract: name the files to read\n');
  });

  it('takes --published for a page without a date of its own', () => {
    const text = join(mkdtempSync(join(tmpdir(), 'newsfacts-main-')), 'note.txt');
    writeFileSync(text, 'The council met on Tuesday and agreed on the budget for the coming year.\n');
    const r = newsfacts(['extract', '--text', '--published', '2025-01-02T00:00:00Z', '--json', text]);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ published: '2025-01-02T00:00:00Z' });
  });
});
