/** Reads the page links of RSS, RDF, Atom and JSON feeds. */
import { compactHints, resolveLink, type ListedLink } from './listing.js';
import { childrenNamed, descendantsNamed, firstChild, localName, textOf, type XmlNode } from './xml.js';

/** The page an RSS or RDF item points to: <link>, else a <guid> that is a permalink. */
function itemUrl(item: XmlNode): string {
  const link = textOf(firstChild(item, 'link'));
  if (link) return link;
  const guid = firstChild(item, 'guid');
  return guid && guid.attribs?.isPermaLink !== 'false' ? textOf(guid) : '';
}

/** An Atom entry's page: the alternate link (a link without rel is alternate), HTML preferred. */
function entryUrl(entry: XmlNode): string {
  const alternates = childrenNamed(entry, 'link').filter((l) => (l.attribs?.rel ?? 'alternate') === 'alternate');
  const html = alternates.find((l) => /html/i.test(l.attribs?.type ?? '')) ?? alternates[0];
  return html?.attribs?.href ?? '';
}

function rssItem(item: XmlNode, base: string): ListedLink | null {
  const url = resolveLink(itemUrl(item), base);
  if (!url) return null;
  const published = textOf(firstChild(item, 'pubdate', 'date', 'published', 'issued'));
  return { url, hints: compactHints({ published, title: textOf(firstChild(item, 'title')) }) };
}

function atomEntry(entry: XmlNode, base: string): ListedLink | null {
  const url = resolveLink(entryUrl(entry), base);
  if (!url) return null;
  const updated = textOf(firstChild(entry, 'updated', 'modified'));
  const published = textOf(firstChild(entry, 'published', 'issued')) || updated;
  return { url, hints: compactHints({ published, lastmod: updated, title: textOf(firstChild(entry, 'title')) }) };
}

/** Items of an RSS 2.0, RSS 1.0 (RDF) or Atom feed whose root is `root`; relative links resolve against `base`. */
export function feedLinks(root: XmlNode, base: string): ListedLink[] {
  if (localName(root) === 'feed') {
    return descendantsNamed(root, 'entry').flatMap((entry) => atomEntry(entry, base) ?? []);
  }
  // RSS 2.0 nests items in <channel>; RDF puts them beside it: search the whole tree.
  return descendantsNamed(root, 'item').flatMap((item) => rssItem(item, base) ?? []);
}

interface JsonFeedItem {
  url?: unknown;
  external_url?: unknown;
  title?: unknown;
  date_published?: unknown;
  date_modified?: unknown;
}

const str = (value: unknown): string => (typeof value === 'string' ? value : '');

/** Items of a JSON Feed (jsonfeed.org, 1.0 and 1.1); null when the JSON is not one. */
export function jsonFeedLinks(text: string, base: string): ListedLink[] | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return null;
  }
  const feed = parsed as { version?: unknown; items?: unknown };
  if (!str(feed.version).includes('jsonfeed.org') || !Array.isArray(feed.items)) return null;
  return (feed.items as JsonFeedItem[]).flatMap((item) => {
    const url = resolveLink(str(item.url) || str(item.external_url), base);
    if (!url) return [];
    const hints = compactHints({
      published: str(item.date_published),
      lastmod: str(item.date_modified),
      title: str(item.title),
    });
    return [{ url, hints }];
  });
}
