/** The dates extractor: calendar dates at the precision written, relative ones resolved against the publication. */
import { matchesIn } from '../text/matches.js';
import { LETTERS } from './lexicon/family.js';
import type { TextAnalysis } from './analysis.js';
import { DATE_EVENTS, EVENT_FAMILIES, TREATY_YEAR_FORM, withEvents, type EventInputs } from './dateEvents.js';
import {
  alternation,
  DAY_AFTER,
  DAY_BEFORE,
  isMember,
  MONTH_ABBREVIATIONS,
  MONTHS,
  NEXT_STEP,
  OPEN_UNTIL,
  PAST_STEP,
  RELATIVE_OPENERS,
  COMPARISON_OPENERS,
  RESTATEMENTS,
  PERIOD_UNITS,
  SAME_DAY,
  SAME_YEAR,
  STEP_PERIODS,
  THIS_STEP,
  TIME_LEADS,
  TREATY_NOUNS,
  MONTH_LEADS,
  SEASONS,
  WEEKDAYS,
  YEAR_WORD,
} from './lexicon/index.js';
import { SPEECH_VERBS } from './lexicon/speech.js';
import { CARDINAL_WORDS, NUMBER_WORD_FAMILIES, numberValue, ORDINAL } from './numbers/value.js';
import type { Rule } from './rules/rule.js';
import { ruleTable } from './rules/rule.js';
import type { ExtractorSpec } from './rules/version.js';
import { TENSE_FAMILIES, tenseReader, type Direction } from './tense.js';
import { firstIndex } from './sorted.js';
import { datelineOf } from './dateline.js';
import { rangeAt } from './text.js';
import type { DateMention } from './types.js';

/** A calendar day as the publication's local clock shows it: the date part of the ISO string, offset included. */
interface Day {
  y: number;
  m: number;
  d: number;
}

/** What a date form reads: its match, the publication day, and (on demand) which way its clause points in time. */
interface FormContext {
  match: RegExpExecArray;
  pub: Day | null;
  direction: () => Direction | null;
  /** The direction its own sentence gives, none from the sentences before. */
  sentenceDirection: () => Direction | null;
  /** Whether the match stands inside a quotation, where "today" is the speaker's day, not the publication's. */
  quoted: () => boolean;
}

/** A date form: a rule whose pattern finds candidates in the text and whose `when` gives the calendar value. */
interface DateForm extends Rule<FormContext, string> {
  readonly pattern: RegExp;
}

function localDay(published: string | null): Day | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(published ?? '');
  return m ? { y: +m[1], m: +m[2], d: +m[3] } : null;
}

const pad = (n: number) => String(n).padStart(2, '0');
const ymd = (t: number) => new Date(t).toISOString().slice(0, 10);
const dayTime = (d: Day) => Date.UTC(d.y, d.m - 1, d.d);
const DAY_MS = 86_400_000;

/** 1-12 for a month name or abbreviation as the forms match them ("Sept." is 9). */
/** Month numbers by the first three letters of a month's name (the first month listed with them). */
const MONTH_BY_PREFIX = new Map<string, number>();
MONTHS.words.forEach((m, i) => {
  const prefix = m.slice(0, 3).toLowerCase();
  if (!MONTH_BY_PREFIX.has(prefix)) MONTH_BY_PREFIX.set(prefix, i + 1);
});

/** The month a word names by its first three letters; 0 for none. */
function monthNumber(word: string): number {
  return MONTH_BY_PREFIX.get(word.slice(0, 3).toLowerCase()) ?? 0;
}

