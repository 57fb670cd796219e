/** Dates written in text, markup values and URLs, in the forms news pages use, parsed to days and times. */
import { matchesIn } from '../text/matches.js';
import { alternation, isMember } from '../extract/lexicon/family.js';
import { PAGE_MONTHS, SLAVIC_GENITIVE_MONTHS } from '../extract/lexicon/months.js';
import { PAGE_AGE_UNITS } from '../extract/lexicon/pageAge.js';

/** A calendar date found in text or markup, with the full time when the source gives one with its zone. */
export interface FoundDate {
  /** YYYY-MM-DD */
  day: string;
  /** ISO 8601 date-time with offset (or Z), when time and zone are both known. */
  dateTime: string | null;
  /** Offset of the match in the scanned text. */
  index: number;
}

/** Month number by name, from the lexicon's page months (src/extract/lexicon/months.ts). */
const MONTHS: Record<string, number> = {};
SLAVIC_GENITIVE_MONTHS.words.forEach((name, i) => (MONTHS[name] = i + 1));
PAGE_MONTHS.forEach((month, i) => month.words.forEach((name) => (MONTHS[name] = i + 1)));

const pad = (n: number): string => String(n).padStart(2, '0');

// The first day a date written in page text or a URL may name: older years there are copyright lines, founding
// years and history, not the page's own date.
const TEXT_FIRST_DAY = '1990-01-01';
// A machine-readable value (meta content, `datetime`, JSON-LD) names the page's own date, so an archive's older
// article keeps its date ("1967-02-15"), which its relative dates are resolved against.
const VALUE_FIRST_DAY = '1900-01-01';
// What a CMS writes for an empty timestamp.
const EPOCH_DAY = '1970-01-01';

function validDay(y: number, m: number, d: number): string | null {
  if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1) return null;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d > days ? null : `${y}-${pad(m)}-${pad(d)}`;
}

function zoneOffset(zone: string | undefined): string | null {
  if (!zone) return null;
  if (/^(z|utc|gmt)$/i.test(zone)) return 'Z';
  const m = /^([+-])(\d{2}):?(\d{2})$/.exec(zone);
  return m ? `${m[1]}${m[2]}:${m[3]}` : null;
}

function withTime(day: string, h: number, min: number, s: number, zone: string | null): string | null {
  if (!zone || h > 23 || min > 59 || s > 59) return null;
  return `${day}T${pad(h)}:${pad(min)}:${pad(s)}${zone}`;
}

// Each pattern has bounded quantifiers only, so scanning stays linear on long text.
const ISO = /\b(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d{1,9})?\s?(Z|[+-]\d{2}:?\d{2})?)?/g;
const COMPACT_ISO = /^(\d{4})(\d{2})(\d{2})(?:T?(\d{2})(\d{2})(\d{2})?(Z|[+-]\d{2}:?\d{2})?)?$/;
const NUMERIC_DMY = /\b(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})\b/g;
const SLASHED_YMD = /\b(\d{4})\/(\d{1,2})\/(\d{1,2})\b/g;
const SLASHED_MDY = /\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/g;
// German short form "28.09.19": only where nothing else follows that would make it a version number.
const NUMERIC_DMY_SHORT = /(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{2})(?![\d.])/g;
// The month is a whole word of Latin or Cyrillic letters (every name in MONTHS is), looked up in MONTHS. The
// letter class is spelled out rather than \p{L}: V8 compiles the whole Unicode letter class into each pattern
// on the first two-byte text it meets, which cost ~40 ms at start-up (~8 ms even unbounded, as \p{L}+).
const LETTER = 'A-Za-zÀ-ɏЀ-ӿ';
const NAMED_DMY = new RegExp(
  String.raw`(?<![${LETTER}\d])(\d{1,2})(?:\.|er|st|nd|rd|th)?\s{1,3}(?:de\s)?` +
    String.raw`([${LETTER}]+)\.?,?\s{1,3}(?:de\s)?(\d{4})\b`,
  'g',
);
const NAMED_MDY = new RegExp(
  String.raw`(?<![${LETTER}])([${LETTER}]+)\.?\s{1,3}(\d{1,2})(?:st|nd|rd|th)?,?\s{1,3}(\d{4})\b`,
  'g',
);
// Chinese, Japanese and Korean order year, month, day, each with its counter: "2019年6月24日", "2019년 6월 24일".
const EAST_ASIAN_YMD = /(?<!\d)(\d{4})\s?[年년]\s?(\d{1,2})\s?[月월]\s?(\d{1,2})\s?[日일]/gu;
// A clock time right after a written date: "October 28, 2025 at 8:00 am UTC", "16.10.2019, 14:05 Uhr".
const TRAILING_TIME =
  /^(?:,|\s|at|um|à|-|\|){0,6}(\d{1,2}):(\d{2})(?::(\d{2}))?\s?([ap]\.?m\.?)?\s?(utc|gmt|z|[+-]\d{2}:?\d{2})?/i;

