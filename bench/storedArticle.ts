/** Synthetic stores for benchmarks and tests: one made-up article, as if fetched, stored with its claims. */
import type { Article } from '../src/article/types.js';
import type { ClaimDraft } from '../src/claims/types.js';
import type { Store } from '../src/store/api.js';

export interface SyntheticArticle {
  url: string;
  title: string;
  siteName: string;
  published: string;
  text: string;
}

/** Records a successful 200 fetch of `url` at `fetchedAt`, with no body or validators kept; returns the fetch id. */
export function recordSyntheticFetch(
  store: Store,
  run: number,
  sourceId: number,
  url: string,
  fetchedAt: string,
): number {
  return store.recordFetch(run, sourceId, {
    url,
    finalUrl: url,
    fetchedAt,
    status: 200,
    notModified: false,
    etag: null,
    lastModified: null,
    contentType: 'text/html',
    contentTypeHeader: null,
    body: null,
    contentHash: null,
    error: null,
  });
}

/** Records a successful fetch of the article's URL, stores the article, appends its claims; returns the new ones. */
export function storeSyntheticArticle(
  store: Store,
  run: number,
  sourceId: number,
  a: SyntheticArticle,
  claims: ClaimDraft[],
): number {
  const fetchId = recordSyntheticFetch(store, run, sourceId, a.url, `${a.published}T12:00:00Z`);
  const article: Article = { ...a, byline: null, modified: null, language: 'en' };
  return store.appendClaims(store.saveArticle(fetchId, article, 'synthetic@1').articleId, run, claims);
}
