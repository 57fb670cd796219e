/** Calendar words: months and weekdays, as data shared by the date extractor and the article stage. */
import { family } from './family.js';

export const MONTHS = family(
  'months',
  'English month names in calendar order, capitalized as names are (so the modal "may" is not May).',
  ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November',
    'December'],
  { caseSensitive: true },
);

export const MONTH_ABBREVIATIONS = family(
  'month-abbreviations',
  'Short month names as newsrooms write them, with or without a period. "May" has none; "Sept" is one.',
  ['Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec'],
  { caseSensitive: true },
);

export const WEEKDAYS = family(
  'weekdays',
  'English weekday names, Sunday first (the order of Date.getUTCDay()).',
  ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
  { caseSensitive: true },
);
