/** Tests that no extractor calls test or exec on a shared global pattern, whose lastIndex would carry between texts. */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve(import.meta.dirname, '../../src/extract');
const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );

// A pattern kept at module level (a const, or built once by onFirstUse) whose flags hold `g`. `test` and `exec` on it
// start at its lastIndex, where its last match in another text ended, and matchAll copies that lastIndex: a reading
// would then hang on the texts read before it (one stance list rule did, 2026-12-07).
const GLOBAL_PATTERN =
  /(?:const|let)\s+(\w+)\s*=\s*(?:onFirstUse\(\s*\(\)\s*=>\s*)?(?:\/(?:[^/\\\n]|\\.)+\/[a-z]*g[a-z]*|new RegExp\((?:[^;]|;(?!\n))*?'[a-z]*g[a-z]*',?\s*\))/g;

describe('global patterns', () => {
  for (const file of files(SRC)) {
    const source = readFileSync(file, 'utf8');
    const names = [...source.matchAll(GLOBAL_PATTERN)].map((m) => m[1]);
    if (!names.length) continue;
    it(`${file.slice(SRC.length + 1)}: test and exec on a global pattern only after setting its lastIndex`, () => {
      const unsafe = names.flatMap((name) =>
        [...source.matchAll(new RegExp(`\\b${name}(?:\\(\\))?\\.(?:test|exec)\\(`, 'g'))]
          .filter((m) => !source.slice(Math.max(0, m.index - 200), m.index).includes('lastIndex'))
          .map((m) => `${name} at ${source.slice(0, m.index).split('\n').length}`),
      );
      expect(unsafe).toEqual([]);
    });
  }
});
