/** Every rule of the quotes tables on its own examples and counter-examples, one test case each. */
import { describe, expect, it } from 'vitest';
import { extractAll } from '../../src/extract/index.js';
import { ATTRIBUTION_RULES, CARRIED_RULES, QUOTATION_RULES } from '../../src/extract/quoteRules.js';
import { checkRuleTable } from './ruleExamples.js';

checkRuleTable(ATTRIBUTION_RULES, (x) => x.quotes);
checkRuleTable(CARRIED_RULES, (x) => x.quotes);
// The quotation table decides whether quoted words are kept at all: its rule is the reading's `why.quotation`.
checkRuleTable(QUOTATION_RULES, (x) => x.quotes.map((q) => ({ ...q, rule: q.why?.quotation })));

const quotesOf = (text: string) => extractAll({ text, published: '2025-01-15T12:00:00Z' }).quotes;

describe('rules that keep quoted words from being quotations', () => {
  const rejecting = QUOTATION_RULES.filter((r) => !r.examples.length);
  const cases = rejecting.flatMap((r) => (r.counterExamples ?? []).map((c) => ({ rule: r.name, text: c.text })));
  it.each(cases)('$rule: "$text" has no quotation', ({ text }) => {
    expect(quotesOf(text)).toEqual([]);
  });
});