function validDay(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function full(y: number, m: number, d: number): string | null {
  return validDay(y, m, d) ? `${y}-${pad(m)}-${pad(d)}` : null;
}

/**
 * A month and day without a year: the most recent one not after the publication for a past event, the next one
 * for an event ahead, the nearest when the clause does not say.
 */
function dayInYear(pub: Day, m: number, d: number, direction: Direction | null): string | null {
  const years = [pub.y - 1, pub.y, pub.y + 1].filter((y) => validDay(y, m, d));
  const at = (y: number) => Date.UTC(y, m - 1, d) - dayTime(pub);
  const fits = years.filter((y) => (direction === 'past' ? at(y) <= 0 : direction === 'future' ? at(y) >= 0 : true));
  const best = fits.reduce<number | null>((b, y) => (b === null || Math.abs(at(y)) < Math.abs(at(b)) ? y : b), null);
  return best === null ? null : full(best, m, d);
}

/** A month without a year: "last July" is the one before this month, "next" or ahead the coming one, else back. */
function monthInYear(pub: Day, month: number, lead: string, direction: Direction | null): string {
  let y = pub.y;
  if (isMember(PAST_STEP, lead)) y = month < pub.m ? pub.y : pub.y - 1;
  else if (isMember(NEXT_STEP, lead) || (!isMember(THIS_STEP, lead) && direction === 'future')) {
    y = month >= pub.m ? pub.y : pub.y + 1;
  } else if (!isMember(THIS_STEP, lead)) y = month <= pub.m ? pub.y : pub.y - 1;
  return `${y}-${pad(month)}`;
}

/** A weekday: the most recent one (the publication day included) unless the lead or the clause points ahead. */
function weekday(pub: Day, target: number, lead: string, direction: Direction | null): string {
  const t = dayTime(pub);
  const today = new Date(t).getUTCDay();
  const back = (today - target + 7) % 7;
  const past = isMember(PAST_STEP, lead);
  if (isMember(NEXT_STEP, lead) || (!past && direction === 'future'))
    // Ahead, the publication's own weekday is that day ("the meeting runs through Friday", written on a Friday),
    // unless the lead says next.
    return ymd(t + DAY_MS * ((target - today + 7) % 7 || (isMember(NEXT_STEP, lead) ? 7 : 0)));
  return ymd(t - DAY_MS * (past && back === 0 ? 7 : back));
}

/** The first month of the n-th season of the seasons family (spring opens in March), and its last. */
const seasonMonths = (index: number) => ({ first: 3 + 3 * index, last: 5 + 3 * index });

/** "last summer" is the year of the last one over, "next spring" the year of the coming one. */
function seasonYear(pub: Day, season: number, lead: string): string {
  const { first, last } = seasonMonths(season);
  if (isMember(PAST_STEP, lead)) return String(pub.m > last ? pub.y : pub.y - 1);
  if (isMember(NEXT_STEP, lead)) return String(pub.m < first ? pub.y : pub.y + 1);
  return String(pub.y);
}

/** "last year" is a year, "next month" a month, "this week" an ISO week. */
function relativePeriod(pub: Day, lead: string, unit: string): string {
  const step = isMember(PAST_STEP, lead) ? -1 : isMember(NEXT_STEP, lead) ? 1 : 0;
  if (unit === 'year') return String(pub.y + step);
  if (unit === 'week') return isoWeek(dayTime(pub) + 7 * DAY_MS * step);
  return monthsFrom(pub, step);
}

function monthsFrom(pub: Day, step: number): string {
  const months = pub.y * 12 + pub.m - 1 + step;
  return `${Math.floor(months / 12)}-${pad((months % 12) + 1)}`;
}

/** The ISO week ("2026-W37") holding a day: weeks start on Monday, week 1 holds the year's first Thursday. */
function isoWeek(t: number): string {
  const thursday = t + DAY_MS * (3 - ((new Date(t).getUTCDay() + 6) % 7));
  const year = new Date(thursday).getUTCFullYear();
  return `${year}-W${pad(Math.floor((thursday - Date.UTC(year, 0, 1)) / (7 * DAY_MS)) + 1)}`;
}

/** "two days ago" is a day, "three months ago" a month, "a year ago" a year. */
function ago(pub: Day, count: number, unit: string): string {
  if (unit === 'day' || unit === 'week') return ymd(dayTime(pub) - DAY_MS * count * (unit === 'week' ? 7 : 1));
  if (unit === 'year') return String(pub.y - count);
  return monthsFrom(pub, -count);
}

const unitOf = (word: string) => word.toLowerCase().replace(/s$/, '');
const capitalized = (word: string) => /^\p{Lu}/u.test(word);

const MONTH = `(?:${alternation(MONTHS)}|${alternation(MONTH_ABBREVIATIONS)}\\.?)`;
const FULL_MONTH = alternation(MONTHS);
const WEEKDAY = alternation(WEEKDAYS);
const DAY = String.raw`(\d{1,2})(?:st|nd|rd|th)?`;
const YEAR = String.raw`((?:1[89]|20)\d\d)`;
const STEP = alternation(PAST_STEP, THIS_STEP, NEXT_STEP);
const YEAR_AS_WORD = alternation(YEAR_WORD);
const LEAD = alternation(TIME_LEADS, PAST_STEP, THIS_STEP, NEXT_STEP);
const MONTH_LEAD = alternation(TIME_LEADS, MONTH_LEADS, PAST_STEP, THIS_STEP, NEXT_STEP);
/** A year in a list of years, without its capture. */
const LISTED_YEAR = String.raw`(?:1[89]|20)\d\d`;
/** A run of years after a lead, up to the one before the year read: "in 2011, 2013" of "in 2011, 2013 and 2016". */
const YEAR_RUN = String.raw`\b(?:${LEAD})[\t ]+(?:either[\t ]+)?${LISTED_YEAR}(?:[\t ]*,[\t ]*${LISTED_YEAR})*`;
/** A year that is part of a range or an identifier ("2008-12", "2019/20"), not a date. */
const NOT_RANGE = String.raw`(?![-/]\d)`;
const COUNT = `(an?|\\d{1,2}|${CARDINAL_WORDS.source})`;

const PUB = '2026-03-14T10:00:00+01:00';

/**
 * The date forms. Every form scans the text; where readings overlap, the earliest wins and, of those starting
 * together, the longest (most precise); of equal spans, the earlier form in this table.
 */
const FORMS: readonly DateForm[] = [
  {
    name: 'month-in-relative-year',
    produces: 'a day or month in the year named from the publication ("Nov. 20 next year")',
    // The day before the month ("1 September last year") or after it ("Nov. 20 next year").
    pattern: new RegExp(
      String.raw`\b(?:${DAY}\s+(?:of\s+)?)?(${MONTH})\s+(?:${DAY},?\s+)?(?:of\s+)?(${STEP})\s+${YEAR_AS_WORD}\b`,
      'gi',
    ),
    when: ({ match: m, pub }) => {
      if (!pub || !capitalized(m[2]) || (m[1] && m[3])) return null;
      const y = pub.y + (isMember(PAST_STEP, m[4]) ? -1 : isMember(NEXT_STEP, m[4]) ? 1 : 0);
      const day = m[1] ?? m[3];
      return day ? full(y, monthNumber(m[2]), +day) : `${y}-${pad(monthNumber(m[2]))}`;
    },
    examples: [
      { text: 'Talks resume on Nov. 20 next year.', published: PUB, gives: { value: '2027-11-20' } },
      { text: 'A review follows in March next year.', published: PUB, gives: { value: '2027-03' } },
      { text: 'It has applied since 1 September last year.', published: PUB, gives: { value: '2025-09-01' } },
      { text: 'The envoy left the talks in November of last year.', published: PUB, gives: { value: '2025-11' } },
      { text: 'A plan is due by June of next year.', published: PUB, gives: { value: '2027-06' } },
    ],
    counterExamples: [{ text: 'It may last year after year.', published: PUB }],
  },
  {
    name: 'count-ago',
    produces:
      'a day, month or year counted back from the publication ("two days ago"); "two years ago today" is the ' +
      "publication's day of the month that many years back",
    pattern: new RegExp(
      String.raw`\b${COUNT}\s+(${alternation(PERIOD_UNITS)})\s+ago(\s+(?:${alternation(SAME_DAY)}))?\b`,
      'gi',
    ),
    when: ({ match: m, pub }) => {
      const count = /^an?$/i.test(m[1]) ? 1 : numberValue(m[1]);
      if (!pub || !Number.isInteger(count)) return null;
      const back = ago(pub, count, unitOf(m[2]));
      // "ago today": the same day of the month, in the month or year counted back.
      if (!m[3] || /^\d{4}-\d{2}-\d{2}$/.test(back)) return back;
      const [y, mo] = /^\d{4}$/.test(back) ? [+back, pub.m] : back.split('-').map(Number);
      return full(y, mo, pub.d);
    },
    examples: [
      { text: 'Two years ago today, the accord took effect.', published: PUB, gives: { value: '2024-03-14' } },
      { text: 'Chile ratified two days ago.', published: PUB, gives: { value: '2026-03-12' } },
      { text: 'Peru joined three months ago.', published: PUB, gives: { value: '2025-12' } },
    ],
    counterExamples: [{ text: 'Two days later, Peru joined.', published: PUB }],
  },
  {
    name: 'iso-date',
    produces: 'a day written year-month-day ("2025-01-02")',
    pattern: /\b(\d{4})-(\d{2})-(\d{2})\b/g,
    when: ({ match: m }) => full(+m[1], +m[2], +m[3]),
    examples: [{ text: 'It took effect 2025-01-02.', gives: { value: '2025-01-02' } }],
    counterExamples: [{ text: 'Reference 2025-13-40 was filed.' }],
  },
  {
    name: 'day-month-year',
    produces: 'a day written day, month, year ("24 December 2024", "3rd of May, 2021")',
    pattern: new RegExp(String.raw`\b${DAY}\s+(?:of\s+)?(${MONTH}),?\s+${YEAR}\b`, 'g'),
    when: ({ match: m }) => full(+m[3], monthNumber(m[2]), +m[1]),
    examples: [
      { text: 'It was signed on 24 December 2024.', gives: { value: '2024-12-24' } },
      { text: 'It closed on the 3rd of May, 2021.', gives: { value: '2021-05-03' } },
    ],
    counterExamples: [{ text: 'It was signed on 31 February 2024.' }],
  },
  {
    name: 'ordinal-day-of-month',
    produces:
      'a day written as an ordinal word of a month ("the first of January 2017", "the twenty-fifth of May"), its ' +
      'year given or decided by the tense',
    pattern: new RegExp(String.raw`\bthe\s+(?!\d)(${ORDINAL.source})\s+of\s+(${FULL_MONTH})(?:,?\s+${YEAR})?\b`, 'gi'),
    when: ({ match: m, pub, direction }) => {
      const day = numberValue(m[1]);
      if (!capitalized(m[2]) || !(day >= 1 && day <= 31)) return null;
      if (m[3]) return full(+m[3], monthNumber(m[2]), day);
      return pub ? dayInYear(pub, monthNumber(m[2]), day, direction()) : null;
    },
    examples: [
      { text: 'A decision may follow after the first of January 2017.', gives: { value: '2017-01-01' } },
      { text: 'It binds from the twenty-fifth of May, 2021.', gives: { value: '2021-05-25' } },
      { text: 'The court ruled on the third of February.', published: PUB, gives: { value: '2026-02-03' } },
      { text: 'It will take effect on the thirty-first of July.', published: PUB, gives: { value: '2026-07-31' } },
    ],
    counterExamples: [
      { text: 'It was the first of many treaties in 2017.', published: PUB },
      { text: 'Talks opened on the first of may 2017.', not: { value: '2017-05-01' } },
    ],
  },
  {
    name: 'month-day-year',
    produces: 'a day written month, day, year ("March 3, 2021")',
    pattern: new RegExp(String.raw`\b(${MONTH})\s+${DAY},?\s+${YEAR}\b`, 'g'),
    when: ({ match: m }) => full(+m[3], monthNumber(m[1]), +m[2]),
    examples: [{ text: 'The vote was on March 3, 2021.', gives: { value: '2021-03-03' } }],
  },
  {
    name: 'month-day',
    produces: 'a month and day whose year the tense decides ("on February 27")',
    pattern: new RegExp(String.raw`\b(${MONTH})\s+${DAY}\b(?![/:]\d)`, 'g'),
    when: ({ match: m, pub, direction }) => (pub ? dayInYear(pub, monthNumber(m[1]), +m[2], direction()) : null),
    examples: [
      { text: 'Parliament approved it on December 30.', published: PUB, gives: { value: '2025-12-30' } },
      { text: 'The assembly will vote on December 30.', published: PUB, gives: { value: '2026-12-30' } },
      {
        text: 'Peru joined on 2 March 2015; the pact bound it from April 1 of the same year.',
        published: PUB,
        gives: { value: '2015-04-01' },
      },
      { text: 'The court sat on October 25th of 2007.', published: PUB, gives: { value: '2007-10-25' } },
    ],
    counterExamples: [{ text: 'The bus left at May 10:30.', published: PUB }],
  },
  {
    name: 'day-month',
    produces: 'a day and month whose year the tense decides ("on 27 February")',
    // Not before a year ("5 December, 2019" is a full date), but before another figure ("on 5 December, 90 days on").
    pattern: new RegExp(String.raw`\b${DAY}\s+(?:of\s+)?(${FULL_MONTH})\b(?!,?\s*${YEAR}\b)`, 'g'),
    when: ({ match: m, pub, direction }) => (pub ? dayInYear(pub, monthNumber(m[2]), +m[1], direction()) : null),
    examples: [
      { text: 'Ministers met on 27 February.', published: PUB, gives: { value: '2026-02-27' } },
      { text: 'Ministers will meet on 2 February.', published: PUB, gives: { value: '2027-02-02' } },
      { text: 'Three states ceased to be parties on 27 February.', published: PUB, gives: { value: '2026-02-27' } },
      {
        text: 'The ban will become binding on 5 December, 90 days after the last deposit.',
        published: PUB,
        gives: { value: '2026-12-05' },
      },
      {
        text: 'Peru left in May. An exit takes effect a year after notice — in this case on 2 February.',
        published: PUB,
        gives: { value: '2027-02-02' },
      },
      {
        text: 'Chile signed in May. The new fees will apply after a grace period, that is from 10 January.',
        published: PUB,
        gives: { value: '2027-01-10' },
      },
      {
        text: 'Talks will resume in May. The last deposit came late, namely on 20 March.',
        published: PUB,
        gives: { value: '2025-03-20' },
      },
    ],
    counterExamples: [
      {
        text: 'Chile deposited its instrument on Monday, triggering entry into force on 1 August.',
        published: PUB,
        not: { value: '2025-08-01' },
      },
    ],
  },
  {
    name: 'month-year',
    produces: 'a month written with its year ("December 2024")',
    pattern: new RegExp(String.raw`\b(${MONTH}),?\s+(?:of\s+)?${YEAR}\b`, 'g'),
    when: ({ match: m }) => `${m[2]}-${pad(monthNumber(m[1]))}`,
    examples: [{ text: 'Adopted in December 2024, it waits.', gives: { value: '2024-12' } }],
  },
  {
    name: 'month-after-lead',
    produces:
      'a month after a preposition or step word, its year from the lead or the tense ("in August", "last July")',
    pattern: new RegExp(
      String.raw`\b(${MONTH_LEAD}\s+|mid-)(${FULL_MONTH})\b(?![\s,]*\d|\s+(?:of\s+)?(?:${STEP})\s+${YEAR_AS_WORD})`,
      'gi',
    ),
    when: ({ match: m, pub, direction, sentenceDirection }) => {
      if (!pub || !capitalized(m[2])) return null;
      const lead = m[1].trim().replace(/-$/, '');
      // "not complete until April": a state lasting until a month is ahead unless its own sentence says past.
      const until = isMember(OPEN_UNTIL, lead) ? (sentenceDirection() ?? 'future') : null;
      return monthInYear(pub, monthNumber(m[2]), lead, until ?? direction());
    },
    examples: [
      { text: 'It opened a lab in August.', published: PUB, gives: { value: '2025-08' } },
      {
        text: 'Chile ratified in March 2001 and Peru in October that year.',
        published: PUB,
        gives: { value: '2001-10' },
      },
      { text: 'The plant shut in October of 2007.', published: PUB, gives: { value: '2007-10' } },
      { text: 'States must ratify it by February.', published: PUB, gives: { value: '2027-02' } },
      { text: 'The warrant was issued last July.', published: PUB, gives: { value: '2025-07' } },
      { text: 'The next round is scheduled for November in Lima.', published: PUB, gives: { value: '2026-11' } },
      {
        text: 'Chile ratified in 2019. Ratification by Peru is expected by February.',
        published: PUB,
        gives: { value: '2027-02' },
      },
      {
        text: 'Peru joined in 2020. More signatures are expected in January.',
        published: PUB,
        gives: { value: '2027-01' },
      },
      { text: 'Ratified in 1999. The exit is not final until April.', published: PUB, gives: { value: '2026-04' } },
      {
        text: 'The minister intends to announce it at the summit in Lima, in November.',
        published: PUB,
        gives: { value: '2026-11' },
      },
      { text: 'The first session will be held in Geneva in October.', published: PUB, gives: { value: '2026-10' } },
      {
        text: 'Chile signed in May 2019 and ratified in June of that year.',
        published: PUB,
        gives: { value: '2019-06' },
      },
      {
        text: 'Its talks are to be held in Oslo in May, the office said.',
        published: PUB,
        gives: { value: '2026-05' },
      },
      { text: 'Officials expect the pact to take effect in June.', published: PUB, gives: { value: '2026-06' } },
    ],
    counterExamples: [
      { text: 'It may open in may.', published: PUB },
      { text: 'The office was closed until April.', published: PUB, not: { value: '2026-04' } },
      { text: 'The first session was held in Geneva in October.', published: PUB, not: { value: '2026-10' } },
      { text: 'The session, which had been held in Oslo in May, ended.', published: PUB, not: { value: '2026-05' } },
      {
        text: 'The fund expects that output will grow 2 percent, less than forecast in July.',
        published: PUB,
        not: { value: '2026-07' },
      },
    ],
  },
  {
    name: 'year-after-lead',
    produces:
      'a year after a preposition or modifier ("in 2017", "mid-2021", "by the year 2022", "by either 2024", "as ' +
      'recently as 2015")',
    pattern: new RegExp(String.raw`\b(?:(?:${LEAD})\s+(?:either\s+)?|mid-)${YEAR}\b${NOT_RANGE}`, 'gi'),
    when: ({ match: m }) => m[1],
    examples: [
      { text: 'It was first proposed in 2017.', gives: { value: '2017' } },
      { text: 'Trade should grow by the year 2022.', gives: { value: '2022' } },
      { text: 'Use will freeze by either 2024 or 2028.', gives: { value: '2024' } },
      { text: 'Shipyards are booked well into 2031.', gives: { value: '2031' } },
      { text: 'The panel had urged a ban as long ago as 2006.', gives: { value: '2006' } },
      { text: 'She backed the plan as recently as 2019.', gives: { value: '2019' } },
    ],
    counterExamples: [{ text: 'Emissions fell in 2008-12.' }, { text: 'Emissions are 40 percent over 2019 levels.' }],
  },
  {
    name: 'coordinated-year',
    produces:
      'each year after the first of a pair or a run after a lead ("between 2018 and 2019", "by 2024 or 2028", "in ' +
      '2011, 2013 and 2016")',
    // After "and", "or" or "to", a year ends the run; after a comma, another listed year must follow ("at the end of
    // 2016, 2017 brought…" is a new clause).
    pattern: new RegExp(
      String.raw`\b${YEAR}\b${NOT_RANGE}(?:(?<=${YEAR_RUN},?[\t ]+(?:and|or|to)[\t ]+\d{4})|` +
        String.raw`(?<=${YEAR_RUN}[\t ]*,[\t ]*\d{4})(?=[\t ]*,[\t ]*${LISTED_YEAR}|,?[\t ]+(?:and|or)[\t ]+${LISTED_YEAR}))`,
      'gi',
    ),
    when: ({ match: m }) => m[1],
    examples: [
      { text: 'Emissions rose between 2018 and 2019.', gives: { value: '2019', text: '2019' } },
      { text: 'Use will freeze by either 2024 or 2028.', gives: { value: '2028' } },
      { text: 'Reviews were held in 2011, 2013 and 2016.', gives: { value: '2013', text: '2013' } },
      { text: 'Reviews were held in 2011, 2013 and 2016.', gives: { value: '2016', text: '2016' } },
      { text: 'Floods hit the delta in 1998, 2004, 2007, and 2011.', gives: { value: '2007', text: '2007' } },
      { text: 'It met by 2019, 2021 or 2022 at the latest.', gives: { value: '2022', text: '2022' } },
    ],
    counterExamples: [
      { text: 'The 2018 and 2019 reports differ.' },
      { text: 'In 2019, 1,200 delegates came.', not: { value: '1200' } },
      { text: 'Work began at the end of 2016, 2017 brought the first draft.', not: { value: '2017' } },
    ],
  },
  {
    name: TREATY_YEAR_FORM,
    produces:
      'a year after a determiner that qualifies a treaty noun or name a few words on ("the 1989 convention", "the ' +
      '1997 Kyoto Protocol", "a 1998 protocol on heavy metals"): the year its text was adopted',
    pattern: new RegExp(
      String.raw`(?<=(?<![${LETTERS}\p{N}])(?:the|a|an|its|their|this|that)\s+)${YEAR}(?![-/]\d)(?=\s+(?:[${LETTERS}'’-]+\s+){0,3}?(?:${alternation(TREATY_NOUNS)})(?![${LETTERS}\p{N}]))`,
      'giu',
    ),
    when: ({ match: m }) => m[1],
    examples: [
      { text: 'Thirty years on, the 1989 convention still binds 196 states.', gives: { value: '1989', text: '1989' } },
      { text: 'Japan hosted talks on the 1997 Kyoto Protocol.', gives: { value: '1997' } },
      { text: 'A 1998 protocol on heavy metals followed.', gives: { value: '1998' } },
    ],
    counterExamples: [
      { text: 'In all, 2011 treaty texts were filed.', not: { value: '2011' } },
      { text: 'The 2008-12 convention period ended.' },
      { text: 'Parties met 1,998 times under the convention.' },
    ],
  },
  {
    name: 'bracketed-year',
    produces:
      'a year alone in brackets, as lists of states and acts write them ("Chile (2011), Peru (2013)", "Oslo (1997) ' +
      'and Ottawa (1999)")',
    pattern: new RegExp(String.raw`(?<=\(\s*)${YEAR}(?=\s*\))`, 'g'),
    when: ({ match: m }) => m[1],
    examples: [
      { text: 'Ratifying states: Ghana (2009), Mali (2011) and Togo (2014).', gives: { value: '2011', text: '2011' } },
      { text: 'The earlier accords (1997) set softer goals.', gives: { value: '1997' } },
      {
        text: 'Peru joined late (in fact, its deposit came in 2016) but Chile (2012) was early.',
        gives: { value: '2012' },
      },
    ],
    counterExamples: [
      { text: 'Output fell (2008-12) in the crisis.' },
      { text: 'The total (2,011 items) was small.' },
      { text: 'Budget lines (2019/20) are cut.' },
    ],
  },
  {
    name: 'year-after-act',
    produces:
      'a bare year right after a past form that ends its phrase, as notes and tables write acts ("signed 2011, ' +
      'ratified 2013", "(adopted 1989)", "joined 2004.")',
    pattern: new RegExp(String.raw`(?<=\b\p{Ll}{2,}ed[\t ]+)${YEAR}\b${NOT_RANGE}(?=\s*(?:[,;.)]|$))`, 'gmu'),
    when: ({ match: m }) => m[1],
    examples: [
      { text: 'Chile: signed 2011, ratified 2013.', gives: { value: '2011', text: '2011' } },
      { text: 'Chile: signed 2011, ratified 2013.', gives: { value: '2013', text: '2013' } },
      { text: 'The charter (adopted 1989) binds 40 states.', gives: { value: '1989' } },
      { text: 'Of the founders, only Peru has withdrawn; it acceded 2004.', gives: { value: '2004' } },
    ],
    counterExamples: [
      { text: 'The plant processed 2011 tonnes last year.', not: { value: '2011' } },
      { text: 'Police counted 2015 marchers.', not: { value: '2015' } },
      { text: 'Copyright Example Newspaper Limited 2020. All rights reserved.', not: { value: '2020' } },
    ],
  },
  {
    name: 'timeline-year',
    produces:
      'a year that opens a line and is followed by a colon or a dash, as timelines write it ("2011: Chile joins")',
    pattern: new RegExp(String.raw`^[\t ]*[-•*]?[\t ]*${YEAR}(?=[\t ]*[:—–][\t ]*(?![\t ]*\d)\S)`, 'gm'),
    when: ({ match: m }) => m[1],
    examples: [
      {
        text: 'Key dates\n\n2011: Chile joins the pact.\n\n2014 – Peru follows.',
        gives: { value: '2011', text: '2011' },
      },
      {
        text: 'Key dates\n\n2011: Chile joins the pact.\n\n2014 – Peru follows.',
        gives: { value: '2014', text: '2014' },
      },
    ],
    counterExamples: [
      { text: 'In all, 2011 people signed: a record.' },
      { text: 'Line 2\n\n2011-2014: a slump.' },
      { text: 'Members\n\n2005 – 2021 the party group', not: { value: '2005' } },
    ],
  },
  {
    name: 'year-is-the-year',
    produces: 'a year a sentence calls "the year" of something ("2010 is the year to join")',
    pattern: new RegExp(
      String.raw`\b${YEAR}(?=\s+(?:is|was|will be|might be|could be|would be)\s+the\s+${YEAR_AS_WORD}\b)`,
      'g',
    ),
    when: ({ match: m }) => m[1],
    examples: [{ text: 'For the holdouts, 2030 might be the year to join.', gives: { value: '2030' } }],
    counterExamples: [{ text: 'The 2030 target is the goal.' }],
  },
  {
    name: 'numeric-day-month-year',
    produces: 'a day written with slashes when the order is certain ("25/12/2024")',
    pattern: /\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/g,
    when: ({ match: m }) => (+m[1] > 12 ? full(+m[3], +m[2], +m[1]) : +m[2] > 12 ? full(+m[3], +m[1], +m[2]) : null),
    examples: [{ text: 'Filed on 25/12/2024.', gives: { value: '2024-12-25' } }],
    counterExamples: [{ text: 'Filed on 05/06/2024.' }],
  },
  {
    name: 'dotted-day-month-year',
    produces: 'a day written with dots, always day first ("30.11.2022", "3.5.2019"), as European datelines do',
    pattern: new RegExp(String.raw`(?<![\d.])(\d{1,2})\.(\d{1,2})\.${YEAR}(?![\d.]\d)`, 'g'),
    when: ({ match: m }) => full(+m[3], +m[2], +m[1]),
    examples: [
      { text: 'Strasbourg, 30.11.2022 – the instrument was deposited.', gives: { value: '2022-11-30' } },
      { text: 'Signed on 3.5.2019.', gives: { value: '2019-05-03' } },
    ],
    counterExamples: [{ text: 'Version 1.12.2020.4 ships today.' }, { text: 'The host 10.1.1999.5 answered.' }],
  },
  {
    name: 'season',
    produces: 'the year of a season a step word names ("last summer", "next spring")',
    pattern: new RegExp(String.raw`\b(${STEP})\s+(${alternation(SEASONS)})\b`, 'gi'),
    when: ({ match: m, pub }) =>
      pub ? seasonYear(pub, SEASONS.words.indexOf(m[2].toLowerCase()), m[1].toLowerCase()) : null,
    examples: [
      { text: 'The treaty had 165 parties last summer.', published: PUB, gives: { value: '2025' } },
      { text: 'Talks resume next autumn.', published: PUB, gives: { value: '2026' } },
    ],
    counterExamples: [{ text: 'It was a long, hot summer for the negotiators.', published: PUB }],
  },
  {
    name: 'weekday',
    produces: 'a weekday, back from the publication for a past event and ahead for one to come',
    pattern: new RegExp(String.raw`\b(?:(on|${STEP})\s+)?(${WEEKDAY})(?:'s\s+\p{Ll}[${LETTERS}-]*)?\b`, 'gu'),
    when: ({ match: m, pub, direction }) =>
      pub ? weekday(pub, WEEKDAYS.words.indexOf(m[2]), m[1] ?? '', direction()) : null,
    examples: [
      { text: 'The ceremony took place on Thursday.', published: PUB, gives: { value: '2026-03-12' } },
      { text: 'Talks will resume on Monday.', published: PUB, gives: { value: '2026-03-16' } },
      {
        text: 'The ban becomes binding on Sunday, a year after states adopted it.',
        published: PUB,
        gives: { value: '2026-03-15' },
      },
      { text: 'The conference runs through Saturday.', published: PUB, gives: { value: '2026-03-14' } },
      { text: 'Talks will resume next Saturday.', published: PUB, gives: { value: '2026-03-21' } },
      {
        text: 'It will enter into force next year, the ministry said on Friday.',
        published: PUB,
        gives: { value: '2026-03-13' },
      },
      { text: 'It enters into force on Sunday 27 February 2005.', published: PUB, gives: { value: '2005-02-27' } },
      { text: 'The signing takes place on Tuesday, officials said.', published: PUB, gives: { value: '2026-03-17' } },
      { text: 'Lawmakers are to vote on the accord on Thursday.', published: PUB, gives: { value: '2026-03-19' } },
      {
        text: 'Envoys flew in ahead of a signing ceremony on Wednesday.',
        published: PUB,
        gives: { value: '2026-03-18' },
      },
      {
        text: 'Ten states joined. The amendment enters into force on Tuesday.',
        published: PUB,
        gives: { value: '2026-03-17' },
      },
    ],
    counterExamples: [
      { text: 'Kenya has been a member since Monday.', published: PUB, not: { value: '2026-03-16' } },
      {
        text: 'Speaking in Oslo on Friday, the minister told envoys he would sign the pact within weeks.',
        published: PUB,
        not: { value: '2026-03-20' },
      },
      {
        text: 'Peru ratified the pact on Friday, its foreign ministry said.',
        published: PUB,
        not: { value: '2026-03-20' },
      },
      {
        text: 'Envoys put their names on Monday to a pact that will ban the pesticide.',
        published: PUB,
        not: { value: '2026-03-16' },
      },
    ],
  },
  {
    name: 'relative-day',
    produces: 'the publication day or the day before or after it ("today", "last night", "tomorrow")',
    // "yesterday's vote" is a day; "today's world" is not.
    pattern: new RegExp(
      String.raw`\b(?:(${alternation(DAY_BEFORE, DAY_AFTER)})(?:'s)?|(${alternation(SAME_DAY)}))\b(?!')`,
      'gi',
    ),
    when: ({ match: m, pub, quoted }) => {
      if (!pub || quoted()) return null;
      const word = (m[1] ?? m[2]).replace(/\s+/g, ' ');
      const step = isMember(DAY_BEFORE, word) ? -1 : isMember(DAY_AFTER, word) ? 1 : 0;
      return ymd(dayTime(pub) + DAY_MS * step);
    },
    examples: [
      { text: 'He was sworn in this morning.', published: PUB, gives: { value: '2026-03-14' } },
      { text: 'The minister spoke last night.', published: PUB, gives: { value: '2026-03-13' } },
      { text: 'The group condemned yesterday’s announcement.', published: PUB, gives: { value: '2026-03-13' } },
      { text: 'The threshold was reached today, January 22, 2021.', published: PUB, gives: { value: '2021-01-22' } },
    ],
    counterExamples: [
      { text: 'He said: "We will celebrate tonight."', published: PUB },
      { text: 'Today’s world needs cooperation.', published: PUB },
    ],
  },
  {
    name: 'relative-period',
    produces: 'a year, month or week one step from the publication ("last year", "next month")',
    pattern: new RegExp(String.raw`(?<!\bthe\s)\b(${STEP})\s+(${alternation(STEP_PERIODS)})\b`, 'gi'),
    when: ({ match: m, pub }) => (pub ? relativePeriod(pub, m[1], m[2].toLowerCase()) : null),
    examples: [
      { text: 'It opened a centre last year.', published: PUB, gives: { value: '2025' } },
      { text: 'A vote is expected next month.', published: PUB, gives: { value: '2026-04' } },
    ],
    counterExamples: [{ text: 'Crimes rose in the last year.', published: PUB }],
  },
];

export const DATE_FORMS = ruleTable('date-forms', FORMS) as readonly DateForm[] & { readonly tableName: string };

/** What the dates extractor is made of; its version (EXTRACTORS in index.ts) is a hash of this. */
export const DATES_SPEC: ExtractorSpec = {
  name: 'dates',
  families: [
    MONTHS,
    MONTH_ABBREVIATIONS,
    WEEKDAYS,
    SAME_DAY,
    SAME_YEAR,
    DAY_BEFORE,
    DAY_AFTER,
    PAST_STEP,
    THIS_STEP,
    NEXT_STEP,
    PERIOD_UNITS,
    STEP_PERIODS,
    YEAR_WORD,
    TIME_LEADS,
    MONTH_LEADS,
    SEASONS,
    OPEN_UNTIL,
    RELATIVE_OPENERS,
    COMPARISON_OPENERS,
    RESTATEMENTS,
    SPEECH_VERBS,
    ...TENSE_FAMILIES.map(([f]) => f),
    ...EVENT_FAMILIES,
    ...NUMBER_WORD_FAMILIES,
  ],
  tables: [DATE_FORMS, DATE_EVENTS],
  data: { patterns: DATE_FORMS.map((f) => f.pattern.source), count: CARDINAL_WORDS.source },
};

/**
 * Dates at the precision the text gives, relative ones resolved against the publication's local day, each with the
 * event its clause names (dateEvents.ts).
 */
/** How many days before its publication a story's dateline may say it was filed, and still be read as that day. */
const DATELINE_REACH_DAYS = 7;

/**
 * The day a text's relative dates count from: its dateline's day when it has one, up to DATELINE_REACH_DAYS before the
 * publication ("PARIS, Dec. 9 —" in a paper of Dec. 10: its "tonight" is the 9th), else the publication's day.
 */
function anchorDay(analysis: TextAnalysis, pub: Day | null): Day | null {
  const dateline = pub && datelineOf(analysis.text, analysis.paragraphs);
  if (!pub || !dateline) return pub;
  const m = monthNumber(dateline.month);
  const value = dateline.year ? full(dateline.year, m, dateline.day) : dayInYear(pub, m, dateline.day, 'past');
  const day = value && localDay(value);
  if (!day) return pub;
  const daysBefore = (dayTime(pub) - dayTime(day)) / DAY_MS;
  return daysBefore >= 0 && daysBefore <= DATELINE_REACH_DAYS ? day : pub;
}

export function extractDates(analysis: TextAnalysis, published: string | null, inputs: EventInputs): DateMention[] {
  const publication = localDay(published);
  const pub = anchorDay(analysis, publication);
  const direction = tenseReader(analysis);
  let marks: number[] | null = null;
  // Inside a quotation when the paragraph has an odd number of quotation marks before the offset.
  const quoted = (at: number) => {
    const paragraph = analysis.paragraphs[rangeAt(analysis.paragraphs, at)];
    if (!paragraph) return false;
    marks ??= matchesIn(analysis.folded, /"/g).map((m) => m.index);
    const before = (offset: number) => firstIndex(marks as number[], (q) => q >= offset);
    return (before(at) - before(paragraph.start)) % 2 === 1;
  };
  // Forms are tried in table order and the sort below is stable: of two readings of one span, the form listed first
  // stays first.
  const found: DateMention[] = [];
  DATE_FORMS.forEach((form) => {
    for (const match of matchesIn(analysis.folded, form.pattern)) {
      const span = { start: match.index, end: match.index + match[0].length };
      const value = form.when({
        match,
        pub,
        direction: () => direction(span),
        sentenceDirection: () => direction(span, 'sentence'),
        quoted: () => quoted(span.start),
      });
      if (!value) continue;
      const date = { text: analysis.text.slice(span.start, span.end), value, ...span, rule: form.name };
      found.push(date);
    }
  });
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: DateMention[] = [];
  for (const c of found) if (!out.length || c.start >= out[out.length - 1].end) out.push(c);
  return withEvents(
    analysis,
    yearsWrittenAfter(
      analysis.text,
      monthsWrittenWithYear(
        writtenOut(analysis.folded, out),
        pub,
        (d) => direction(d, 'sentence'),
        (d) => rangeAt(analysis.sentences, d.start),
      ),
    ),
    inputs,
    publication ? `${publication.y}-${pad(publication.m)}-${pad(publication.d)}` : null,
  );
}

/** Forms that write a day or a month without its year, which the publication or the tense then supplies. */
const YEARLESS_FORMS: ReadonlySet<string> = new Set([
  'month-day',
  'day-month',
  'month-after-lead',
  'ordinal-day-of-month',
]);
/** "of the same year" right after a date, with at most a comma between. */
const SAME_YEAR_AFTER = new RegExp(String.raw`^,?\s+(?:${alternation(SAME_YEAR)})(?![${LETTERS}\p{N}])`, 'iu');
/** What may stand between a day or month and "of 2007" that gives its year. */
const BEFORE_YEAR_OF = /^,?\s*$/;

/**
 * A day or month written without its year and the year written after it: "acceded on 2 January 2015 and it took
 * effect on April 1 of the same year" or "in October that year" take the year of the date written before; "on
 * October 25th of 2007", "in October of 2007" or "the 25 of October of 2007" take the year that follows, read as one
 * date. The date's text takes the phrase.
 */
function yearsWrittenAfter(text: string, dates: DateMention[]): DateMention[] {
  const out: DateMention[] = [];
  for (let i = 0; i < dates.length; i++) {
    const d = dates[i];
    const [before, after] = [dates[i - 1], dates[i + 1]];
    if (!YEARLESS_FORMS.has(d.rule ?? '') || /\d{4}/.test(d.text)) out.push(d);
    else if (
      after?.rule === 'year-after-lead' &&
      /^of\b/i.test(after.text) &&
      BEFORE_YEAR_OF.test(text.slice(d.end, after.start))
    ) {
      out.push({ ...d, value: after.value + d.value.slice(4), end: after.end, text: text.slice(d.start, after.end) });
      i++;
    } else {
      const phrase = before && SAME_YEAR_AFTER.exec(text.slice(d.end, d.end + 30));
      if (!phrase) out.push(d);
      else {
        const end = d.end + phrase[0].length;
        out.push({ ...d, value: before.value.slice(0, 4) + d.value.slice(4), end, text: text.slice(d.start, end) });
      }
    }
  }
  return out;
}

/** Forms that name a day relative to the publication, which a day written right after them makes exact. */
const RELATIVE_FORMS: ReadonlySet<string> = new Set(['weekday', 'relative-day']);

/**
 * "today, January 22, 2021", "on Sunday 27 February 2005": a relative day followed by the day written out takes that
 * day's value (the writer's own resolution), whatever the publication time says.
 */
function writtenOut(folded: string, dates: DateMention[]): DateMention[] {
  return dates.map((d, i) => {
    const next = dates[i + 1];
    if (!RELATIVE_FORMS.has(d.rule ?? '') || !next || !/^\d{4}-\d{2}-\d{2}$/.test(next.value)) return d;
    return /^[,\s]+$/.test(folded.slice(d.end, next.start))
      ? { ...d, value: next.value, why: { value: next.text } }
      : d;
  });
}

/**
 * "UN convention to enter into force in December" over a report that says "on 14 December 2005": a bare month whose
 * own sentence gives no tense takes the year the article writes that month with, when one such year lies within a
 * year of the publication; else the year of a date before it in its sentence ("2010 is the year to join, before the
 * meeting in November"). Not a month whose sentence says past or ahead: its tense decides.
 */
function monthsWrittenWithYear(
  dates: DateMention[],
  pub: Day | null,
  sentenceDirection: (d: DateMention) => Direction | null,
  sentenceOf: (d: DateMention) => number,
): DateMention[] {
  if (!pub) return dates;
  const near = (y: number) => Math.abs(y - pub.y) <= 1;
  const yearsOf = new Map<string, Set<number>>();
  for (const d of dates) {
    const m = /^(\d{4})-(\d{2})/.exec(d.value);
    if (!m || d.rule === 'month-after-lead' || !near(+m[1])) continue;
    yearsOf.set(m[2], (yearsOf.get(m[2]) ?? new Set()).add(+m[1]));
  }
  // The year of the last date read so far, and its sentence: one pass, however many dates.
  let last: { sentence: number; year: number } | null = null;
  return dates.map((d) => {
    const sentence = sentenceOf(d);
    const earlier = last?.sentence === sentence ? last.year : null;
    const own = +d.value.slice(0, 4);
    if (d.rule !== 'month-after-lead' && near(own)) last = { sentence, year: own };
    if (d.rule !== 'month-after-lead') return d;
    const years = yearsOf.get(d.value.slice(5, 7));
    const year = years?.size === 1 ? [...years][0] : earlier;
    if (year === null || sentenceDirection(d)) return d;
    const value = `${year}-${d.value.slice(5, 7)}`;
    return value === d.value ? d : { ...d, value };
  });
}
