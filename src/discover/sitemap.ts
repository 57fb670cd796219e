/** Reads sitemaps and sitemap indexes as listings. */
import { compactHints, resolveLink, type Listing } from './listing.js';
import { descendantsNamed, firstChild, localName, textOf, type XmlNode } from './xml.js';

/**
 * A sitemap `urlset` (pages with lastmod, and Google News publication date and title) or a `sitemapindex`
 * (more sitemaps to read), rooted at `root`.
 */
export function sitemapListing(root: XmlNode, base: string): Listing {
  if (localName(root) === 'sitemapindex') {
    const sitemaps = descendantsNamed(root, 'sitemap').flatMap(
      (s) => resolveLink(textOf(firstChild(s, 'loc')), base) ?? [],
    );
    return { links: [], sitemaps };
  }
  const links = descendantsNamed(root, 'url').flatMap((entry) => {
    const url = resolveLink(textOf(firstChild(entry, 'loc')), base);
    if (!url) return [];
    const news = firstChild(entry, 'news');
    const hints = compactHints({
      lastmod: textOf(firstChild(entry, 'lastmod')),
      published: news ? textOf(firstChild(news, 'publication_date')) : '',
      title: news ? textOf(firstChild(news, 'title')) : '',
    });
    return [{ url, hints }];
  });
  return { links, sitemaps: [] };
}
