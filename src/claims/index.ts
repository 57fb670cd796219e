/** Turns an article's extractions into claim drafts about its subject. */
import type { Article } from '../article/types.js';
import type { SubjectSpec } from '../config/schema.js';
import { DATE_IN_A_TREATY_NAME, SIGNING_TOGETHER, TREATY_YEAR_FORM } from '../extract/dateEvents.js';
import { EXTRACTORS } from '../extract/index.js';
import { wordsOf } from '../extract/lexicon/family.js';
import { PRESENT_TIME } from '../extract/lexicon/index.js';
import { versionOf } from '../extract/rules/version.js';
import { firstIndex } from '../extract/sorted.js';
import { rangeAt } from '../extract/text.js';
import { treatyRegistry } from '../extract/treatyRegistry.js';
import type {
  CountryMention,
  DateEventKind,
  DateMention,
  Explained,
  Extractions,
  NumberKind,
  NumberMention,
  Span,
} from '../extract/types.js';
import { MILESTONE_PROPERTIES, milestonesOf } from './events.js';
import { evidenceInBody, headed } from './headline.js';
import { isSubjectTreaty, subjectOf } from './subject.js';
import { meaningOf, type ClaimDraft } from './types.js';
import { onAnotherPaper } from './votes.js';

export interface ClaimInput {
  article: Article;
  extractions: Extractions;
  subjects: readonly SubjectSpec[];
  /** Where the body starts in the article's text, when a headline stands before it (headline.ts); 0 by default. */
  bodyStart?: number;
}

/** Counts that are facts about the treaty; the rest (General Assembly size, "other") describe something else. */
const COUNTED: ReadonlySet<NumberKind> = new Set([
  'signatory_count',
  'ratification_count',
  'attending_countries',
  'eu_member_signatories',
  'vote_in_favour',
  'vote_against',
  'vote_abstention',
]);

/**
 * How sure each claim kind is, given what its extractor can get wrong: a number's kind hangs on a few words
 * around it, a stance on a whole list, a milestone date on the nearest event word.
 */
const CONFIDENCE = { count: 0.8, rule: 0.8, status: 0.7, milestone: 0.7 } as const;

/** The calendar day of the publication time, in the publisher's own offset: the day the claims held. */
const dayOf = (published: string | null): string | null => published?.match(/^\d{4}-\d{2}-\d{2}/)?.[0] ?? null;

type Extractor = keyof typeof EXTRACTORS;
type Draft = Omit<ClaimDraft, 'subject' | 'asOf' | 'extractorVersion'> & { extractor: Extractor; asOf?: string | null };

const evidence = (span: Span): Pick<ClaimDraft, 'evidenceStart' | 'evidenceEnd'> => ({
  evidenceStart: span.start,
  evidenceEnd: span.end,
});

/** The rule that made a reading, as a qualifier a downstream reader can see (the reconciler reads no `rule`). */
const ruleOf = (...readings: (Explained | null | undefined)[]): { rule?: string } => {
  const rule = readings.find((r) => r?.rule)?.rule;
  return rule ? { rule } : {};
};

/** Milestones that tell how a treaty began: background to a count, not its day. */
const ORIGINS: ReadonlySet<DateEventKind> = new Set(['adoption', 'signing_opened']);

/** A stated day, with where its date stands. */
interface StatedDay {
  value: string;
  date: Span;
}

/**
 * The days each sentence states for its counts ("on Saturday, 65 countries signed"): the dates in it that the date
 * extractor marks as able to date a count, in text order. Sentences in text order, found by binary search.
 * `withOrigins`: for tallies, whose vote is the adoption ("on Wednesday the conference adopted it by 437 votes to 27").
 */
