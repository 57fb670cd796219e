/** Words that tell which place a country's name stands for: the U.S. state of Georgia, the Democratic Republic of the Congo. */
import { family } from './family.js';

export const US_STATE_CUES = family(
  'us-state-cues',
  'Words near "Georgia" that make it the U.S. state ("the state of Georgia", "Gov. Kemp", "Atlanta", "Fulton ' +
    'County", "Republicans"), as written. Not "Tbilisi" or "Caucasus" (the country).',
  [
    'state of',
    'U.S. state',
    'US. state',
    'U.S state',
    'US state',
    'Atlanta',
    'Savannah',
    'Gov.',
    'governor',
    'county',
    'counties',
    'Peach State',
    'Republican',
    'Republicans',
    'Democrat',
    'Democrats',
  ],
  { caseSensitive: true },
);

export const DEMOCRATIC_CONGO_MARKS = family(
  'democratic-congo-marks',
  'Forms, as written, that name the Democratic Republic of the Congo after a bare "Congo" ("Congo and the DRC"), ' +
    'so the bare one is the other Congo. Not "Brazzaville" (it names the Republic of the Congo).',
  ['Democratic Republic', 'DR', 'DRC'],
  { caseSensitive: true },
);

export const PLACE_PREPOSITIONS = family(
  'place-prepositions',
  'Prepositions that make the place name after them where something happens or goes ("talks in Geneva", "flew to ' +
    'Paris", "a summit at Kigali"), so a capital after them is a place, not its government. Not "by" (an agent: ' +
    '"signed by Washington").',
  [
    'in',
    'at',
    'from',
    'to',
    'near',
    'outside',
    'via',
    'of',
    'into',
    'toward',
    'towards',
    'across',
    'around',
    'between',
    'on',
    'for',
  ],
);

export const GOVERNMENT_ROLES = family(
  'government-roles',
  'Nouns for governments in a role, right before the capitals that fill it ("the three depositary governments — ' +
    'Washington, London and Moscow", "one of the depositaries together with London"): the capitals are the ' +
    'governments. Not "capitals", "cities" or "venues" (places: "signed in the capitals, Ottawa among them").',
  ['government', 'governments', 'depositary', 'depositaries', 'powers'],
);

export const ROLE_FILLERS = family(
  'role-fillers',
  'Links from a role noun to the capitals that fill it, after a dash, colon or comma ("the depositaries: London and ' +
    'Moscow", "the depositary together with Washington"). Not "in" or "at" (places).',
  ['together with', 'along with', 'alongside', 'such as', 'including', 'namely'],
);

export const STATE_STYLES = family(
  'state-styles',
  'The head of a state\'s official style, as written, before "of" and its short name ("the Republic of Nauru", "the ' +
    'Kingdom of Tonga"). Not "Government" (a body, not the name).',
  ['Republic', 'Kingdom', 'State', 'Commonwealth', 'Sultanate', 'Principality', 'Grand Duchy'],
  { caseSensitive: true },
);

export const STATE_STYLE_QUALIFIERS = family(
  'state-style-qualifiers',
  'Words that qualify a state\'s official style, as written ("the Federal Republic of Nigeria", "the Plurinational ' +
    'State of Bolivia").',
  [
    'Federal',
    'Islamic',
    'Democratic',
    'Eastern',
    'Plurinational',
    'Bolivarian',
    'Socialist',
    'Arab',
    'Cooperative',
    'United',
  ],
  { caseSensitive: true },
);
