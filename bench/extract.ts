// Extractor throughput over the seed texts and over the article texts of the web-dev pages.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { decodeHtml, extractArticle } from '../src/article/index.js';
import { extractAll } from '../src/extract/index.js';

const SHARED = resolve(process.cwd(), '../shared');
const PUBLISHED = '2025-10-26T09:00:00+05:00';
/** Repeat small corpora so a run lasts long enough for the clock to mean something. */
const MIN_BYTES = 20_000_000;

function seedTexts(): string[] {
  const dir = join(SHARED, 'seeds');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => readFileSync(join(dir, f), 'utf8'));
}

function webDevTexts(): string[] {
  const dir = join(SHARED, 'datasets/web-dev/html');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.html.gz'))
    .sort()
    .map((f) => extractArticle({ html: decodeHtml(gunzipSync(readFileSync(join(dir, f)))).html, url: null, fetchedAt: null }).text)
    .filter((t) => t.length > 0);
}

function measure(label: string, texts: string[]): void {
  const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
  const rounds = Math.max(1, Math.ceil(MIN_BYTES / Math.max(bytes, 1)));
  extractAll({ text: texts[0] ?? '', published: PUBLISHED }); // warm the country index
  const t0 = process.hrtime.bigint();
  for (let r = 0; r < rounds; r++) for (const text of texts) extractAll({ text, published: PUBLISHED });
  const s = Number(process.hrtime.bigint() - t0) / 1e9;
  const articles = (texts.length * rounds) / s;
  const mb = (bytes * rounds) / 1e6 / s;
  console.log(`extract: ${Math.round(articles).toLocaleString('en')} articles/s, ${mb.toFixed(1)} MB/s (${texts.length} ${label}, ${rounds} rounds)`);
}

export async function main(): Promise<void> {
  if (!existsSync(SHARED)) {
    console.log(`extract: skipped, no shared data at ${SHARED} (run from the project root)`);
    return;
  }
  measure('seed texts', seedTexts());
  measure('web-dev texts', webDevTexts());
}
