/** The article stage's records: the page it is given and the Article it returns. */

/** A page to turn into an article. */
export interface ArticleInput {
  /** Decoded HTML (see decode.ts for bytes). */
  html: string;
  /** The page's address, for canonical URL, site and relative links. */
  url?: string | null;
  /** ISO time the page was fetched: a publication date after it is rejected. */
  fetchedAt?: string | null;
}

/** Clean article text with its metadata: the record the extractors read. */
export interface Article {
  /** Canonical URL if the page names one, else the given URL, else null. */
  url: string | null;
  title: string | null;
  byline: string | null;
  /** ISO 8601 date-time, or a YYYY-MM-DD date; null when unknown. */
  published: string | null;
  /** Last modification time, when the page gives one apart from publication. */
  modified: string | null;
  /** BCP 47 primary language ("en", "de"); null when unknown. */
  language: string | null;
  siteName: string | null;
  /** Main body only, paragraphs separated by a blank line. */
  text: string;
}
