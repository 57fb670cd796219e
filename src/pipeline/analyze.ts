import { decodeHtml } from '../article/decode.js';
import { extractArticle } from '../article/index.js';
import type { Article } from '../article/types.js';
import { buildClaims, CLAIMS_VERSION } from '../claims/index.js';
import type { ClaimDraft } from '../claims/types.js';
import type { SubjectSpec } from '../config/schema.js';
import type { DiscoveredPage } from '../discover/types.js';
import type { Extractions, QuoteMention } from '../extract/types.js';
import { EXTRACTORS, extractAll } from '../extract/index.js';
import { sha256 } from '../store/text.js';

/** Version of the text-to-claims path, stored with each article so a re-extraction can be told apart. */
export const EXTRACTOR_VERSION = [...Object.entries(EXTRACTORS), ['claims', CLAIMS_VERSION]]
  .map(([name, version]) => `${name}@${version}`)
  .join(',');

export type Analysis =
  | { article: Article; textHash: string; claims: ClaimDraft[]; quotes: QuoteMention[] }
  | { error: string };

/** What one page holds: the article and what the extractors found in its text. */
export interface PageReading {
  article: Article;
  extractions: Extractions;
}

/** The extractors over an article's text, relative dates resolved against its publication time. */
export const extractionsOf = (article: Article): Extractions =>
  extractAll({ text: article.text, published: article.published, language: article.language });

/**
 * Page bytes to article and extractions. `published` stands in when the page carries no date of its own
 * (a feed item's date, `extract --published`): the publisher's statement is better than no date at all.
 */
export function readPage(page: {
  bytes: Buffer;
  contentTypeHeader?: string | null;
  url: string | null;
  fetchedAt: string | null;
  published?: string | null;
}): PageReading {
  const { html } = decodeHtml(page.bytes, page.contentTypeHeader);
  const article = extractArticle({ html, url: page.url, fetchedAt: page.fetchedAt });
  if (!article.published) article.published = page.published ?? null;
  return { article, extractions: extractionsOf(article) };
}

/** Page bytes to article and claims: the pure middle of the pipeline. */
export function analyzePage(
  body: Buffer,
  contentTypeHeader: string | null,
  finalUrl: string,
  fetchedAt: string,
  page: DiscoveredPage,
  subjects: SubjectSpec[],
): Analysis {
  const { article, extractions } = readPage({ bytes: body, contentTypeHeader, url: finalUrl, fetchedAt, published: page.hints.published });
  if (!article.text.trim()) return { error: 'no article text found on the page' };
  const claims = buildClaims({ article, extractions, subjects });
  return { article, textHash: sha256(article.text), claims, quotes: extractions.quotes };
}
