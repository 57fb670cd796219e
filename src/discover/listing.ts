import type { DiscoveredPage } from './types.js';

/** A link a listing names, before it is checked and deduplicated. */
export interface ListedLink {
  url: string;
  hints: DiscoveredPage['hints'];
}

/** What one listing (feed, sitemap, robots.txt, URL list) yields: pages, and more listings to read. */
export interface Listing {
  links: ListedLink[];
  /** Sitemaps named by a sitemap index or a robots.txt. */
  sitemaps: string[];
}

/** `href` made absolute against the listing's own URL; null when it cannot be. */
export function resolveLink(href: string, base: string): string | null {
  const trimmed = href.trim();
  if (!trimmed || !URL.canParse(trimmed, base)) return null;
  return new URL(trimmed, base).href;
}

/** Hints without empty values, so a merge never overwrites a date with nothing. */
export function compactHints(hints: DiscoveredPage['hints']): DiscoveredPage['hints'] {
  return Object.fromEntries(Object.entries(hints).filter(([, value]) => value)) as DiscoveredPage['hints'];
}
