/** The page's publication and modification dates, from the strongest evidence the page gives. */
import {
  dateFromUrl,
  findDates,
  findRelativeDates,
  monthFromUrl,
  notAfter,
  parseDateValue,
  type FoundDate,
} from './dates.js';
import { articleEntities, typeOf } from './metadata.js';
import type { PageSignals } from './signals.js';

export interface PageDates {
  published: string | null;
  modified: string | null;
}

// Names that say "publication of this article", most specific first.
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
  'dc.date.issued',
  'citation_publication_date',
  'citation_date',
  'article:post_date',
  'date_published',
  'release_date',
];
// Generic date names: content-management systems fill them with the page's creation or last edit as
// often as with the publication, so a dateline the reader sees beside the article outranks them.
const GENERIC_DATE_META = ['dcterms.created', 'dc.date.created', 'dcterms.date', 'dc.date', 'date', 'datecreated'];
const MODIFIED_META = ['article:modified_time', 'og:updated_time', 'datemodified', 'last-modified', 'dcterms.modified'];
// Words that name a date as the text's own last change ("last edited", "zuletzt geändert").
const UPDATE_WORD = 'update|aktualisiert|geändert|änderung|modified|edited|zuletzt|mis à jour';
// Text right before a visible date that names it as the last change.
const UPDATE_WORDS = new RegExp(`(?:${UPDATE_WORD})[^\\d]{0,20}$`, 'i');
// Text right before a visible date that says it is not the publication date: an update, or an expiry ("available until").
const NOT_PUBLICATION_WORDS = new RegExp(
  `(?:${UPDATE_WORD}|last|\\bbis|until|expires?|verfügbar|gültig|abgerufen|accessed|retrieved|consulté)[^\\d]{0,20}$`,
  'i',
);
// Text right before a visible date that names it as the publication date.
const PUBLICATION_WORDS =
  /(?:publi|posted|veröffentlicht|erschienen|erstellt|created|pubblicato|publicado|gepubliceerd)[^\d]{0,20}$/i;

// A clock time between the word and the date ("Updated 10:42 a.m. ET Oct. 5, 2025") leaves the word in charge.
const CLOCK_TIME = /\d{1,2}[:.]\d{2}(?:\s?[ap]\.?m\.?)?/gi;

// Searching the raw source for a date stops here: a dateline sits near the top of any real page.
const RAW_SEARCH_CHARS = 2_000_000;

function display(d: FoundDate): string {
  return d.dateTime ?? d.day;
}

// A photo or video embedded in the article has its own publication date, often older than the article.
const MEDIA_TYPE = /ImageObject|VideoObject|AudioObject|MediaObject|Photograph/;
const isMedia = (o: Record<string, unknown>): boolean => MEDIA_TYPE.test(typeOf(o));

/** The first value, in order, that parses as a date no later than `limit`. */
function firstValid(values: (string | null | undefined)[], limit: Date): FoundDate | null {
  for (const v of values) {
    if (typeof v !== 'string' || !v) continue;
    const d = parseDateValue(v);
    if (d && notAfter(d, limit)) return d;
  }
  return null;
}

/** The words just before a date in its text, a clock time left out: what names the date. */
function wordsBefore(text: string, d: FoundDate): string {
  return text.slice(Math.max(0, d.index - 40), d.index).replace(CLOCK_TIME, '');
}

/** The first date in `texts` named as the publication ("Published on …"), else the first not named as something else. */
function visibleDate(
  texts: string[],
  limit: Date,
  {
    accept = () => true,
    find = findDates,
    updates = false,
  }: {
    accept?: (d: FoundDate) => boolean;
    find?: (text: string) => readonly FoundDate[];
    /** Take a date named as the last update ("last edited 2019-11-10") instead of an unnamed one. */
    updates?: boolean;
  } = {},
): FoundDate | null {
  let unnamed: FoundDate | null = null;
  for (const text of texts) {
    for (const d of find(text)) {
      if (!notAfter(d, limit) || !accept(d)) continue;
      const before = wordsBefore(text, d);
      if (PUBLICATION_WORDS.test(before)) return d;
      if (!unnamed && (updates ? UPDATE_WORDS.test(before) : !NOT_PUBLICATION_WORDS.test(before))) unnamed = d;
    }
  }
  return unnamed;
}

