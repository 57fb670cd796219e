/** Page bytes to the article and what the extractors read in it: all `newsfacts extract` needs, without claims. */
import { decodeHtml } from '../article/decode.js';
import { extractArticle } from '../article/index.js';
import type { Article } from '../article/types.js';
import type { Extractions } from '../extract/types.js';
import { extractAll } from '../extract/index.js';

/** What one page holds: the article and what the extractors found in its text. */
export interface PageReading {
  article: Article;
  extractions: Extractions;
}

/** A page's reading with its decoded markup, for readers of the page's structure (status tables). */
export type MarkupReading = PageReading & { html: string };

/** The extractors over an article's text, relative dates resolved against its publication time. */
export const extractionsOf = (article: Article, bodyStart = 0): Extractions =>
  extractAll({ text: article.text, published: article.published, language: article.language, bodyStart });

/**
 * Page bytes to article and extractions. `published` stands in when the page carries no date of its own
 * (a feed item's date, `extract --published`): the publisher's statement is better than no date at all. `extract`
 * reads the article's text (extractionsOf, unless the caller wraps it).
 */
export function readPage(
  page: {
    bytes: Buffer;
    contentTypeHeader?: string | null;
    url: string | null;
    fetchedAt: string | null;
    published?: string | null;
  },
  extract: (article: Article) => Extractions = extractionsOf,
): MarkupReading {
  const { html } = decodeHtml(page.bytes, page.contentTypeHeader);
  const article = extractArticle({ html, url: page.url, fetchedAt: page.fetchedAt });
  if (!article.published) article.published = page.published ?? null;
  return { article, extractions: extract(article), html };
}
