import { createHash } from 'node:crypto';
import { decodeHtml } from '../article/decode.js';
import { extractArticle } from '../article/index.js';
import type { Article } from '../article/types.js';
import { buildClaims, CLAIMS_VERSION } from '../claims/index.js';
import type { ClaimDraft } from '../claims/types.js';
import type { SubjectSpec } from '../config/schema.js';
import type { DiscoveredPage } from '../discover/types.js';
import { EXTRACTORS, extractAll } from '../extract/index.js';

/** Version of the text-to-claims path, stored with each article so a re-extraction can be told apart. */
export const EXTRACTOR_VERSION = [...Object.entries(EXTRACTORS), ['claims', CLAIMS_VERSION]]
  .map(([name, version]) => `${name}@${version}`)
  .join(',');

export type Analysis = { article: Article; textHash: string; claims: ClaimDraft[] } | { error: string };

export const sha256 = (s: string | Buffer): string => createHash('sha256').update(s).digest('hex');

/** Page bytes to article and claims: the pure middle of the pipeline. */
export function analyzePage(
  body: Buffer,
  contentTypeHeader: string | null,
  finalUrl: string,
  fetchedAt: string,
  page: DiscoveredPage,
  subjects: SubjectSpec[],
): Analysis {
  const { html } = decodeHtml(body, contentTypeHeader);
  const article = extractArticle({ html, url: finalUrl, fetchedAt });
  if (!article.text.trim()) return { error: 'no article text found on the page' };
  // A feed's item date is the publisher's own statement: better than no date at all.
  if (!article.published) article.published = page.hints.published ?? null;
  const extractions = extractAll({ text: article.text, published: article.published, language: article.language });
  return { article, textHash: sha256(article.text), claims: buildClaims({ article, extractions, subjects }) };
}
