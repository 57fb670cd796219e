/** Tests of discovering pages from feeds, sitemaps, URL lists and folders. */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { discover } from '../../src/discover/index.js';
import type { SourceSpec } from '../../src/discover/types.js';
import { silentLogger } from '../../src/log.js';
import { testFetcher } from '../fetch/fetcher.js';
import { startServer, type TestServer } from '../helpers/http.js';

const fixtures = resolve(import.meta.dirname, '../../fixtures');
const SEED_PAGES = [
  '000_d8b1e15e98c0ab7f',
  '001_d7f1db9071d43ade',
  '002_9c19db4731a3a543',
  '003_602bbf8dcf5e09a5',
  '004_371a3257e4b38816',
];

/** A fixture feed as a server would send it: {{BASE}} replaced on the raw bytes (fixtures/README.md). */
function fixtureFeed(name: string, base: string): Buffer {
  return Buffer.from(readFileSync(join(fixtures, 'feeds', name), 'latin1').replaceAll('{{BASE}}', base), 'latin1');
}

describe('discover over HTTP', () => {
  let server: TestServer;
  const fetcher = testFetcher({ retries: 0 });
  const run = (sources: (string | SourceSpec)[]) =>
    discover(
      sources.map((s) => (typeof s === 'string' ? { location: s } : s)),
      fetcher,
      silentLogger,
    );
  const at = (path: string) => server.url + path;

  beforeAll(async () => {
    const base = () => server.url;
    const routes: Record<string, () => [string, string | Buffer]> = {
      '/feeds/rss.xml': () => ['application/rss+xml', fixtureFeed('rss.xml', base())],
      '/feeds/atom.xml': () => ['application/atom+xml', fixtureFeed('atom.xml', base())],
      '/sitemap.xml': () => ['application/xml', fixtureFeed('sitemap.xml', base())],
      '/list.txt': () => [
        'text/plain',
        `# picked by hand\n\n${base()}/a.html?utm_source=x#top\n  ${base()}/b.html  \n`,
      ],
      '/index.xml': () => [
        'application/xml',
        `<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
          <sitemap><loc>${base()}/sitemap.xml</loc></sitemap>
          <sitemap><loc>/extra.xml.gz</loc></sitemap>
          <sitemap><loc>${base()}/index.xml</loc></sitemap>
        </sitemapindex>`,
      ],
      '/extra.xml.gz': () => [
        'application/x-gzip',
        gzipSync(
          `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>${base()}/extra.html</loc></url></urlset>`,
        ),
      ],
      '/robots.txt': () => ['text/plain', `User-agent: *\nDisallow: /private/\nSitemap: ${base()}/sitemap.xml\n`],
      '/rdf': () => [
        'application/rdf+xml',
        `<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
          <channel rdf:about="x"><title>t</title></channel>
          <item rdf:about="r1"><title>Relative &amp; dated</title><link>../news/r1.html</link><dc:date>2025-10-26T10:00:00Z</dc:date></item>
        </rdf:RDF>`,
      ],
      '/feed.json': () => [
        'application/feed+json',
        JSON.stringify({
          version: 'https://jsonfeed.org/version/1.1',
          items: [{ url: `${base()}/j.html`, title: 'J', date_published: '2025-10-27T00:00:00Z' }],
        }),
      ],
      '/junk': () => ['text/plain', 'this is not a listing of anything\nat all'],
      '/broken-feed.xml': () => ['application/rss+xml', '\u0000\u0001garbage <<<< not xml'],
      '/not-xml.xml': () => ['application/xml', '<<<< >>>> & this is no XML'],
      '/truncated.xml': () => [
        'application/rss+xml',
        `<?xml version="1.0"?><rss><channel><item><title>Kept &amp; <![CDATA[whole]]></title><link>${base()}/t1.html</link></item><item><link>${base()}/t2.html`,
      ],
      '/sneaky.xml': () => [
        'application/rss+xml',
        `<rss><channel><item><link>file:///etc/passwd</link></item><item><link>${base()}/fine.html</link></item></channel></rss>`,
      ],
      '/article': () => [
        'text/html',
        '<!doctype html><html><body><p>An article at a URL without extension</p></body></html>',
      ],
    };
    server = await startServer((req, res) => {
      const route = routes[new URL(req.url ?? '/', 'http://x').pathname];
      if (!route) return void res.writeHead(404).end();
      const [type, body] = route();
      res.writeHead(200, { 'content-type': type }).end(body);
    });
  });
  afterAll(async () => {
    await fetcher.close();
    await server.close();
  });

  it('lists every item of the RSS fixture with its date and title', async () => {
    const { pages, errors } = await run([at('/feeds/rss.xml')]);
    expect(errors).toEqual([]);
    expect(pages.map((p) => p.url).sort()).toEqual(SEED_PAGES.map((id) => at(`/pages/${id}.html`)));
    const morocco = pages.find((p) => p.url.includes('004_'));
    expect(morocco).toEqual({
      url: at('/pages/004_371a3257e4b38816.html'),
      source: at('/feeds/rss.xml'),
      hints: {
        published: '2025-10-26T11:00:00+01:00',
        title: 'Morocco Signs UN Cybercrime Treaty at International Conference in Hanoi',
      },
    });
  });

  it('lists every Atom entry, a bare <link href> included, with published and updated', async () => {
    const { pages } = await run([at('/feeds/atom.xml')]);
    expect(pages).toHaveLength(5);
    expect(pages.find((p) => p.url.includes('002_'))).toBeDefined();
    expect(pages.find((p) => p.url.includes('004_'))?.hints).toMatchObject({
      published: '2025-10-26T11:00:00+01:00',
      lastmod: '2025-10-26T13:20:00+01:00',
    });
  });

  it('reads a news sitemap: lastmod everywhere, publication date and title where Google News gives them', async () => {
    const { pages } = await run([at('/sitemap.xml')]);
    expect(pages).toHaveLength(5);
    expect(pages.find((p) => p.url.includes('000_'))?.hints).toEqual({
      lastmod: '2025-10-26T11:40:00+05:00',
      published: '2025-10-26T09:00:00+05:00',
      title: 'Maldives signs UN convention against cybercrime',
    });
    expect(pages.find((p) => p.url.includes('003_'))?.hints).toEqual({ lastmod: '2024-12-25' });
  });

  it('counts a page listed by three sources once, credited to the first, with hints merged', async () => {
    const { pages } = await run([at('/sitemap.xml'), at('/feeds/rss.xml'), at('/feeds/atom.xml')]);
    expect(pages).toHaveLength(5);
    expect(new Set(pages.map((p) => p.source))).toEqual(new Set([at('/sitemap.xml')]));
    expect(pages.find((p) => p.url.includes('003_'))?.hints).toMatchObject({
      lastmod: '2024-12-25',
      title: expect.any(String),
    });
  });

  it('reads a URL list, skipping comments and blank lines, canonicalizing each URL', async () => {
    const { pages } = await run([at('/list.txt')]);
    expect(pages.map((p) => p.url)).toEqual([at('/a.html'), at('/b.html')]);
  });

  it('follows a sitemap index into its sitemaps, gzip included, without looping on itself', async () => {
    const { pages, errors } = await run([at('/index.xml')]);
    expect(errors).toEqual([]);
    expect(pages).toHaveLength(6);
    expect(pages.every((p) => p.source === at('/index.xml'))).toBe(true);
    expect(pages.map((p) => p.url)).toContain(at('/extra.html'));
  });

  it('reads the sitemaps a robots.txt names', async () => {
    const { pages } = await run([at('/robots.txt')]);
    expect(pages).toHaveLength(5);
  });

  it('resolves an RDF item link against the feed URL and decodes entities', async () => {
    const { pages } = await run([at('/rdf')]);
    expect(pages).toEqual([
      {
        url: `${server.url}/news/r1.html`,
        source: at('/rdf'),
        hints: { published: '2025-10-26T10:00:00Z', title: 'Relative & dated' },
      },
    ]);
  });

  it('reads a JSON Feed', async () => {
    const { pages } = await run([at('/feed.json')]);
    expect(pages.map((p) => p.url)).toEqual([at('/j.html')]);
  });

  it('takes an HTML page source as the page itself', async () => {
    const { pages } = await run([at('/article'), { location: at('/opinion'), kind: 'page' }]);
    expect(pages.map((p) => p.url)).toEqual([at('/article'), at('/opinion')]);
  });

  it('names each source it cannot read, and reads the others', async () => {
    const { pages, errors } = await run([
      at('/junk'),
      at('/missing.xml'),
      at('/broken-feed.xml'),
      at('/feeds/rss.xml'),
    ]);
    expect(pages).toHaveLength(5);
    expect(errors).toEqual([
      { url: at('/junk'), error: 'not a feed, sitemap, robots.txt, URL list or HTML page' },
      { url: at('/missing.xml'), error: 'HTTP 404' },
      {
        url: at('/broken-feed.xml'),
        error: expect.stringMatching(/^not HTML \(binary data served as application\/rss\+xml\)$/),
      },
    ]);
  });

  it('keeps what a truncated feed did list, and names XML that is no listing', async () => {
    const { pages, errors } = await run([at('/truncated.xml'), at('/not-xml.xml')]);
    expect(pages.map((p) => [p.url, p.hints.title])).toEqual([
      [at('/t1.html'), 'Kept & whole'],
      [at('/t2.html'), undefined],
    ]);
    expect(errors).toEqual([
      { url: at('/not-xml.xml'), error: 'not a feed, sitemap, robots.txt, URL list or HTML page' },
    ]);
  });

  it('says when a source forced to a kind is not that kind', async () => {
    const { errors } = await run([{ location: at('/list.txt'), kind: 'feed' }]);
    expect(errors).toEqual([{ url: at('/list.txt'), error: 'not an RSS, Atom, RDF or JSON feed' }]);
  });

  it('never lets a remote feed point the crawler at local files', async () => {
    const { pages } = await run([at('/sneaky.xml')]);
    expect(pages.map((p) => p.url)).toEqual([at('/fine.html')]);
  });
});

