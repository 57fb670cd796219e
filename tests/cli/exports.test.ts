/** Exports for the analyst: facts and conflicts as CSV and Markdown, and terminal tables that fit the width. */
import { beforeAll, describe, expect, it } from 'vitest';
import { csvCell } from '../../src/cli/exports.js';
import { fixtureStore, newsfacts } from '../helpers/store.js';

/** A CSV parser for the checks: quoted cells with doubled quotes, CRLF rows. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  return rows;
}

describe('exports and terminal tables', () => {
  let db: string;
  beforeAll(() => {
    db = fixtureStore();
  }, 90_000);

  it('facts --csv: one row per fact, country names beside codes, values as resolve takes them', () => {
    const facts = JSON.parse(newsfacts(['facts', '--json', '--db', db]).stdout);
    const rows = parseCsv(newsfacts(['facts', '--csv', '--db', db]).stdout);
    expect(rows[0].join(' ')).toBe('subject property key country value as_of status sources source_urls explanation');
    expect(rows).toHaveLength(facts.length + 1);
    expect(rows.find((r) => r[2] === 'MV')?.[3]).toBe('Maldives');
    expect(rows.find((r) => r[1] === 'entry_into_force_rule')?.[4]).toMatch(/^\{"delay_days":90/);
  });

  it('conflicts --csv: one row per source of each competing value, with the differing field', () => {
    const conflicts = JSON.parse(newsfacts(['conflicts', '--json', '--db', db]).stdout);
    const sources = conflicts.flatMap((c: { alternatives: { sources: unknown[] }[] }) =>
      c.alternatives.flatMap((a) => a.sources),
    );
    const rows = parseCsv(newsfacts(['conflicts', '--csv', '--db', db]).stdout);
    expect(rows).toHaveLength(sources.length + 1);
    expect(new Set(rows.slice(1).map((r) => r[8]))).toEqual(
      new Set(['instrument=ratification', 'instrument=signature']),
    );
  });

  it('conflicts --markdown: the differing field in bold, evidence linked, commands in a code block', () => {
    const md = newsfacts(['conflicts', '--markdown', '--db', db]).stdout;
    expect(md).toMatch(/^## #1 /);
    expect(md).toContain('**instrument: signature**');
    expect(md).toContain('delay days: 90, threshold: 40, **instrument: ratification**');
    expect(md).toMatch(/- B ← \[[^\]]+\]\(<https:\/\/[^>]+>\) \(\d{4}-\d{2}-\d{2}\), claim #\d+: “/);
    expect(md).toMatch(/```sh\nnewsfacts resolve 1 --value '/);
  });

  it('refuses two output formats at once, in one line', () => {
    const r = newsfacts(['conflicts', '--markdown', '--json', '--db', db]);
    expect(r.code).not.toBe(0);
    expect(r.stderr.trim().split('\n')[0]).toMatch(/cannot be used with/);
  });

  it('keeps a source that starts like a formula from running in a spreadsheet', () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvCell('@SUM(A1)')).toBe(`'@SUM(A1)`);
    expect(csvCell('-12')).toBe('-12');
  });

  it('fits the facts and conflicts tables to the terminal width, one subject heading each', () => {
    for (const command of ['facts', 'conflicts']) {
      const out = newsfacts([command, '--db', db], undefined, { COLUMNS: '80' }).stdout;
      const long = out.split('\n').filter((l) => l.length > 80 && !l.includes('newsfacts resolve'));
      expect(long, command).toEqual([]);
      expect(out.match(/^== United Nations Convention against Cybercrime ==$/gm), command).toHaveLength(1);
    }
  });

  it('names countries beside codes and singles out the differing field in the terminal', () => {
    const facts = newsfacts(['facts', '--db', db], undefined, { COLUMNS: '120' }).stdout;
    expect(facts).toMatch(/country_status\s+MV Maldives\s+signed/);
    const conflicts = newsfacts(['conflicts', '--db', db], undefined, { COLUMNS: '120' }).stdout;
    expect(conflicts).toContain('same in all: delay days 90, threshold 40');
    expect(conflicts).toMatch(/\n\s+B\s+instrument: signature\s+1\s/);
  });
});
