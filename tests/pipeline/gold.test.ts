/** Checks the pipeline's facts on the bundled fixtures against the gold facts. */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load.js';
import type { Fact } from '../../src/reconcile/types.js';
import { factsAfterRun } from '../helpers/pipeline.js';

const root = resolve(import.meta.dirname, '../..');
const gold = JSON.parse(readFileSync(join(root, '../shared/gold/seeds.json'), 'utf8')).reconciled as {
  subject: string;
  facts: { property: string; value: unknown }[];
};
const goldValue = (property: string) => gold.facts.find((f) => f.property === property)?.value;

// The default job (`npm start`) on the bundled fixtures, into a scratch database, checked against the facts the
// reconciler must reach in ../shared/gold/seeds.json.
describe('the default job on the seed fixtures', () => {
  let facts: Fact[];
  const fact = (property: string) => facts.find((f) => f.property === property && f.key === null);

  beforeAll(async () => {
    const config = {
      ...(await loadConfig(join(root, 'pipeline.config.ts'))),
      db: join(mkdtempSync(join(tmpdir(), 'newsfacts-gold-')), 'f.sqlite'),
    };
    facts = await factsAfterRun(config);
  });

  it('files every fact under the one subject, whatever name each article uses', () => {
    expect(new Set(facts.map((f) => f.subject))).toEqual(new Set([gold.subject]));
  });

  it('sees the signatory count grow from 65 to 72 as one evolving fact', () => {
    expect(fact('signatory_count')).toMatchObject({ value: 72, as_of: '2025-10-28', status: 'evolving' });
    expect(fact('signatory_count')?.history.map((h) => [h.value, h.as_of])).toEqual([[65, '2025-10-25']]);
  });

  it('agrees on the adoption day and the signing opening in Hanoi', () => {
    expect(fact('adoption_date')).toMatchObject({ value: goldValue('adoption_date'), status: 'agreed' });
    expect(fact('signing_opened')).toMatchObject({ value: goldValue('signing_opened'), place: 'Hanoi, VN' });
  });

  it('flags the signatures-versus-ratifications rule as a conflict, ratification kept', () => {
    const rule = fact('entry_into_force_rule');
    expect(rule).toMatchObject({ value: goldValue('entry_into_force_rule'), status: 'conflict' });
    expect(rule?.alternatives.map((a) => a.value)).toEqual([
      { delay_days: 90, threshold: 40, instrument: 'signature' },
    ]);
  });

  it('keeps attendance apart from the signatory count', () => {
    expect(fact('attending_countries')).toMatchObject({ value: '>60' });
  });

  it('names the signatories and the non-signatories country by country', () => {
    const status = (value: string) =>
      facts.filter((f) => f.property === 'country_status' && f.value === value).map((f) => f.key);
    expect(new Set(status('signed'))).toEqual(new Set(goldValue('signatories_named') as string[]));
    expect(new Set(status('not_signed'))).toEqual(new Set(goldValue('not_signed_named') as string[]));
  });
});
