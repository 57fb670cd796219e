/** Cells of a status table: dates in the depositaries' styles with their suffix letters, formal participant names. */
import { describe, expect, it } from 'vitest';
import { dateCell, participantCell } from '../../src/record/cells.js';

describe('dateCell', () => {
  it.each([
    ['21 Jun 1985', '1985-06-21'],
    ['3 September 2016', '2016-09-03'],
    ['Sept 3, 2016', '2016-09-03'],
    ['2016-09-03', '2016-09-03'],
    ['03/09/2016', '2016-09-03'],
    ['26-10-2025', '2025-10-26'],
  ])('reads %s as %s', (cell, date) => {
    expect(dateCell(cell)?.date).toBe(date);
  });

  it.each([
    ['23 Oct 2017 a', 'accession'],
    ['8 Nov 2016 A', 'acceptance'],
    ['5 Oct 2016 AA', 'approval'],
    ['1 Jul 2011 d', 'succession'],
    ['1 Jul 2011 (d)', 'succession'],
  ])('reads the suffix of %s as %s', (cell, action) => {
    expect(dateCell(cell)?.action).toBe(action);
  });

  it.each(['', 'Chile', '31 Feb 2016', '2016', 'see note 3', '12 signatories since 2016'])(
    'reads no date in "%s"',
    (cell) => {
      expect(dateCell(cell)).toBeNull();
    },
  );
});

describe('participantCell', () => {
  it.each([
    ['Venezuela (Bolivarian Republic of)', 'VE'],
    ['Korea, Republic of', 'KR'],
    ["Democratic People's Republic of Korea", 'KP'],
    ['Netherlands (Kingdom of the)', 'NL'],
    ['Denmark 3/', 'DK'],
  ])('names %s as %s', (cell, code) => {
    expect(participantCell(cell)?.code).toBe(code);
  });

  it('reads a bracketed name as a former participant', () => {
    expect(participantCell('[Canada]')).toEqual({ code: 'CA', name: 'Canada', bracketed: true });
  });

  it.each(['Total', 'Signatories: 72', 'Notes'])('names no country in "%s"', (cell) => {
    expect(participantCell(cell)).toBeNull();
  });
});
