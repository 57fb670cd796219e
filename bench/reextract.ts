/** Throughput of `reextract`: 10,000 stored articles read again, against the extract stage on the same texts. */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { decodeHtml, extractArticle } from '../src/article/index.js';
import type { Article } from '../src/article/types.js';
import { reextract } from '../src/cli/reextract.js';
import { currentBatchReader, currentReader } from '../src/cli/reextractReader.js';
import { loadConfig } from '../src/config/load.js';
import { extractionsOf } from '../src/pipeline/read.js';
import { openStore } from '../src/store/index.js';
import { emptyTally, summarize } from '../src/pipeline/summary.js';
import { recordSyntheticFetch } from './storedArticle.js';

const SHARED = resolve(process.cwd(), '../shared');
const ARTICLES = 10_000;
const PUBLISHED = '2025-10-26T09:00:00+05:00';

/** The web-dev pages' article texts (the extract bench's corpus) and the seed fixtures', repeated to ARTICLES. */
function corpus(): Article[] {
  const dir = join(SHARED, 'datasets/web-dev/html');
  const web = readdirSync(dir)
    .filter((f) => f.endsWith('.html.gz'))
    .sort()
    .map((f) => decodeHtml(gunzipSync(readFileSync(join(dir, f)))).html);
  const pages = join(process.cwd(), 'fixtures/pages');
  const seeds = readdirSync(pages).map((f) => decodeHtml(readFileSync(join(pages, f))).html);
  const texts = [...web, ...seeds]
    .map((html) => extractArticle({ html, url: null, fetchedAt: null }).text)
    .filter((t) => t.length > 0);
  return Array.from({ length: ARTICLES }, (_, i) => ({
    url: `https://site${i % 97}.example/story/${i}`,
    title: null,
    byline: null,
    published: PUBLISHED,
    modified: null,
    language: 'en',
    siteName: null,
    text: texts[i % texts.length],
  }));
}

const seconds = (t0: bigint): number => Number(process.hrtime.bigint() - t0) / 1e9;

export async function main(): Promise<void> {
  if (!existsSync(SHARED)) {
    console.log(`reextract: skipped, no shared data at ${SHARED} (run from the project root)`);
    return;
  }
  const config = await loadConfig(join(process.cwd(), 'pipeline.config.ts'));
  const articles = corpus();
  const reader = currentReader(config.subjects);

  // The extract stage is timed before and after the re-read, so a change in the machine's load shows in the figures.
  const extractStage = (): number => {
    const start = process.hrtime.bigint();
    for (const article of articles) extractionsOf(article);
    return ARTICLES / seconds(start);
  };
  const extractBefore = extractStage();
  let t0: bigint;

  const dir = mkdtempSync(join(tmpdir(), 'newsfacts-bench-reextract-'));
  const store = openStore(join(dir, 'bench.sqlite'));
  try {
    // The store as an older build left it: every article read, its claims labelled with other rules.
    const run = store.beginRun();
    const sourceId = store.upsertSource('bench', 'page');
    store.transaction(() => {
      for (const article of articles) {
        const url = article.url!;
        const fetchId = recordSyntheticFetch(store, run, sourceId, url, '2025-10-29T00:00:00Z');
        const { articleId } = store.saveArticle(fetchId, article, 'older-rules');
        const claims = reader.claimsOf(article).map((c) => ({ ...c, extractorVersion: 'older' }));
        store.appendClaims(articleId, run, claims);
      }
    });
    store.reconcile(config.reconcile);
    store.finishRun(run, summarize(run, new Date(), 'finished', { ...emptyTally(), articles_new: ARTICLES }));

    const batches = currentBatchReader(config.subjects);
    t0 = process.hrtime.bigint();
    const s = await reextract(store, batches, { settings: config.reconcile }).finally(() => batches.close());
    const rate = s.articles_reread / seconds(t0);
    const extractRate = (extractBefore + extractStage()) / 2;
    const fmt = (n: number) => Math.round(n).toLocaleString('en');
    console.log(
      `reextract: ${fmt(s.articles_reread)} articles in ${seconds(t0).toFixed(1)} s, ${fmt(rate)} articles/s ` +
        `(${fmt(s.claims_new)} new claims, ${fmt(s.claims_superseded)} superseded, ${s.facts_changed} facts changed)`,
    );
    console.log(
      `reextract vs extract stage on the same texts: ${fmt(rate)} vs ${fmt(extractRate)} articles/s ` +
        `(goal: no slower) ${rate >= extractRate ? 'met' : 'MISSED'}`,
    );
  } finally {
    store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
