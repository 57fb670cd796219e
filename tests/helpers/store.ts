/** Fact stores for report and serve tests: the fixture run through the real CLI, copied per test. */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const root = resolve(import.meta.dirname, '../..');
export const bin = join(root, 'dist/src/cli/main.cjs');
export const config = join(root, 'pipeline.config.ts');

export const scratch = (): string => mkdtempSync(join(tmpdir(), 'newsfacts-desk-'));

/** The CLI as users run it (`npm test` builds first). */
export function newsfacts(args: string[], cwd = root, env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [bin, ...args], {
    cwd,
    encoding: 'utf8',
    timeout: 60_000,
    env: { ...process.env, ...env },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The bundled fixture job's store (the cybercrime convention: 65 then 72 signatories, one open conflict). */
export function fixtureStore(): string {
  const db = join(scratch(), 'fixture.sqlite');
  const r = newsfacts(['run', '--config', config, '--db', db]);
  if (r.code !== 0) throw new Error(`fixture run failed: ${r.stderr}`);
  return db;
}

/** A copy of a closed store (the CLI checkpoints its WAL on exit), so two tests can change it independently. */
export function copyStore(db: string): string {
  const copy = join(scratch(), 'copy.sqlite');
  copyFileSync(db, copy);
  return copy;
}