function statedDays(dates: readonly DateMention[], withOrigins = false): (at: number) => readonly StatedDay[] {
  const days: { start: number; end: number; days: StatedDay[] }[] = [];
  for (const d of dates) {
    // "The Convention, adopted on 16 November 2001, currently has 86 parties", "Six months after it opened for
    // signature on 25 May, it has been signed by 47": the date of how the treaty began describes it, not the count,
    // unless the opening is read from the count itself ("95 countries signed yesterday").
    if (!withOrigins && d.event && ORIGINS.has(d.event.kind) && d.event.rule !== SIGNING_TOGETHER) continue;
    if (!d.statesDay || !d.sentence) continue;
    const day = { value: d.value, date: { start: d.start, end: d.end } };
    const last = days[days.length - 1];
    if (last?.start === d.sentence.start) last.days.push(day);
    else days.push({ ...d.sentence, days: [day] });
  }
  return (at) => days[rangeAt(days, at)]?.days ?? [];
}

/**
 * Of a sentence's stated days, the one in the count's own clause ("… becomes law today, 90 days after Mongolia lodged
 * the thirtieth instrument in New York on 21 September": the thirtieth is of 21 September), else the sentence's
 * first.
 */
function dayOfClause(text: string, days: readonly StatedDay[], count: Span): StatedDay | null {
  const sameClause = (d: StatedDay) =>
    !CLAUSE_END.test(text.slice(Math.min(d.date.end, count.end), Math.max(d.date.start, count.start)));
  return days.find(sameClause) ?? days[0] ?? null;
}

/**
 * A date that is part of a treaty's name ("the 1930 Convention", "the Protocol of 2014 to …"): it names the treaty
 * and dates nothing the sentence reports ("on Wednesday adopted a Protocol to the 1930 Convention by 437 votes").
 */
const namesATreaty = (d: DateMention): boolean =>
  d.rule === TREATY_YEAR_FORM || d.event?.rule === DATE_IN_A_TREATY_NAME;

/** Milestones: a treaty's own dates, which describe it and date no count between them and a count's day. */
const MILESTONE_KINDS: ReadonlySet<DateEventKind> = new Set([...ORIGINS, 'entry_into_force']);

/** Whether a date of another time than a day stands between two offsets; see `otherDateBetween`. */
type DateBetween = (from: number, to: number, day: string) => boolean;

/**
 * Whether a date of some other time and event stands between two offsets ("Chile became the 40th party in May, two
 * years after the pact took effect on 3 June 2024": "in May" stands between the 40th and the day of the entry into
 * force, so that day does not date it). Not a milestone of the treaty (it describes the treaty) nor the day itself
 * again ("on Monday, 12 March"). Dates in text order.
 */
function otherDateBetween(dates: readonly DateMention[]): DateBetween {
  const others = dates.filter((d) => !(d.event && MILESTONE_KINDS.has(d.event.kind)) && !namesATreaty(d));
  return (from, to, day) => {
    for (let i = firstIndex(others, (d) => d.start >= from); i < others.length && others[i].end <= to; i++)
      if (!day.startsWith(others[i].value)) return true;
    return false;
  };
}

/** A present-time adverb ("now", "to date"). */
const PRESENT_WORD = wordsOf(PRESENT_TIME, 'iu');
/** What ends a clause or a sentence: a count's clause runs between two of these. */
const CLAUSE_END = /[,;:—–().!?]/;
/** How far either side of a count its clause is searched for a present-time adverb. */
const CLAUSE_REACH = 60;

/**
 * The day of a count: its sentence's stated day, unless a date of another time stands between them (it is nearer
 * the count) or the count's own clause puts it at the time of writing ("now has 68 parties", "124 parties to date")
 * and the date stands in another clause ("Five years after it took effect, on 2 May 2021, the pact now has 68
 * parties"): then the count is as of publication.
 */
function countDay(text: string, stated: StatedDay | null, count: Span, dateBetween: DateBetween): string | null {
  if (!stated) return null;
  const [near, far] = stated.date.end <= count.start ? [stated.date.end, count.start] : [count.end, stated.date.start];
  if (dateBetween(near, far, stated.value)) return null;
  const before = text.slice(Math.max(0, count.start - CLAUSE_REACH), count.start);
  const after = text.slice(count.end, count.end + CLAUSE_REACH);
  const clause = before.split(CLAUSE_END).pop()! + ' ' + after.split(CLAUSE_END)[0];
  if (!PRESENT_WORD.test(clause)) return stated.value;
  return CLAUSE_END.test(text.slice(near, far)) ? null : stated.value;
}

