/** End-to-end tests of pipeline runs. */
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { join, normalize, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/load.js';
import { silentLogger } from '../../src/log.js';
import type { Progress } from '../../src/pipeline/progress.js';
import { runPipeline } from '../../src/pipeline/run.js';
import { openStore } from '../../src/store/index.js';
import { startServer } from '../helpers/http.js';

const fixtures = resolve(import.meta.dirname, '../../fixtures');
const quiet: Progress = { start() {}, tick() {}, stop() {} };

/** The fixture site as a real server would serve it: feeds with their links, ETags and 304s, a broken page. */
function fixtureSite(base: () => string, hits: string[]) {
  return (req: IncomingMessage, res: ServerResponse) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    hits.push(`${req.method} ${path}`);
    if (path === '/robots.txt') return void res.writeHead(404).end();
    if (path === '/pages/broken.html') return void res.writeHead(500).end('boom');
    // A mirror: the same page under another address, with no canonical link or og:url to give it away.
    if (path.startsWith('/mirror/')) {
      const page = readFileSync(join(fixtures, 'pages', path.slice('/mirror/'.length)), 'latin1')
        .replace(/<link rel="canonical"[^>]*>/, '')
        .replace(/<meta property="og:url"[^>]*>/, '');
      return void res.writeHead(200, { 'content-type': 'text/html' }).end(Buffer.from(page, 'latin1'));
    }
    const file = normalize(join(fixtures, path));
    if (!file.startsWith(fixtures) || !existsSync(file) || !/\.(html|xml)$/.test(file))
      return void res.writeHead(404).end();
    const body = Buffer.from(readFileSync(file, 'latin1').replaceAll('{{BASE}}', base()), 'latin1');
    const etag = `"${createHash('sha1').update(body).digest('hex')}"`;
    if (req.headers['if-none-match'] === etag) {
      hits.push(`304 ${path}`);
      return void res.writeHead(304, { etag }).end();
    }
    res.writeHead(200, { etag, 'content-type': file.endsWith('.xml') ? 'application/rss+xml' : 'text/html' }).end(body);
  };
}

describe('runPipeline over HTTP', () => {
  const hits: string[] = [];
  let server: Awaited<ReturnType<typeof startServer>>;
  const dir = mkdtempSync(join(tmpdir(), 'newsfacts-pipeline-'));

  beforeAll(async () => {
    server = await startServer(fixtureSite(() => server.url, hits));
  });
  afterAll(() => server.close());

  const run = (sources: string[]) => {
    const config = parseConfig(
      { db: join(dir, 'facts.sqlite'), sources, allowPrivate: true, fetch: { minDelayMs: 0, retries: 0 } },
      join(dir, 'pipeline.config.ts'),
    );
    const store = openStore(config.db);
    return runPipeline({ config, store, log: silentLogger, progress: quiet }).finally(() => store.close());
  };

  it('fetches every page an RSS feed lists, stores articles and claims, and lists the page that failed', async () => {
    const summary = await run([`${server.url}/feeds/rss.xml`, `${server.url}/pages/broken.html`]);
    expect(summary).toMatchObject({ run: 1, fetched: 5, articles_new: 5, failed: 1 });
    expect(summary.claims_new).toBeGreaterThan(50);
    expect(summary.errors).toEqual([{ url: `${server.url}/pages/broken.html`, error: expect.stringMatching(/500/) }]);
  });

  it('answers a second run with 304s and rewrites nothing', async () => {
    hits.length = 0;
    const summary = await run([`${server.url}/feeds/rss.xml`]);
    expect(summary).toMatchObject({ run: 2, fetched: 0, not_modified: 5, articles_new: 0, claims_new: 0, failed: 0 });
    expect(hits.filter((h) => h.startsWith('GET /pages/'))).toHaveLength(5);
  });

  it('asks for an unchanged feed conditionally and reads its pages from the cached copy (304)', async () => {
    hits.length = 0;
    const summary = await run([`${server.url}/feeds/rss.xml`, `${server.url}/feeds/sitemap.xml`]);
    expect(hits).toContain('304 /feeds/rss.xml');
    expect(summary).toMatchObject({ failed: 0, articles_new: 0 });
    hits.length = 0;
    const again = await run([`${server.url}/feeds/rss.xml`, `${server.url}/feeds/sitemap.xml`]);
    const revalidated = hits.filter((h) => h.startsWith('304 /feeds/')).sort();
    expect(revalidated).toEqual(['304 /feeds/rss.xml', '304 /feeds/sitemap.xml']);
    expect(again.not_modified).toBe(summary.not_modified + summary.fetched);
  });

  it('records the kind each source turned out to be', async () => {
    const db = new Database(join(dir, 'facts.sqlite'), { readonly: true });
    const kinds = db
      .prepare(`SELECT location, kind FROM sources WHERE location LIKE '%/feeds/%' ORDER BY location`)
      .all();
    db.close();
    expect(kinds).toEqual([
      { location: `${server.url}/feeds/rss.xml`, kind: 'feed' },
      { location: `${server.url}/feeds/sitemap.xml`, kind: 'sitemap' },
    ]);
  });

  it('stores a mirrored copy of a stored page as no new article', async () => {
    const summary = await run([`${server.url}/mirror/002_9c19db4731a3a543.html`]);
    expect(summary).toMatchObject({ fetched: 1, articles_new: 0, claims_new: 0, failed: 0 });
  });

  it('keeps what earlier runs stored when a run is stopped before it starts a page', async () => {
    const config = parseConfig(
      { db: join(dir, 'facts.sqlite'), sources: [`${server.url}/feeds/atom.xml`], allowPrivate: true },
      join(dir, 'c.ts'),
    );
    const store = openStore(config.db);
    const stop = new AbortController();
    stop.abort();
    const summary = await runPipeline({
      config,
      store,
      log: silentLogger,
      progress: quiet,
      signal: stop.signal,
    }).finally(() => store.close());
    expect(summary.articles_new).toBe(0);
    const facts = openStore(config.db);
    expect(facts.facts().length).toBeGreaterThan(0);
    facts.close();
  });
});
