/** Units of a page's age as timestamps write it ("3 hours ago", "vor 2 Tagen"), for the article stage. */
import { family, type Family } from './family.js';
import { DAY_UNITS } from './quantity.js';

const NOTE =
  'One unit of a page\'s age, as relative timestamps write it in English ("5 mins ago") and German ("vor einer ' +
  'Stunde"), abbreviations included. Not months or years: pages that old print a date.';

/** One family per unit, shortest first; UNIT_MINUTES in src/article/dates.ts gives each its length in this order. */
export const PAGE_AGE_UNITS: readonly Family[] = [
  family('page-age-minutes', NOTE, ['minute', 'minutes', 'min', 'mins', 'minuten']),
  family('page-age-hours', NOTE, ['hour', 'hours', 'hr', 'hrs', 'stunde', 'stunden']),
  family('page-age-days', NOTE, [...DAY_UNITS.words, 'tag', 'tagen']),
  family('page-age-weeks', NOTE, ['week', 'weeks', 'woche', 'wochen']),
];