/** Votes: a tally is of one event, so a sentence that dates it only by year or month still dates it. */
const VOTES: ReadonlySet<NumberKind> = new Set(['vote_in_favour', 'vote_against', 'vote_abstention']);

/**
 * The year or month before publication each sentence places its events in ("rejected it in 2012 by 61 to 37"): the
 * first such date in it. A vote recalled this way is that period's vote, not one held the day the article appeared.
 */
function pastPeriods(dates: readonly DateMention[], published: string | null): (at: number) => string | null {
  const periods: { start: number; end: number; value: string }[] = [];
  for (const d of dates) {
    if (namesATreaty(d)) continue;
    const past = /^\d{4}(?:-\d{2})?$/.test(d.value) && !!published && d.value < published.slice(0, d.value.length);
    if (!past || !d.sentence || periods[periods.length - 1]?.start === d.sentence.start) continue;
    periods.push({ ...d.sentence, value: d.value });
  }
  return (at) => periods[rangeAt(periods, at)]?.value ?? null;
}

/** Counts that only grow: an article gives one current total of each, the rest being parts or past steps. */
const CUMULATIVE: ReadonlySet<NumberKind> = new Set(['signatory_count', 'ratification_count']);

/** The least a count says: its value when exact or a lower bound, else nothing comparable. */
const floorOf = (n: NumberMention): number | null =>
  ['exact', 'more_than', 'at_least'].includes(n.qualifier) ? n.value : null;

/**
 * The counts that stand for the article's current total: of a cumulative kind, a count with no day of its own that
 * is below another count of that kind in the same article is not the total as of publication but a part of it or an
 * earlier step ("22 have ratified and 15 have deposited", "the 21st and the 22nd", "23 became parties during the
 * first year … now 57"), so it makes no claim. A smaller count with a day of its own is history and stays. In an
 * article that says a count went down ("161 parties, down from 165"), the fallen count is the current one: an undated
 * larger one ("became the 165th party last year") is a step before the fall, and so is a larger one dated no earlier
 * than the fall ("had 188 members before Friday's announcement" in Friday's report of a withdrawal).
 */
function currentTotals(
  counts: readonly NumberMention[],
  dayOfCount: (n: NumberMention) => string | null,
  published: string | null,
): NumberMention[] {
  const highest = new Map<NumberKind, number>();
  const fellTo = new Map<NumberKind, number>();
  // The day of the earliest fall the article reports, per kind: a larger count dated that day or later is the
  // count before the fall ("had 188 members before Friday's announcement"), not a report of its own.
  const fellOn = new Map<NumberKind, string>();
  for (const n of counts) {
    const floor = floorOf(n);
    if (!CUMULATIVE.has(n.kind) || floor === null) continue;
    highest.set(n.kind, Math.max(highest.get(n.kind) ?? floor, floor));
    if (!n.fell) continue;
    fellTo.set(n.kind, Math.min(fellTo.get(n.kind) ?? floor, floor));
    const day = dayOfCount(n) ?? published;
    const before = fellOn.get(n.kind);
    if (day && (!before || day < before)) fellOn.set(n.kind, day);
  }
  const current = (n: NumberMention): boolean => {
    const fallen = fellTo.get(n.kind);
    return fallen === undefined
      ? !(n.value < (highest.get(n.kind) ?? -Infinity))
      : n.fell === true || n.value === fallen;
  };
  const history = (n: NumberMention): boolean => {
    const day = dayOfCount(n);
    if (day === null) return false;
    const fall = fellOn.get(n.kind);
    return !fall || n.value <= (fellTo.get(n.kind) ?? Infinity) || day < fall;
  };
  return counts.filter((n) => !CUMULATIVE.has(n.kind) || history(n) || current(n));
}

