/** Tests of the fetcher against servers that misbehave. */
import type { ServerResponse } from 'node:http';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Fetcher } from '../../src/fetch/index.js';
import { startServer, type TestServer } from '../helpers/http.js';
import { testFetcher } from './fetcher.js';

const PAGE = '<!doctype html><html><head><title>t</title></head><body><p>Hello</p></body></html>';

/** One route per fault a real web server can throw at a crawler. */
const routes: Record<string, (res: ServerResponse) => void> = {
  '/ok': (res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE),
  '/never-answers': () => undefined,
  '/drip': (res) => {
    res.writeHead(200, { 'content-type': 'text/html' });
    const timer = setInterval(() => res.write('<p>.</p>'), 100);
    res.on('close', () => clearInterval(timer));
  },
  '/stall-mid-body': (res) => {
    res.writeHead(200, { 'content-type': 'text/html', 'content-length': '100000' });
    res.write(PAGE);
  },
  '/reset-mid-body': (res) => {
    res.writeHead(200, { 'content-type': 'text/html', 'content-length': '100000' });
    res.write(PAGE, () => res.socket?.destroy());
  },
  '/huge': (res) => {
    // 60 MB announced and streamed: the fetcher must stop reading at its cap, not buffer it all.
    res.writeHead(200, { 'content-type': 'text/html' });
    const chunk = Buffer.alloc(1024 * 1024, 'a');
    let sent = 0;
    const pump = () => {
      while (sent < 60 && res.write(chunk)) sent++;
      if (sent >= 60) res.end();
    };
    res.on('drain', () => {
      sent++;
      pump();
    });
    pump();
  },
  '/huge-declared': (res) =>
    res.writeHead(200, { 'content-type': 'text/html', 'content-length': String(60 * 1024 * 1024) }).end(),
  '/loop-a': (res) => res.writeHead(302, { location: '/loop-b' }).end(),
  '/loop-b': (res) => res.writeHead(302, { location: '/loop-a' }).end(),
  '/chain-1': (res) => res.writeHead(301, { location: '/chain-2' }).end(),
  '/chain-2': (res) => res.writeHead(301, { location: '/chain-3' }).end(),
  '/chain-3': (res) => res.writeHead(301, { location: '/ok' }).end(),
  '/bad-gzip': (res) => res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' }).end(PAGE),
  '/unknown-encoding': (res) =>
    res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'zstd-ish' }).end(PAGE),
  '/no-type': (res) => res.writeHead(200).end(PAGE),
  '/pdf': (res) => res.writeHead(200, { 'content-type': 'application/pdf' }).end('%PDF-1.7\n...'),
  '/png-as-html': (res) =>
    res.writeHead(200, { 'content-type': 'text/html' }).end(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1])),
  '/octet-binary': (res) =>
    res.writeHead(200, { 'content-type': 'application/octet-stream' }).end(Buffer.from([1, 2, 0, 0, 3])),
  '/empty': (res) => res.writeHead(200, { 'content-type': 'text/html' }).end(),
  '/latin1': (res) =>
    res
      .writeHead(200, { 'content-type': 'text/html; charset=iso-8859-1' })
      .end(Buffer.from('<p>Caf\xe9 \xe0 Gen\xe8ve</p>', 'latin1')),
  '/sitemap.xml.gz': (res) =>
    res.writeHead(200, { 'content-type': 'application/x-gzip' }).end(gzipSync('<?xml version="1.0"?><urlset/>')),
};

