/** The article stage: decoded HTML to an Article (text, title, byline, dates, language, site). */
import type { AnyNode } from 'domhandler';
import { parseDocument } from './html.js';
import { pageBlocks } from './blocks.js';
import { forgetTexts } from './dates.js';
import { articleText } from './body.js';
import { articleRegion } from './container.js';
import { textsNearBody } from './datelines.js';
import { withEmbeddedBody } from './embedded-body.js';
import { boundedHtml, isNotHtml } from './input.js';
import { bylineOf, canonicalUrlOf, languageOf, siteNameOf, titleOf } from './metadata.js';
import { pageDates } from './published.js';
import { collectSignals, wrappersOf } from './signals.js';
import type { Article, ArticleInput } from './types.js';

export type { Article, ArticleInput } from './types.js';
export { decodeHtml } from './decode.js';

function emptyArticle(url: string | null): Article {
  return { url, title: null, byline: null, published: null, modified: null, language: null, siteName: null, text: '' };
}

function fetchTime(fetchedAt: string | null | undefined): Date | null {
  const t = fetchedAt ? Date.parse(fetchedAt) : NaN;
  return Number.isFinite(t) ? new Date(t) : null;
}

function bodyOf(root: AnyNode, title: string | null): string {
  const blocks = pageBlocks(root);
  return articleText(blocks, articleRegion(blocks), title);
}

/**
 * Main text and metadata of a news page. Never throws on bad markup: input that is not HTML gives an
 * empty article, and pages over MAX_HTML_CHARS are cut before parsing.
 */
export function extractArticle(input: ArticleInput): Article {
  const givenUrl = input.url ?? null;
  if (typeof input.html !== 'string' || isNotHtml(input.html)) return emptyArticle(givenUrl);
  // The block texts findDates remembers are slices of the page's markup: keep none from the page before.
  forgetTexts();
  const doc = parseDocument(boundedHtml(input.html));
  const blocks = pageBlocks(doc);
  const region = articleRegion(blocks);
  const signals = collectSignals(doc, wrappersOf(region.container));
  const url = canonicalUrlOf(signals, givenUrl);
  const siteName = siteNameOf(signals);
  const title = titleOf(signals, siteName);
  const fetchedAt = fetchTime(input.fetchedAt);
  const dates = pageDates({
    signals,
    url,
    nearBody: textsNearBody(blocks, region),
    html: input.html,
    limit: fetchedAt ?? new Date(),
    fetchedAt,
  });
  return {
    url,
    title,
    byline: bylineOf(signals),
    published: dates.published,
    modified: dates.modified,
    language: languageOf(signals),
    siteName,
    text: withEmbeddedBody(articleText(blocks, region, title), signals, (root) => bodyOf(root, title), title),
  };
}
