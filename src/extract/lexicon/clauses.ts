/** Words that cut a sentence into clauses, glue a list together or point back to one, as the stance rules read them. */
import { family } from './family.js';

export const CLAUSE_CONTRASTS = family(
  'clause-contrasts',
  'Conjunctions and adverbs that open a clause with its own subject set against the one before ("France signed, ' +
    'while Japan did not"). Not "but" (read apart: it often shares the subject, "signed but has yet to ratify") and ' +
    'not "and" (it joins as often as it contrasts).',
  ['while', 'whereas', 'although', 'though', 'however'],
);

export const SHARED_SUBJECT_AFTER_BUT = family(
  'shared-subject-after-but',
  'Words right after "but" that carry on the verb phrase of the same subject ("signed the treaty but has yet to ' +
    'ratify", "but later withdrew"), so "but" does not open a clause of its own. Not a name or a noun (a new ' +
    'subject: "but Mexico did not").',
  [
    'have',
    'has',
    'had',
    'is',
    'are',
    'was',
    'were',
    'did',
    'does',
    'do',
    'never',
    'yet',
    'also',
    'will',
    'would',
    'could',
    'can',
    'then',
    'only',
    'later',
  ],
);

export const LIST_JOINERS = family(
  'list-joiners',
  'Words that join the items of one list of states ("Chile, Peru and Fiji", "Chile as well as Peru"), besides ' +
    'commas and "&". Not words that open a list after a count ("including", "such as": see inclusions).',
  ['and', 'as well as'],
);

export const COMPANION_JOINERS = family(
  'companion-joiners',
  'Words that add states to a list as companions in its deed ("Kuwait and Libya, together with Ghana and Peru", ' +
    '"Chile, along with Fiji,"): read as list glue only where the clause\'s one act governs every item. Not "with" ' +
    'alone ("with Peru looking on") nor "as well as" (see list-joiners).',
  ['together with', 'along with'],
);

export const ALTERNATIVE_JOINERS = family(
  'alternative-joiners',
  'Words that join the items of a list of alternatives or of a denial ("Manila, Hanoi or Vientiane", "neither Lima ' +
    'nor Quito"). Kept apart from list joiners: a stance does not distribute over alternatives as over a list.',
  ['or', 'nor'],
);

export const ACT_ADJUNCTS = family(
  'act-adjuncts',
  'Words that open a time or manner phrase right after an act verb with no object ("joined in 2024", "pulled out ' +
    'last year", "withdrew formally", "joined too"): the verb acts on the article\'s treaty. Not nouns or articles ' +
    '(an object follows: "joined the talks").',
  ['in', 'on', 'last', 'this', 'earlier', 'later', 'formally', 'officially', 'effective', 'immediately', 'too', 'also'],
);

export const LATER_WORDS = family(
  'later-words',
  'Words that close a time phrase measured from the act told before ("two years later", "a month afterwards", ' +
    '"soon after"): an act verb they follow has no object of its own. Not "before" or "ago" (measured otherwise).',
  ['later', 'afterwards', 'afterward', 'after', 'thereafter'],
);

export const SOON_WORDS = family(
  'soon-words',
  'Adverbs of a short delay that open a time phrase closed by a later-word ("soon after", "shortly afterwards").',
  ['soon', 'shortly', 'not long'],
);

export const SUBJECT_ADVERBS = family(
  'subject-adverbs',
  'Auxiliaries and adverbs that may stand between a counted group and its act verb ("44 nations have formally ' +
    'signed", "six states jointly ratified", "Moscow has long said"). Not modal verbs ("will sign" is a plan, not a ' +
    'deed).',
  [
    'have',
    'has',
    'had',
    'also',
    'now',
    'already',
    'formally',
    'officially',
    'then',
    'all',
    'jointly',
    'together',
    'long',
  ],
);

export const PASSIVE_ADVERBS = family(
  'passive-adverbs',
  'Adverbs that may stand around the auxiliary of a passive act verb ("the pact has since been joined by", "was ' +
    'later joined by", "was soon ratified by"). Not negations ("never", "not": a passive denied is no act).',
  ['since', 'later', 'also', 'now', 'then', 'subsequently', 'recently', 'soon', 'quickly', 'further', 'already'],
);

export const SEQUEL_LINKS = family(
  'sequel-links',
  'Prepositions that set an act after another event: a withdrawal with no object between ("pulled out after the ' +
    'coup", "withdrew following the vote"), a dated act before an earlier one ("adopted on 17 May after two years of ' +
    'negotiations"). Not "since" or "from" (a time span, or what is left).',
  ['after', 'following'],
);

const BACK_POINTERS = ['them', 'these', 'those'];

export const LIST_DENIALS = family(
  'list-denials',
  'Quantifiers that deny an act to each state of the list right after them ("none of Chile, Peru or Bolivia has ' +
    'signed", "none of the three has ratified", "not one of them joined"). Not "not all of" (some did act).',
  ['none of', 'neither of', 'not one of'],
);

export const LIST_UNIVERSALS = family(
  'list-universals',
  'Quantifiers that, with a count, open a sentence about every state of the list named just before ("What about ' +
    'A, B and C? All three signed", "Both have ratified", "Each of the four joined"). Not "most" or "some" (not ' +
    'every item), nor a denial (see list-denials).',
  ['all', 'both', 'each of', 'all of'],
);

export const NONE_OF_THEM = family(
  'none-of-them',
  'Phrases that deny an act to every state of a list named before ("none of them has ratified", "neither of ' +
    'which signed"): a list denial pointing back. Not "not all of them" (some did act).',
  LIST_DENIALS.words.flatMap((q) => [...BACK_POINTERS, 'which', 'whom'].map((p) => `${q} ${p}`)),
);

export const BACK_REFERENCES = family(
  'back-references',
  'A quantifier of a list named in the clause before, as a subject ("Observers from A and B came, but none of ' +
    'them has signed", "both of these ratified"): the list gets what the subject does. Not "some of them" or "most ' +
    'of them" (not every item).',
  ['none', 'neither', 'all', 'both', 'each'].flatMap((q) => BACK_POINTERS.map((p) => `${q} of ${p}`)),
);

export const LIST_CONTINUATIONS = family(
  'list-continuations',
  'Openings of a sentence that lists the states the sentence before spoke of ("Several have not signed. These ' +
    'include Kuwait and Qatar.", "Three ratifications arrived. They came from:"). Not "they said" or other verbs (a ' +
    'new statement, not the list).',
  [
    ...['these', 'they', 'those'].flatMap((p) =>
      ['include', 'included', 'are', 'were', 'being', 'came from', 'come from'].map((v) => `${p} ${v}`),
    ),
    'among them',
    'this includes',
    'the list includes',
    'such as',
  ],
);

export const STATE_ANAPHORS = family(
  'state-anaphors',
  'Subjects that stand for the country named just before when they open a sentence ("Lithuania deposited its ' +
    'instrument on Monday. It is the 40th state to do so", "The country also signed…"). Not "they" (a list or ' +
    'people) and not "the state" (a federal state as often as a country).',
  ['it', 'the country', 'the government', 'the nation', 'the kingdom', 'the republic'],
);

export const SENTENCE_OPENERS = family(
  'sentence-openers',
  'Conjunctions and adverbs that may open a sentence before its subject ("But it has not ratified", "Meanwhile, ' +
    'the country…"). Time phrases ("On Friday,") are read by the rule. Not "if" or "when" (a subordinate clause ' +
    'whose subject is not the main one).',
  ['but', 'and', 'yet', 'still', 'meanwhile', 'also', 'then', 'since then', 'instead', 'however', 'later', 'earlier'],
);
