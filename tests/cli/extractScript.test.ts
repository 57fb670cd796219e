/** Tests that `newsfacts extract`, parsed by the bundled extract script (main.ts), reads as the full program's. */
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const bin = join(root, 'dist/src/cli/main.cjs');
const newsfacts = (args: string[]) => spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8' });

describe('the extract script command line', () => {
  it("prints the help the full program prints for extract (that of 'newsfacts help extract')", () => {
    const fromScript = newsfacts(['extract', '--help']);
    const fromProgram = newsfacts(['help', 'extract']);
    expect(fromScript.status).toBe(0);
    expect(fromScript.stdout).toContain('--jobs <n>');
    expect(fromScript.stdout).toBe(fromProgram.stdout);
  });

  it('answers --version as the root command does', () => {
    expect(newsfacts(['extract', '--version']).stdout).toBe(newsfacts(['--version']).stdout);
  });
});
