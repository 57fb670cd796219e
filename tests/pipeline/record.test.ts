/** A run over the seed articles plus their treaty's status table: the record beside the reports. */
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load.js';
import type { Fact } from '../../src/reconcile/types.js';
import { factsAfterRun } from '../helpers/pipeline.js';

const root = resolve(import.meta.dirname, '../..');
const gold = JSON.parse(readFileSync(join(root, '../shared/gold/seeds.json'), 'utf8')).reconciled as {
  facts: { property: string; value: unknown }[];
};
const goldValue = (property: string) => gold.facts.find((f) => f.property === property)?.value;

describe("the seed articles with the convention's status table and a blog post the table contradicts", () => {
  let facts: Fact[];
  const fact = (property: string, key: string | null = null) =>
    facts.find((f) => f.property === property && f.key === key);

  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsfacts-record-'));
    const pages = join(dir, 'pages');
    mkdirSync(pages);
    for (const f of readdirSync(join(root, 'fixtures/pages')))
      copyFileSync(join(root, 'fixtures/pages', f), join(pages, f));
    copyFileSync(join(root, 'fixtures/record-run/blog-kenya.html'), join(pages, 'blog-kenya.html'));
    const base = await loadConfig(join(root, 'pipeline.config.ts'));
    const config = {
      ...base,
      db: join(dir, 'f.sqlite'),
      sources: [
        { location: pages },
        {
          location: join(root, 'fixtures/records/cybercrime-status.html'),
          kind: 'status-table' as const,
          subject: 'UN Convention against Cybercrime',
        },
      ],
    };
    facts = await factsAfterRun(config);
  });

  it("shows the record's total beside the reports of the signatory count", () => {
    const count = fact('signatory_count');
    expect(count).toMatchObject({ value: 72, as_of: '2025-10-28', status: 'evolving' });
    expect(count?.record).toMatchObject([{ value: 72, as_of: '2025-10-28' }]);
    expect(count?.explanation).toContain("depositary's record lists 72 as of 2025-10-28");
    expect(count?.history.map((h) => [h.value, h.as_of])).toEqual([[65, '2025-10-25']]);
  });

  it('makes a conflict of a signature the record does not list, and names the record', () => {
    const kenya = fact('country_status', 'KE');
    expect(kenya?.status).toBe('conflict');
    expect(kenya?.explanation).toMatch(/depositary's record as of 2025-10-28 does not list it/);
  });

  it("gives each listed country the record's date of signature", () => {
    expect(fact('country_status', 'MV')).toMatchObject({
      value: 'signed',
      record: { act: 'signed', date: '2025-10-25' },
    });
  });

  it('leaves the seed facts otherwise as they were', () => {
    expect(fact('adoption_date')).toMatchObject({ value: goldValue('adoption_date'), status: 'agreed' });
    expect(fact('signing_opened')).toMatchObject({ value: goldValue('signing_opened'), place: 'Hanoi, VN' });
    expect(fact('entry_into_force_rule')).toMatchObject({
      value: goldValue('entry_into_force_rule'),
      status: 'conflict',
    });
    expect(fact('attending_countries')).toMatchObject({ value: '>60' });
    const status = (value: string) =>
      facts.filter((f) => f.property === 'country_status' && f.value === value).map((f) => f.key);
    expect(status('signed')).toEqual(expect.arrayContaining(goldValue('signatories_named') as string[]));
    expect(new Set(status('not_signed'))).toEqual(new Set(goldValue('not_signed_named') as string[]));
  });
});