function timeAfter(text: string, end: number, day: string): string | null {
  const m = TRAILING_TIME.exec(text.slice(end, end + 40));
  if (!m) return null;
  let h = Number(m[1]);
  const ampm = m[4]?.toLowerCase().replace(/\./g, '');
  if (ampm === 'pm' && h < 12) h += 12;
  if (ampm === 'am' && h === 12) h = 0;
  return withTime(day, h, Number(m[2]), Number(m[3] ?? 0), zoneOffset(m[5]));
}

/** Parses a machine-readable date value (meta content, `datetime`, JSON-LD): ISO 8601 or a written date. */
export function parseDateValue(value: string): FoundDate | null {
  const v = value.trim().slice(0, 100);
  const compact = COMPACT_ISO.exec(v);
  if (compact) {
    const day = validDay(Number(compact[1]), Number(compact[2]), Number(compact[3]));
    if (!day || day === EPOCH_DAY) return null;
    const time = compact[4]
      ? withTime(day, Number(compact[4]), Number(compact[5]), Number(compact[6] ?? 0), zoneOffset(compact[7]))
      : null;
    return { day, dateTime: time, index: 0 };
  }
  const found = scanDates(v, VALUE_FIRST_DAY)[0];
  return found && found.day !== EPOCH_DAY ? found : null;
}

/** Every date written in `text`, in order of appearance. */
export function findDates(text: string): readonly FoundDate[] {
  // every form below has a year in digits: most text blocks are ruled out without running them
  if (!/\d{2}/.test(text)) return NONE;
  // a page's short blocks are searched several times over (datelines, list items, clutter lines)
  if (text.length > CACHED_MAX_CHARS) return scanDates(text);
  let found = recent.get(text);
  if (!found) {
    if (recent.size >= RECENT_TEXTS) recent.clear();
    recent.set(text, (found = Object.freeze(scanDates(text))));
  }
  return found;
}

const NONE: readonly FoundDate[] = Object.freeze([]);
// Enough for every short block of a large page: its blocks are searched in passes, in page order, and a cache that
// held fewer would lose each text before the next pass came back to it.
const RECENT_TEXTS = 100_000;
const CACHED_MAX_CHARS = 300;
const recent = new Map<string, readonly FoundDate[]>();

/** Drops the texts `findDates` remembers: a page's texts are searched again only while that page is read. */
export function forgetTexts(): void {
  recent.clear();
}

const NO_STARTS: readonly number[] = [];

function scanDates(text: string, firstDay = TEXT_FIRST_DAY): FoundDate[] {
  const found: FoundDate[] = [];
  // Starts already taken, by tens of characters: a date overlapping one found before sits in a neighbouring
  // bucket, so a text with thousands of dates is not compared date by date.
  const taken = new Map<number, number[]>();
  const overlaps = (index: number): boolean => {
    const bucket = Math.floor(index / 10);
    for (let b = bucket - 1; b <= bucket + 1; b++) {
      for (const at of taken.get(b) ?? NO_STARTS) if (index < at + 10 && at < index + 10) return true;
    }
    return false;
  };
  const add = (index: number, end: number, day: string | null, dateTime?: string | null): void => {
    if (!day || day < firstDay || overlaps(index)) return;
    found.push({ day, dateTime: dateTime !== undefined ? dateTime : timeAfter(text, end, day), index });
    const bucket = Math.floor(index / 10);
    const starts = taken.get(bucket);
    if (starts) starts.push(index);
    else taken.set(bucket, [index]);
  };
  // Every form but the short German one has a four-digit year: a text without one is spared their scans.
  const hasYear = /\d{4}/.test(text);
  if (hasYear) {
    for (const m of matchesIn(text, ISO)) {
      const day = validDay(Number(m[1]), Number(m[2]), Number(m[3]));
      const time = day && m[4] ? withTime(day, Number(m[4]), Number(m[5]), Number(m[6] ?? 0), zoneOffset(m[7])) : null;
      add(m.index, m.index + m[0].length, day, time);
    }
    for (const m of matchesIn(text, NUMERIC_DMY)) add(m.index, m.index + m[0].length, validDay(+m[3], +m[2], +m[1]));
  }
  for (const m of matchesIn(text, NUMERIC_DMY_SHORT)) {
    add(m.index, m.index + m[0].length, validDay(2000 + Number(m[3]), +m[2], +m[1]));
  }
  if (!hasYear) return found;
  for (const m of matchesIn(text, EAST_ASIAN_YMD)) add(m.index, m.index + m[0].length, validDay(+m[1], +m[2], +m[3]));
  for (const m of matchesIn(text, SLASHED_YMD)) add(m.index, m.index + m[0].length, validDay(+m[1], +m[2], +m[3]));
  for (const m of matchesIn(text, SLASHED_MDY)) {
    // US order unless the first number cannot be a month
    const [a, b] = [+m[1], +m[2]];
    add(m.index, m.index + m[0].length, a > 12 ? validDay(+m[3], b, a) : validDay(+m[3], a, b));
  }
  for (const m of matchesIn(text, NAMED_DMY)) {
    const month = MONTHS[m[2].toLowerCase()];
    if (month) add(m.index, m.index + m[0].length, validDay(+m[3], month, +m[1]));
  }
  for (const m of matchesIn(text, NAMED_MDY)) {
    const month = MONTHS[m[1].toLowerCase()];
    if (month) add(m.index, m.index + m[0].length, validDay(+m[3], month, +m[2]));
  }
  return found.sort((a, b) => a.index - b.index);
}

