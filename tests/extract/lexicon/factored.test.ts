/** Tests of the factored alternation (factored.ts): shared openings written once, matches as the plain list's. */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { factored } from '../../../src/extract/lexicon/factored.js';
import { alternation, type Family, familiesIn } from '../../../src/extract/lexicon/family.js';

const letters = (word: string): string[] => [...word];

describe('factored', () => {
  it('writes shared openings once', () => {
    expect(factored([letters('signed'), letters('signing'), letters('joined')])).toBe('sign(?:ed|ing)|joined');
  });

  it('makes a member that ends where a longer one goes on an optional tail, tried after the longer one', () => {
    expect(factored([letters('treaties'), letters('treaty')])).toBe('treat(?:ies|y)');
    expect(factored([letters('pact'), letters('pac')])).toBe('pac(?:t)?');
  });

  it('gathers an opening from further down the list past members that open with another letter', () => {
    expect(factored([letters('abc'), letters('xyz'), letters('ab')])).toBe('ab(?:c)?|xyz');
  });

  it('keeps the order of members that may match at the same place', () => {
    const stemTail = '[a-z-]*';
    // ratification, then ratif* (its tail matches where "ratify" would), then ratify.
    const members = [letters('ratification'), [...letters('ratif'), stemTail], letters('ratify')];
    expect(factored(members)).toBe(`ratif(?:ication|${stemTail}|y)`);
  });

  it('does not gather a member past one that may match at the same place', () => {
    expect(factored([letters('ab'), ['[a-z]'], letters('ac')])).toBe('ab|[a-z]|ac');
    expect(factored([letters('ab'), letters('x'), letters('ac')])).toBe('a(?:b|c)|x');
  });

  it('folds case when it asks whether two openings may match at one place', () => {
    expect(factored([letters('Ab'), letters('xy'), letters('ac')])).toBe('Ab|xy|ac');
    expect(factored([letters('ab'), letters('xy'), letters('Ac')])).toBe('ab|xy|Ac');
  });
});

/** Every family of every lexicon module, as the extractors build their patterns from them. */
async function lexiconFamilies(): Promise<Family[]> {
  const dir = new URL('../../../src/extract/lexicon/', import.meta.url);
  const files = readdirSync(dir).filter((f) => f.endsWith('.ts'));
  const modules = await Promise.all(files.map((f) => import(new URL(f, dir).href) as Promise<object>));
  return modules.flatMap((m) => familiesIn(m));
}

/** Where a pattern matches in the text, at each place: what a rule built on it would see. */
const matchesAt = (source: string, flags: string, text: string): (string | null)[] =>
  [...text].map((_, i) => new RegExp(source, flags).exec(text.slice(i))?.[0] ?? null);

describe('the lexicon families, factored', () => {
  it('match what the plain longest-first list matches, at every place of texts made of their members', async () => {
    const families = await lexiconFamilies();
    expect(families.length).toBeGreaterThan(100);
    const differing: string[] = [];
    for (const f of families) {
      const plain = [...f.words]
        .sort((a, b) => b.length - a.length)
        .map((w) => (w.endsWith('*') ? `${escaped(w.slice(0, -1))}[a-z-]*` : escaped(w)))
        .join('|');
      const text = f.words.map((w) => w.replace('*', 'ing')).join(', ') + ', ' + f.words.map(cutShort).join(' ');
      const flags = f.caseSensitive ? 'u' : 'iu';
      const source = alternation(f).replace(/\[A-Za-z[^\]]*-\]\*/g, '[a-z-]*');
      if (String(matchesAt(`^${source}`, flags, text)) !== String(matchesAt(`^(?:${plain})`, flags, text)))
        differing.push(f.name);
    }
    expect(differing).toEqual([]);
  });
});

/** A member's pattern as family.ts writes it, spelt out plainly. */
const escaped = (word: string): string =>
  word
    .replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
    .replace(/'/g, "['’]")
    .replace(/ /g, '\\s+');

/** A member without its last letter: a text where only a shorter member may match. */
const cutShort = (word: string): string => word.replace('*', '').slice(0, -1);
