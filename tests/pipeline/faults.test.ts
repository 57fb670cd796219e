/** Tests of pipeline runs when fetches and pages fail. */
import { mkdtempSync, readFileSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/load.js';
import { silentLogger } from '../../src/log.js';
import { runPipeline } from '../../src/pipeline/run.js';
import { openStore } from '../../src/store/index.js';
import { startServer, type TestServer } from '../helpers/http.js';

const pages = resolve(import.meta.dirname, '../../fixtures/pages');
const page = (stem: string) => readFileSync(join(pages, `${stem}.html`));

/** A site where most things go wrong, next to two good pages (one of them in windows-1252, declared only in its <meta>). */
const routes: Record<string, (res: ServerResponse) => void> = {
  '/robots.txt': (res) =>
    res.writeHead(200, { 'content-type': 'text/plain' }).end('User-agent: *\nDisallow: /private/\n'),
  '/good': (res) =>
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page('000_d8b1e15e98c0ab7f')),
  '/latin': (res) => res.writeHead(200, { 'content-type': 'text/html' }).end(page('004_371a3257e4b38816')),
  '/private/page': (res) => res.writeHead(200, { 'content-type': 'text/html' }).end(page('001_d7f1db9071d43ade')),
  '/reset': (res) => {
    res.writeHead(200, { 'content-type': 'text/html', 'content-length': '50000' });
    res.write('<html><body><p>', () => res.socket?.destroy());
  },
  '/stall': (res) => {
    res.writeHead(200, { 'content-type': 'text/html', 'content-length': '50000' });
    res.write('<html><body><p>');
  },
  '/silent': () => undefined,
  '/loop': (res) => res.writeHead(302, { location: '/loop-back' }).end(),
  '/loop-back': (res) => res.writeHead(302, { location: '/loop' }).end(),
  '/binary': (res) => res.writeHead(200, { 'content-type': 'image/png' }).end(Buffer.alloc(4096, 0x89)),
  '/huge': (res) => res.writeHead(200, { 'content-type': 'text/html' }).end(Buffer.alloc(3 * 1024 * 1024, 'a')),
  '/gone': (res) => res.writeHead(404).end('no such page'),
};

describe('a run over a site full of faults', () => {
  let server: TestServer;
  const dir = mkdtempSync(join(tmpdir(), 'newsfacts-faults-'));

  beforeAll(async () => {
    server = await startServer((req, res) => (routes[req.url ?? ''] ?? routes['/gone'])(res));
  });
  afterAll(() => server.close());

  it('names each failed URL with its cause, finishes, and stores the good pages', async () => {
    const urls = Object.keys(routes)
      .filter((p) => p !== '/robots.txt' && p !== '/loop-back')
      .map((p) => `${server.url}${p}`);
    const config = parseConfig(
      {
        db: join(dir, 'f.sqlite'),
        sources: urls,
        allowPrivate: true,
        fetch: {
          minDelayMs: 0,
          retries: 1,
          backoffBaseMs: 10,
          headersTimeoutMs: 1000,
          bodyTimeoutMs: 1000,
          maxBodyBytes: 1024 * 1024,
        },
      },
      join(dir, 'pipeline.config.ts'),
    );
    const store = openStore(config.db);
    const summary = await runPipeline({
      config,
      store,
      log: silentLogger,
      progress: { start() {}, tick() {}, stop() {} },
    }).finally(() => store.close());
    const errors = Object.fromEntries(summary.errors.map((e) => [new URL(e.url).pathname, e.error]));
    expect(errors).toEqual({
      '/reset': expect.stringMatching(/connection reset/),
      '/stall': expect.stringMatching(/timeout .*\(body\)/),
      '/silent': expect.stringMatching(/timeout .*\(headers\)/),
      '/loop': expect.stringMatching(/redirect loop/),
      '/binary': expect.stringMatching(/image\/png/),
      '/huge': expect.stringMatching(/larger than 1048576 bytes/),
      '/gone': expect.stringMatching(/404/),
    });
    // robots.txt's Disallow is a skip by policy: counted apart, not a failure.
    expect(summary).toMatchObject({ articles_new: 2, failed: 7, disallowed: 1 });
    expect(summary.claims_new).toBeGreaterThan(0);
    // The legacy-charset page (windows-1252, declared only in its <meta>) is stored as the words it holds.
    const db = new Database(config.db, { readonly: true });
    const texts = db.prepare('SELECT text FROM articles').all() as { text: string }[];
    db.close();
    expect(texts.some((a) => a.text.includes('António Guterres'))).toBe(true);
  });
});
