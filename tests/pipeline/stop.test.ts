/** A stop while the sources are read ends the run cleanly with what it has. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/load.js';
import { silentLogger } from '../../src/log.js';
import { runPipeline } from '../../src/pipeline/run.js';
import { openStore } from '../../src/store/index.js';
import { startServer, type TestServer } from '../helpers/http.js';

describe('a stop while the sources are read', () => {
  let server: TestServer;
  beforeAll(async () => {
    // A feed that takes 10 s to answer: the stop comes while its request is in flight.
    server = await startServer((req, res) => {
      if (req.url === '/robots.txt') return void res.writeHead(404).end();
      setTimeout(
        () => res.writeHead(200, { 'content-type': 'application/rss+xml' }).end('<rss><channel/></rss>'),
        10_000,
      );
    });
  });
  afterAll(() => server.close());

  it('ends the run at once, interrupted, with the cut-off listing neither failed nor listed as an error', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsfacts-stop-'));
    const config = parseConfig(
      { db: join(dir, 'f.sqlite'), sources: [`${server.url}/feed.xml`], allowPrivate: true },
      join(dir, 'c.ts'),
    );
    const store = openStore(config.db);
    const stop = new AbortController();
    setTimeout(() => stop.abort(), 300);
    const started = Date.now();
    const summary = await runPipeline({
      config,
      store,
      log: silentLogger,
      progress: { start() {}, tick() {}, stop() {} },
      signal: stop.signal,
    }).finally(() => store.close());
    expect(Date.now() - started).toBeLessThan(5000);
    expect(summary).toMatchObject({ status: 'interrupted', failed: 0, errors: [] });
  });
});
