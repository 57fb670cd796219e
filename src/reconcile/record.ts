/** The depositary's record beside the reports: claims of record outweigh news for their date and name conflicts. */
import { COUNTRY_STATUS } from './countryStatus.js';
import type { ClaimGroup, Option, RuleOutcome } from './outcome.js';
import { asOfOf, compareAsOf, sourceRefs } from './provenance.js';
import type { ClaimRecord } from './types.js';

/** Claims read from a status table carry this provenance (src/record/claims.ts). */
export const isRecordClaim = (c: ClaimRecord): boolean => c.qualifiers.provenance === 'record';

/** Counts the record states as totals of its table. */
const RECORD_COUNTS = new Set(['signatory_count', 'ratification_count']);

const option = (claims: ClaimRecord[]): Option => ({
  value: claims[0].value,
  extra: {},
  claims,
  asOf: asOfOf(claims[0]),
});

/** Record claims of one group by the day they hold, oldest first, one option per day. */
function recordSeries(record: readonly ClaimRecord[]): Option[] {
  const byDay = new Map<string, ClaimRecord[]>();
  for (const c of record) {
    const day = asOfOf(c) ?? '';
    byDay.set(day, [...(byDay.get(day) ?? []), c]);
  }
  return [...byDay.values()].map(option).sort((a, b) => compareAsOf(a.asOf, b.asOf));
}

const recordExtra = (series: Option[]) => ({
  record: series.map((o) => ({ value: o.value, as_of: o.asOf, sources: sourceRefs(o.claims) })),
});

/**
 * A count with the record beside the reports. Where the record's latest day is on or after the reports', its total
 * is the value and the reports go to history; a report that, by its day, counts more than the record lists at a
 * later day contradicts it and makes a conflict. Reports later than the record run ahead of it: no conflict.
 */
function countWithRecord(news: RuleOutcome | null, record: Option[], group: ClaimGroup): RuleOutcome {
  const latest = record[record.length - 1];
  const value = latest.value as number;
  const when = latest.asOf ?? 'an unknown day';
  const extra = recordExtra(record);
  if (!news) {
    return {
      group,
      status: record.length > 1 ? 'evolving' : 'agreed',
      explanation: `From the depositary's record: ${value} as of ${when}.`,
      chosen: { ...latest, extra },
      history: record.slice(0, -1),
      alternatives: [],
      conflictStatus: null,
    };
  }
  const reported = [...news.history, news.chosen, ...news.alternatives];
  const contradicting = reported.filter(
    (o) => compareAsOf(o.asOf, latest.asOf) <= 0 && typeof o.value === 'number' && o.value > value,
  );
  if (contradicting.length) {
    const first = contradicting[0];
    return {
      group,
      status: 'conflict',
      explanation:
        `Reports give ${String(first.value)} as of ${first.asOf ?? 'an unknown day'}, more than the depositary's record ` +
        `lists as of ${when} (${value}). The record is kept for now; flagged for analysts.`,
      chosen: { ...latest, extra },
      history: [],
      alternatives: contradicting,
      conflictStatus: 'open',
    };
  }
  if (news.chosen.value === value && compareAsOf(news.chosen.asOf, latest.asOf) === 0) {
    return {
      ...news,
      chosen: {
        ...news.chosen,
        claims: [...news.chosen.claims, ...latest.claims],
        extra: { ...news.chosen.extra, ...extra },
      },
      explanation: `${news.explanation} The depositary's record lists ${value} as of ${when} as well.`,
    };
  }
  if (compareAsOf(news.chosen.asOf, latest.asOf) > 0) {
    return {
      ...news,
      chosen: { ...news.chosen, extra: { ...news.chosen.extra, ...extra } },
      explanation: `${news.explanation} The depositary's record lists ${value} as of ${when}; the reports run ahead of it.`,
    };
  }
  const history = [...reported, ...record.slice(0, -1)]
    .filter((o) => o.value !== value)
    .sort((a, b) => compareAsOf(a.asOf, b.asOf));
  return {
    group,
    status: history.length ? 'evolving' : 'agreed',
    explanation:
      `The depositary's record lists ${value} as of ${when}` +
      (history.length
        ? `; reports gave ${history.map((h) => `${String(h.value)} (as of ${h.asOf})`).join(', ')} before it.`
        : ', as the reports do.'),
    chosen: { ...latest, extra },
    history,
    alternatives: [],
    conflictStatus: null,
  };
}

