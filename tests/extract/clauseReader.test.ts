/** The asides a sentence sets into its clauses, and the view of the text without them. */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/extract/analysis.js';
import { asidesOf, withoutAsides } from '../../src/extract/clauseReader.js';
import type { CountryName } from '../../src/extract/countries.js';

/** The names of the text found by spelling (enough for these sentences). */
function namesIn(text: string, spelled: Record<string, string>): CountryName[] {
  const out: CountryName[] = [];
  for (const [name, code] of Object.entries(spelled))
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1))
      out.push({ code, name, start: at, end: at + name.length });
  return out.sort((x, y) => x.start - y.start);
}

function asides(text: string, spelled: Record<string, string> = {}) {
  const a = analyze(text);
  return asidesOf(a, namesIn(text, spelled)).map((x) => ({
    kind: x.kind,
    text: text.slice(x.start, x.end),
    heads: x.heads.map((h) => h.code),
  }));
}

describe('asides', () => {
  it('finds a dash pair and the name it hangs from', () => {
    expect(asides('Chile — after a long debate — signed the pact.', { Chile: 'CL' })).toEqual([
      { kind: 'dash', text: ' — after a long debate — ', heads: ['CL'] },
    ]);
  });

  it('finds a bracket pair of more than one word', () => {
    expect(asides('Chile (see the map) signed. Peru (2019) ratified.', { Chile: 'CL', Peru: 'PE' })).toEqual([
      { kind: 'bracket', text: '(see the map)', heads: ['CL'] },
    ]);
  });

  it('finds a quote of five words or more, not a short title', () => {
    expect(asides('"We did not come to sign," she said of the "ocean pact".')).toEqual([
      { kind: 'quote', text: '"We did not come to sign,"', heads: [] },
    ]);
  });

  it('finds a relative clause closed by a comma, with its list of heads', () => {
    expect(asides('Chile and Peru, which had refused, signed.', { Chile: 'CL', Peru: 'PE' })).toEqual([
      { kind: 'relative', text: ', which had refused,', heads: ['CL', 'PE'] },
    ]);
  });

  it('finds an apposition after a noun a demonym stands before', () => {
    expect(asides('The Chilean government, a neighbour of Peru, signed.', { Chilean: 'CL', Peru: 'PE' })).toEqual([
      { kind: 'apposition', text: ', a neighbour of Peru,', heads: ['CL'] },
    ]);
  });

  it('leaves a list of names set off by dashes or commas as the list it is', () => {
    const spelled = { Chile: 'CL', Peru: 'PE', Fiji: 'FJ' };
    expect(asides('Three states — Chile, Peru and Fiji — signed.', spelled)).toEqual([]);
    expect(asides('Deposits — by Chile and Peru — came in.', spelled)).toEqual([]);
    expect(asides('Chile, Peru, and Fiji signed.', spelled)).toEqual([]);
  });

  it('leaves a comma phrase with a verb of its own in place', () => {
    expect(asides('Chile, the host was told, signed.', { Chile: 'CL' })).toEqual([]);
  });
});

describe('the view without asides', () => {
  it('blanks the asides and keeps every offset', () => {
    const text = 'Chile — long a holdout — signed.';
    const a = analyze(text);
    const view = withoutAsides(a, asidesOf(a, namesIn(text, { Chile: 'CL' })));
    expect(view.folded).toHaveLength(text.length);
    expect(view.folded.replace(/\s+/g, ' ')).toBe('Chile signed.');
    expect(view.sentences).toEqual(a.sentences);
  });
});
