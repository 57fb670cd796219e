/** Hostile inputs (issue #13): a feed nested 700k elements deep and an 8 MB page of dates and counts, each timed. */
// Each must be dealt with in under 5 s (wall and CPU shown: the CPU figure does not depend on the machine's load).
import { performance } from 'node:perf_hooks';
import { readSource } from '../src/discover/read.js';
import { analyzePage } from '../src/pipeline/analyze.js';

const GOAL_SECONDS = 5;
const FEED_DEPTH = 700_000;
const PAGE_BYTES = 8 * 1024 * 1024;

/** Runs `work` once; wall and CPU seconds. */
function timed(work: () => unknown): { wall: number; cpu: number; result: unknown } {
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const result = work();
  const cpu = process.cpuUsage(cpu0);
  return { wall: (performance.now() - t0) / 1000, cpu: (cpu.user + cpu.system) / 1e6, result };
}

function deepFeed(): Buffer {
  const item = '<item><link>https://news.example/a</link></item>';
  return Buffer.from(`<rss><channel>${'<x>'.repeat(FEED_DEPTH)}${item}${'</x>'.repeat(FEED_DEPTH)}</channel></rss>`);
}

/** Paragraph after paragraph of dated counts of our own wording, about one treaty, until the page is 8 MB. */
function densePage(): Buffer {
  const paragraphs: string[] = [];
  let size = 0;
  for (let i = 0; size < PAGE_BYTES; i++) {
    const p =
      `<p>On ${(i % 28) + 1} March 2025, ${40 + (i % 60)} countries had signed the convention ` +
      `and ${10 + (i % 30)} had ` +
      `ratified it, officials said on ${(i % 27) + 2} April 2025.</p>\n`;
    paragraphs.push(p);
    size += p.length;
  }
  return Buffer.from(
    `<!doctype html><html><head><title>Dense</title></head><body><article>` +
      `<h1>Dense report on the Convention against Cybercrime</h1>${paragraphs.join('')}</article></body></html>`,
  );
}

function report(label: string, t: { wall: number; cpu: number }, outcome: string): void {
  const ok = t.wall < GOAL_SECONDS;
  console.log(
    `${label}: ${t.wall.toFixed(2)} s wall, ${t.cpu.toFixed(2)} s CPU ` +
      `(goal < ${GOAL_SECONDS} s) ${ok ? 'met' : 'MISSED'}; ${outcome}`,
  );
}

export async function main(): Promise<void> {
  const feed = deepFeed();
  const read = timed(() =>
    readSource(feed, 'application/rss+xml', 'application/rss+xml', 'https://news.example/feed.xml'),
  );
  report(`feed nested ${FEED_DEPTH} deep (${(feed.length / 1e6).toFixed(1)} MB)`, read, JSON.stringify(read.result));
  const page = densePage();
  const hints = { url: 'https://news.example/dense', source: 'bench', hints: {} };
  const analysed = timed(() => analyzePage(page, 'text/html', hints.url, new Date().toISOString(), hints, []));
  const claims = (analysed.result as { claims?: unknown[] }).claims?.length ?? 0;
  report(`dense page (${(page.length / 1e6).toFixed(1)} MB)`, analysed, `${claims} claims`);
}
