/** Helpers for store tests: temporary stores, drafts and ingestion. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { emptyTally, summarize } from '../../src/pipeline/summary.js';
import { openStore } from '../../src/store/index.js';
import type { Article } from '../../src/article/types.js';
import type { ClaimDraft } from '../../src/claims/types.js';
import type { FetchOutcome } from '../../src/fetch/types.js';
import type { Store } from '../../src/store/api.js';

import { SUBJECT, settings } from '../reconcile/claims.js';

// The store's tests reconcile with the same subject and settings as the reconciler's own tests.
export { SUBJECT, settings } from '../reconcile/claims.js';

export const tempPath = (name = 'store.sqlite'): string => join(mkdtempSync(join(tmpdir(), 'newsfacts-store-')), name);

export function fetched(url: string): FetchOutcome {
  return {
    url,
    finalUrl: url,
    fetchedAt: '2025-10-29T00:00:00.000Z',
    status: 200,
    notModified: false,
    etag: '"v1"',
    lastModified: 'Tue, 28 Oct 2025 08:00:00 GMT',
    contentType: 'text/html',
    contentTypeHeader: 'text/html; charset=utf-8',
    body: Buffer.from('<html></html>'),
    contentHash: 'abc123',
    error: null,
  };
}

export function article(url: string, text: string, published = '2025-10-28T08:00:00Z'): Article {
  return { url, title: 'A title', byline: null, published, modified: null, language: 'en', siteName: null, text };
}

/** A claim whose evidence is the first occurrence of `evidence` in the article text. */
export function draft(
  text: string,
  evidence: string,
  property: string,
  value: unknown,
  extra: Partial<ClaimDraft> = {},
): ClaimDraft {
  const start = text.indexOf(evidence);
  if (start < 0) throw new Error(`evidence "${evidence}" not in text`);
  return {
    subject: SUBJECT,
    property,
    key: null,
    value,
    qualifiers: {},
    asOf: null,
    evidenceStart: start,
    evidenceEnd: start + evidence.length,
    extractor: 'test',
    extractorVersion: '1',
    confidence: 0.9,
    ...extra,
  };
}

/** Stores one page (fetch, article, claims) the way the pipeline does, in one transaction. */
export function ingest(
  store: Store,
  runId: number,
  url: string,
  text: string,
  claims: (text: string) => ClaimDraft[],
  published?: string,
) {
  return store.transaction(() => {
    const sourceId = store.upsertSource('fixtures/pages', 'folder');
    const fetchId = store.recordFetch(runId, sourceId, fetched(url));
    const saved = store.saveArticle(fetchId, article(url, text, published), 'test@1');
    return { ...saved, claimsNew: saved.isNew ? store.appendClaims(saved.articleId, runId, claims(text)) : 0 };
  });
}

export function finish(store: Store, run: number): void {
  store.finishRun(run, summarize(run, new Date(), 'finished', emptyTally()));
}

/** A new, migrated store file opened read-only with better-sqlite3, to look at the schema itself. */
export function freshSchema(): Database.Database {
  const path = tempPath();
  openStore(path).close();
  return new Database(path, { readonly: true });
}

/** One article per report of the signatory count: `[url, value, as-of]`; the subject's facts reconciled after. */
export function ingestCounts(store: Store, reports: [string, number, string][], reconcile = settings): void {
  const run = store.beginRun();
  for (const [url, value, asOf] of reports) {
    const text = `The convention was signed by ${value} states.`;
    ingest(store, run, url, text, (t) => [draft(t, 'signed by', 'signatory_count', value, { asOf })]);
  }
  store.reconcile(reconcile);
}
