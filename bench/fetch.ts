/** Fetch-stage benchmark: the politeness schedule's wall time against its bound, and memory over 10k pages. */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { availableParallelism, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { gzipSync } from 'node:zlib';
import PQueue from 'p-queue';
import { configSchema, type FetchSettings } from '../src/config/schema.js';
import { createFetcher, type Fetcher } from '../src/fetch/index.js';
import { PoliteScheduler } from '../src/fetch/scheduler.js';
import { silentLogger } from '../src/log.js';

const HOSTS = 20;
const PAGES_PER_HOST = 100;
const LATENCY_MS = 50;
const PER_HOST = 2;
const MIN_DELAY_MS = 20;
const GOAL_RATIO = 1.25;
const MEMORY_PAGES = 10_000;
const MEMORY_LATENCY_MS = 5;
const GOAL_RSS_MB = 400;

/** A news-sized page (~60 kB of HTML), sent gzip-compressed as most sites do. */
const PAGE = gzipSync(
  `<!doctype html><html><body>${Array.from({ length: 600 }, (_, i) => `<p>Paragraph ${(i * 7919) % 1000} of the story, reported ${i % 31} times.</p>`).join('')}</body></html>`,
);

/** One loopback host per 127.0.0.x address: the fetcher paces by host name, so each is a separate site. */
async function startHost(index: number, latencyMs: number): Promise<{ close(): void; base: string }> {
  const server = createServer((req, res) => {
    if (req.url === '/robots.txt') return void res.writeHead(404).end();
    setTimeout(
      () => res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' }).end(PAGE),
      latencyMs,
    );
  });
  const host = `127.0.0.${index + 1}`;
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  const close = () => {
    server.closeAllConnections();
    server.close();
  };
  return { close, base: `http://${host}:${(server.address() as AddressInfo).port}` };
}

/** In the hosts' worker thread: serve until the bench says stop. */
async function serveHosts(latencyMs: number): Promise<void> {
  const hosts = await Promise.all(Array.from({ length: HOSTS }, (_, i) => startHost(i, latencyMs)));
  parentPort!.once('message', () => {
    for (const host of hosts) host.close();
    parentPort!.close();
  });
  parentPort!.postMessage(hosts.map((h) => h.base));
}

const hostsJob = workerData as { role?: string; latencyMs: number } | null;
if (!isMainThread && hostsJob?.role === 'bench-fetch-hosts') await serveHosts(hostsJob.latencyMs);

/**
 * The hosts run in a worker thread, as remote servers would run elsewhere: their work does not take the fetcher's
 * event loop, so the figure measures the fetcher's schedule rather than the servers' CPU.
 */
async function withHosts<T>(latencyMs: number, body: (bases: string[]) => Promise<T>): Promise<T> {
  const worker = new Worker(new URL(import.meta.url), { workerData: { role: 'bench-fetch-hosts', latencyMs } });
  const bases = await new Promise<string[]>((resolve, reject) => worker.once('message', resolve).once('error', reject));
  try {
    return await body(bases);
  } finally {
    worker.postMessage('stop');
    await new Promise((resolve) => worker.once('exit', resolve));
  }
}

function benchFetcher(overrides: Partial<FetchSettings>): Fetcher {
  const settings = {
    ...configSchema.parse({}).fetch,
    perHostConcurrency: PER_HOST,
    globalConcurrency: 64,
    ...overrides,
  };
  return createFetcher({ ...settings, allowPrivate: true }, silentLogger);
}

/**
 * The fastest any fetcher obeying the limits could finish one host: requests go out in rounds of `perHost`, each
 * round lasting at least the latency, and consecutive starts are at least `minDelay` apart.
 */
function politenessBoundMs(pages: number, perHost: number, latencyMs: number, minDelayMs: number): number {
  return Math.max(Math.ceil(pages / perHost) * latencyMs, (pages - 1) * minDelayMs + latencyMs);
}

/** Fetches every URL through a bounded window, as the pipeline does, and counts failures. */
async function fetchAll(fetcher: Fetcher, urls: string[], window: number): Promise<number> {
  const queue = new PQueue({ concurrency: window });
  let failed = 0;
  for (const url of urls) {
    await queue.onSizeLessThan(window);
    void queue.add(async () => {
      if ((await fetcher.fetch({ url })).error) failed++;
    });
  }
  await queue.onIdle();
  return failed;
}

function pageUrls(bases: string[], perHost: number): string[] {
  // Interleaved across hosts, as a feed mixing many sites would list them.
  return Array.from(
    { length: perHost * bases.length },
    (_, i) => `${bases[i % bases.length]}/story/${Math.floor(i / bases.length)}`,
  );
}

/** The same schedule with timers standing in for HTTP: what the scheduler alone costs over the bound. */
async function scheduleOnly(): Promise<number> {
  const scheduler = new PoliteScheduler({
    perHostConcurrency: PER_HOST,
    globalConcurrency: 64,
    minDelayMs: MIN_DELAY_MS,
  });
  const started = performance.now();
  await Promise.all(
    Array.from({ length: HOSTS * PAGES_PER_HOST }, async (_, i) => {
      const release = await scheduler.acquire(`host${i % HOSTS}`);
      await new Promise((resolve) => setTimeout(resolve, LATENCY_MS));
      release();
    }),
  );
  scheduler.close();
  return (performance.now() - started) / 1000;
}

async function politeness(): Promise<void> {
  await withHosts(LATENCY_MS, async (bases) => {
    // A short unmeasured pass first, so the figure is not the JIT compiler's warm-up.
    const warmup = benchFetcher({ minDelayMs: 0 });
    await fetchAll(warmup, pageUrls(bases, 10), 200);
    await warmup.close();
    const fetcher = benchFetcher({ minDelayMs: MIN_DELAY_MS });
    const started = performance.now();
    const loopBefore = performance.eventLoopUtilization();
    const failed = await fetchAll(fetcher, pageUrls(bases, PAGES_PER_HOST), HOSTS * PAGES_PER_HOST);
    const busy = performance.eventLoopUtilization(loopBefore).utilization;
    const seconds = (performance.now() - started) / 1000;
    await fetcher.close();
    const bound = politenessBoundMs(PAGES_PER_HOST, PER_HOST, LATENCY_MS, MIN_DELAY_MS) / 1000;
    const ratio = seconds / bound;
    const schedule = await scheduleOnly();
    console.log(
      `fetch: ${HOSTS * PAGES_PER_HOST} pages / ${HOSTS} hosts in ${seconds.toFixed(2)} s (bound ${bound.toFixed(2)} s, ${ratio.toFixed(2)}×; ` +
        `${LATENCY_MS} ms latency, ${PER_HOST} per host, ${MIN_DELAY_MS} ms min delay; goal ≤ ${GOAL_RATIO}×) ` +
        `${ratio <= GOAL_RATIO ? 'ok' : 'MISSED'}${failed ? `, ${failed} failed` : ''}`,
    );
    console.log(
      `fetch: the same schedule with timers instead of HTTP takes ${schedule.toFixed(2)} s (${(schedule / bound).toFixed(2)}×); ` +
        `the fetcher's event loop was busy ${(busy * 100).toFixed(0)}% of the HTTP run (load average ${loadavg()[0].toFixed(1)} on ${availableParallelism()} cores)`,
    );
  });
}

async function memory(): Promise<void> {
  await withHosts(MEMORY_LATENCY_MS, async (bases) => {
    const fetcher = benchFetcher({ minDelayMs: 0, perHostConcurrency: 4 });
    let peak = process.memoryUsage().rss;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 25);
    const started = performance.now();
    const failed = await fetchAll(fetcher, pageUrls(bases, MEMORY_PAGES / HOSTS), 128);
    clearInterval(sampler);
    await fetcher.close();
    const mb = peak / 1024 / 1024;
    const seconds = (performance.now() - started) / 1000;
    console.log(
      `fetch: ${MEMORY_PAGES} pages, peak RSS ${mb.toFixed(0)} MB (${(PAGE.length / 1024).toFixed(0)} kB gzip pages, ` +
        `${seconds.toFixed(1)} s; goal < ${GOAL_RSS_MB} MB) ${mb < GOAL_RSS_MB ? 'ok' : 'MISSED'}${failed ? `, ${failed} failed` : ''}`,
    );
  });
}

export async function main(): Promise<void> {
  await politeness();
  await memory();
}
