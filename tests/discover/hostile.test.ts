/** Discovery against hostile listings: XML nested too deep, and links a listing may not name. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { discover } from '../../src/discover/index.js';
import { readSource } from '../../src/discover/read.js';
import { descendantsNamed, MAX_XML_DEPTH, parseXml, rootElement, textOf } from '../../src/discover/xml.js';
import { silentLogger } from '../../src/log.js';
import { testFetcher } from '../fetch/fetcher.js';
import { startServer, type TestServer } from '../helpers/http.js';

const nested = (depth: number, inner: string) =>
  `<rss><channel>${'<x>'.repeat(depth)}${inner}${'</x>'.repeat(depth)}</channel></rss>`;
const item = '<item><link>https://news.example/a</link></item>';
const read = (xml: string) =>
  readSource(Buffer.from(xml), 'application/rss+xml', 'application/rss+xml', 'https://news.example/feed.xml');

describe('XML nested deeper than any listing', () => {
  it('refuses a feed nested 700k deep with one error instead of overflowing the stack', () => {
    expect(read(nested(700_000, item))).toEqual({
      error: `XML nested more than ${MAX_XML_DEPTH} elements deep: not read`,
    });
  });

  it('still reads an item nested as deep as the cap allows', () => {
    const found = read(nested(MAX_XML_DEPTH - 10, item));
    expect(found).toMatchObject({ kind: 'feed', listing: { links: [{ url: 'https://news.example/a' }] } });
  });

  it('walks a deep tree without recursion: text and descendants at 20k levels', () => {
    const doc = rootElement(parseXml(`<a>${'<b>'.repeat(20_000)}<c>deep</c>${'</b>'.repeat(20_000)}</a>`))!;
    expect(descendantsNamed(doc, 'c').map(textOf)).toEqual(['deep']);
  });

  it('does not count comments, CDATA, declarations or self-closing tags as nesting', () => {
    const flat =
      `<?xml version="1.0"?><!-- <x><x> --><rss><channel>` +
      `${'<br/><![CDATA[<x>]]>'.repeat(MAX_XML_DEPTH + 5)}${item}</channel></rss>`;
    expect(read(flat)).toMatchObject({ kind: 'feed' });
  });
});

describe('links a served listing may not name', () => {
  let server: TestServer;
  const fetcher = testFetcher({ retries: 0 });
  beforeAll(async () => {
    server = await startServer((req, res) => {
      if (req.url === '/robots.txt') return void res.writeHead(404).end();
      const links = ['file:///etc/passwd', 'ftp://files.example/a.html', 'data:text/html,hi', `${server.url}/ok.html`];
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      res.end(`<rss><channel>${links.map((l) => `<item><link>${l}</link></item>`).join('')}</channel></rss>`);
    });
  });
  afterAll(async () => {
    await fetcher.close();
    await server.close();
  });

  it('lists each dropped link in the errors, naming its scheme and the listing', async () => {
    const found = await discover([{ location: `${server.url}/feed.xml` }], fetcher, silentLogger);
    expect(found.pages.map((p) => p.url)).toEqual([`${server.url}/ok.html`]);
    expect(found.errors.map((e) => e.url)).toEqual([
      'file:///etc/passwd',
      'ftp://files.example/a.html',
      'data:text/html,hi',
    ]);
    expect(found.errors[0].error).toBe(
      `not fetched: a file: link, and ${server.url}/feed.xml may list only http(s) pages`,
    );
  });

  it('records what the source turned out to be', async () => {
    const found = await discover([{ location: `${server.url}/feed.xml` }], fetcher, silentLogger);
    expect(found.kinds.get(`${server.url}/feed.xml`)).toBe('feed');
  });
});
