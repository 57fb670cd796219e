/** Rules passed over where the text writes none of their `needs`: the gate never changes what is extracted. */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/extract/analysis.js';
import { extractFrom } from '../../../src/extract/index.js';
import { COUNT_RULES } from '../../../src/extract/numbers/kinds.js';
import { ORDINAL_RULES } from '../../../src/extract/numbers/ordinals.js';
import type { Rule } from '../../../src/extract/rules/rule.js';
import { CARRIED_STANCE, CLAUSE_STANCE, MENTION_STANCE } from '../../../src/extract/stance.js';

const TABLES: readonly (readonly Rule<never, unknown>[])[] = [
  COUNT_RULES,
  ORDINAL_RULES,
  CLAUSE_STANCE,
  CARRIED_STANCE,
  MENTION_STANCE,
];
const PUBLISHED = '2025-01-15T12:00:00Z';

/** Every example and counter-example text of every table: each rule is tried on the others' texts too. */
const texts = [
  ...new Set(TABLES.flatMap((t) => t.flatMap((r) => [...r.examples, ...(r.counterExamples ?? [])].map((e) => e.text)))),
];

describe('rule needs', () => {
  it('are declared on some rules', () => {
    expect(TABLES.flat().filter((r) => r.needs?.length).length).toBeGreaterThan(0);
  });

  it.each(texts)('change nothing extracted from "%s"', (text) => {
    const gated = extractFrom(analyze(text), { published: PUBLISHED });
    const ungated = extractFrom({ ...analyze(text), holds: () => true }, { published: PUBLISHED });
    expect(gated).toEqual(ungated);
  });
});
