/** CLI start-up benchmark: `newsfacts extract` as whole processes, one page and the web-dev pages in one run. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { threadsFor } from '../src/cli/extractThreads.js';

/** The command as a user runs it: the package's bin, a shell script that starts node on main.cjs. */
const BIN = fileURLToPath(new URL('../src/cli/newsfacts', import.meta.url));
const MAIN = fileURLToPath(new URL('../src/cli/main.cjs', import.meta.url));
const ONE_PAGE = resolve('fixtures/pages/000_d8b1e15e98c0ab7f.html');
const PAGES_DIR = resolve(process.env.NEWSFACTS_WEB_DEV ?? '../shared/datasets/web-dev', 'html');
const ONE_PAGE_RUNS = 11;
const GOAL_ONE_PAGE_S = 0.2;
const GOAL_PAGES_PER_S = 150;
// The child reports its own CPU time as it exits: on a shared machine that figure moves less than wall time. The
// process's time, its worker threads' included; worker threads load this too (they inherit the options) and say nothing.
// A classic script given by NODE_OPTIONS, which reaches the node the bin starts; an ES module (--import) would start
// node's ES module loader, which the CLI itself does without.
const CPU_REPORT =
  'if(require("node:worker_threads").isMainThread)process.on("exit",()=>{const u=process.cpuUsage();' +
  'process.stderr.write("\\ncpu-ms "+(u.user+u.system)/1000+"\\n")})';
/** The node options main.cjs's `#!` line names and the bin starts node with: every figure here runs with them. */
const SHEBANG_FLAGS =
  /^#!.*?\bnode\b(.*)$/.exec(readFileSync(MAIN, 'utf8').split('\n', 1)[0])?.[1].split(/\s+/).filter(Boolean) ?? [];
/** A file of certificates node reads at every start when this names it; the bin leaves it out for `extract`. */
const EXTRA_CA_CERTS = process.env.NODE_EXTRA_CA_CERTS;

interface Run {
  seconds: number;
  cpuSeconds: number;
}

