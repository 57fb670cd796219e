/** Detects what a fetched source is and reads it as a listing or a page. */
import { decodeHtml } from '../article/decode.js';
import { feedLinks, jsonFeedLinks } from './feed.js';
import type { Listing } from './listing.js';
import { sitemapListing } from './sitemap.js';
import { looksLikeRobots, robotsSitemaps, urlListLinks } from './text.js';
import type { SourceKind } from './types.js';
import { localName, MAX_XML_DEPTH, parseXml, rootElement, xmlOutline } from './xml.js';

/** What a fetched source turned out to be: a listing to follow, a page to fetch itself, or neither. */
export type SourceContent = { kind: SourceKind; listing: Listing } | { kind: 'page' } | { error: string };

const FEED_ROOTS = new Set(['rss', 'rdf', 'feed']);
const SITEMAP_ROOTS = new Set(['urlset', 'sitemapindex']);

const listing = (kind: SourceKind, links: Listing['links'], sitemaps: string[] = []): SourceContent => ({
  kind,
  listing: { links, sitemaps },
});

function looksLikeHtml(text: string, contentType: string | null): boolean {
  return (
    contentType === 'text/html' ||
    contentType === 'application/xhtml+xml' ||
    /^\s*(<!--[\s\S]*?-->\s*)*<(!doctype html|html)\b/i.test(text)
  );
}

/** As `kind` says, or, when it says nothing, as the content shows: XML root, JSON Feed, HTML, robots.txt, URL list. */
export function readSource(
  body: Buffer,
  contentTypeHeader: string | null,
  contentType: string | null,
  url: string,
  kind?: SourceKind,
): SourceContent {
  if (kind === 'page') return { kind: 'page' };
  const text = decodeHtml(body, contentTypeHeader).html;
  const trimmed = text.trimStart();

  if (trimmed.startsWith('{') && (!kind || kind === 'feed')) {
    const links = jsonFeedLinks(trimmed, url);
    if (links) return listing('feed', links);
  }
  // Only a document whose root a listing has is parsed as XML, and only when it nests within bounds.
  const outline = trimmed.startsWith('<') ? xmlOutline(text) : null;
  const outlineRoot = outline?.root ? localName({ type: 'tag', name: outline.root }) : '';
  const isListingRoot = FEED_ROOTS.has(outlineRoot) || SITEMAP_ROOTS.has(outlineRoot);
  if (isListingRoot && outline?.tooDeep) {
    return { error: `XML nested more than ${MAX_XML_DEPTH} elements deep: not read` };
  }
  const root = isListingRoot ? rootElement(parseXml(text)) : undefined;
  const rootName = root ? localName(root) : '';
  if (root && FEED_ROOTS.has(rootName) && (!kind || kind === 'feed')) return listing('feed', feedLinks(root, url));
  if (root && SITEMAP_ROOTS.has(rootName) && (!kind || kind === 'sitemap')) {
    const found = sitemapListing(root, url);
    return listing('sitemap', found.links, found.sitemaps);
  }
  if (kind === 'feed') return { error: 'not an RSS, Atom, RDF or JSON feed' };
  if (kind === 'sitemap') return { error: 'not a sitemap (no <urlset> or <sitemapindex>)' };
  if (kind === 'robots' || (!kind && (new URL(url).pathname.endsWith('/robots.txt') || looksLikeRobots(text)))) {
    return listing('robots', [], robotsSitemaps(text, url));
  }
  const urls = urlListLinks(text);
  if (urls && (!kind || kind === 'url-list')) return listing('url-list', urls);
  if (kind === 'url-list') return { error: 'not a URL list (a line is not an absolute http(s) URL)' };
  if (looksLikeHtml(trimmed, contentType)) return { kind: 'page' };
  return { error: 'not a feed, sitemap, robots.txt, URL list or HTML page' };
}
