/** Tests the loader of bundled classic scripts and their code caches. */
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScript, writeScriptCache } from '../../src/cli/script.js';

const scratch = (): string => mkdtempSync(join(tmpdir(), 'newsfacts-script-'));
const script = (build: string, answer: number): string =>
  `// newsfacts build ${build}\nmodule.exports = { answer: () => ${answer} };\n`;

describe('bundled scripts', () => {
  it('give null where the build made none', () => {
    expect(loadScript(join(scratch(), 'absent.script.cjs'))).toBeNull();
  });

  it('give their exports, run with the code cache written for them', async () => {
    const file = join(scratch(), 'a.script.cjs');
    writeFileSync(file, script('one', 1));
    await writeScriptCache<{ answer(): number }>(file, (m) => void m.answer());
    expect(existsSync(file.replace(/cjs$/, 'cache'))).toBe(true);
    expect(loadScript<{ answer(): number }>(file)?.answer()).toBe(1);
  });

  it('ignore a cache an earlier build wrote, even for a script of the same length (V8 checks only the length)', async () => {
    const file = join(scratch(), 'a.script.cjs');
    writeFileSync(file, script('one', 1));
    await writeScriptCache<{ answer(): number }>(file, (m) => void m.answer());
    writeFileSync(file, script('two', 2));
    expect(loadScript<{ answer(): number }>(file)?.answer()).toBe(2);
  });
});
