/** Extractor versions are honest: one word changed in one lexicon family moves exactly its users' versions. */
import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { EXTRACTOR_SPECS, EXTRACTORS } from '../../src/extract/index.js';
import { family, type Family } from '../../src/extract/lexicon/family.js';
import { versionOf, type ExtractorSpec } from '../../src/extract/rules/version.js';
import { LEXICON, lexiconExports, lexiconFamilies } from './lexicon.js';

const EXTRACT = resolve(import.meta.dirname, '../../src/extract');

/** The module whose spec each extractor's version is hashed from; what it imports is what the extractor uses. */
const ENTRY: Record<keyof typeof EXTRACTOR_SPECS, string[]> = {
  countries: ['countries.ts', 'stance.ts'],
  numbers: ['numbers.ts'],
  dates: ['dates.ts', 'dateEvents.ts'],
  quotes: ['quotes.ts'],
  treaties: ['treaties.ts'],
};

const names = Object.keys(EXTRACTOR_SPECS) as (keyof typeof EXTRACTOR_SPECS)[];

/** The lexicon exports a module reaches: its own imports from the lexicon and those of the extract modules it imports. */
function lexiconImports(entries: string[]): Set<string> {
  const found = new Set<string>();
  const visited = new Set<string>();
  const visit = (file: string) => {
    if (visited.has(file)) return;
    visited.add(file);
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest);
    for (const statement of source.statements) {
      if (!ts.isImportDeclaration(statement) || statement.importClause?.isTypeOnly) continue;
      const specifier = (statement.moduleSpecifier as ts.StringLiteral).text;
      if (!specifier.startsWith('.')) continue;
      const target = resolve(dirname(file), specifier.replace(/\.js$/, '.ts'));
      if (!target.startsWith(EXTRACT + '/') || target === join(EXTRACT, 'index.ts')) continue;
      if (dirname(target) !== LEXICON) {
        visit(target);
        continue;
      }
      const bindings = statement.importClause?.namedBindings;
      if (bindings && ts.isNamespaceImport(bindings)) found.add(`${relative(LEXICON, target)}:*`);
      else if (bindings && ts.isNamedImports(bindings))
        for (const el of bindings.elements)
          if (!el.isTypeOnly) found.add(`${relative(LEXICON, target)}:${(el.propertyName ?? el.name).text}`);
    }
  };
  for (const entry of entries) visit(join(EXTRACT, entry));
  return found;
}

/** The spec with one family's list changed by one word, everything else as it is. */
function withOneWordChanged(spec: ExtractorSpec, changed: Family): ExtractorSpec {
  const edited = family(changed.name, changed.note, [...changed.words.slice(1), `${changed.words[0]}x`], {
    caseSensitive: changed.caseSensitive,
  });
  return { ...spec, families: spec.families.map((f) => (f === changed ? edited : f)) };
}

describe('extractor versions', () => {
  it('are the hashes of their specs, different for each extractor', () => {
    for (const name of names) expect(EXTRACTORS[name]).toBe(versionOf(EXTRACTOR_SPECS[name]));
    expect(new Set(Object.values(EXTRACTORS)).size).toBe(names.length);
  });

  it('move for exactly the extractors whose spec lists the family when one of its words changes', async () => {
    for (const changed of await lexiconFamilies()) {
      const moved = names.filter((n) => versionOf(withOneWordChanged(EXTRACTOR_SPECS[n], changed)) !== EXTRACTORS[n]);
      const users = names.filter((n) => EXTRACTOR_SPECS[n].families.includes(changed));
      expect(moved, changed.name).toEqual(users);
    }
  });

  it.each(names)('of %s cover every family its modules import from the lexicon', async (name) => {
    const byExport = await lexiconExports();
    const listed = new Set(EXTRACTOR_SPECS[name].families);
    const missing = new Set<string>();
    for (const imported of lexiconImports(ENTRY[name])) {
      const [file, exported] = imported.split(':');
      const reached = [...byExport].filter(
        ([key]) => key.startsWith(`${file}:`) && (exported === '*' || key === imported),
      );
      for (const f of reached.flatMap(([, fs]) => fs)) if (!listed.has(f)) missing.add(`${f.name} (${imported})`);
    }
    expect([...missing].sort()).toEqual([]);
  });
});
