/** Tests of the SSRF guard. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { forbiddenAddressKind } from '../../src/fetch/address.js';
import { startServer, type TestServer } from '../helpers/http.js';
import { testFetcher } from './fetcher.js';

describe('SSRF guard with allowPrivate off', () => {
  let hits = 0;
  let server: TestServer;
  const fetcher = testFetcher({ retries: 0 }, false);
  beforeAll(async () => {
    server = await startServer((req, res) => {
      hits++;
      res.writeHead(200, { 'content-type': 'text/html' }).end('<p>secret</p>');
    });
  });
  afterAll(async () => {
    await fetcher.close();
    await server.close();
  });

  it('refuses 127.0.0.1 without sending a request', async () => {
    const out = await fetcher.fetch({ url: `${server.url}/admin` });
    expect(out).toMatchObject({ error: 'blocked: 127.0.0.1 is a loopback address (allowPrivate is off)', body: null });
    expect(hits).toBe(0);
  });

  it('refuses a hostname that resolves to loopback, checked on the address DNS gave', async () => {
    const port = new URL(server.url).port;
    const out = await fetcher.fetch({ url: `http://localhost:${port}/admin` });
    expect(out.error).toMatch(
      /^blocked: localhost \((127\.0\.0\.1|::1)\) is a loopback address \(allowPrivate is off\)$/,
    );
    expect(hits).toBe(0);
  });

  it('refuses private, link-local, metadata and mapped addresses written in the URL', async () => {
    const cases: [string, string][] = [
      ['http://10.1.2.3/', 'a private address'],
      ['http://172.16.0.1/', 'a private address'],
      ['http://192.168.1.1/', 'a private address'],
      ['http://169.254.169.254/latest/meta-data/', 'a link-local address'],
      ['http://100.64.0.1/', 'a carrier-grade NAT address'],
      ['http://0.0.0.0/', 'an unspecified address'],
      ['http://[::1]/', 'a loopback address'],
      ['http://[fd00::1]/', 'a private (unique local) address'],
      ['http://[fe80::1]/', 'a link-local address'],
      ['http://[::ffff:127.0.0.1]/', 'a loopback address'],
      ['http://2130706433/', 'a loopback address'],
    ];
    for (const [url, kind] of cases) {
      expect((await fetcher.fetch({ url })).error, url).toMatch(
        new RegExp(`^blocked: .* is ${kind.replace(/[()]/g, '\\$&')} \\(allowPrivate is off\\)$`),
      );
    }
  });

  it('refuses schemes other than http, https and file', async () => {
    expect((await fetcher.fetch({ url: 'gopher://example.org/' })).error).toBe('unsupported URL scheme gopher:');
  });
});

describe('every redirect hop is checked again', () => {
  it('refuses a redirect to a scheme it does not fetch', async () => {
    const server = await startServer((req, res) => {
      if (req.url === '/robots.txt') return void res.writeHead(404).end();
      res.writeHead(302, { location: 'ftp://files.example/secret' }).end();
    });
    const fetcher = testFetcher();
    const out = await fetcher.fetch({ url: `${server.url}/go` });
    await Promise.all([fetcher.close(), server.close()]);
    expect(out.error).toBe('redirect refused: unsupported URL scheme ftp:');
  });
});

describe('forbiddenAddressKind', () => {
  it('lets public addresses through', () => {
    for (const ip of ['93.184.216.34', '8.8.8.8', '2606:4700::1111', '172.32.0.1', '100.128.0.1']) {
      expect(forbiddenAddressKind(ip), ip).toBeNull();
    }
  });

  it('sees loopback inside IPv4-mapped IPv6 in hex form', () => {
    expect(forbiddenAddressKind('::ffff:7f00:1')).toBe('a loopback address');
    expect(forbiddenAddressKind('::ffff:a9fe:a9fe')).toBe('a link-local address');
  });
});
