/** Tests of retries, backoff and Retry-After. */
import { afterAll, describe, expect, it } from 'vitest';
import { backoffMs, parseRetryAfter } from '../../src/fetch/retry.js';
import { startServer } from '../helpers/http.js';
import { testFetcher } from './fetcher.js';

/** A page that fails `failures` times with `status` (and optional headers), then answers 200. */
async function flakyServer(failures: number, status: number, headers: Record<string, string> = {}) {
  const times: number[] = [];
  const server = await startServer((req, res) => {
    if (req.url === '/robots.txt') return void res.writeHead(404).end();
    times.push(Date.now());
    if (times.length <= failures) return void res.writeHead(status, headers).end('later');
    res.writeHead(200, { 'content-type': 'text/html' }).end('<p>finally</p>');
  });
  return { server, times };
}

describe('retries', () => {
  const fetcher = testFetcher({ retries: 3, backoffBaseMs: 20, backoffMaxMs: 2000 });
  afterAll(() => fetcher.close());

  it('retries a 503 and gets the page', async () => {
    const { server, times } = await flakyServer(1, 503);
    const out = await fetcher.fetch({ url: `${server.url}/page` });
    await server.close();
    expect(out).toMatchObject({ status: 200, error: null });
    expect(times).toHaveLength(2);
  });

  it('tries a server that never answers once more, not every retry the config allows', async () => {
    const hits: number[] = [];
    const server = await startServer((req, res) => {
      if (req.url === '/robots.txt') return void res.writeHead(404).end();
      hits.push(Date.now());
    });
    const patient = testFetcher({ retries: 3, headersTimeoutMs: 1000 });
    const out = await patient.fetch({ url: `${server.url}/silent` });
    await Promise.all([patient.close(), server.close()]);
    expect(out.error).toBe('timeout after 1000 ms (headers) (after 2 attempts)');
    expect(hits).toHaveLength(2);
  });

  it('waits the seconds Retry-After asks for after a 429', async () => {
    const { server, times } = await flakyServer(1, 429, { 'retry-after': '1' });
    const out = await fetcher.fetch({ url: `${server.url}/page` });
    await server.close();
    expect(out.error).toBeNull();
    expect(times[1] - times[0]).toBeGreaterThanOrEqual(950);
  });

  it('waits until a Retry-After HTTP date', async () => {
    const at = new Date(Date.now() + 1500);
    const { server, times } = await flakyServer(1, 503, { 'retry-after': at.toUTCString() });
    await fetcher.fetch({ url: `${server.url}/page` });
    await server.close();
    // HTTP dates have whole seconds, so the wait is at least the rest of the second named.
    expect(times[1]).toBeGreaterThanOrEqual(Math.floor(at.getTime() / 1000) * 1000 - 50);
  });

  it('caps a long Retry-After at backoffMaxMs', async () => {
    const { server, times } = await flakyServer(1, 429, { 'retry-after': '3600' });
    const quick = testFetcher({ retries: 1, backoffMaxMs: 300 });
    const out = await quick.fetch({ url: `${server.url}/page` });
    await Promise.all([quick.close(), server.close()]);
    expect(out.error).toBeNull();
    expect(times[1] - times[0]).toBeLessThan(1000);
  });

  it('slows a host down after a 429 for the rest of the run', async () => {
    const { server, times } = await flakyServer(1, 429, { 'retry-after': '0' });
    const slowable = testFetcher({ retries: 1, minDelayMs: 0, backoffBaseMs: 400, backoffMaxMs: 2000 });
    await slowable.fetch({ url: `${server.url}/first` });
    await slowable.fetch({ url: `${server.url}/second` });
    await Promise.all([slowable.close(), server.close()]);
    expect(times).toHaveLength(3);
    expect(times[2] - times[1]).toBeGreaterThanOrEqual(380);
  });

  it('gives up after the configured retries and names the status', async () => {
    const { server, times } = await flakyServer(10, 500);
    const out = await fetcher.fetch({ url: `${server.url}/page` });
    await server.close();
    expect(out).toMatchObject({ status: 500, error: 'HTTP 500' });
    expect(times).toHaveLength(4);
  });

  it('does not retry a 404 or a 403', async () => {
    for (const status of [404, 403]) {
      const { server, times } = await flakyServer(10, status);
      const out = await fetcher.fetch({ url: `${server.url}/page` });
      await server.close();
      expect(out.error).toBe(`HTTP ${status}`);
      expect(times).toHaveLength(1);
    }
  });

  it('retries a 408', async () => {
    const { server, times } = await flakyServer(1, 408);
    expect((await fetcher.fetch({ url: `${server.url}/page` })).error).toBeNull();
    await server.close();
    expect(times).toHaveLength(2);
  });

  it('retries a connection reset', async () => {
    let count = 0;
    const server = await startServer((req, res) => {
      if (req.url === '/robots.txt') return void res.writeHead(404).end();
      if (++count === 1) return void req.socket.destroy();
      res.writeHead(200, { 'content-type': 'text/html' }).end('<p>ok</p>');
    });
    const out = await fetcher.fetch({ url: `${server.url}/page` });
    await server.close();
    expect(out.error).toBeNull();
    expect(count).toBe(2);
  });
});

describe('backoff arithmetic', () => {
  it('doubles per attempt within jitter and stops at the cap', () => {
    expect(backoffMs(0, 100, 10_000, () => 0)).toBe(50);
    expect(backoffMs(3, 100, 10_000, () => 1)).toBe(800);
    expect(backoffMs(20, 100, 10_000, () => 1)).toBe(10_000);
  });

  it('reads Retry-After as seconds or as an HTTP date', () => {
    const now = Date.parse('Wed, 21 Oct 2015 07:28:00 GMT');
    expect(parseRetryAfter('120', now)).toBe(120_000);
    expect(parseRetryAfter('Wed, 21 Oct 2015 07:28:30 GMT', now)).toBe(30_000);
    expect(parseRetryAfter('soon', now)).toBeNull();
  });
});