function countClaims(extractions: Extractions, text: string, published: string | null): Draft[] {
  const dayAt = statedDays(extractions.dates);
  const voteDayAt = statedDays(extractions.dates, true);
  const periodAt = pastPeriods(extractions.dates, published);
  // A tally of a vote on a committee's report or an accompanying recommendation is not a vote on the treaty.
  const counts = extractions.numbers.filter(
    (n) => COUNTED.has(n.kind) && !(VOTES.has(n.kind) && onAnotherPaper(text, n)),
  );
  const dateBetween = otherDateBetween(extractions.dates);
  const dayOfCount = (n: NumberMention) =>
    countDay(text, dayOfClause(text, (VOTES.has(n.kind) ? voteDayAt : dayAt)(n.start), n), n, dateBetween);
  return currentTotals(counts, dayOfCount, published).map((n) => ({
    property: n.kind,
    key: null,
    value: n.value,
    // `fell`: the text says the count went down (withdrawals), so the reconciler reads it as an update.
    qualifiers: { qualifier: n.qualifier, ...(n.fell ? { fell: true } : {}), ...ruleOf(n) },
    asOf: dayOfCount(n) ?? (VOTES.has(n.kind) ? periodAt(n.start) : null),
    ...evidence(n),
    extractor: 'numbers',
    confidence: CONFIDENCE.count,
  }));
}

const spanDistance = (a: Span, b: Span): number => Math.max(0, a.start - b.end, b.start - a.end);

/**
 * The entry-into-force rule as one structured value per stated threshold, with the delay stated nearest to
 * it: "90 days after ratification by 40 states" is {delay_days: 90, threshold: 40, instrument: ratification},
 * so a report that counts signatures instead conflicts with it field by field.
 */
function ruleClaims(numbers: readonly NumberMention[]): Draft[] {
  const thresholds = numbers.filter((n) => n.kind === 'entry_into_force_threshold');
  const delays = numbers.filter((n) => n.kind === 'entry_into_force_delay_days');
  const nearestDelay = (t: NumberMention) =>
    delays.reduce<NumberMention | null>(
      (best, d) => (!best || spanDistance(d, t) < spanDistance(best, t) ? d : best),
      null,
    );
  const rules = thresholds.length
    ? thresholds.map((t) => ({ threshold: t, delay: nearestDelay(t) }))
    : delays.map((d) => ({ threshold: null, delay: d }));
  return rules.map(({ threshold, delay }) => {
    const spans = [threshold, delay].filter((s): s is NumberMention => !!s);
    // The threshold's own instrument, else the one the delay's words name ("90 days after ratification").
    const instrument = threshold?.instrument ?? delay?.instrument;
    const value = {
      ...(delay ? { delay_days: delay.value } : {}),
      ...(threshold ? { threshold: threshold.value } : {}),
      ...(instrument ? { instrument } : {}),
    };
    return {
      property: 'entry_into_force_rule',
      key: null,
      value,
      qualifiers: {
        ...(threshold && threshold.qualifier !== 'exact' ? { qualifier: threshold.qualifier } : {}),
        ...ruleOf(threshold, delay),
      },
      evidenceStart: Math.min(...spans.map((s) => s.start)),
      evidenceEnd: Math.max(...spans.map((s) => s.end)),
      extractor: 'numbers',
      confidence: CONFIDENCE.rule,
    };
  });
}

/**
 * One status per country and article: "signed" outranks "not signed" when an article says both (a list, then an
 * update). A withdrawal is the one way a state stops being bound, so it is marked as a fall (`fell`), which the
 * reconciler reads as an update of an earlier "signed", not as a report that contradicts it.
 */