/** `newsfacts extract ARGS` through the bin, `report` (a file holding CPU_REPORT) preloaded by NODE_OPTIONS. */
function extract(args: string[], report: string): Run {
  const started = process.hrtime.bigint();
  const child = spawnSync(BIN, ['extract', ...args], {
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, NODE_OPTIONS: `--require ${report}` },
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const cpu = /\ncpu-ms ([\d.]+)\n/.exec(child.stderr);
  if (child.status === null || !cpu) throw new Error(`extract ${args[0]} failed: ${child.stderr.slice(0, 300)}`);
  return { seconds, cpuSeconds: Number(cpu[1]) / 1000 };
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** A goal's verdict; on a loaded machine wall time misses goals CPU time meets, so CPU time gets its own. */
const verdict = (met: boolean, cpuMet: boolean): string =>
  `${met ? 'met' : 'not met'} (on CPU time alone: ${cpuMet ? 'met' : 'not met'})`;

const SPLIT_RUNS = 5;
const builtModule = (path: string): string => new URL(`../src/${path}`, import.meta.url).href;
/**
 * What one page costs by part, in a fresh process and in the order `extract` does it: each part's CPU time.
 * It imports tsc's modules, not the CLI's bundle (scripts/bundle-cli.js): its imports cost more than the CLI's.
 * Imports first (the stage modules and what they load), then each stage's first run on the page.
 */
const SPLIT = `
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
const parts = { 'node start-up': cpu() }; let last = parts['node start-up'];
const lap = (k) => { const n = cpu(); parts[k] = n - last; last = n; };
const { decodeHtml } = await import('${builtModule('article/decode.js')}');
const { extractArticle } = await import('${builtModule('article/index.js')}'); lap('article import');
const { extractAll } = await import('${builtModule('extract/index.js')}'); lap('extract import');
await import('${builtModule('cli/extract.js')}'); await import('${builtModule('cli/extractFile.js')}'); lap('cli import');
const html = decodeHtml((await import('node:fs')).readFileSync(${JSON.stringify(ONE_PAGE)})).html;
const a = extractArticle({ html, url: null, fetchedAt: null }); lap('article first run');
extractAll({ text: a.text, published: a.published, language: a.language }); lap('extract first run');
console.log(JSON.stringify(parts));`;

/** Median CPU milliseconds of each part of one page's start-up (see SPLIT). */
function startUpSplit(): Record<string, number> {
  const runs = Array.from({ length: SPLIT_RUNS }, () => {
    const child = spawnSync(process.execPath, [...SHEBANG_FLAGS, '--input-type=module', '-e', SPLIT], {
      encoding: 'utf8',
    });
    if (child.status !== 0) throw new Error(`start-up split failed: ${child.stderr.slice(0, 300)}`);
    return JSON.parse(child.stdout) as Record<string, number>;
  });
  return Object.fromEntries(Object.keys(runs[0]).map((part) => [part, median(runs.map((r) => r[part]))]));
}

/** The web-dev pages gunzipped into a scratch folder, as files the CLI reads. */
function webDevFiles(dir: string): string[] {
  return readdirSync(PAGES_DIR)
    .filter((f) => f.endsWith('.html.gz'))
    .sort()
    .map((f) => {
      const file = join(dir, f.replace(/\.gz$/, ''));
      writeFileSync(file, gunzipSync(readFileSync(join(PAGES_DIR, f))));
      return file;
    });
}

export function main(): void {
  const load = `load average ${loadavg()[0].toFixed(1)} on ${availableParallelism()} cores`;
  const scratch = mkdtempSync(join(tmpdir(), 'newsfacts-bench-cli-'));
  const report = join(scratch, 'cpu-report.cjs');
  writeFileSync(report, CPU_REPORT);
  try {
    measure(load, report);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

function measure(load: string, report: string): void {
  extract(['--json', ONE_PAGE], report); // the first run warms the file cache
  const runs = Array.from({ length: ONE_PAGE_RUNS }, () => extract(['--json', ONE_PAGE], report));
  const wall = median(runs.map((r) => r.seconds));
  const cpu = median(runs.map((r) => r.cpuSeconds));
  const nodeOnly = (env: NodeJS.ProcessEnv): number =>
    median(
      Array.from({ length: 5 }, () => {
        const started = process.hrtime.bigint();
        spawnSync(process.execPath, ['-e', '0'], { env });
        return Number(process.hrtime.bigint() - started) / 1e9;
      }),
    );
  const withoutCerts = Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== 'NODE_EXTRA_CA_CERTS'));
  const certs = EXTRA_CA_CERTS
    ? `node -e 0 alone ${nodeOnly(process.env).toFixed(3)} s with this machine's NODE_EXTRA_CA_CERTS, which the ` +
      `bin leaves out for extract, ${nodeOnly(withoutCerts).toFixed(3)} s without`
    : `node -e 0 alone ${nodeOnly(process.env).toFixed(3)} s`;
  console.log(
    `cli: extract --json, one page, whole process (the bin): median ${wall.toFixed(3)} s of ${ONE_PAGE_RUNS} runs ` +
      `(CPU ${cpu.toFixed(3)} s; ${certs}; goal < ${GOAL_ONE_PAGE_S} s) ` +
      verdict(wall < GOAL_ONE_PAGE_S, cpu < GOAL_ONE_PAGE_S),
  );

  const split = startUpSplit();
  const total = Object.values(split).reduce((a, b) => a + b, 0);
  const extractShare = (split['extract import'] + split['extract first run']) / total;
  console.log(
    `cli: one page's CPU by part, tsc's modules unbundled (median of ${SPLIT_RUNS}): ` +
      Object.entries(split)
        .map(([part, ms]) => `${part} ${ms.toFixed(0)} ms`)
        .join(', ') +
      `; src/extract's import and first run are ${(extractShare * 100).toFixed(0)}% of ${total.toFixed(0)} ms`,
  );

  if (!existsSync(PAGES_DIR)) {
    console.log(`cli: extract --jsonl over the web-dev pages: skipped, no pages at ${PAGES_DIR} (run from the root)`);
    console.log(`cli: ${load}`);
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'newsfacts-bench-cli-'));
  try {
    const files = webDevFiles(dir);
    // One thread first, then extract's default (one worker thread per core, see src/cli/extractThreads.ts):
    // the goal is the batch's wall time, and CPU time tells the one-thread cost apart from the machine's load.
    const threads = threadsFor(files.length);
    for (const [label, args] of [
      ['one thread (--jobs 1)', ['--jobs', '1']],
      [`default, ${threads} thread${threads > 1 ? 's' : ''}`, []],
    ] as const) {
      const all = extract(['--jsonl', ...args, ...files], report);
      const rate = files.length / all.seconds;
      const cpuRate = files.length / all.cpuSeconds;
      console.log(
        `cli: extract --jsonl, ${files.length} web-dev pages in one process, ${label}: ${all.seconds.toFixed(2)} s, ` +
          `${rate.toFixed(0)} pages/s (CPU ${all.cpuSeconds.toFixed(2)} s, ${cpuRate.toFixed(0)} pages/s of CPU; ` +
          `goal >= ${GOAL_PAGES_PER_S} pages/s) ${verdict(rate >= GOAL_PAGES_PER_S, cpuRate >= GOAL_PAGES_PER_S)}`,
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  console.log(`cli: ${load}; node options from the CLI's #! line: ${SHEBANG_FLAGS.join(' ') || 'none'}`);
}
