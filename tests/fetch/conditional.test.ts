/** Tests of conditional GET and compressed bodies. */
import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from '../helpers/http.js';
import { testFetcher } from './fetcher.js';

const PAGE = '<!doctype html><html><body><p>' + 'Unchanged news. '.repeat(200) + '</p></body></html>';
const ETAG = '"v1"';
const MODIFIED = 'Sun, 26 Oct 2025 09:00:00 GMT';

describe('conditional GET and compressed answers', () => {
  let server: TestServer;
  const fetcher = testFetcher();
  beforeAll(async () => {
    server = await startServer((req, res) => {
      const path = req.url ?? '/';
      if (path === '/robots.txt') return void res.writeHead(404).end();
      const encodings: Record<string, [string, Buffer]> = {
        '/gzip': ['gzip', gzipSync(PAGE)],
        '/br': ['br', brotliCompressSync(PAGE)],
        '/deflate': ['deflate', deflateSync(PAGE)],
      };
      const encoded = encodings[path];
      if (encoded)
        return void res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': encoded[0] }).end(encoded[1]);
      const fresh = req.headers['if-none-match'] === ETAG || req.headers['if-modified-since'] === MODIFIED;
      if (fresh) return void res.writeHead(304, { etag: ETAG, 'last-modified': MODIFIED }).end();
      res.writeHead(200, { 'content-type': 'text/html', etag: ETAG, 'last-modified': MODIFIED }).end(PAGE);
    });
  });
  afterAll(async () => {
    await fetcher.close();
    await server.close();
  });

  it('returns the validators, and a 304 when they are sent back', async () => {
    const first = await fetcher.fetch({ url: `${server.url}/story` });
    expect(first).toMatchObject({ status: 200, etag: ETAG, lastModified: MODIFIED, notModified: false });
    const again = await fetcher.fetch({
      url: `${server.url}/story`,
      etag: first.etag,
      lastModified: first.lastModified,
    });
    expect(again).toMatchObject({ status: 304, notModified: true, body: null, error: null });
  });

  it('uses Last-Modified alone when there is no ETag', async () => {
    const again = await fetcher.fetch({ url: `${server.url}/story`, lastModified: MODIFIED });
    expect(again.notModified).toBe(true);
  });

  it('decompresses gzip, brotli and deflate bodies, hashing the decoded bytes', async () => {
    const plain = await fetcher.fetch({ url: `${server.url}/story` });
    for (const path of ['/gzip', '/br', '/deflate']) {
      const out = await fetcher.fetch({ url: server.url + path });
      expect(out.body?.toString(), path).toBe(PAGE);
      expect(out.contentHash).toBe(plain.contentHash);
    }
  });
});
