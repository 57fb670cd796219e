/** Tests that `extract` of one file compiles its patterns without V8's analyses, and reads the file all the same. */
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { regexpFlagFor, withRegExpsTunedFor } from '../../src/cli/regexpTuning.js';

const root = resolve(import.meta.dirname, '../..');
const bin = join(root, 'dist/src/cli/main.js');
const pages = ['000_d8b1e15e98c0ab7f.html', '001_d7f1db9071d43ade.html'].map((p) => join(root, 'fixtures/pages', p));
const newsfacts = (args: string[]) => spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8' });

describe('regexpFlagFor', () => {
  it('drops the analyses for a single file', () => {
    expect(regexpFlagFor(1)).toBe('--no-regexp-optimization');
  });

  it("keeps V8's defaults for several files, which win the analyses back", () => {
    expect(regexpFlagFor(2)).toBeNull();
    expect(regexpFlagFor(605)).toBeNull();
  });
});

describe('withRegExpsTunedFor', () => {
  it("gives the run's result", async () => {
    await expect(withRegExpsTunedFor(1, () => Promise.resolve(/\p{L}+/u.exec('tout va')?.[0]))).resolves.toBe('tout');
  });

  it("passes the run's error on", async () => {
    await expect(withRegExpsTunedFor(1, () => Promise.reject(new Error('unreadable')))).rejects.toThrow('unreadable');
  });
});

describe('extract of one file', () => {
  it('prints the record the same file has among several', () => {
    const one = newsfacts(['extract', '--json', pages[0]]);
    const several = newsfacts(['extract', '--jsonl', '--jobs', '1', ...pages]);
    expect(one.status).toBe(0);
    expect(one.stdout).toBe(several.stdout.split('\n')[0] + '\n');
  });
});
