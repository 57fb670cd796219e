/** Every example and counter-example of the number rule tables, one test case each. */
import { COUNT_RULES } from '../../src/extract/numbers/kinds.js';
import { ORDINAL_RULES } from '../../src/extract/numbers/ordinals.js';
import { checkRuleTable } from './ruleExamples.js';

checkRuleTable(ORDINAL_RULES, (x) => x.numbers);
checkRuleTable(COUNT_RULES, (x) => x.numbers);
