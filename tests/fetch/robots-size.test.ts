/** A robots.txt larger than 500 KiB: read up to the limit, as the robots rules allow. */
import type { ServerResponse } from 'node:http';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from '../helpers/http.js';
import { testFetcher } from './fetcher.js';

const RULES = 'User-agent: *\nDisallow: /private/\n';
/** 50 MB of robots.txt: the rules first, then comment lines past any sensible size. */
const HUGE = Buffer.concat([Buffer.from(RULES), Buffer.alloc(50 * 1024 * 1024, '# padding line\n')]);

describe('a robots.txt larger than 500 KiB', () => {
  let plain: TestServer;
  let gzipped: TestServer;
  const fetcher = testFetcher({ retries: 0 });
  const page = (res: ServerResponse) => res.writeHead(200, { 'content-type': 'text/html' }).end('<p>x</p>');
  beforeAll(async () => {
    plain = await startServer((req, res) =>
      req.url === '/robots.txt' ? res.writeHead(200, { 'content-type': 'text/plain' }).end(HUGE) : page(res),
    );
    const packed = gzipSync(HUGE);
    gzipped = await startServer((req, res) =>
      req.url === '/robots.txt'
        ? res.writeHead(200, { 'content-type': 'text/plain', 'content-encoding': 'gzip' }).end(packed)
        : page(res),
    );
  });
  afterAll(async () => {
    await fetcher.close();
    await plain.close();
    await gzipped.close();
  });

  it('uses the rules in its first 500 KiB instead of disallowing the whole site', async () => {
    expect((await fetcher.fetch({ url: `${plain.url}/news/a` })).error).toBeNull();
    expect(await fetcher.fetch({ url: `${plain.url}/private/b` })).toMatchObject({
      error: 'disallowed by robots.txt',
      refusedByRobots: true,
    });
  });

  it('does the same when the file is sent gzip-compressed', async () => {
    expect((await fetcher.fetch({ url: `${gzipped.url}/news/a` })).error).toBeNull();
    expect(await fetcher.fetch({ url: `${gzipped.url}/private/b` })).toMatchObject({ refusedByRobots: true });
  });
});
