/** The README's promises to the operator, run as written. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXIT, signalExit } from '../../src/cli/run.js';
import { root, runCli } from '../helpers/cli.js';

const readme = readFileSync(join(root, 'README.md'), 'utf8');
const operator = readme.slice(readme.indexOf('### For the cron operator'), readme.indexOf('### For the analyst'));

describe("the README's promises to the operator", () => {
  it('runs the example crontab line as written, appending one summary line and JSON log lines', () => {
    const line = /^\*\/30 \* \* \* \* (.+)$/m.exec(operator)?.[1];
    expect(line).toBeDefined();
    const dir = mkdtempSync(join(tmpdir(), 'newsfacts-cron-'));
    writeFileSync(
      join(dir, 'pipeline.config.ts'),
      `export default { sources: [${JSON.stringify(join(root, 'fixtures/pages'))}] };`,
    );
    // The same shell line, in this scratch folder and with the built CLI in place of the installed one.
    const command = line!
      .replace('cd /srv/newsfacts', `cd ${dir}`)
      .replace('npx newsfacts', `${process.execPath} ${join(root, 'dist/src/cli/main.cjs')}`);
    execFileSync('sh', ['-c', `${command} && ${command}`], { timeout: 120_000 });
    const summaries = readFileSync(join(dir, 'runs.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(summaries.map((s) => [s.run, s.status])).toEqual([
      [1, 'finished'],
      [2, 'finished'],
    ]);
    const logs = readFileSync(join(dir, 'runs.log'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(logs.filter((l) => l.msg === 'run finished')).toHaveLength(2);
  });

  it('lists the exit statuses the CLI uses', () => {
    expect(operator).toContain(`\`${EXIT.finished}\`: the run finished`);
    expect(operator).toContain(`\`${EXIT.error}\`, with a one-line reason`);
    expect(operator).toContain(`\`${EXIT.nothingFetched}\`: nothing could be fetched`);
    expect(operator).toContain(`\`${signalExit('SIGINT')}\` after SIGINT, \`${signalExit('SIGTERM')}\` after SIGTERM`);
  });

  it('prints the version and ends its help with examples', async () => {
    const version = await runCli(['--version'], root);
    expect(version.stdout.trim()).toBe(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version);
    const help = await runCli(['--help'], root);
    expect(help.stdout).toMatch(/Examples:\n {2}newsfacts run/);
    expect(help.stdout).toContain('143 after SIGTERM');
  });
});