/** A country's status with the record's act and date beside the reports. */
function statusWithRecord(news: RuleOutcome | null, record: Option[], group: ClaimGroup): RuleOutcome {
  const latest = record[record.length - 1];
  const { act, date } = latest.claims[0].qualifiers as { act?: string; date?: string };
  const extra = { record: { act: act ?? null, date: date ?? null, status: latest.value } };
  const said =
    `The depositary's record lists its ${act === 'withdrew' ? 'withdrawal' : (act ?? 'act')}` +
    `${date ? ` on ${date}` : ''}`;
  if (!news) {
    return {
      group,
      status: 'agreed',
      explanation: `${said}.`,
      chosen: { ...latest, extra },
      history: [],
      alternatives: [],
      conflictStatus: null,
    };
  }
  if (news.chosen.value === latest.value) {
    return {
      ...news,
      chosen: { ...news.chosen, extra: { ...news.chosen.extra, ...extra } },
      explanation: `${news.explanation} ${said}.`,
    };
  }
  // Reports after the record's act that say otherwise contradict it; earlier ones only predate it.
  const after = compareAsOf(news.chosen.asOf, latest.asOf) >= 0;
  return after
    ? {
        group,
        status: 'conflict',
        explanation: `Reports say ${String(news.chosen.value)} as of ${news.chosen.asOf}; ${said}. Flagged for analysts.`,
        chosen: { ...latest, extra },
        history: [],
        alternatives: [news.chosen],
        conflictStatus: 'open',
      }
    : {
        group,
        status: 'evolving',
        explanation: `Reports said ${String(news.chosen.value)} as of ${news.chosen.asOf}; ${said}.`,
        chosen: { ...latest, extra },
        history: [news.chosen],
        alternatives: [],
        conflictStatus: null,
      };
}

/** One group's outcome with its claims of record taken into account; the news outcome alone when there are none. */
export function withRecord(
  news: RuleOutcome | null,
  record: readonly ClaimRecord[],
  group: ClaimGroup,
): RuleOutcome | null {
  if (!record.length) return news;
  const series = recordSeries(record);
  if (group.property === COUNTRY_STATUS) return statusWithRecord(news, series, group);
  if (RECORD_COUNTS.has(group.property)) return countWithRecord(news, series, group);
  return news;
}

/**
 * A country reported as signed that the record, as of a later day, does not list: the reports contradict the
 * record. A report later than the record runs ahead of it, and only the explanation says so.
 */
export function unlistedByRecord(news: RuleOutcome, tables: readonly ClaimRecord[]): RuleOutcome {
  if (news.chosen.value !== 'signed' || !tables.length) return news;
  const table = [...tables].sort((a, b) => compareAsOf(asOfOf(a), asOfOf(b))).at(-1)!;
  const day = asOfOf(table);
  const reportedOn = news.chosen.asOf;
  if (compareAsOf(reportedOn, day) > 0) {
    return {
      ...news,
      explanation: `${news.explanation} Not yet in the depositary's record of ${day}; the reports run ahead of it.`,
    };
  }
  return {
    ...news,
    status: 'conflict',
    explanation:
      `Reports say it signed (as of ${reportedOn ?? 'an unknown day'}), but the depositary's record as of ${day} ` +
      `does not list it. Flagged for analysts.`,
    alternatives: [
      { value: 'not_signed', extra: { record: { listed: false, as_of: day } }, claims: [table], asOf: day },
    ],
    conflictStatus: 'open',
  };
}