const HOUR_MS = 3_600_000;
// The zones in use run from UTC-12 to UTC+14: a local calendar day outside that reach of a UTC instant is another date.
const EARLIEST_OFFSET_MS = -12 * HOUR_MS;
const LATEST_OFFSET_MS = 14 * HOUR_MS;
const UTC = /(?:Z|[+-]00:00)$/;

/** True when some real time zone puts the UTC instant on `day`. */
function reachableDay(instant: number, day: string): boolean {
  const start = Date.parse(day);
  return instant + LATEST_OFFSET_MS >= start && instant + EARLIEST_OFFSET_MS < start + 24 * HOUR_MS;
}

/**
 * A time given in UTC says nothing about the publisher's calendar day, which is the day readers and
 * archives name. Prefer the same instant written with the local offset, else a day the URL or a
 * visible dateline gives when it is within a day of the UTC one.
 */
function localDay(date: FoundDate, others: (FoundDate | null)[], calendarDays: (FoundDate | null)[]): FoundDate {
  if (!date.dateTime || !UTC.test(date.dateTime)) return date;
  // the URL or the dateline giving the UTC day itself confirms that day; another date near the body may be a comment's
  if (calendarDays.some((o) => o?.day === date.day)) return date;
  const instant = Date.parse(date.dateTime);
  const sameInstant = others.find((o) => o?.dateTime && !UTC.test(o.dateTime) && Date.parse(o.dateTime) === instant);
  if (sameInstant) return sameInstant;
  const nearDay = calendarDays.find((o) => o && !o.dateTime && o.day !== date.day && reachableDay(instant, o.day));
  return nearDay ?? date;
}

/** Tag-free page source, scripts included: the last place a date can hide (e.g. app state JSON). */
function sourceText(html: string): string {
  return html.slice(0, RAW_SEARCH_CHARS).replace(/<[^<>]{0,5000}>/g, ' ');
}

export interface DateEvidence {
  signals: PageSignals;
  /** The canonical or given page URL. */
  url: string | null;
  /** Short texts around the article body, nearest first (datelines live there). */
  nearBody: string[];
  html: string;
  /** No date after this is accepted. */
  limit: Date;
  /** When the page was fetched, if known: the moment "3 hours ago" counts from. */
  fetchedAt: Date | null;
}

/**
 * Publication and modification dates. Publication prefers what the page declares for the article
 * (JSON-LD, meta, `<time>`), then the URL, then visible datelines near the body, then any date in
 * the source; the last change instead when that is the only date the reader sees; never a date after `limit`.
 */
