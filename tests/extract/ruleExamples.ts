/** Runs every rule's examples and counter-examples as tests, one case each, so that a failure names the rule. */
import { describe, expect, it } from 'vitest';
import { extractAll } from '../../src/extract/index.js';
import type { Rule } from '../../src/extract/rules/rule.js';
import type { Explained, Extractions } from '../../src/extract/types.js';

type Reading = Explained & Record<string, unknown>;

const has = (reading: Reading, fields: Readonly<Record<string, unknown>>): boolean =>
  Object.entries(fields).every(([k, v]) => JSON.stringify(reading[k]) === JSON.stringify(v));

/**
 * For each rule of the table: each example's text, run through all the extractors, gives a reading by that rule
 * with the example's fields; each counter-example gives none (or none with its `not` fields).
 */
export function checkRuleTable(
  table: readonly Rule<never, unknown>[] & { tableName?: string },
  readingsOf: (x: Extractions) => readonly Reading[],
): void {
  const examples = table.flatMap((rule) => rule.examples.map((example) => ({ rule: rule.name, ...example })));
  const counters = table.flatMap((rule) => (rule.counterExamples ?? []).map((c) => ({ rule: rule.name, ...c })));
  describe(`rule table ${table.tableName ?? ''}`, () => {
    it.each(examples)('$rule: "$text"', ({ rule, text, published, gives }) => {
      const readings = readingsOf(extractAll({ text, published: published ?? '2025-01-15T12:00:00Z' }));
      expect(
        readings.filter((r) => r.rule === rule && has(r, gives)),
        JSON.stringify(readings),
      ).not.toHaveLength(0);
    });
    if (counters.length) {
      it.each(counters)('$rule does not fire: "$text"', ({ rule, text, published, not }) => {
        const readings = readingsOf(extractAll({ text, published: published ?? '2025-01-15T12:00:00Z' }));
        expect(
          readings.filter((r) => r.rule === rule && (!not || has(r, not))),
          JSON.stringify(readings),
        ).toHaveLength(0);
      });
    }
  });
}
