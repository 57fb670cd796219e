import type { Article } from '../article/types.js';
import type { SubjectSpec } from '../config/schema.js';
import { EXTRACTORS } from '../extract/index.js';
import type { CountryMention, DateMention, Extractions, NumberKind, NumberMention, Span, TreatyMention } from '../extract/types.js';
import { sentenceSpan } from '../text/sentence.js';
import { SpanIndex } from '../text/spanIndex.js';
import { milestoneOf, placeIn } from './events.js';
import { isSubjectTreaty, subjectOf } from './subject.js';
import type { ClaimDraft } from './types.js';

/** Version of the extractions-to-claims rules, stored with each article alongside the extractors' versions. */
export const CLAIMS_VERSION = '1';

export interface ClaimInput {
  article: Article;
  extractions: Extractions;
  subjects: readonly SubjectSpec[];
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

const evidence = (span: Span): Pick<ClaimDraft, 'evidenceStart' | 'evidenceEnd'> => ({ evidenceStart: span.start, evidenceEnd: span.end });

/** "since 1 May" starts a period; it is not the day a count held. */
const PERIOD_START = /\b(?:since|from|after|starting)\s+(?:on\s+)?$/iu;

/**
 * The day a count held: a full date stated in its sentence ("on Saturday, 65 countries signed"), not after
 * publication; else null, and the publication day applies.
 */
function statedDay(text: string, span: Span, dates: SpanIndex<DateMention>, published: string | null): string | null {
  const sentence = sentenceSpan(text, span.start, span.end);
  const day = dates.within(sentence).find(
    (d) =>
      d.start >= sentence.start &&
      d.end <= sentence.end &&
      /^\d{4}-\d{2}-\d{2}$/.test(d.value) &&
      (!published || d.value <= published) &&
      !PERIOD_START.test(text.slice(Math.max(sentence.start, d.start - 20), d.start)),
  );
  return day?.value ?? null;
}

function countClaims(text: string, extractions: Extractions, published: string | null): Draft[] {
  const dates = new SpanIndex(extractions.dates);
  return extractions.numbers
    .filter((n) => COUNTED.has(n.kind))
    .map((n) => ({
      property: n.kind,
      key: null,
      value: n.value,
      qualifiers: { qualifier: n.qualifier },
      asOf: statedDay(text, n, dates, published),
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
    delays.reduce<NumberMention | null>((best, d) => (!best || spanDistance(d, t) < spanDistance(best, t) ? d : best), null);
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
      qualifiers: threshold && threshold.qualifier !== 'exact' ? { qualifier: threshold.qualifier } : {},
      evidenceStart: Math.min(...spans.map((s) => s.start)),
      evidenceEnd: Math.max(...spans.map((s) => s.end)),
      extractor: 'numbers',
      confidence: CONFIDENCE.rule,
    };
  });
}

/** One status per country and article: "signed" outranks "not signed" when an article says both (a list, then an update). */
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
    qualifiers: {},
    ...evidence(c),
    extractor: 'countries',
    confidence: CONFIDENCE.status,
  }));
}

function milestoneClaims(text: string, extractions: Extractions, isSubject: (t: TreatyMention) => boolean): Draft[] {
  const treaties = new SpanIndex(extractions.treaties);
  return extractions.dates.flatMap((d: DateMention): Draft[] => {
    const milestone = milestoneOf(text, d, treaties, isSubject);
    if (!milestone) return [];
    const place = placeIn(text, milestone.sentence, extractions.countries);
    return [
      {
        property: milestone.property,
        key: null,
        value: d.value,
        qualifiers: place ? { place } : {},
        ...evidence(d),
        extractor: 'dates',
        confidence: CONFIDENCE.milestone,
      },
    ];
  });
}

/** An article saying the same thing twice is one claim, not two votes for it. */
function distinct(drafts: Draft[]): Draft[] {
  const seen = new Set<string>();
  return drafts.filter((d) => {
    const id = JSON.stringify([d.property, d.key, d.value, d.qualifiers]);
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

/**
 * Turns one article's extractions into claims about the treaty it is about. Pure: provenance (article,
 * run, fetch) is attached by the store. An article about no recognisable treaty makes no claims.
 */
export function buildClaims({ article, extractions, subjects }: ClaimInput): ClaimDraft[] {
  const subject = subjectOf({ title: article.title, text: article.text, ...extractions }, subjects);
  if (!subject) return [];
  const published = dayOf(article.published);
  const drafts = distinct([
    ...countClaims(article.text, extractions, published),
    ...ruleClaims(extractions.numbers),
    ...statusClaims(extractions.countries),
    ...milestoneClaims(article.text, extractions, (t) => isSubjectTreaty(t, subject, extractions.treaty, subjects)),
  ]);
  return drafts.map((d) => ({
    ...d,
    subject: subject.name,
    ...(subject.key ? { subjectKey: subject.key } : {}),
    asOf: d.asOf ?? published,
    extractorVersion: EXTRACTORS[d.extractor],
  }));
}