export function pageDates({ signals: s, url, nearBody, html, limit, fetchedAt }: DateEvidence): PageDates {
  const entities = articleEntities(s);
  const metaValues = (keys: string[]): string[] => keys.flatMap((k) => s.meta.get(k) ?? []);
  const firstTime = (keep: (t: PageSignals['times'][number]) => boolean): FoundDate | null =>
    firstValid(
      s.times.filter(keep).map((t) => t.value),
      limit,
    );
  const urlDate = url ? dateFromUrl(url) : null;
  const urlMonth = url ? monthFromUrl(url) : null;
  // A permalink's /year/month/ is fixed at creation: a date outside that month is another text's, when the page shows one inside it.
  const withinUrlMonth = (d: FoundDate | null): FoundDate | null => {
    if (!d || !urlMonth || d.day.startsWith(urlMonth)) return d;
    return visibleDate([...nearBody, ...s.dateTexts], limit, { accept: (v) => v.day.startsWith(urlMonth) }) ?? d;
  };
  const fromLd = firstValid(
    entities.map((o) => o.datePublished as string),
    limit,
  );
  const fromMeta = firstValid(metaValues(PUBLISHED_META), limit);
  const fromGeneric = firstValid(metaValues(GENERIC_DATE_META), limit);
  const dateline = visibleDate(nearBody, limit);
  // without the fetch time a relative date means nothing: the page may have been saved long ago
  const relative = fetchedAt && visibleDate(nearBody, limit, { find: (t) => findRelativeDates(t, fetchedAt) });
  const shownDays = new Set<string>();
  // a day shown only as the last change or an expiry confirms no publication
  const shownAsPublished = new Set<string>();
  for (const t of nearBody) {
    for (const d of findDates(t)) {
      shownDays.add(d.day);
      if (!NOT_PUBLICATION_WORDS.test(wordsBefore(t, d))) shownAsPublished.add(d.day);
    }
  }
  // A declared date the reader also sees beside the article is confirmed: the one in the dateline first,
  // then one shown anywhere near the body. Otherwise JSON-LD, then the specific metas, lead.
  const confirmedBy = (shown: (day: string) => boolean): FoundDate | undefined =>
    [fromLd, fromMeta, fromGeneric].find((d): d is FoundDate => !!d && shown(d.day));
  const modified =
    firstValid(
      entities.map((o) => o.dateModified as string),
      limit,
    ) ?? firstValid(metaValues(MODIFIED_META), limit);
  // A page that gives no other date (a wiki page, a help page) is dated by its last change: the best date its text has.
  const lastUpdate = (): FoundDate | null =>
    modified ?? visibleDate([...nearBody, ...s.dateTexts, sourceText(html)], limit, { updates: true });
  const declared =
    confirmedBy((day) => day === dateline?.day) ??
    confirmedBy((day) => shownAsPublished.has(day)) ??
    fromLd ??
    fromMeta ??
    firstTime((t) => t.strong) ??
    firstTime((t) => t.inArticle) ??
    firstValid(
      entities.map((o) => o.dateCreated as string),
      limit,
    ) ??
    firstValid(
      s.jsonLd.filter((o) => !isMedia(o)).map((o) => o.datePublished as string),
      limit,
    ) ??
    dateline ??
    relative ??
    fromGeneric ??
    firstValid(
      s.jsonLd.map((o) => o.datePublished as string),
      limit,
    ) ??
    firstTime(() => true) ??
    visibleDate(s.dateTexts, limit) ??
    visibleDate([sourceText(html)], limit) ??
    lastUpdate();

  // A date in the URL is fixed when the article is created, so it names the original publication;
  // declared dates win only when they agree with it and add the time.
  const published =
    urlDate && notAfter(urlDate, limit) && declared?.day !== urlDate.day ? urlDate : withinUrlMonth(declared);
  const localized =
    published &&
    localDay(
      published,
      [...metaValues([...PUBLISHED_META, ...GENERIC_DATE_META]), ...s.times.map((t) => t.value)].map(parseDateValue),
      [urlDate, dateline],
    );
  // A page that shows the reader only its last change ("Updated June 13") and keeps the first publication in its
  // metadata is dated by the change it shows, near the body or in an element marked as a date.
  const shownAnywhere = (day: string): boolean =>
    shownDays.has(day) || s.dateTexts.some((t) => findDates(t).some((d) => d.day === day));
  const showsOnlyItsChange = (first: FoundDate, change: FoundDate): boolean =>
    change.day > first.day && !shownAnywhere(first.day) && shownAnywhere(change.day);
  const dated = localized && modified && showsOnlyItsChange(localized, modified) ? modified : localized;
  return {
    published: dated ? display(dated) : null,
    modified: modified && (!dated || display(modified) !== display(dated)) ? display(modified) : null,
  };
}
