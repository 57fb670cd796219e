/** Reads text listings: robots.txt sitemap lines and plain URL lists. */
import { resolveLink, type ListedLink } from './listing.js';

/** Meaningful lines of a text listing: trimmed, without blanks and `#` comments. */
function lines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'));
}

/** The `Sitemap:` lines of a robots.txt, resolved against it. */
export function robotsSitemaps(text: string, base: string): string[] {
  return lines(text).flatMap((line) => {
    const match = /^sitemap\s*:\s*(\S+)/i.exec(line);
    return match ? (resolveLink(match[1], base) ?? []) : [];
  });
}

/** True when the text reads as robots.txt: its lines are `field: value` with robots fields. */
export function looksLikeRobots(text: string): boolean {
  const meaningful = lines(text);
  return (
    meaningful.length > 0 &&
    meaningful.every((line) => /^(user-agent|allow|disallow|sitemap|crawl-delay|host|clean-param)\s*:/i.test(line))
  );
}

/** Absolute http(s) URLs, one per line (a URL list); null when a line is something else, so junk is not read as one. */
export function urlListLinks(text: string): ListedLink[] | null {
  const meaningful = lines(text);
  if (!meaningful.length) return null;
  const links: ListedLink[] = [];
  for (const line of meaningful) {
    const url = /^https?:\/\/\S+$/i.test(line) ? resolveLink(line, line) : null;
    if (!url) return null;
    links.push({ url, hints: {} });
  }
  return links;
}
