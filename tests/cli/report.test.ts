/** newsfacts report: the static site written from a fixture store. */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { config, fixtureStore, newsfacts, scratch } from '../helpers/store.js';

describe('newsfacts report', () => {
  let db: string;
  beforeAll(() => {
    db = fixtureStore();
  }, 90_000);

  it('writes an index, a page per subject and per conflict, and says where', () => {
    const out = join(scratch(), 'site');
    const r = newsfacts(['report', '--db', db, '--out', out]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^report: 3 pages \(1 subjects, 1 conflicts\) in .*site; open .*index\.html\n$/);
    expect(readdirSync(join(out, 'subjects'))).toHaveLength(1);
    expect(existsSync(join(out, 'conflicts', '1.html'))).toBe(true);
  });

  it('takes a configured alias for --subject, in any case', () => {
    const out = join(scratch(), 'site');
    const subject = ['--subject', 'GLOBAL CYBERCRIME TREATY'];
    const r = newsfacts(['report', '--config', config, '--db', db, '--out', out, ...subject]);
    expect(r.code, r.stderr).toBe(0);
    expect(readdirSync(join(out, 'subjects'))[0]).toMatch(/^united-nations-convention-against-cybercrime-/);
  });

  it('refuses a subject with nothing to report, in one line, writing nothing', () => {
    const out = join(scratch(), 'site');
    const r = newsfacts(['report', '--db', db, '--out', out, '--subject', 'Treaty of Nowhere']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`newsfacts: report: no facts about 'Treaty of Nowhere' in ${db}\n`);
    expect(existsSync(out)).toBe(false);
  });

  it('refuses a database that does not exist instead of creating an empty one', () => {
    const missing = join(scratch(), 'missing.sqlite');
    const r = newsfacts(['report', '--db', missing, '--out', join(scratch(), 'site')]);
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('missing.sqlite');
    expect(existsSync(missing)).toBe(false);
  });
});
