import { foldQuotes } from './text.js';
import type { DateMention } from './types.js';
import type { ExtractorSpec } from './rules/version.js';

/** What the dates extractor is made of; its version (EXTRACTORS in index.ts) is a hash of this. */
export const DATES_SPEC: ExtractorSpec = { name: 'dates', families: [], tables: [] };

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const MONTH = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?)`;
const FULL_MONTH = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December)`;
const DAY = String.raw`(\d{1,2})(?:st|nd|rd|th)?`;
const YEAR = String.raw`((?:1[89]|20)\d\d)`;
/** Prepositions and modifiers that make a bare month or year a point in time ("in August", "since 2017"). */
const LEAD = String.raw`(?:in|since|by|until|till|from|during|before|after|early|late|of|throughout|around|last|this|next|earlier this|later this)`;

/** A calendar day as the publication's local clock shows it: the date part of the ISO string, offset included. */
interface Day {
  y: number;
  m: number;
  d: number;
}

function localDay(published: string | null): Day | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(published ?? '');
  return m ? { y: +m[1], m: +m[2], d: +m[3] } : null;
}

const pad = (n: number) => String(n).padStart(2, '0');
const ymd = (t: number) => new Date(t).toISOString().slice(0, 10);
const dayTime = (d: Day) => Date.UTC(d.y, d.m - 1, d.d);
const DAY_MS = 86_400_000;

function monthIndex(word: string): number {
  const w = word.toLowerCase().replace(/\.$/, '');
  return MONTHS.findIndex((m) => m.startsWith(w.slice(0, 3)) && (w.length === 3 || w === 'sept' || m === w));
}

