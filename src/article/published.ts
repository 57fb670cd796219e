import { dateFromUrl, findDates, notAfter, parseDateValue, type FoundDate } from './dates.js';
import { articleEntities } from './metadata.js';
import type { PageSignals } from './signals.js';

export interface PageDates {
  published: string | null;
  modified: string | null;
}

// Most specific first: article-level publication fields, then generic "date" names that usually mean it.
const PUBLISHED_META = [
  'article:published_time',
  'og:article:published_time',
  'og:published_time',
  'datepublished',
  'article.published',
  'published_time',
  'publish-date',
  'publish_date',
  'publishdate',
  'publication_date',
  'pubdate',
  'parsely-pub-date',
  'sailthru.date',
  'dcterms.created',
  'dc.date.issued',
  'dc.date.created',
  'dcterms.date',
  'dc.date',
  'citation_publication_date',
  'date',
  'datecreated',
  'article:post_date',
  'date_published',
  'release_date',
];
const MODIFIED_META = ['article:modified_time', 'og:updated_time', 'datemodified', 'last-modified', 'dcterms.modified'];
// Text right before a visible date that says it is not the publication date.
const UPDATE_WORDS = /(?:update|aktualisiert|geändert|modified|edited|zuletzt|last|mis à jour)[^\d]{0,20}$/i;

function display(d: FoundDate): string {
  return d.dateTime ?? d.day;
}

/** The first value, in order, that parses as a date no later than `limit`. */
function firstValid(values: (string | null | undefined)[], limit: Date): FoundDate | null {
  for (const v of values) {
    if (typeof v !== 'string' || !v) continue;
    const d = parseDateValue(v);
    if (d && notAfter(d, limit)) return d;
  }
  return null;
}

function visibleDate(texts: string[], limit: Date): FoundDate | null {
  for (const text of texts) {
    for (const d of findDates(text)) {
      if (notAfter(d, limit) && !UPDATE_WORDS.test(text.slice(Math.max(0, d.index - 40), d.index))) return d;
    }
  }
  return null;
}

/**
 * Publication and modification dates. Publication prefers what the page declares for the article
 * (JSON-LD, meta, `<time>`), then the URL, then visible datelines; never a date after `limit`.
 */
export function pageDates(s: PageSignals, url: string | null, bodyTexts: string[], limit: Date): PageDates {
  const entities = articleEntities(s);
  const metaValues = (keys: string[]): string[] => keys.flatMap((k) => s.meta.get(k) ?? []);
  const times = [...s.times].sort((a, b) => Number(b.strong) - Number(a.strong) || Number(b.inArticle) - Number(a.inArticle));
  const published =
    firstValid(entities.map((o) => o.datePublished as string), limit) ??
    firstValid(metaValues(PUBLISHED_META), limit) ??
    firstValid(
      times.map((t) => t.value),
      limit,
    ) ??
    firstValid(entities.map((o) => o.dateCreated as string), limit) ??
    (url ? dateFromUrl(url) : null) ??
    visibleDate(s.dateTexts, limit) ??
    visibleDate(bodyTexts, limit);
  const modified =
    firstValid(entities.map((o) => o.dateModified as string), limit) ?? firstValid(metaValues(MODIFIED_META), limit);
  return {
    published: published ? display(published) : null,
    modified: modified && (!published || display(modified) !== display(published)) ? display(modified) : null,
  };
}
