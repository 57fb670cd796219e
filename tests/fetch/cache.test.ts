/** HTTP caching of listings between runs: validators stored, unchanged listings answered 304. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CachedResponse, ResponseCache } from '../../src/fetch/cache.js';
import { startServer, type TestServer } from '../helpers/http.js';
import { testFetcher } from './fetcher.js';

const FEED = '<rss><channel><item><link>https://news.example/a</link></item></channel></rss>';

/** The cache as the store keeps it, in a Map. */
function memoryCache(): ResponseCache & { entries: Map<string, CachedResponse> } {
  const entries = new Map<string, CachedResponse>();
  return {
    entries,
    cachedResponse: (url) => entries.get(url) ?? null,
    saveResponse: (url, r) => void entries.set(url, r),
  };
}

describe('HTTP caching of listings', () => {
  let server: TestServer;
  const answers: string[] = [];
  beforeAll(async () => {
    server = await startServer((req, res) => {
      if (req.url === '/robots.txt') return void res.writeHead(404).end();
      const fresh = req.url === '/fresh.xml';
      const headers = fresh ? { 'cache-control': 'max-age=3600' } : { etag: '"feed-1"' };
      if (!fresh && req.headers['if-none-match'] === '"feed-1"') {
        answers.push(`304 ${req.url}`);
        return void res.writeHead(304, headers).end();
      }
      answers.push(`200 ${req.url}`);
      res.writeHead(200, { 'content-type': 'application/rss+xml', ...headers }).end(FEED);
    });
  });
  afterAll(() => server.close());

  it('revalidates a stored feed with its ETag and hands back the stored bytes on a 304', async () => {
    const cache = memoryCache();
    const fetcher = testFetcher({ cache });
    const first = await fetcher.fetch({ url: `${server.url}/feed.xml`, cacheable: true });
    const second = await fetcher.fetch({ url: `${server.url}/feed.xml`, cacheable: true });
    await fetcher.close();
    expect(first).toMatchObject({ status: 200, notModified: false });
    expect(second).toMatchObject({ status: 304, notModified: true, error: null });
    expect(second.body?.toString()).toBe(FEED);
    expect(answers.filter((a) => a.endsWith('/feed.xml'))).toEqual(['200 /feed.xml', '304 /feed.xml']);
  });

  it('does not ask again while a stored answer is fresh (max-age)', async () => {
    const cache = memoryCache();
    const fetcher = testFetcher({ cache });
    await fetcher.fetch({ url: `${server.url}/fresh.xml`, cacheable: true });
    const again = await fetcher.fetch({ url: `${server.url}/fresh.xml`, cacheable: true });
    await fetcher.close();
    expect(again.body?.toString()).toBe(FEED);
    expect(answers.filter((a) => a.endsWith('/fresh.xml'))).toEqual(['200 /fresh.xml']);
  });

  it('leaves pages (not cacheable requests) out of the cache', async () => {
    const cache = memoryCache();
    const fetcher = testFetcher({ cache });
    await fetcher.fetch({ url: `${server.url}/page.xml` });
    await fetcher.close();
    expect([...cache.entries.keys()]).toEqual([]);
  });
});
