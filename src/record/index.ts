/** Depositary status tables read as records: each participant's actions and dates, the totals, the table's day. */
import { parseDocument } from 'htmlparser2';
import { elements, textOf } from '../article/dom.js';
import { alternation, wordsOf } from '../extract/lexicon/family.js';
import { STATUS_AS_OF, RECORD_ACTIONS } from '../extract/lexicon/record.js';
import { dateCell } from './cells.js';
import { gridOf, tablesOf } from './grid.js';
import { readLayout, type LayoutReading, type RowReading } from './layouts.js';
import type { Participant, RecordAction, RecordedAction, StatusTable } from './types.js';

export type * from './types.js';

/** Actions that make a state bound by the treaty (a party), as opposed to a signatory. */
const BINDING: ReadonlySet<RecordAction> = new Set([
  'definitive_signature',
  'ratification',
  'acceptance',
  'approval',
  'accession',
  'succession',
]);
const SIGNING: ReadonlySet<RecordAction> = new Set(['signature', 'definitive_signature']);

const PAGE_TEXT_FOR_DATE = 20_000;
const AS_OF = new RegExp(`${alternation(STATUS_AS_OF)}\\s*:?\\s*([^\\n]{6,30})`, 'iu');
const WITHDRAWAL_WORDS = wordsOf(RECORD_ACTIONS.withdrawal, 'iu');

/** The first date among the leading words of a text: "26 October 2025. Signatories…" gives 2025-10-26. */
function leadingDate(text: string): string | null {
  const words = text.split(/\s+/).slice(0, 4);
  for (let n = words.length; n > 0; n--) {
    const d = dateCell(
      words
        .slice(0, n)
        .join(' ')
        .replace(/[.,;)]+$/, ''),
    );
    if (d) return d.date;
  }
  return null;
}

/** Any date written in a text (a footnote): tried at each word. */
function dateIn(text: string): string | null {
  const words = text.split(/\s+/);
  for (let i = 0; i < words.length; i++) {
    const d = leadingDate(words.slice(i, i + 4).join(' '));
    if (d) return d;
  }
  return null;
}

/** Short blocks of the page that start with a footnote marker ("3/ On 10 May…", "[3] …"), by marker. */
function footnotes(root: ReturnType<typeof parseDocument>): Map<string, string> {
  const out = new Map<string, string>();
  for (const el of elements(root)) {
    if (el.name !== 'p' && el.name !== 'li' && el.name !== 'div') continue;
    const text = textOf(el, 2000);
    const m = /^\[?(\d{1,3}|[a-z]|\*+)[\]/.)]?\s+(.{10,})$/su.exec(text);
    if (m && !out.has(m[1])) out.set(m[1], m[2]);
  }
  return out;
}

/** One participant per country: rows of the same participant (one per action) joined in order. */
function participants(reading: LayoutReading, notes: Map<string, string>): Participant[] {
  const byCode = new Map<string, Participant>();
  const add = (row: RowReading) => {
    const p = byCode.get(row.participant.code) ?? {
      code: row.participant.code,
      name: row.participant.name,
      actions: [],
      withdrawn: false,
    };
    p.actions.push(...row.actions);
    for (const marker of row.notes) {
      const note = notes.get(marker.replace(/[/.)\]]$/, ''));
      if (note && WITHDRAWAL_WORDS.test(note)) p.actions.push({ action: 'withdrawal', date: dateIn(note) });
    }
    p.withdrawn ||= row.participant.bracketed;
    byCode.set(p.code, p);
  };
  reading.rows.forEach(add);
  return [...byCode.values()].map((p) => ({
    ...p,
    actions: dedupe(p.actions),
    withdrawn: p.withdrawn || lastIsWithdrawal(p),
  }));
}

/** A state that withdrew and later joined again ("acceded again in 2021") is a party: the latest dated act decides. */
function lastIsWithdrawal(p: Participant): boolean {
  const dated = p.actions.filter((a) => a.date).sort((a, b) => (a.date! < b.date! ? -1 : a.date! > b.date! ? 1 : 0));
  const last = dated.at(-1) ?? p.actions.at(-1);
  return last?.action === 'withdrawal';
}

function dedupe(actions: RecordedAction[]): RecordedAction[] {
  const seen = new Set<string>();
  return actions.filter((a) => !seen.has(`${a.action} ${a.date}`) && seen.add(`${a.action} ${a.date}`));
}

export interface StatusTableInput {
  html: string;
  /** When the page was fetched: the table's day when the page states none. */
  fetchedAt?: string | null;
}

/**
 * The status table of a page: the largest HTML table whose header names participants and treaty actions, read in
 * its layout. Null when the page has none. Pure; bounded by the grid's row cap.
 */
export function readStatusTable(input: StatusTableInput): StatusTable | null {
  const doc = parseDocument(input.html);
  let best: LayoutReading | null = null;
  for (const table of tablesOf(doc)) {
    const reading = readLayout(gridOf(table));
    if (reading && (!best || reading.rows.length > best.rows.length)) best = reading;
  }
  if (!best) return null;
  const list = participants(best, footnotes(doc));
  // Pages state the table's day above or just below it: the first few thousand characters of the page's text.
  const stated = AS_OF.exec(doc.children.map((n) => textOf(n, PAGE_TEXT_FOR_DATE)).join(' '));
  const asOf = (stated && leadingDate(stated[1])) ?? input.fetchedAt?.slice(0, 10) ?? null;
  return {
    layout: best.layout,
    asOf,
    participants: list,
    totals: {
      signatories: list.filter((p) => p.actions.some((a) => SIGNING.has(a.action))).length,
      parties: list.filter((p) => !p.withdrawn && p.actions.some((a) => BINDING.has(a.action))).length,
    },
    unread: best.unread,
  };
}

const ACTION_WORDS_ANYWHERE = wordsOf(
  [RECORD_ACTIONS.signature, RECORD_ACTIONS.ratification, RECORD_ACTIONS.accession],
  'iu',
);

/** A cheap look at raw markup before any parse: a table and treaty-action words somewhere on the page. */
export function mayHoldStatusTable(html: string): boolean {
  return /<table\b/i.test(html) && ACTION_WORDS_ANYWHERE.test(html);
}
