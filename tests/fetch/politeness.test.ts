/** Tests of fetch politeness: robots.txt, pacing and concurrency limits. */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import type { Fetcher } from '../../src/fetch/index.js';
import { startServer } from '../helpers/http.js';
import { testFetcher } from './fetcher.js';

interface Hit {
  path: string;
  start: number;
  end: number;
  userAgent: string | undefined;
}

/** A server that answers every page after `latencyMs`, recording when each request arrived and left. */
async function recordingServer(latencyMs: number, robots: string | null = null) {
  const hits: Hit[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  const server = await startServer((req: IncomingMessage, res: ServerResponse) => {
    const path = req.url ?? '/';
    if (path === '/robots.txt')
      return void (robots === null ? res.writeHead(404).end() : res.writeHead(200).end(robots));
    const hit: Hit = { path, start: Date.now(), end: 0, userAgent: req.headers['user-agent'] };
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    setTimeout(() => {
      inFlight--;
      hit.end = Date.now();
      hits.push(hit);
      res.writeHead(200, { 'content-type': 'text/html' }).end(`<p>${path}</p>`);
    }, latencyMs);
  });
  return { server, hits, maxInFlight: () => maxInFlight };
}

function gapsBetweenStarts(hits: Hit[]): number[] {
  const starts = hits.map((h) => h.start).sort((a, b) => a - b);
  return starts.slice(1).map((s, i) => s - starts[i]);
}

describe('politeness', () => {
  const open: { close(): Promise<void> }[] = [];
  const track = <T extends { close(): Promise<void> }>(thing: T): T => (open.push(thing), thing);
  afterEach(async () => {
    for (const thing of open.splice(0).reverse()) await thing.close();
  });

  it('never has more requests in flight to one host than perHostConcurrency', async () => {
    const site = await recordingServer(40);
    track(site.server);
    const fetcher: Fetcher = track(testFetcher({ perHostConcurrency: 2, minDelayMs: 0 }));
    const outcomes = await Promise.all(
      Array.from({ length: 12 }, (_, i) => fetcher.fetch({ url: `${site.server.url}/p${i}` })),
    );
    expect(outcomes.every((o) => o.error === null)).toBe(true);
    expect(site.maxInFlight()).toBe(2);
  });

  it('keeps minDelayMs between request starts to one host, measured by the server', async () => {
    const site = await recordingServer(0);
    track(site.server);
    const fetcher = track(testFetcher({ perHostConcurrency: 4, minDelayMs: 80 }));
    await Promise.all(Array.from({ length: 5 }, (_, i) => fetcher.fetch({ url: `${site.server.url}/p${i}` })));
    expect(site.hits).toHaveLength(5);
    for (const gap of gapsBetweenStarts(site.hits)) expect(gap).toBeGreaterThanOrEqual(75);
  });

  it('paces hosts independently: the delay of one host does not hold the other back', async () => {
    const starts: Record<string, number[]> = {};
    const page = (req: IncomingMessage, res: ServerResponse) => {
      (starts[req.headers.host ?? ''] ??= []).push(Date.now());
      res.writeHead(200, { 'content-type': 'text/html' }).end('<p>x</p>');
    };
    const a = track(await startServer(page, '127.0.0.1'));
    const b = track(await startServer(page, '127.0.0.2'));
    const fetcher = track(testFetcher({ minDelayMs: 1000, respectRobots: false }));
    const urls = [`${a.url}/1`, `${a.url}/2`, `${b.url}/1`, `${b.url}/2`];
    await Promise.all(urls.map((url) => fetcher.fetch({ url })));
    const [hostA, hostB] = [starts[new URL(a.url).host], starts[new URL(b.url).host]];
    expect(hostA[1] - hostA[0]).toBeGreaterThanOrEqual(990);
    expect(hostB[1] - hostB[0]).toBeGreaterThanOrEqual(990);
    // One shared pace would serve the URLs in turn, so the second host's first page would come after the first
    // host's second. An order, not a time bound: a loaded machine (CI, many tests at once) cannot make it flaky.
    expect(hostB[0]).toBeLessThan(hostA[1]);
  });

  it('never has more requests in flight overall than globalConcurrency, across hosts', async () => {
    let inFlight = 0;
    let maxInFlight = 0;
    const slow = (_req: IncomingMessage, res: ServerResponse) => {
      maxInFlight = Math.max(maxInFlight, ++inFlight);
      setTimeout(() => {
        inFlight--;
        res.writeHead(200, { 'content-type': 'text/html' }).end('<p>x</p>');
      }, 40);
    };
    const hosts = [];
    for (const address of ['127.0.0.1', '127.0.0.2', '127.0.0.3']) hosts.push(track(await startServer(slow, address)));
    const fetcher = track(testFetcher({ perHostConcurrency: 2, globalConcurrency: 3, respectRobots: false }));
    const urls = hosts.flatMap((host) => [1, 2, 3, 4].map((i) => `${host.url}/p${i}`));
    const outcomes = await Promise.all(urls.map((url) => fetcher.fetch({ url })));
    expect(outcomes.every((o) => o.error === null)).toBe(true);
    expect(maxInFlight).toBe(3);
  });

  it('sends the configured User-Agent', async () => {
    const site = await recordingServer(0);
    track(site.server);
    const fetcher = track(testFetcher({ userAgent: 'newsfacts-test/1.0 (+https://example.org/contact)' }));
    await fetcher.fetch({ url: `${site.server.url}/ua` });
    expect(site.hits[0].userAgent).toBe('newsfacts-test/1.0 (+https://example.org/contact)');
  });

  it('obeys robots.txt Disallow for our agent and fetches robots.txt once per host', async () => {
    let robotsHits = 0;
    const server = track(
      await startServer((req, res) => {
        if (req.url === '/robots.txt') {
          robotsHits++;
          return void res
            .writeHead(200)
            .end('User-agent: newsfacts\nDisallow: /private/\n\nUser-agent: *\nDisallow: /\n');
        }
        res.writeHead(200, { 'content-type': 'text/html' }).end('<p>ok</p>');
      }),
    );
    const fetcher = track(testFetcher({ userAgent: 'newsfacts/0.1 (+https://example.org)' }));
    const [open1, closed, open2] = await Promise.all([
      fetcher.fetch({ url: `${server.url}/news/1` }),
      fetcher.fetch({ url: `${server.url}/private/2` }),
      fetcher.fetch({ url: `${server.url}/news/3` }),
    ]);
    expect(open1.error).toBeNull();
    expect(open2.error).toBeNull();
    expect(closed).toMatchObject({ error: 'disallowed by robots.txt', status: null, body: null });
    expect(robotsHits).toBe(1);
  });

  it('raises the gap between requests to the Crawl-delay robots.txt asks for', async () => {
    const site = await recordingServer(0, 'User-agent: *\nCrawl-delay: 0.3\n');
    track(site.server);
    const fetcher = track(testFetcher({ perHostConcurrency: 2, minDelayMs: 0 }));
    await Promise.all(Array.from({ length: 3 }, (_, i) => fetcher.fetch({ url: `${site.server.url}/p${i}` })));
    for (const gap of gapsBetweenStarts(site.hits)) expect(gap).toBeGreaterThanOrEqual(290);
  });

  it('treats a robots.txt server error as "fetch nothing there", an absent or unusable one as "allow all"', async () => {
    const broken = track(
      await startServer((req, res) => res.writeHead(req.url === '/robots.txt' ? 503 : 200).end('<p>x</p>')),
    );
    const fetcher = track(testFetcher({ retries: 0 }));
    expect((await fetcher.fetch({ url: `${broken.url}/a` })).error).toBe(
      "not fetched: robots.txt answered HTTP 503, so the site's rules are unknown",
    );
    const site = await recordingServer(0);
    track(site.server);
    expect((await fetcher.fetch({ url: `${site.server.url}/a` })).error).toBeNull();
    const odd = track(
      await startServer((req, res) =>
        req.url === '/robots.txt'
          ? res.writeHead(200, { 'content-type': 'image/png' }).end(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0]))
          : res.writeHead(200, { 'content-type': 'text/html' }).end('<p>x</p>'),
      ),
    );
    expect((await fetcher.fetch({ url: `${odd.url}/a` })).error).toBeNull();
  });
});
