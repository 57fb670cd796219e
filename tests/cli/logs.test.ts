/** Logs: JSON lines on a pipe, readable lines on a terminal, and the level the operator asks for. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root, runCli } from '../helpers/cli.js';

const pages = join(root, 'fixtures/pages');
const bin = join(root, 'dist/src/cli/main.cjs');
const hasScript = spawnSync('script', ['--version']).status === 0;

/** A folder with the fixture pages' folder as a source, and a junk page that fails while the bar is drawn. */
function withJunk(): { dir: string; junk: string } {
  const dir = mkdtempSync(join(tmpdir(), 'newsfacts-logs-'));
  const junk = join(dir, 'junk.html');
  writeFileSync(junk, Buffer.from([0, 159, 146, 150, 0, 1, 2, 3]));
  return { dir, junk };
}

describe('logs', () => {
  it('are one JSON object per line with a level name when stderr is not a terminal', async () => {
    const { dir, junk } = withJunk();
    const r = await runCli(['run', '--db', 'f.sqlite', '--source', pages, '--source', junk], dir);
    expect(r.code).toBe(0);
    const lines = r.stderr
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.msg)).toEqual(expect.arrayContaining(['run started', 'page failed', 'run finished']));
    expect(lines.every((l) => typeof l.level === 'number' && typeof l.time === 'string')).toBe(true);
  });

  it.runIf(hasScript)(
    'are pretty, level-named lines on a terminal, printed above the progress bar (needs script(1))',
    () => {
      const { dir, junk } = withJunk();
      // script(1) gives the CLI a real terminal; what it prints comes back on script's stdout.
      const command = `${process.execPath} ${bin} run --db f.sqlite --source ${pages} --source ${junk}`;
      const r = spawnSync('script', ['-qec', command, '/dev/null'], { cwd: dir, encoding: 'utf8', timeout: 60_000 });
      expect(r.status, r.stderr).toBe(0);
      expect(r.stdout).not.toMatch(/"level":\d+/);
      expect(r.stdout).toMatch(/\[\d\d:\d\d:\d\d\] \S*INFO\S*: \S*run started/);
      // A line logged while the bar is drawn clears the bar's line first, and the bar is drawn again after it.
      const clearLine = `\r${String.fromCharCode(0x1b)}\\[2K`;
      expect(r.stdout).toMatch(
        new RegExp(`${clearLine}\\[\\d\\d:\\d\\d:\\d\\d\\] \\S*WARN\\S*: \\S*page failed[\\s\\S]*pages \\S+ \\d+/\\d+`),
      );
    },
  );
});
