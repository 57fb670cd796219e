/** Every stance rule's examples and counter-examples, one test case each, so that a failure names the rule. */
import { CARRIED_STANCE, CLAUSE_STANCE, MENTION_STANCE } from '../../src/extract/stance.js';
import { LIST_STANCE } from '../../src/extract/stanceLists.js';
import { checkRuleTable } from './ruleExamples.js';

for (const table of [CLAUSE_STANCE, CARRIED_STANCE, MENTION_STANCE, LIST_STANCE]) {
  checkRuleTable(table, (x) => x.countries as never);
}
