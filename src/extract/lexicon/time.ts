/** Calendar words: months and weekdays, as data shared by the date extractor and the article stage. */
import { family } from './family.js';

export const MONTHS = family(
  'months',
  'English month names in calendar order, capitalized as names are (so the modal "may" is not May).',
  [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
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

export const SAME_DAY = family(
  'same-day',
  'Words for the publication day itself. Not "now" or "currently" (a state, not a day).',
  ['today', 'tonight', 'this morning', 'this afternoon', 'this evening'],
);

export const SAME_YEAR = family(
  'same-year',
  'Phrases after a day or a month without its year that give it the year of the date written before it ("acceded ' +
    'on 2 January 2015; it took effect on April 1 of the same year", "in June of that year", "in October that year"). Not "this year" or ' +
    '"next year" (counted from the publication).',
  ['of the same year', 'of that year', 'of that same year', 'that same year', 'the same year', 'that year'],
);

export const DAY_BEFORE = family(
  'day-before',
  'Words for the day before publication. Not "recently" or "the other day" (no day is named).',
  ['yesterday', 'last night'],
);

export const DAY_AFTER = family('day-after', 'Words for the day after publication.', ['tomorrow']);

export const PAST_STEP = family(
  'past-step',
  'A period one step back from the publication ("last year", "last Friday"). Not "the last" (a duration then).',
  ['last', 'past'],
);

export const THIS_STEP = family(
  'this-step',
  'The period holding the publication ("this year", "earlier this month").',
  ['this', 'earlier this', 'later this'],
);

export const NEXT_STEP = family(
  'next-step',
  'A period one step ahead of the publication ("next year", "next Monday"); also a forward sign for tense.',
  ['next'],
);

export const YEAR_WORD = family(
  'year-word',
  'The calendar year as a word, where it places a month or a day ("Nov. 20 next year", "2030 is the year to act"). ' +
    'Not "yearly" or "annual" (a rate, not a year).',
  ['year'],
);

export const STEP_PERIODS = family(
  'step-periods',
  'Calendar periods a step word names as one unit from the publication ("last year", "next month", "this week"), ' +
    'shortest first. Not "day" ("the next day" counts from the day told, not the publication), nor plurals ("the ' +
    'next two years" is a span).',
  ['week', 'month', ...YEAR_WORD.words],
);

export const PERIOD_UNITS = family(
  'period-units',
  'Calendar periods a step word or a count ("two weeks ago") names, singular and plural. Not "decade" or "century" ' +
    '(too coarse to date).',
  ['day', ...STEP_PERIODS.words].flatMap((unit) => [unit, `${unit}s`]),
);

export const TIME_LEADS = family(
  'time-leads',
  'Prepositions and modifiers that make a bare month or year a point in time ("in August", "since 2017", "by either ' +
    '2024", "well into 2019", "as recently as 2015"). Not "for" or "over" (those make durations: "for 2024" budgets, "over 2019 levels").',
  [
    'in',
    'since',
    'by',
    'until',
    'till',
    'from',
    'during',
    'before',
    'after',
    'early',
    'late',
    'of',
    'throughout',
    'around',
    'between',
    'the end of',
    'the beginning of',
    'the start of',
    'circa',
    'the year',
    'into',
    'as early as',
    'as late as',
    'as recently as',
    'as long ago as',
    'as far back as',
  ],
);

export const PERIOD_STARTS = family(
  'period-starts',
  'Words that make a day the start of a period ("since 1 May", "from 3 June"), not the day something held.',
  ['since', 'from', 'after', 'starting'],
);

export const MONTH_LEADS = family(
  'month-leads',
  'Prepositions that make a bare month a point in time but not a bare year: "scheduled for November" is a month, ' +
    'while "for 2024" is a budget year or a span (see time-leads).',
  ['for'],
);

export const SEASONS = family(
  'seasons',
  'Seasons that a step word makes a year ("last summer", "next spring"), in calendar order, each three months from ' +
    'March. Not winter, which straddles two years, nor "fall" ("the fall of the government").',
  ['spring', 'summer', 'autumn'],
);

export const CLAUSE_JOINERS = family(
  'clause-joiners',
  'Conjunctions that start a new clause when a tense sign follows ("acceded today and can enter into force", "signed ' +
    'on Monday but will ratify"), so a date before them is not the date of a verb after them. Not "or" or "while".',
  ['and', 'but'],
);

export const PRESENT_TIME = family(
  'present-time',
  'Adverbs that put a count at the time of writing ("the pact now has 68 parties", "has at present 40", "124 ' +
    'parties to date"), so a date in another clause of its sentence ("Five years after it took effect, on 2 May ' +
    '2021, …") is not the count\'s day. Not "today" (a date of its own) nor "still" (says nothing of when).',
  ['now', 'currently', 'presently', 'at present', 'to date', 'so far', 'thus far'],
);

export const ING_PREPOSITIONS = family(
  'ing-prepositions',
  'Words ending in "-ing" that are prepositions, not participles: after a comma they open no clause of their own ' +
    '("…, according to officials, Peru signed"). Not "following" (a sequel link of its own).',
  ['according', 'during', 'including', 'regarding', 'concerning', 'pending', 'notwithstanding', 'excluding', 'barring'],
);