const MINUTE_MS = 60_000;
/** Length in minutes of each family of PAGE_AGE_UNITS, in its order: minute, hour, day, week. */
const UNIT_MINUTES = [1, 60, 1440, 10_080];
const UNITS = alternation(...PAGE_AGE_UNITS);
// "3 hours ago", "an hour ago", "vor 2 Tagen", "vor einer Stunde": minutes, hours, days and weeks, English and German.
const AGO = new RegExp(String.raw`\b(\d{1,3}|an?|one)\s(${UNITS})\sago\b`, 'gi');
const VOR = new RegExp(String.raw`\bvor\s(\d{1,3}|einer|einem)\s(${UNITS})\b`, 'gi');
const unitMs = (word: string): number =>
  UNIT_MINUTES[PAGE_AGE_UNITS.findIndex((unit) => isMember(unit, word))] * MINUTE_MS;

/** Dates written relative to the moment the page was served ("Published 3 hours ago"), as seen from `fetchedAt`. */
export function findRelativeDates(text: string, fetchedAt: Date): FoundDate[] {
  const found: FoundDate[] = [];
  for (const m of [...matchesIn(text, AGO), ...matchesIn(text, VOR)]) {
    const count = /^\d/.test(m[1]) ? Number(m[1]) : 1;
    const day = new Date(fetchedAt.getTime() - count * unitMs(m[2])).toISOString().slice(0, 10);
    found.push({ day, dateTime: null, index: m.index });
  }
  return found.sort((a, b) => a.index - b.index);
}

const URL_YMD = /\/(\d{4})[/_-](\d{1,2})[/_-](\d{1,2})(?:[/_.-]|$)/;
const URL_COMPACT_YMD = /[/_-](\d{4})(\d{2})(\d{2})(?:[/_.-]|$)/;
const URL_YEAR_MONTH_NAME_DAY = /\/(\d{4})\/([a-z]{3,9})\/(\d{1,2})(?:[/_.-]|$)/i;
const URL_DMY = /[/_-](\d{2})-(\d{2})-(\d{4})(?:[/_.-]|$)/;

/** A date in a URL path: /2019/10/16/, /2019-10-16-, /20191016/, /2020/oct/02/, /29-10-2021. */
export function dateFromUrl(url: string): FoundDate | null {
  const path = url.replace(/[?#].*$/, '');
  let day: string | null = null;
  let m: RegExpExecArray | null;
  if ((m = URL_YMD.exec(path) ?? URL_COMPACT_YMD.exec(path))) day = validDay(+m[1], +m[2], +m[3]);
  else if ((m = URL_YEAR_MONTH_NAME_DAY.exec(path)) && MONTHS[m[2].toLowerCase()]) {
    day = validDay(+m[1], MONTHS[m[2].toLowerCase()], +m[3]);
  } else if ((m = URL_DMY.exec(path))) day = validDay(+m[3], +m[2], +m[1]);
  return day && day >= TEXT_FIRST_DAY ? { day, dateTime: null, index: 0 } : null;
}

const URL_YEAR_MONTH = /\/((?:19|20)\d{2})\/(\d{2})\//;

/** The "YYYY-MM" of a permalink that names year and month (/2012/08/slug), or null. */
export function monthFromUrl(url: string): string | null {
  const m = URL_YEAR_MONTH.exec(url.replace(/[?#].*$/, ''));
  return m && +m[2] >= 1 && +m[2] <= 12 ? `${m[1]}-${m[2]}` : null;
}

// Pages state times in their own zone: a date up to 14 hours "ahead" of the fetch can still be today's.
const ZONE_SLACK_MS = 14 * 3_600_000;

// The last day notAfter allowed, for the limit it was asked about last: a page's dates are all checked against one.
let lastLatest = NaN;
let lastLatestDay = '';

/** False for dates after `limit` (a publication cannot postdate its fetch). */
export function notAfter(date: FoundDate, limit: Date): boolean {
  const latest = limit.getTime() + ZONE_SLACK_MS;
  if (latest !== lastLatest) {
    lastLatestDay = new Date(latest).toISOString().slice(0, 10);
    lastLatest = latest;
  }
  if (date.day > lastLatestDay) return false;
  return date.dateTime === null || Date.parse(date.dateTime) <= limit.getTime();
}
