/** Tests that the extractors stay fast and sane on hostile text. */
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.js';

// Vitest's 30 s test timeout is the bound: catastrophic backtracking on these inputs would take far longer.
describe('extractors on hostile text', () => {
  it('handles a megabyte of article text', () => {
    const paragraph =
      'On Saturday, more than 60 countries attended the signing of the Global Plastics Treaty, which 72 states signed. ' +
      '“This is a milestone for the oceans,” said Minister Ana Ruiz. Notable absences include the United States and India.\n';
    const text = paragraph.repeat(Math.ceil(1_000_000 / paragraph.length));
    const r = extract(text);
    expect(r.countries.length).toBeGreaterThan(1000);
    expect(r.quotes[0].speaker).toBe('Ana Ruiz');
    expect(r.numbers.some((n) => n.kind === 'signatory_count' && n.value === 72)).toBe(true);
  });

  it('handles a megabyte without sentences, quotes left open and long runs of marks', () => {
    for (const text of [
      'x'.repeat(1_000_000),
      '“'.repeat(200_000) + 'said'.repeat(10_000),
      '“unbalanced quote that never closes, said the minister '.repeat(20_000),
      'A'.repeat(300_000) + ' Convention ' + 'of the '.repeat(50_000),
      '1,'.repeat(300_000) + '000 countries signed',
      'Capital Words Without End '.repeat(40_000),
    ]) {
      const r = extract(text);
      expect(Array.isArray(r.dates)).toBe(true);
    }
  });

  it('stays linear on one endless sentence full of quotes or numbers', () => {
    const tag = (i: number) => i.toString(10).replace(/\d/g, (d) => 'abcdefghij'[Number(d)]);
    const started = Date.now();
    // Each quote's words differ (a letter tag, no figure to read as a number): the same words by the same speaker are
    // listed once.
    const quoted = extract(
      Array.from(
        { length: 40_000 },
        (_, i) => `it's don't "we are here, now and later ${tag(i)}," he said, 'we're' `,
      ).join(''),
    );
    const numbered = extract('vote 1-2-3-4-5-6 '.repeat(40_000));
    expect(quoted.quotes.length).toBeGreaterThan(40_000);
    expect(numbered.numbers.length).toBeGreaterThanOrEqual(40_000);
    // Reading each quote or number against the whole sentence took minutes here.
    expect(Date.now() - started).toBeLessThan(20_000);
  });

  it('handles weird unicode, empty input and a missing publication time', () => {
    const weird = '\u0000\uFEFF“\uD800 Türkiye\u200B signed ‘ ’ “” \u202Eon Saturday\u202C 𝟡𝟘 countries 🇺🇳\r\n\r\n';
    expect(() => extract(weird)).not.toThrow();
    expect(extract('')).toEqual({ treaty: null, treaties: [], countries: [], numbers: [], dates: [], quotes: [] });
    expect(() => extract('Signed on Saturday by 40 states.', null)).not.toThrow();
    expect(extract('Signed on Saturday by 40 states.', 'not a date').dates).toEqual([]);
  });
});
