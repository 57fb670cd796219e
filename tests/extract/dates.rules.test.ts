/** Checks the date form and date event rule tables against their examples. */
import { DATE_EVENTS } from '../../src/extract/dateEvents.js';
import { DATE_FORMS } from '../../src/extract/dates.js';
import { checkRuleTable } from './ruleExamples.js';

checkRuleTable(DATE_FORMS, (x) => x.dates);
checkRuleTable(DATE_EVENTS, (x) => x.dates.flatMap((d) => (d.event ? [{ ...d.event, value: d.value }] : [])));
