/** `npm run bench`: runs each stage benchmark in its own process and prints its figures and goals. */
// Each stage runs in a process of its own, so one stage's heap never counts in another's memory figure.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const stages = ['article', 'extract', 'cli', 'reconcile', 'reextract', 'fetch', 'report', 'record', 'hostile'] as const;
const asked = process.argv.slice(2);

if (asked.length === 1 && process.env.NEWSFACTS_BENCH_CHILD) {
  const bench = (await import(`./${asked[0]}.js`)) as { main(): Promise<void> };
  await bench.main();
} else {
  for (const stage of stages) {
    if (asked.length && !asked.includes(stage)) continue;
    process.stdout.write(`\n== ${stage} ==\n`);
    const child = spawnSync(process.execPath, [fileURLToPath(import.meta.url), stage], {
      stdio: 'inherit',
      env: { ...process.env, NEWSFACTS_BENCH_CHILD: '1' },
    });
    if (child.status !== 0) process.exitCode = 1;
  }
}