describe('fetcher faults: every one ends with a clear per-URL error or a success, never a hang', () => {
  let server: TestServer;
  let fetcher: Fetcher;
  const get = (path: string) => fetcher.fetch({ url: server.url + path });

  beforeAll(async () => {
    server = await startServer((req, res) => {
      const route = routes[new URL(req.url ?? '/', 'http://x').pathname];
      if (route) route(res);
      else res.writeHead(404).end();
    });
    fetcher = testFetcher({
      retries: 0,
      // undici checks its timers about once a second, so shorter timeouts would not be kept to the millisecond.
      headersTimeoutMs: 1000,
      bodyTimeoutMs: 1000,
      connectTimeoutMs: 1000,
      maxBodyBytes: 10 * 1024 * 1024,
      maxRedirects: 2,
    });
  });
  afterAll(async () => {
    await fetcher.close();
    await server.close();
  });

  it('reads a normal page and hashes it', async () => {
    const out = await get('/ok');
    expect(out).toMatchObject({
      status: 200,
      error: null,
      contentType: 'text/html',
      contentTypeHeader: 'text/html; charset=utf-8',
    });
    expect(out.body?.toString()).toBe(PAGE);
    expect(out.contentHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('gives up on a server that never sends headers', async () => {
    expect((await get('/never-answers')).error).toBe('timeout after 1000 ms (headers)');
  });

  it('gives up on a body that stalls', async () => {
    expect((await get('/stall-mid-body')).error).toBe('timeout after 1000 ms (body)');
  });

  it('gives up on a body dripping just fast enough to dodge the inactivity timeout', async () => {
    const started = Date.now();
    const out = await get('/drip');
    expect(out.error).toBe('timeout after 3000 ms (whole response)');
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('reports a connection reset mid-body', async () => {
    expect((await get('/reset-mid-body')).error).toBe('connection reset mid-body');
  });

  it('stops reading a 60 MB body at the cap', async () => {
    const out = await get('/huge');
    expect(out.error).toBe('body larger than 10485760 bytes');
    expect(out.body).toBeNull();
  });

  it('refuses a body whose Content-Length is over the cap without reading it', async () => {
    expect((await get('/huge-declared')).error).toBe('body larger than 10485760 bytes');
  });

  it('names a redirect loop', async () => {
    expect((await get('/loop-a')).error).toMatch(/^redirect loop \(.*\/loop-a again\)$/);
  });

  it('stops after maxRedirects hops, and follows a chain within the cap', async () => {
    expect((await get('/chain-1')).error).toBe('too many redirects (more than 2)');
    const out = await get('/chain-2');
    expect(out).toMatchObject({ error: null, finalUrl: `${server.url}/ok`, url: `${server.url}/chain-2` });
  });

  it('reports a body that is not the gzip it claims to be', async () => {
    expect((await get('/bad-gzip')).error).toMatch(/^invalid gzip body \(/);
  });

  it('reports a Content-Encoding it cannot decode', async () => {
    expect((await get('/unknown-encoding')).error).toBe('unsupported Content-Encoding "zstd-ish"');
  });

  it('keeps an HTML page served without Content-Type, typed from its bytes', async () => {
    const out = await get('/no-type');
    expect(out).toMatchObject({ error: null, contentType: 'text/html', contentTypeHeader: null });
  });

  it('does not keep binary content, whatever the label', async () => {
    expect(await get('/pdf')).toMatchObject({
      error: 'not HTML (application/pdf)',
      body: null,
      contentType: 'application/pdf',
    });
    expect(await get('/png-as-html')).toMatchObject({ error: 'not HTML (image/png served as text/html)', body: null });
    expect((await get('/octet-binary')).error).toBe('not HTML (binary data, application/octet-stream)');
  });

  it('reports an HTTP 200 with an empty body', async () => {
    expect((await get('/empty')).error).toBe('empty body (HTTP 200)');
  });

  it('names the HTTP status of an error answer', async () => {
    expect(await get('/missing')).toMatchObject({ status: 404, error: 'HTTP 404', body: null });
  });

  it('passes an ISO-8859-1 page through byte for byte with its charset header', async () => {
    const out = await get('/latin1');
    expect(out.body?.toString('latin1')).toBe('<p>Caf\xe9 \xe0 Gen\xe8ve</p>');
    expect(out.contentTypeHeader).toBe('text/html; charset=iso-8859-1');
  });

  it('opens a gzip file such as sitemap.xml.gz', async () => {
    const out = await get('/sitemap.xml.gz');
    expect(out).toMatchObject({ error: null, contentType: 'application/xml' });
    expect(out.body?.toString()).toContain('<urlset/>');
  });

  it('reports a malformed URL and an unsupported scheme', async () => {
    expect((await fetcher.fetch({ url: 'http://exa mple.com/x' })).error).toBe('malformed URL "http://exa mple.com/x"');
    expect((await fetcher.fetch({ url: 'ftp://example.com/x' })).error).toBe('unsupported URL scheme ftp:');
  });

  it('reports a refused connection', async () => {
    const closed = await startServer(() => undefined);
    await closed.close();
    expect((await fetcher.fetch({ url: `${closed.url}/` })).error).toMatch(
      /^not fetched: robots.txt unreachable \(connection refused by 127\.0\.0\.1:\d+\)/,
    );
    const withoutRobots = testFetcher({ retries: 0, respectRobots: false });
    expect((await withoutRobots.fetch({ url: `${closed.url}/` })).error).toMatch(
      /^connection refused by 127\.0\.0\.1:\d+$/,
    );
    await withoutRobots.close();
  });
});
