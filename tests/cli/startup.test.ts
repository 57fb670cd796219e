/** Tests that each command loads only what it uses: the packages a child process of the built CLI imports. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const bin = join(root, 'dist/src/cli/main.js');
const page = join(root, 'fixtures/pages/000_d8b1e15e98c0ab7f.html');

// A module loader hook, registered before the CLI starts, that names on stderr every package the process loads: ES
// modules as they load, and at exit those that require() loaded (the ES module hook does not see them).
const PACKAGE = String.raw`/\/node_modules\/((?:@[^/]+\/)?[^/]+)\//`;
const HOOK = `export async function load(url, context, next) {
  const m = ${PACKAGE}.exec(url);
  if (m) process.stderr.write('loaded package ' + m[1] + '\\n');
  return next(url, context);
}`;
const REGISTER =
  'data:text/javascript,' +
  encodeURIComponent(
    `import { createRequire, register } from 'node:module';
    register('data:text/javascript,' + ${JSON.stringify(encodeURIComponent(HOOK))});
    const required = createRequire('/').cache;
    process.on('exit', () => {
      for (const file of Object.keys(required)) {
        const m = ${PACKAGE}.exec(file);
        if (m) process.stderr.write('loaded package ' + m[1] + '\\n');
      }
    });`,
  );

/** The packages `newsfacts ARGS` loads, run in a scratch folder with no config. */
function packagesLoaded(args: string[]): Set<string> {
  const cwd = mkdtempSync(join(tmpdir(), 'newsfacts-startup-'));
  const r = spawnSync(process.execPath, ['--import', REGISTER, bin, ...args], { cwd, encoding: 'utf8' });
  expect(r.status, r.stderr).toBe(0);
  return new Set([...r.stderr.matchAll(/^loaded package (\S+)$/gm)].map((m) => m[1]));
}

const STORE_AND_REPORT = ['better-sqlite3', 'd3-geo', 'topojson-client', 'world-atlas', 'pino', 'pino-pretty'];
const CONFIG_LOADER = ['zod', 'jiti'];

describe('start-up', () => {
  it('extract loads the parser and the country names, but no store, report, logger or config loader', () => {
    const loaded = packagesLoaded(['extract', '--json', page]);
    expect(loaded).toContain('htmlparser2');
    expect(loaded).toContain('i18n-iso-countries');
    for (const unused of [...STORE_AND_REPORT, ...CONFIG_LOADER, 'undici', 'cli-progress'])
      expect(loaded).not.toContain(unused);
  });

  it('--help loads commander alone', () => {
    expect([...packagesLoaded(['--help'])]).toEqual(['commander']);
  });

  it('facts loads the store and the config loader, but not the extractors or the HTML parser', () => {
    const loaded = packagesLoaded(['facts', '--db', 'facts.sqlite', '--json']);
    expect(loaded).toContain('better-sqlite3');
    expect(loaded).toContain('zod');
    expect(loaded).not.toContain('htmlparser2');
  });
});
