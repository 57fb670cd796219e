/** Month names in the languages news pages date themselves in, for reading a page's own dates (the article stage). */
import { family, type Family } from './family.js';

const NOTE =
  'One month as page datelines, bylines and URLs write it: names and common abbreviations in English, German, ' +
  'French, Spanish, Italian and Dutch, lower case, with and without accents. Not weekday names or numbers.';

/** One family per month, January first: a name's month number is its family's place in the list plus one. */
export const PAGE_MONTHS: readonly Family[] = [
  family('page-month-1', NOTE, ['january', 'jan', 'januar', 'jänner', 'janvier', 'enero', 'gennaio', 'januari']),
  family('page-month-2', NOTE, ['february', 'feb', 'februar', 'février', 'fevrier', 'febrero', 'febbraio', 'februari']),
  family('page-month-3', NOTE, ['march', 'mar', 'märz', 'maerz', 'mär', 'mars', 'marzo', 'maart']),
  family('page-month-4', NOTE, ['april', 'apr', 'avril', 'abril', 'aprile']),
  family('page-month-5', NOTE, ['may', 'mai', 'mayo', 'maggio', 'mei']),
  family('page-month-6', NOTE, ['june', 'jun', 'juni', 'juin', 'junio', 'giugno']),
  family('page-month-7', NOTE, ['july', 'jul', 'juli', 'juillet', 'julio', 'luglio']),
  family('page-month-8', NOTE, ['august', 'aug', 'août', 'aout', 'agosto', 'augustus']),
  family('page-month-9', NOTE, ['september', 'sep', 'sept', 'septembre', 'septiembre', 'settembre']),
  family('page-month-10', NOTE, ['october', 'oct', 'oktober', 'okt', 'octobre', 'octubre', 'ottobre']),
  family('page-month-11', NOTE, ['november', 'nov', 'novembre', 'noviembre']),
  family('page-month-12', NOTE, [
    'december',
    'dec',
    'dezember',
    'dez',
    'décembre',
    'decembre',
    'diciembre',
    'dicembre',
  ]),
];

export const SLAVIC_GENITIVE_MONTHS = family(
  'slavic-genitive-months',
  'Russian month names in the genitive, as dates name them ("15 августа 2016"), January first. Not the nominative.',
  [
    'января',
    'февраля',
    'марта',
    'апреля',
    'мая',
    'июня',
    'июля',
    'августа',
    'сентября',
    'октября',
    'ноября',
    'декабря',
  ],
);