describe('discover on local files', () => {
  const fetcher = testFetcher();
  afterAll(() => fetcher.close());

  it('lists every HTML page of a folder as file:// URLs', async () => {
    const { pages, errors } = await discover([{ location: join(fixtures, 'pages') }], fetcher, silentLogger);
    expect(errors).toEqual([]);
    expect(pages.map((p) => p.url)).toEqual(
      SEED_PAGES.map((id) => pathToFileURL(join(fixtures, 'pages', `${id}.html`)).href),
    );
    expect(pages[0].source).toBe(join(fixtures, 'pages'));
  });

  it('walks sub-folders and reads the feeds inside, relative links resolved against the feed file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsfacts-discover-'));
    mkdirSync(join(dir, 'archive', 'feeds'), { recursive: true });
    mkdirSync(join(dir, '.cache'));
    writeFileSync(join(dir, 'front.html'), '<html><body>front</body></html>');
    writeFileSync(join(dir, 'archive', 'old.htm'), '<html><body>old</body></html>');
    writeFileSync(join(dir, '.cache', 'skip.html'), '<html></html>');
    writeFileSync(
      join(dir, 'archive', 'feeds', 'feed.xml'),
      '<rss><channel><item><link>../linked.html</link></item></channel></rss>',
    );
    writeFileSync(join(dir, 'archive', 'data.json'), '{"not": "a feed"}');
    const { pages, errors } = await discover([{ location: dir }], fetcher, silentLogger);
    expect(errors).toEqual([]);
    expect(pages.map((p) => p.url.slice(pathToFileURL(dir).href.length)).sort()).toEqual([
      '/archive/linked.html',
      '/archive/old.htm',
      '/front.html',
    ]);
  });

  it('takes a single local HTML file as a page, and names a path that does not exist', async () => {
    const file = join(fixtures, 'pages', `${SEED_PAGES[0]}.html`);
    const { pages, errors } = await discover(
      [{ location: file }, { location: '/no/such/place' }],
      fetcher,
      silentLogger,
    );
    expect(pages.map((p) => p.url)).toEqual([pathToFileURL(file).href]);
    expect(errors).toEqual([{ url: '/no/such/place', error: 'no such file or folder: /no/such/place' }]);
  });
});
