/** Article-stage benchmark: throughput on the web-dev pages against Readability and a bare parse. */
// Readability runs on linkedom and on jsdom; the bare htmlparser2 parse is the floor. Same decoded pages.
import { Readability } from '@mozilla/readability';
import { parseDocument } from 'htmlparser2';
import { JSDOM, VirtualConsole } from 'jsdom';
import { parseHTML } from 'linkedom';
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { decodeHtml } from '../src/article/decode.js';
import { extractArticle } from '../src/article/index.js';

const PAGES_DIR = resolve(process.env.NEWSFACTS_WEB_DEV ?? '../shared/datasets/web-dev', 'html');
// jsdom runs at a few pages a second: it gets the first pages only, and ours is timed again on that subset.
const JSDOM_PAGES = 100;
const WARMUP_PAGES = 20;
const ROUNDS = 2;
const GOAL_VS_READABILITY = 3;
const GOAL_VS_PARSE = 3;

interface Page {
  html: string;
  bytes: number;
}

interface Result {
  name: string;
  pages: number;
  seconds: number;
  bytes: number;
}

function loadPages(): Page[] {
  return readdirSync(PAGES_DIR)
    .filter((f) => f.endsWith('.html.gz') || f.endsWith('.html'))
    .sort()
    .map((f) => {
      const raw = readFileSync(join(PAGES_DIR, f));
      const bytes = f.endsWith('.gz') ? gunzipSync(raw) : raw;
      return { html: decodeHtml(bytes).html, bytes: bytes.length };
    });
}

const quietConsole = new VirtualConsole();

const runners: Record<string, (html: string) => unknown> = {
  ours: (html) => extractArticle({ html }),
  'htmlparser2 parseDocument': (html) => parseDocument(html),
  'Readability on linkedom': (html) => new Readability(parseHTML(html).document).parse(),
  // no scripts, no resources, CSS errors silenced: jsdom as Readability's README runs it
  'Readability on jsdom': (html) =>
    new Readability(new JSDOM(html, { virtualConsole: quietConsole }).window.document).parse(),
};

/** Best of ROUNDS timed passes over `pages`, after a warm-up pass so the JIT has seen the code. */
function measure(name: string, pages: Page[]): Result {
  const run = runners[name];
  for (const p of pages.slice(0, WARMUP_PAGES)) run(p.html);
  let best = Infinity;
  for (let r = 0; r < ROUNDS; r++) {
    const start = process.hrtime.bigint();
    for (const p of pages) run(p.html);
    best = Math.min(best, Number(process.hrtime.bigint() - start) / 1e9);
  }
  return { name, pages: pages.length, seconds: best, bytes: pages.reduce((n, p) => n + p.bytes, 0) };
}

const pagesPerSecond = (r: Result): number => r.pages / r.seconds;

function row(r: Result): string {
  const mbps = r.bytes / 1e6 / r.seconds;
  return `${r.name.padEnd(34)} ${String(r.pages).padStart(5)} ${pagesPerSecond(r).toFixed(1).padStart(9)} ${mbps.toFixed(2).padStart(7)}`;
}

export async function main(): Promise<void> {
  const pages = loadPages();
  const megabytes = pages.reduce((n, p) => n + p.bytes, 0) / 1e6;
  console.log(`${pages.length} pages, ${megabytes.toFixed(1)} MB of HTML, from ${PAGES_DIR}; best of ${ROUNDS} passes`);
  const ours = measure('ours', pages);
  const floor = measure('htmlparser2 parseDocument', pages);
  const linkedom = measure('Readability on linkedom', pages);
  const subset = pages.slice(0, JSDOM_PAGES);
  const jsdom = measure('Readability on jsdom', subset);
  const oursOnSubset = { ...measure('ours', subset), name: `ours (first ${subset.length} pages)` };

  console.log(`${'runner'.padEnd(34)} ${'pages'.padStart(5)} ${'pages/s'.padStart(9)} ${'MB/s'.padStart(7)}`);
  for (const r of [ours, floor, linkedom, oursOnSubset, jsdom]) console.log(row(r));
  console.log(`(jsdom on the first ${subset.length} pages only: it is too slow for all ${pages.length})`);

  const vsReadability = pagesPerSecond(ours) / pagesPerSecond(linkedom);
  const vsParse = pagesPerSecond(floor) / pagesPerSecond(ours);
  const vsJsdom = pagesPerSecond(oursOnSubset) / pagesPerSecond(jsdom);
  console.log(
    `ours / Readability-on-linkedom: ${vsReadability.toFixed(2)}x (goal >= ${GOAL_VS_READABILITY}x) ${vsReadability >= GOAL_VS_READABILITY ? 'met' : 'NOT met'}`,
  );
  console.log(
    `htmlparser2 / ours:             ${vsParse.toFixed(2)}x (goal <= ${GOAL_VS_PARSE}x) ${vsParse <= GOAL_VS_PARSE ? 'met' : 'NOT met'}`,
  );
  console.log(`ours / Readability-on-jsdom:    ${vsJsdom.toFixed(2)}x (same ${subset.length} pages)`);
}
