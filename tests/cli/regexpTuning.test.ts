/** Tests that `extract` of one short text compiles its patterns without V8's analyses, and reads it all the same. */
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { regexpFlagFor, SHORT_TEXT, withRegExpsTunedFor } from '../../src/cli/regexpTuning.js';

const root = resolve(import.meta.dirname, '../..');
const bin = join(root, 'dist/src/cli/main.cjs');
const pages = ['000_d8b1e15e98c0ab7f.html', '001_d7f1db9071d43ade.html'].map((p) => join(root, 'fixtures/pages', p));
const newsfacts = (args: string[]) => spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8' });

describe('regexpFlagFor', () => {
  it('drops the analyses for a short text', () => {
    expect(regexpFlagFor(2_700)).toBe('--no-regexp-optimization');
    expect(regexpFlagFor(SHORT_TEXT)).toBe('--no-regexp-optimization');
  });

  it("keeps V8's defaults for a long text, whose reading wins the analyses back", () => {
    expect(regexpFlagFor(SHORT_TEXT + 1)).toBeNull();
    expect(regexpFlagFor(49_000)).toBeNull();
  });
});

describe('withRegExpsTunedFor', () => {
  it("gives the reading's result", () => {
    expect(withRegExpsTunedFor(100, () => /\p{L}+/u.exec('tout va')?.[0])).toBe('tout');
  });

  it("passes the reading's error on", () => {
    expect(() =>
      withRegExpsTunedFor(100, () => {
        throw new Error('unreadable');
      }),
    ).toThrow('unreadable');
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
