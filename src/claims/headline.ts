/** The text an article's claims are read from: its headline, a blank line, then its body, as a story is printed. */
import type { Article } from '../article/types.js';
import type { Span } from '../extract/types.js';
import type { ClaimDraft } from './types.js';

/** An article whose text opens with its headline, and where its body starts in that text. */
export interface Headed {
  article: Article;
  bodyStart: number;
}

const squeezed = (s: string): string => s.replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * The article with its headline put before its body. A headline states the news ("14 nations sign pact barring atom
 * arms", "High Seas Treaty crosses 60-ratification mark") and names the treaty the story is about, so the extractors
 * read it as part of the story, as `extract` reads a text whose first line is its title. No headline, or a body that
 * already opens with it, leaves the article as it is.
 */
export function headed(article: Article): Headed {
  const title = article.title?.replace(/\s+/g, ' ').trim();
  if (!title || squeezed(article.text.slice(0, title.length + 20)).startsWith(squeezed(title))) {
    return { article, bodyStart: 0 };
  }
  const lead = `${title}\n\n`;
  return { article: { ...article, text: lead + article.text }, bodyStart: lead.length };
}

/**
 * Claims read over the headed text, their evidence moved to offsets into the body: evidence in the headline gets
 * negative offsets, which the store reads as the headline.
 */
export const evidenceInBody = (claims: readonly ClaimDraft[], bodyStart: number): ClaimDraft[] =>
  claims.map((c) => ({ ...c, evidenceStart: c.evidenceStart - bodyStart, evidenceEnd: c.evidenceEnd - bodyStart }));

/** Spans found in the headed text that lie in the body, moved to offsets into the body. */
export const spansInBody = <T extends Span>(spans: readonly T[], bodyStart: number): T[] =>
  spans.filter((s) => s.start >= bodyStart).map((s) => ({ ...s, start: s.start - bodyStart, end: s.end - bodyStart }));
