/** Extractor throughput over the seed texts and over the article texts of the web-dev pages. */
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

/** The article texts of the web-dev pages, and how fast the article stage made them (the pace to keep up with). */
function webDevTexts(): { texts: string[]; articlePagesPerSecond: number } {
  const dir = join(SHARED, 'datasets/web-dev/html');
  const pages = readdirSync(dir)
    .filter((f) => f.endsWith('.html.gz'))
    .sort()
    .map((f) => decodeHtml(gunzipSync(readFileSync(join(dir, f)))).html);
  const t0 = process.hrtime.bigint();
  const texts = pages.map((html) => extractArticle({ html, url: null, fetchedAt: null }).text);
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  return { texts: texts.filter((t) => t.length > 0), articlePagesPerSecond: pages.length / seconds };
}

const wordCount = (text: string): number => text.split(/\s+/).filter(Boolean).length;

/** Articles per second over the corpus, repeated until the clock means something. */
function measure(label: string, texts: string[]): number {
  const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
  const words = texts.reduce((n, t) => n + wordCount(t), 0);
  const rounds = Math.max(1, Math.ceil(MIN_BYTES / Math.max(bytes, 1)));
  extractAll({ text: texts[0] ?? '', published: PUBLISHED }); // warm the country index
  const t0 = process.hrtime.bigint();
  for (let r = 0; r < rounds; r++) for (const text of texts) extractAll({ text, published: PUBLISHED });
  const s = Number(process.hrtime.bigint() - t0) / 1e9;
  const articles = (texts.length * rounds) / s;
  const fmt = (n: number) => Math.round(n).toLocaleString('en');
  console.log(
    `extract: ${fmt(articles)} articles/s, ${fmt((words * rounds) / s)} words/s, ${((bytes * rounds) / 1e6 / s).toFixed(1)} MB/s ` +
      `(${texts.length} ${label}, ${rounds} rounds)`,
  );
  return articles;
}

export async function main(): Promise<void> {
  if (!existsSync(SHARED)) {
    console.log(`extract: skipped, no shared data at ${SHARED} (run from the project root)`);
    return;
  }
  measure('seed texts', seedTexts());
  const web = webDevTexts();
  const nlp = measure('web-dev texts', web.texts);
  const ok = nlp >= web.articlePagesPerSecond;
  console.log(
    `extract vs article stage on the same pages: ${Math.round(nlp)} vs ${Math.round(web.articlePagesPerSecond)} per second ` +
      `(goal: the NLP stage is not the slower one) ${ok ? 'met' : 'MISSED'}`,
  );
}
