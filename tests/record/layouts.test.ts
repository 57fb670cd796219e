/** Status tables in the layouts depositaries use read to the right participants, actions and dates. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readStatusTable, type StatusTable } from '../../src/record/index.js';

const read = (name: string, fetchedAt: string | null = null): StatusTable => {
  const table = readStatusTable({ html: readFileSync(`fixtures/records/${name}.html`, 'utf8'), fetchedAt });
  if (!table) throw new Error(`${name}: no status table read`);
  return table;
};
const actionsOf = (t: StatusTable, code: string) => t.participants.find((p) => p.code === code)?.actions;

describe('one combined column with suffix letters (Paris Agreement style)', () => {
  const t = read('combined-suffix');
  it('reads every participant with its ISO code', () => {
    expect(t.participants.map((p) => p.code)).toEqual([
      'AU',
      'CN',
      'EU',
      'FJ',
      'FR',
      'IN',
      'IR',
      'JP',
      'NI',
      'SY',
      'TR',
      'US',
    ]);
  });
  it('takes the action a suffix letter names', () => {
    expect(actionsOf(t, 'EU')).toEqual([
      { action: 'signature', date: '2016-04-22' },
      { action: 'approval', date: '2016-10-05' },
    ]);
    expect(actionsOf(t, 'JP')?.[1]).toEqual({ action: 'acceptance', date: '2016-11-08' });
    expect(actionsOf(t, 'NI')).toEqual([{ action: 'accession', date: '2017-10-23' }]);
  });
  it("reads a date without suffix as the column's first action", () => {
    expect(actionsOf(t, 'CN')?.[1]).toEqual({ action: 'ratification', date: '2016-09-03' });
  });
  it('keeps a signatory that has not ratified as a signatory only', () => {
    expect(actionsOf(t, 'IR')).toEqual([{ action: 'signature', date: '2016-04-22' }]);
  });
  it('reads a withdrawal from the footnote the participant carries', () => {
    expect(actionsOf(t, 'US')).toContainEqual({ action: 'withdrawal', date: '2019-11-04' });
  });
  it('counts a state that withdrew and joined again as a party', () => {
    expect(t.participants.find((p) => p.code === 'US')?.withdrawn).toBe(false);
    expect(t.totals).toEqual({ signatories: 10, parties: 11 });
  });
  it('takes the day the page states for the table', () => {
    expect(t.asOf).toBe('2024-03-15');
  });
});

describe('one column per action (ISO dates, a withdrawal column)', () => {
  const t = read('column-per-action');
  it('reads signature, ratification and withdrawal of one state', () => {
    expect(actionsOf(t, 'BI')).toEqual([
      { action: 'signature', date: '1999-01-13' },
      { action: 'ratification', date: '2004-09-21' },
      { action: 'withdrawal', date: '2017-10-27' },
    ]);
  });
  it('marks states with a withdrawal as withdrawn and counts them out of the parties', () => {
    expect(t.participants.filter((p) => p.withdrawn).map((p) => p.code)).toEqual(['BI', 'PH']);
    expect(t.totals).toEqual({ signatories: 6, parties: 5 });
  });
  it('maps a formal name to its code', () => {
    expect(actionsOf(t, 'PS')).toEqual([{ action: 'accession', date: '2015-01-02' }]);
  });
  it('dates the table by its "last updated" line', () => {
    expect(t.asOf).toBe('2025-03-01');
  });
});

describe('one row per action (rowspans and blank participant cells)', () => {
  const t = read('row-per-action');
  it('joins the rows of one participant', () => {
    expect(t.layout).toBe('row-per-action');
    expect(actionsOf(t, 'IS')).toEqual([
      { action: 'signature', date: '2013-06-03' },
      { action: 'ratification', date: '2013-07-02' },
    ]);
  });
  it('continues the participant above when the cell is blank', () => {
    expect(actionsOf(t, 'KR')).toEqual([
      { action: 'signature', date: '2013-06-03' },
      { action: 'ratification', date: '2016-11-28' },
    ]);
  });
  it('reads "Korea, Republic of" and the United Kingdom\'s formal name', () => {
    expect(t.participants.map((p) => p.code)).toEqual(['IS', 'MX', 'CN', 'NG', 'KR', 'GB']);
  });
  it('counts signatories and parties', () => {
    expect(t.totals).toEqual({ signatories: 5, parties: 6 });
  });
});

describe('a status column with action words, day-first dates and a bracketed former party', () => {
  const t = read('status-words');
  it('reads the action each row names', () => {
    expect(actionsOf(t, 'JP')).toEqual([{ action: 'acceptance', date: '2002-06-04' }]);
    expect(actionsOf(t, 'EU')).toEqual([{ action: 'approval', date: '2002-05-31' }]);
    expect(actionsOf(t, 'VE')).toEqual([{ action: 'accession', date: '2005-02-18' }]);
  });
  it("maps the depositary's formal names", () => {
    expect(actionsOf(t, 'BO')).toEqual([{ action: 'ratification', date: '1999-11-30' }]);
  });
  it('marks a participant in brackets as withdrawn, with the date its footnote gives', () => {
    const canada = t.participants.find((p) => p.code === 'CA');
    expect(canada?.withdrawn).toBe(true);
    expect(canada?.actions).toContainEqual({ action: 'withdrawal', date: '2011-12-15' });
    expect(t.totals.parties).toBe(7);
  });
});

describe('pages that are no status table', () => {
  it('gives null for a page without a participants table', () => {
    const html = '<table><tr><th>Team</th><th>Score</th></tr><tr><td>Chile</td><td>2</td></tr></table>';
    expect(readStatusTable({ html })).toBeNull();
  });
  it('falls back to the fetch day when the page states none', () => {
    const html =
      '<table><tr><th>Country</th><th>Signature</th></tr><tr><td>Chile</td><td>3 June 2013</td></tr></table>';
    expect(readStatusTable({ html, fetchedAt: '2026-01-05T10:00:00Z' })?.asOf).toBe('2026-01-05');
  });
});
