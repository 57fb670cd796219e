/** HTTP caching of listings (feeds, sitemaps, robots.txt) by the rules of http-cache-semantics (RFC 9111). */
import CachePolicy from 'http-cache-semantics';
import type { HttpResponse } from './http.js';

/** A stored answer: its cache policy (as http-cache-semantics serializes it) and its bytes. */
export interface CachedResponse {
  policy: CachePolicy.CachePolicyObject;
  body: Buffer;
  contentTypeHeader: string | null;
}

/** Where cached answers live between runs (the store). */
export interface ResponseCache {
  cachedResponse(url: string): CachedResponse | null;
  saveResponse(url: string, response: CachedResponse): void;
}

/** What the cache says about one request before it is sent. */
export type CacheLookup =
  | { kind: 'fresh'; cached: CachedResponse }
  | { kind: 'revalidate'; cached: CachedResponse; policy: CachePolicy; headers: Record<string, string> }
  | { kind: 'miss' };

const asRequest = (url: URL, headers: Record<string, string>): CachePolicy.Request => ({
  url: url.pathname + url.search,
  method: 'GET',
  headers: { ...headers, host: url.host },
});

const asResponse = (res: HttpResponse): CachePolicy.Response => ({ status: res.status, headers: res.headers });

/** Only string headers go on the wire; the library hands back whatever the request had, plus validators. */
function plainHeaders(headers: CachePolicy.Headers): Record<string, string> {
  return Object.fromEntries(
    Object.entries(headers).flatMap(([k, v]) => (typeof v === 'string' && k !== 'host' ? [[k, v]] : [])),
  );
}

/** A private client cache in front of one origin's listings: fresh answers are reused, stale ones revalidated. */
export class ListingCache {
  constructor(private readonly store: ResponseCache) {}

  lookup(url: URL, headers: Record<string, string>): CacheLookup {
    const cached = this.store.cachedResponse(url.href);
    if (!cached) return { kind: 'miss' };
    const policy = CachePolicy.fromObject(cached.policy);
    const request = asRequest(url, headers);
    if (policy.satisfiesWithoutRevalidation(request)) return { kind: 'fresh', cached };
    return { kind: 'revalidate', cached, policy, headers: plainHeaders(policy.revalidationHeaders(request)) };
  }

  /** After a 304 to a revalidation: the cached bytes with the updated policy, or null when they changed. */
  revalidated(
    url: URL,
    headers: Record<string, string>,
    lookup: CacheLookup,
    res: HttpResponse,
  ): CachedResponse | null {
    if (lookup.kind !== 'revalidate') return null;
    const { policy, modified } = lookup.policy.revalidatedPolicy(asRequest(url, headers), asResponse(res));
    if (modified) return null;
    const updated = { ...lookup.cached, policy: policy.toObject() };
    this.store.saveResponse(url.href, updated);
    return updated;
  }

  /** Keeps a full answer when its headers allow a cache to (most feeds: an ETag or Last-Modified to revalidate). */
  remember(url: URL, headers: Record<string, string>, res: HttpResponse, body: Buffer): void {
    const policy = new CachePolicy(asRequest(url, headers), asResponse(res), { shared: false });
    if (policy.storable())
      this.store.saveResponse(url.href, { policy: policy.toObject(), body, contentTypeHeader: res.contentType });
  }
}
