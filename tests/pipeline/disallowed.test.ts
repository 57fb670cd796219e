/** A page robots.txt disallows is never fetched, and the run says why. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/load.js';
import { silentLogger } from '../../src/log.js';
import { runPipeline } from '../../src/pipeline/run.js';
import { openStore } from '../../src/store/index.js';
import { startSite, type Site } from '../helpers/site.js';

describe('a page robots.txt disallows', () => {
  let site: Site;
  beforeAll(async () => {
    site = await startSite({ robots: 'User-agent: *\nDisallow: /gen/1.html\n' });
  });
  afterAll(() => site.close());

  it('is counted as disallowed, not as failed, and is never requested', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsfacts-disallowed-'));
    const config = parseConfig(
      {
        db: join(dir, 'f.sqlite'),
        sources: [`${site.url}/gen/feed-3.xml`],
        allowPrivate: true,
        fetch: { minDelayMs: 0, retries: 0 },
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
    expect(summary).toMatchObject({ fetched: 2, disallowed: 1, failed: 0, errors: [] });
    expect(site.hits.map((h) => h.path)).not.toContain('/gen/1.html');
  });
});
