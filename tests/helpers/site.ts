/** A news site on loopback for pipeline and CLI tests: the fixture feeds and pages, and made-up pages in bulk. */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join, normalize, resolve } from 'node:path';
import { startServer, type TestServer } from './http.js';

const fixtures = resolve(import.meta.dirname, '../../fixtures');

/** One request the site saw: when it arrived, the path, and the status it was answered with. */
export interface Hit {
  at: number;
  path: string;
  status: number;
}

export interface Site extends TestServer {
  hits: Hit[];
}

/** A page of our own words whose counts and dates differ with `n`, so every page is a new article with claims. */
export function madeUpPage(n: number, paragraphs = 6): string {
  const body = Array.from(
    { length: paragraphs },
    (_, i) =>
      `<p>Delegates met again on ${(n % 27) + 1} March 2025 in the capital. ` +
      `By then ${40 + (n % 50)} countries had signed the United Nations Convention against Cybercrime, ` +
      `report ${n}, section ${i}, said the clerk of the committee.</p>`,
  ).join('\n');
  const title = `Convention report ${n}`;
  const head = `<!doctype html><html><head><title>${title}</title></head>`;
  return `${head}<body><article><h1>${title}</h1>\n${body}\n</article></body></html>`;
}

const rss = (base: string, paths: string[]) =>
  `<?xml version="1.0"?><rss version="2.0"><channel><title>made up</title>` +
  paths.map((p) => `<item><title>${p}</title><link>${base}${p}</link></item>`).join('') +
  `</channel></rss>`;

/** Answers with an ETag, and 304 when the request sends it back; every answer is recorded in `hits`. */
function withEtag(req: IncomingMessage, res: ServerResponse, type: string, body: Buffer, hit: Hit): void {
  const etag = `"${createHash('sha1').update(body).digest('hex')}"`;
  hit.status = req.headers['if-none-match'] === etag ? 304 : 200;
  if (hit.status === 304) return void res.writeHead(304, { etag }).end();
  res.writeHead(200, { etag, 'content-type': type }).end(body);
}

/**
 * Serves /feeds/*.xml and /pages/*.html from fixtures/ ({{BASE}} filled in), /gen/N.html made-up pages, and
 * /gen/feed-N.xml a feed of the first N of them; /fail/* answers 500. `robots` is the robots.txt, if any.
 */
export async function startSite(opts: { robots?: string } = {}): Promise<Site> {
  const hits: Hit[] = [];
  let base = '';
  const server = await startServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const hit: Hit = { at: Date.now(), path, status: 200 };
    hits.push(hit);
    const answer = (status: number, body = '') => {
      hit.status = status;
      res.writeHead(status).end(body);
    };
    if (path === '/robots.txt') return opts.robots ? void res.writeHead(200).end(opts.robots) : answer(404);
    if (path.startsWith('/fail/')) return answer(500, 'boom');
    const gen = /^\/gen\/(\d+)\.html$/.exec(path);
    if (gen) return withEtag(req, res, 'text/html', Buffer.from(madeUpPage(Number(gen[1]))), hit);
    const feed = /^\/gen\/feed-(\d+)\.xml$/.exec(path);
    if (feed) {
      const paths = Array.from({ length: Number(feed[1]) }, (_, i) => `/gen/${i}.html`);
      return withEtag(req, res, 'application/rss+xml', Buffer.from(rss(base, paths)), hit);
    }
    const file = normalize(join(fixtures, path));
    if (!file.startsWith(fixtures) || !existsSync(file) || !/\.(html|xml)$/.test(file)) return answer(404);
    const body = Buffer.from(readFileSync(file, 'latin1').replaceAll('{{BASE}}', base), 'latin1');
    withEtag(req, res, file.endsWith('.xml') ? 'application/rss+xml' : 'text/html', body, hit);
  });
  base = server.url;
  return { ...server, hits };
}
