import { readFileSync } from 'node:fs';
import { decodeHtml } from '../article/decode.js';
import { extractArticle } from '../article/index.js';
import type { Article } from '../article/types.js';
import { extractAll } from '../extract/index.js';
import type { Extractions } from '../extract/types.js';

export interface ExtractOptions {
  text?: boolean;
  published?: string;
  url?: string;
}

/** One `newsfacts extract` record (../shared/CONTRACT.md). */
export type ExtractRecord = { input: string } & Omit<Article, 'modified' | 'siteName'> &
  Pick<Article, 'modified' | 'siteName'> &
  Omit<Extractions, 'treaties'> & { treaties: Extractions['treaties'] };

function articleFromText(text: string, opts: ExtractOptions): Article {
  return {
    url: opts.url ?? null,
    title: null,
    byline: null,
    published: opts.published ?? null,
    modified: null,
    language: null,
    siteName: null,
    text: text.replace(/\r\n?/g, '\n'),
  };
}

/** Reads one file and runs the article stage (unless it is plain text) and the extractors. */
export function extractFile(file: string, opts: ExtractOptions): ExtractRecord {
  const bytes = readFileSync(file);
  let article: Article;
  if (opts.text) {
    article = articleFromText(bytes.toString('utf8'), opts);
  } else {
    const { html } = decodeHtml(bytes);
    article = extractArticle({ html, url: opts.url ?? null, fetchedAt: null });
    if (!article.published && opts.published) article.published = opts.published;
  }
  const found = extractAll({ text: article.text, published: article.published, language: article.language });
  return { input: file, ...article, ...found };
}
