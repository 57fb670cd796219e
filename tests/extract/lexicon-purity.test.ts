/** One lexicon: no module of src/ outside src/extract/lexicon/ spells a family's words in the patterns it reads text with. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import type { Family } from '../../src/extract/lexicon/family.js';
import { LEXICON, lexiconFamilies } from './lexicon.js';

const ROOT = resolve(import.meta.dirname, '../..');

/*
 * What the check reads: the patterns code reads text with, that is regular-expression literals and the strings and
 * template parts a `RegExp(...)` is built from. It does not read comments, a rule's `examples`, `counterExamples` and
 * `produces` (sentences about the rule: data that belongs with it), nor strings used as labels ('ratified' as a
 * stance, 'ratification_count' as a kind, 'country' as a column): those name readings and are not matched against
 * the text. Lists of strings are labels as often as words, so they are not read either; word lists belong in the
 * lexicon by review (the month names of src/article/dates.ts moved there).
 */
const PROSE_PROPERTIES = new Set(['examples', 'counterExamples', 'produces', 'note']);

/*
 * Grammar words: the closed classes (articles, pronouns, auxiliaries, prepositions, conjunctions) that patterns are
 * written with, as `\s+` and `(?:` are. A family may list some of them for its own reading ("not" among negations),
 * but spelling "the" or "of" in a pattern is syntax, not a second copy of a word family. Members of one or two
 * letters ("St", "Dr", "EU") are left out too: in a pattern they are as often a suffix ("1st") or a code.
 */
const GRAMMAR = new Set(
  `a an the this that these those its it their his her our your my they he she we you i me him them us who whom whose
  which what when where why how of to in on at by for from with without into onto over under about after before since
  until till during against among between through across per via than as like and or but nor so yet also not no none
  never neither either both each every all any some such only just even still already now then there here is are was
  were be been being am do does did done have has had having will would shall should can could may might must one up
  out off down back more most less least very`.split(/\s+/),
);

/*
 * Modules whose patterns read markup, addresses or page furniture, not news prose: their words ("body", "title",
 * "comments", "sponsored", "posted") share a spelling with a family's but not its meaning.
 */
const NOT_PROSE: Record<string, string> = {
  'src/article/body.ts': 'page furniture lines (advertisement, "story continues below")',
  'src/article/boilerplate.ts': 'class and id names of page furniture',
  'src/article/datelines.ts': 'byline and dateline labels in several languages',
  'src/article/metadata.ts': 'schema.org types and byline prefixes',
  'src/article/published.ts': 'date labels of page markup',
  'src/article/signals.ts': 'class names that mark dates in markup',
  'src/discover/text.ts': 'field names of robots.txt',
  'src/fetch/content.ts': 'HTML tag names',
  'src/record/index.ts': 'HTML tag names',
  'src/serve/server.ts': 'URL routes',
};

interface Finding {
  file: string;
  line: number;
  family: string;
  word: string;
}

function modules(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (path === LEXICON) return [];
    if (statSync(path).isDirectory()) return modules(path);
    return name.endsWith('.ts') ? [path] : [];
  });
}

/** Letter runs of a literal, with regex escapes (\s, \b, \p{L}…) taken as spaces. */
function wordsIn(text: string): string[] {
  return (
    text
      .replace(/\\[sbdwSBDW]|\\p\{[^}]*\}|\\u\{?[0-9a-fA-F]+\}?/g, ' ')
      .toLowerCase()
      .match(/[\p{L}'’.-]*\p{L}/gu) ?? []
  );
}

/** A member as the letter runs it must appear as, and whether its last run is a stem. */
function memberRuns(member: string): { runs: string[]; stem: boolean } {
  const stem = member.endsWith('*');
  return { runs: wordsIn(member.replace(/\*$/, '')), stem };
}

function occurs(member: { runs: string[]; stem: boolean }, words: string[]): boolean {
  const { runs, stem } = member;
  for (let i = 0; i + runs.length <= words.length; i++) {
    const last = runs.length - 1;
    if (runs.every((r, j) => (stem && j === last ? words[i + j].startsWith(r) : words[i + j] === r))) return true;
  }
  return false;
}

function insideRegExpCall(node: ts.Node): boolean {
  for (let p = node.parent; p && !ts.isStatement(p); p = p.parent)
    if ((ts.isNewExpression(p) || ts.isCallExpression(p)) && /\bRegExp$/.test(p.expression.getText())) return true;
  return false;
}

/** The patterns of one module: [line, text] of each regex literal and each string a RegExp is built from. */
function wordData(file: string): [number, string][] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const found: [number, string][] = [];
  const lineOf = (n: ts.Node) => source.getLineAndCharacterOfPosition(n.getStart(source)).line + 1;
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node) || ts.isLiteralTypeNode(node)) return;
    if (ts.isPropertyAssignment(node) && PROSE_PROPERTIES.has(node.name.getText(source))) return;
    if (ts.isRegularExpressionLiteral(node)) found.push([lineOf(node), node.text]);
    else if (ts.isStringLiteralLike(node) || ts.isTemplateLiteralToken(node)) {
      if (insideRegExpCall(node)) found.push([lineOf(node), node.text]);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

function findings(families: Family[]): Finding[] {
  const members = families.flatMap((f) =>
    f.words
      .filter((w) => !GRAMMAR.has(w.toLowerCase().replace(/\*$/, '')) && w.replace(/\W/g, '').length > 2)
      .map((word) => ({ family: f.name, word, ...memberRuns(word) }))
      .filter((m) => m.runs.length > 0),
  );
  const out: Finding[] = [];
  for (const path of modules(join(ROOT, 'src'))) {
    const file = relative(ROOT, path);
    if (file in NOT_PROSE) continue;
    for (const [line, text] of wordData(path)) {
      const words = wordsIn(text);
      for (const m of members) if (occurs(m, words)) out.push({ file, line, family: m.family, word: m.word });
    }
  }
  return out;
}

describe('the lexicon is the one place words live', () => {
  it('has no family word spelled in a pattern or word list elsewhere in src/', async () => {
    const found = findings(await lexiconFamilies());
    expect(found.map((f) => `${f.file}:${f.line} spells "${f.word}" of family ${f.family}`)).toEqual([]);
  });

  it('finds a copy when one is there (the check itself)', () => {
    expect(occurs(memberRuns('ratif*'), wordsIn(String(/\b(?:ratif(?:y|ied))\b/)))).toBe(true);
    expect(occurs(memberRuns('entry into force'), wordsIn('its entry\\s+into force'))).toBe(true);
    expect(occurs(memberRuns('signed'), wordsIn('signedx'))).toBe(false);
  });
});
