/** Review through the CLI: an analyst follows a count through new articles, rejects and accepts claims. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// The analyst's walk through the compiled CLI (`npm test` builds first) on a real SQLite file in a scratch folder.
const root = resolve(import.meta.dirname, '../..');
const bin = join(root, 'dist/src/cli/main.cjs');
const config = join(root, 'pipeline.config.ts');
const walk = (name: string) => join(root, 'fixtures/walk', name);

function newsfacts(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [bin, ...args, '--db', 'f.sqlite'], { cwd, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

interface FactJson {
  property: string;
  key: string | null;
  value: unknown;
  as_of: string | null;
  status: string;
  explanation: string;
  history: { value: unknown; as_of: string | null }[];
  outliers?: { value: unknown; sources: { claim: number }[] }[];
  sources: { claim: number }[];
  set_aside?: { id: number; status: string }[];
}

const facts = (dir: string, ...extra: string[]): FactJson[] =>
  JSON.parse(newsfacts(['facts', '--json', ...extra], dir).stdout);
const find = (all: FactJson[], property: string) => all.find((f) => f.property === property && f.key === null)!;
const fact = (dir: string, property: string) => find(facts(dir), property);
/** Each step spawns the CLI several times; on a loaded machine that takes longer than one default test timeout. */
const SLOW = 180_000;
const openConflicts = (dir: string): { id: number; property: string }[] =>
  JSON.parse(newsfacts(['conflicts', '--json'], dir).stdout);

function run(dir: string, ...sources: string[]) {
  const r = newsfacts(['run', '--config', config, ...sources.flatMap((s) => ['--source', s]), '--json'], dir);
  expect(r.code, r.stderr).toBe(0);
}

describe('an analyst follows the signatory count through new articles', () => {
  it(
    'a misread does not derail the count, a decision holds for its day, and a later total extends the history',
    () => {
      const dir = mkdtempSync(join(tmpdir(), 'newsfacts-walk-'));
      run(dir);
      expect(fact(dir, 'signatory_count')).toMatchObject({ value: 72, status: 'evolving' });

      run(dir, walk('010_two_more.html'));
      const after74 = facts(dir);
      const count = find(after74, 'signatory_count');
      expect(count).toMatchObject({ value: 74, as_of: '2025-11-07', status: 'evolving' });
      // The extractor may read "two more countries" as the count; if it does, the reading is an outlier, not a conflict.
      for (const o of count.outliers ?? []) expect(o.value).toBe(2);
      const misread = /2 \(as of 2025-11-07, claim #\d+ from harbourledger\.example\) is far below/;
      if (count.outliers) {
        expect(count.explanation).toMatch(misread);
        const page = newsfacts(['conflicts'], dir).stdout;
        expect(page).toContain('outliers set aside for review (not counted, no conflict):');
        expect(page).toContain(`newsfacts reject ${count.outliers[0].sources[0].claim} --note`);
      }
      expect(openConflicts(dir).map((c) => c.property)).toEqual(['entry_into_force_rule']);
      expect(find(after74, 'signatories_named').status).toBe('agreed');

      run(dir, walk('011_regional_tally.html'));
      const disagreement = openConflicts(dir).find((c) => c.property === 'signatory_count')!;
      const sameDay = 'Two values for the same date (as of 2025-11-07): 74 and 73';
      expect(fact(dir, 'signatory_count').explanation).toContain(sameDay);

      const unsourced = newsfacts(['resolve', String(disagreement.id), '--value', '75', '--note', 'typed'], dir);
      expect(unsourced.code).toBe(1);
      expect(unsourced.stderr.trim().split('\n')).toEqual([expect.stringContaining('75 is a value no source gives')]);
      const resolve74 = [
        'resolve',
        String(disagreement.id),
        '--value',
        '74',
        '--note',
        'depositary list',
        '--by',
        'ana',
      ];
      const decided = newsfacts(resolve74, dir);
      expect(decided.code, decided.stderr).toBe(0);

      run(dir, walk('012_december.html'));
      const later = fact(dir, 'signatory_count');
      expect(later).toMatchObject({ value: 76, as_of: '2025-12-01', status: 'evolving' });
      expect(later.history.map((h) => [h.value, h.as_of])).toContainEqual([74, '2025-11-07']);
      expect(openConflicts(dir).map((c) => c.property)).toEqual(['entry_into_force_rule']);
      const all = JSON.parse(newsfacts(['conflicts', '--all', '--json'], dir).stdout) as {
        id: number;
        status: string;
      }[];
      expect(all.find((c) => c.id === disagreement.id)?.status).toBe('resolved');
    },
    SLOW,
  );
});

describe('newsfacts reject and accept', () => {
  it(
    'reject then accept of one claim gives back exactly the facts there were',
    () => {
      const dir = mkdtempSync(join(tmpdir(), 'newsfacts-review-'));
      run(dir);
      const before = newsfacts(['facts', '--json'], dir).stdout;
      const [claim] = fact(dir, 'signatory_count').sources;
      const rejected = newsfacts(['reject', String(claim.claim), '--note', 'counted attendees', '--by', 'ana'], dir);
      expect(rejected.code, rejected.stderr).toBe(0);
      expect(rejected.stdout).toMatch(new RegExp(`^claim #${claim.claim} rejected: signatory_count 72`));
      expect(rejected.stdout).toContain('signatory_count: 72 evolving → 65 agreed');
      const marked = facts(dir, '--all').find((f) => f.property === 'signatory_count')!;
      expect(marked.set_aside).toEqual([expect.objectContaining({ id: claim.claim, status: 'rejected' })]);
      const accepted = newsfacts(['accept', String(claim.claim), '--by', 'ana'], dir);
      expect(accepted.code, accepted.stderr).toBe(0);
      expect(newsfacts(['facts', '--json'], dir).stdout).toBe(before);
    },
    SLOW,
  );

  it('names an unknown claim id in one line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsfacts-review-'));
    run(dir);
    const r = newsfacts(['reject', '99999', '--note', 'n'], dir);
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toEqual([expect.stringContaining('no claim #99999')]);
  });
});
