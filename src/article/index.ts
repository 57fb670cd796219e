import { parseDocument } from 'htmlparser2';
import { textContent, getElementsByTagName } from 'domutils';
import type { Article, ArticleInput } from './types.js';

export type { Article, ArticleInput } from './types.js';

/** Placeholder until the article stage lands: paragraphs of <p> elements, the <title>. */
export function extractArticle(input: ArticleInput): Article {
  const doc = parseDocument(input.html);
  const title = getElementsByTagName('title', doc, true, 1)[0];
  const paragraphs = getElementsByTagName('p', doc, true).map((p) => textContent(p).replace(/\s+/g, ' ').trim());
  return {
    url: input.url ?? null,
    title: title ? textContent(title).trim() : null,
    byline: null,
    published: null,
    modified: null,
    language: null,
    siteName: null,
    text: paragraphs.filter(Boolean).join('\n\n'),
  };
}
