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

/** Records a successful fetch of the article's URL, stores the article, appends its claims; returns the new ones. */
export function storeSyntheticArticle(
  store: Store,
  run: number,
  sourceId: number,
  a: SyntheticArticle,
  claims: ClaimDraft[],
): number {
  const fetchId = store.recordFetch(run, sourceId, {
    url: a.url,
    finalUrl: a.url,
    fetchedAt: `${a.published}T12:00:00Z`,
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
  const article: Article = { ...a, byline: null, modified: null, language: 'en' };
  return store.appendClaims(store.saveArticle(fetchId, article, 'synthetic@1').articleId, run, claims);
}
