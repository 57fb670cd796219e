/** What a listing yields (links and sitemaps), with helpers to resolve links and hints. */
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

/**
 * A listing date as ISO 8601, keeping the writer's UTC offset (the local day matters downstream): ISO dates pass as
 * they are; RSS's RFC 822 dates ("Sun, 26 Oct 2025 11:00:00 +0100") are rewritten; unreadable ones are dropped.
 */
export function isoDate(value: string | undefined): string | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  if (/^\d{4}-\d{2}(-\d{2})?([T ]\d{2}:\d{2}.*)?$/.test(text)) return text;
  const at = Date.parse(text);
  if (Number.isNaN(at)) return undefined;
  const offset = /([+-])(\d{2}):?(\d{2})$/.exec(text);
  if (!offset) return new Date(at).toISOString().replace('.000Z', 'Z');
  const minutes = (offset[1] === '-' ? -1 : 1) * (Number(offset[2]) * 60 + Number(offset[3]));
  const local = new Date(at + minutes * 60_000).toISOString().slice(0, 19);
  return `${local}${offset[1]}${offset[2]}:${offset[3]}`;
}

/** Hints with dates in ISO 8601 and without empty values, so a merge never overwrites a date with nothing. */
export function compactHints(hints: DiscoveredPage['hints']): DiscoveredPage['hints'] {
  const normalized = { ...hints, published: isoDate(hints.published), lastmod: isoDate(hints.lastmod) };
  return Object.fromEntries(Object.entries(normalized).filter(([, value]) => value));
}