function statusClaims(countries: readonly CountryMention[]): Draft[] {
  const strongest = new Map<string, CountryMention>();
  for (const c of countries) {
    if (c.stance === 'mentioned') continue;
    const prev = strongest.get(c.code);
    if (!prev || (prev.stance === 'not_signed' && c.stance === 'signed')) strongest.set(c.code, c);
  }
  return [...strongest.values()].map((c) => ({
    property: 'country_status',
    key: c.code,
    value: c.stance,
    qualifiers: { ...(c.act === 'withdrew' ? { fell: true } : {}), ...ruleOf(c) },
    ...evidence(c),
    extractor: 'countries',
    confidence: CONFIDENCE.status,
  }));
}

function milestoneClaims(extractions: Extractions, subjectKeys: ReadonlySet<string>): Draft[] {
  return extractions.dates.flatMap((d: DateMention): Draft[] => {
    const place = d.event?.place;
    return milestonesOf(d, subjectKeys).map((property): Draft => ({
      property,
      key: null,
      value: d.value,
      qualifiers: { ...(place ? { place } : {}), ...ruleOf(d.event), ...(d.rule ? { date_form: d.rule } : {}) },
      ...evidence(d),
      extractor: 'dates',
      confidence: CONFIDENCE.milestone,
    }));
  });
}

/**
 * An article saying the same thing twice is one claim, not two votes for it, whichever rules read it. A headline
 * (the text before `bodyStart`) that the body repeats leaves the claim to the body, whose sentence may date it ("46
 * countries sign treaty" over "was signed by 46 countries yesterday").
 */
function distinct(drafts: Draft[], bodyStart: number): Draft[] {
  const kept = new Map<string, Draft>();
  for (const d of drafts) {
    const id = JSON.stringify([d.property, d.key, d.value, meaningOf(d.qualifiers)]);
    const first = kept.get(id);
    if (!first || (first.evidenceStart < bodyStart && d.evidenceStart >= bodyStart)) kept.set(id, d);
  }
  return [...kept.values()];
}

/**
 * Turns one article's extractions into claims about the treaty it is about. Pure: provenance (article,
 * run, fetch) is attached by the store. An article about no recognisable treaty makes no claims.
 */
export function buildClaims({ article, extractions, subjects, bodyStart = 0 }: ClaimInput): ClaimDraft[] {
  const { instrumentOf } = treatyRegistry(article.text, extractions.treaties);
  const subject = subjectOf({ title: article.title, text: article.text, ...extractions }, subjects, instrumentOf);
  if (!subject) return [];
  const published = dayOf(article.published);
  const subjectKeys = new Set(
    extractions.treaties
      .filter((t) => isSubjectTreaty(t, subject, extractions.treaty, subjects, instrumentOf))
      .map((t) => t.key),
  );
  const drafts = distinct(
    [
      ...countClaims(extractions, article.text, published),
      ...ruleClaims(extractions.numbers),
      ...statusClaims(extractions.countries),
      ...milestoneClaims(extractions, subjectKeys),
    ],
    bodyStart,
  );
  return drafts.map((d) => ({
    ...d,
    subject: subject.name,
    ...(subject.key ? { subjectKey: subject.key } : {}),
    asOf: d.asOf ?? published,
    extractorVersion: EXTRACTORS[d.extractor],
  }));
}

/**
 * Version of the extractions-to-claims rules, stored with each article alongside the extractors' versions: a hash of
 * what decides the claims (the counted kinds, confidences, milestone properties, the mapping code and how the
 * headline is read with the body), like theirs.
 */
export const CLAIMS_VERSION = versionOf({
  name: 'claims',
  families: [],
  tables: [],
  data: {
    counted: [...COUNTED],
    confidence: CONFIDENCE,
    milestones: MILESTONE_PROPERTIES,
    mapping: [
      onAnotherPaper,
      namesATreaty,
      statedDays,
      dayOfClause,
      otherDateBetween,
      countDay,
      currentTotals,
      countClaims,
      ruleClaims,
      statusClaims,
      milestoneClaims,
      distinct,
      buildClaims,
      headed,
      evidenceInBody,
    ].map(String),
  },
});