function validDay(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** A month and day without a year: the year that puts it nearest the publication. */
function nearestYear(pub: Day, m: number, d: number): number {
  const years = [pub.y - 1, pub.y, pub.y + 1];
  const distance = (y: number) => Math.abs(Date.UTC(y, m - 1, d) - dayTime(pub));
  return years.reduce((best, y) => (distance(y) < distance(best) ? y : best));
}

/**
 * Future tense or a modal before a bare weekday or month points forward ("will open on Monday", "must ratify by
 * June"), and so do a present-tense span up to it ("the meeting runs until Friday") and a scheduled event in the
 * present tense ("the conference opens on Monday", "the vote is set for Thursday").
 */
const FUTURE = /\b(?:will|shall|would|could|should|must|can|may|might|(?:is|are) (?:set|due|scheduled|expected|planned) to|(?:plans?|aims?|hopes?|intends?|needs?) to|next)\b|\b(?:runs|lasts|continues|is open|are open|remains open|stays open|goes on)\s+(?:until|till|through)\s+$|\b(?:opens|begins|starts|convenes|resumes|reconvenes|kicks off|(?:is|are) (?:set|scheduled|slated|due) for)\b/;

type Rule = { re: RegExp; value: (m: RegExpExecArray, pub: Day | null, before: string) => string | null };

/** "two days ago": counts in words a reporter writes out. */
const AGO_COUNT = String.raw`(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})`;
const AGO_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
const agoCount = (w: string) => (/^\d/.test(w) ? +w : /^an?$/i.test(w) ? 1 : AGO_WORDS.indexOf(w.toLowerCase()));
/** "Nov. 20 next year", "March next year": the year named relative to the publication. */
const yearStep = (word: string) => ({ last: -1, this: 0, next: 1 })[word.toLowerCase() as 'last'];

const RULES: Rule[] = [
  {
    re: new RegExp(String.raw`\b(${MONTH})\s+(?:${DAY},?\s+)?(last|this|next)\s+year\b`, 'gi'),
    value: (m, pub) => {
      if (!pub || !/^\p{Lu}/u.test(m[1])) return null;
      const y = pub.y + yearStep(m[3]);
      return m[2] ? full(y, monthIndex(m[1]) + 1, +m[2]) : `${y}-${pad(monthIndex(m[1]) + 1)}`;
    },
  },
  {
    re: new RegExp(String.raw`\b${AGO_COUNT}\s+(days?|weeks?|months?|years?)\s+ago\b`, 'gi'),
    value: (m, pub) => (pub ? ago(pub, agoCount(m[1]), m[2].toLowerCase().replace(/s$/, '')) : null),
  },
  { re: /\b(\d{4})-(\d{2})-(\d{2})\b/g, value: (m) => (validDay(+m[1], +m[2], +m[3]) ? `${m[1]}-${m[2]}-${m[3]}` : null) },
  {
    re: new RegExp(String.raw`\b${DAY}\s+(?:of\s+)?(${MONTH}),?\s+${YEAR}\b`, 'g'),
    value: (m) => full(+m[3], monthIndex(m[2]) + 1, +m[1]),
  },
  {
    re: new RegExp(String.raw`\b(${MONTH})\s+${DAY},?\s+${YEAR}\b`, 'g'),
    value: (m) => full(+m[3], monthIndex(m[1]) + 1, +m[2]),
  },
  {
    re: new RegExp(String.raw`\b(${MONTH})\s+${DAY}\b(?![/:]\d)`, "g"),
    value: (m, pub) => (pub ? full(nearestYear(pub, monthIndex(m[1]) + 1, +m[2]), monthIndex(m[1]) + 1, +m[2]) : null),
  },
  {
    re: new RegExp(String.raw`\b${DAY}\s+(?:of\s+)?(${FULL_MONTH})\b(?!,?\s*\d)`, 'g'),
    value: (m, pub) => (pub ? full(nearestYear(pub, monthIndex(m[2]) + 1, +m[1]), monthIndex(m[2]) + 1, +m[1]) : null),
  },
  {
    re: new RegExp(String.raw`\b(${MONTH}),?\s+(?:of\s+)?${YEAR}\b`, 'g'),
    value: (m) => `${m[2]}-${pad(monthIndex(m[1]) + 1)}`,
  },
  {
    re: new RegExp(String.raw`\b(${LEAD}\s+|mid-)(${FULL_MONTH})\b(?![\s,]*\d|\s+(?:last|this|next)\s+year)`, 'gi'),
    value: (m, pub, before) => (pub && /^\p{Lu}/u.test(m[2]) ? bareMonth(pub, MONTHS.indexOf(m[2].toLowerCase()) + 1, m[1].trim().replace(/-$/, ''), before) : null),
  },
  {
    re: new RegExp(String.raw`\b(?:(?:${LEAD}|the end of|the beginning of|the start of|circa)\s+|mid-)${YEAR}\b(?![-/]\d)`, 'gi'),
    value: (m) => m[1],
  },
  {
    re: /\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/g,
    value: (m) => (+m[1] > 12 ? full(+m[3], +m[2], +m[1]) : +m[2] > 12 ? full(+m[3], +m[1], +m[2]) : null),
  },
  {
    re: /\b(?:(on|last|next|this|past)\s+)?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:'s\s+\p{Ll}[\p{L}-]*)?\b/gu,
    value: (m, pub, before) => (pub ? weekday(pub, WEEKDAYS.indexOf(m[2].toLowerCase()), m[1], before) : null),
  },
  {
    re: /\b(today|yesterday|tomorrow)\b(?!'s)/gi,
    value: (m, pub) => (pub ? ymd(dayTime(pub) + DAY_MS * { today: 0, yesterday: -1, tomorrow: 1 }[m[1].toLowerCase() as 'today']) : null),
  },
  {
    re: /\b(last|this|next|earlier this|later this)\s+(year|month|week)\b/gi,
    value: (m, pub) => (pub ? relativePeriod(pub, m[1].toLowerCase(), m[2].toLowerCase()) : null),
  },
];

function full(y: number, m: number, d: number): string | null {
  return validDay(y, m, d) ? `${y}-${pad(m)}-${pad(d)}` : null;
}

function bareMonth(pub: Day, month: number, lead: string, before: string): string {
  const l = lead.toLowerCase();
  const forward = l === 'next' || (l !== 'last' && FUTURE.test(before));
  let y = pub.y;
  if (l === 'last') y = month < pub.m ? pub.y : pub.y - 1;
  else if (forward) y = month >= pub.m ? pub.y : pub.y + 1;
  else if (l !== 'this') y = month <= pub.m ? pub.y : pub.y - 1;
  return `${y}-${pad(month)}`;
}

function weekday(pub: Day, target: number, lead: string | undefined, before: string): string {
  const t = dayTime(pub);
  const today = new Date(t).getUTCDay();
  const back = (today - target + 7) % 7;
  const l = lead?.toLowerCase();
  if (l === 'next' || (l !== 'last' && l !== 'past' && FUTURE.test(before))) return ymd(t + DAY_MS * ((target - today + 7) % 7 || 7));
  return ymd(t - DAY_MS * (l === 'last' && back === 0 ? 7 : back));
}

function relativePeriod(pub: Day, lead: string, unit: string): string {
  const step = lead === 'last' ? -1 : lead === 'next' ? 1 : 0;
  if (unit === 'year') return String(pub.y + step);
  if (unit === 'week') return isoWeek(dayTime(pub) + 7 * DAY_MS * step);
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
  const months = pub.y * 12 + pub.m - 1 - count;
  return `${Math.floor(months / 12)}-${pad((months % 12) + 1)}`;
}

/** How far back to look for tense: the start of the clause holding the date. */
function clauseBefore(text: string, at: number): string {
  const window = text.slice(Math.max(0, at - 120), at);
  return window.slice(Math.max(window.lastIndexOf('.'), window.lastIndexOf('\n'), window.lastIndexOf(';')) + 1);
}

/** Dates at the precision the text gives, relative ones resolved against the publication's local day. */
export function extractDates(text: string, published: string | null): DateMention[] {
  const pub = localDay(published);
  const folded = foldQuotes(text);
  const found: DateMention[] = [];
  for (const rule of RULES) {
    for (const m of folded.matchAll(rule.re)) {
      const value = rule.value(m as RegExpExecArray, pub, clauseBefore(folded, m.index));
      if (value) found.push({ text: text.slice(m.index, m.index + m[0].length), value, start: m.index, end: m.index + m[0].length });
    }
  }
  // Where phrases overlap, the earliest wins, and of those starting together the longest (most precise).
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: DateMention[] = [];
  for (const c of found) if (!out.length || c.start >= out[out.length - 1].end) out.push(c);
  return out;
}
