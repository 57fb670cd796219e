/** The nouns that name an international instrument (treaty, convention, protocol…), as data. */
import { family } from './family.js';

export const INTERCHANGEABLE_INSTRUMENTS = family(
  'interchangeable-instruments',
  'Instrument nouns used as synonyms: "the treaty", "the convention" and "the pact" can all name one text, so these ' +
    'words do not tell two treaties apart. Singular only.',
  ['treaty', 'convention', 'agreement', 'pact', 'accord'],
);

export const DISTINCT_INSTRUMENTS = family(
  'distinct-instruments',
  'Instrument nouns that tell texts apart: a protocol or an amendment to a convention is not the convention. Singular ' +
    'only. A declaration is not binding but is signed, voted and adopted like one. "amendment", "statute" and ' +
    '"declaration" name an instrument only as a capitalized title (see TITLE_ONLY_INSTRUMENTS).',
  ['protocol', 'charter', 'covenant', 'amendment', 'statute', 'declaration'],
);

export const TITLE_ONLY_INSTRUMENTS = family(
  'title-only-instruments',
  'Instrument nouns that are common words in lower case ("a constitutional amendment", "the statute books", "a ' +
    'declaration of intent") and name an instrument only capitalized ("the Kigali Amendment", "the Rome Statute", ' +
    '"the Declaration on the Rights of Indigenous Peoples").',
  ['amendment', 'statute', 'declaration'],
);

export const TREATY_PLURALS = family(
  'treaty-plurals',
  'The plurals of the instrument nouns: without a determiner they name some instruments, not the one an article is ' +
    'about ("50 countries have signed bilateral investment treaties").',
  ['treaties', 'conventions', 'agreements', 'pacts', 'accords', 'protocols'],
);

export const TREATY_NOUNS = family(
  'treaty-nouns',
  'Nouns for a binding international instrument, singular and plural: the interchangeable and the distinct ones. ' +
    'Not "deal" or "law".',
  [...INTERCHANGEABLE_INSTRUMENTS.words, ...DISTINCT_INSTRUMENTS.words, ...TREATY_PLURALS.words],
);

export const TREATY_HOLDS = family(
  'treaty-holds',
  'Verbs that give the states a treaty counts as its members ("the treaty has 120 parties", "the convention, which ' +
    'includes 110 countries"). Not "covers" (a territory) or "needs" (a threshold).',
  ['has', 'had', 'have', 'counts', 'numbers', 'includes', 'included', 'comprises', 'comprised', 'brings together'],
);

export const TREATY_BINDS = family(
  'treaty-binds',
  'Verbs and phrases whose object is the states a treaty binds, said of the treaty ("it now binds 39 states", "the ' +
    'convention is in force for 120 countries"). Not "applies to" (any rule applies) nor "covers" (a territory).',
  ['binds', 'is binding on', 'is binding for', 'in force for', 'in force in'],
);

export const TREATY_ALIAS_LINKS = family(
  'treaty-alias-links',
  'Words between a treaty\'s name and another name for it ("…, better known as the High Seas Treaty", "…, which ' +
    'delegates were already calling the Kampala Convention", "…, more formally known as …"). Not "like" or "such as" ' +
    '(they give another treaty as an example).',
  [
    'known as',
    'also known as',
    'better known as',
    'more commonly known as',
    'commonly known as',
    'widely known as',
    'popularly known as',
    'formally known as',
    'more formally known as',
    'officially known as',
    'informally known as',
    'referred to as',
    'called',
    'calling',
    'dubbed',
    'nicknamed',
    'short-titled',
  ],
);

export const TREATY_DESCRIPTORS = family(
  'treaty-descriptors',
  'Words that describe any treaty (who made it, how far it reaches, how new, how binding, what it is against, whose parent it is) or link its topic, so they ' +
    'are not part of what tells one treaty from another: "the first-ever UN treaty to combat cybercrime" is about ' +
    'cybercrime. Not topic words ("cybercrime", "plastics") and not instrument nouns.',
  [
    'the',
    'a',
    'an',
    'un',
    'u.n',
    'united',
    'nations',
    'global',
    'regional',
    'subregional',
    'continental',
    'bilateral',
    'trilateral',
    'first-ever',
    'first',
    'ever',
    'international',
    'new',
    'landmark',
    'historic',
    'legally',
    'binding',
    'proposed',
    'draft',
    'final',
    'world',
    'worldwide',
    'multilateral',
    'comprehensive',
    'separate',
    'other',
    'similar',
    'earlier',
    'previous',
    'existing',
    'parent',
    'original',
    'so-called',
    'known',
    'on',
    'against',
    'for',
    'of',
    'to',
    'and',
    'in',
    'with',
    'relating',
    'related',
    'prevent',
    'prevention',
    'combat',
    'combating',
    'combatting',
    'end',
    'ending',
    'counter',
    'countering',
    'fight',
    'fighting',
    'address',
    'tackle',
    'eliminate',
  ],
);

export const TREATY_TOPIC_LEADS = family(
  'treaty-topic-leads',
  'Prepositions that open the topic part of a treaty\'s name ("Convention on…", "Treaty against…", "Agreement ' +
    'relating to…"). Not "of", which names a place or body ("Treaty of Rome"), nor "to", which opens a purpose.',
  ['on', 'against', 'for', 'relating'],
);

export const TREATY_TITLE_LINKS = family(
  'treaty-title-links',
  'Lower-case prepositions that join the capitalized parts of a formal title besides its topic leads ("… of Areas ' +
    'beyond National Jurisdiction", "… Rights concerning Migrant Workers"), so a title reads on through them. Not ' +
    '"with", "from", "by" or "under" (they also open a venue, a date or an agent).',
  ['beyond', 'concerning', 'regarding'],
);

export const VENUE_PREPOSITIONS = family(
  'venue-prepositions',
  'Prepositions that make the place after them where something happens ("talks in Kyoto", "a summit at Rio"), not ' +
    'the treaty named after the place ("Kyoto falters"). Not "to" ("a visit to Paris" is also a venue, but "a return ' +
    'to Paris" names the agreement).',
  ['in', 'at', 'from', 'near', 'outside'],
);

export const NUMBER_DESIGNATIONS = family(
  'number-designations',
  'Abbreviations and words that open the number of a numbered instrument ("ILO Convention No. 190", "Protocol Nº 14", ' +
    '"Convention Number 182"): with the number after them they belong to the instrument\'s name. Not "No" as a ' +
    'negation (no number follows).',
  ['no', 'nos', 'number', 'nº', 'n°'],
);

export const TREATY_RANKS = family(
  'treaty-ranks',
  'Superlatives and rank words that place a treaty among others ("the only binding treaty on…", "the latest ' +
    'accord"), so a lower-case phrase with one describes a treaty rather than names it. Ordinal numbers come from ' +
    'their own family. Not adjectives of kind ("binding", "global").',
  ['only', 'latest', 'last', 'largest', 'biggest', 'most', 'least', 'oldest', 'newest'],
);

export const ACT_FORMALITY = family(
  'act-formality',
  'Adverbs saying an act was done in due form ("was formally adopted", "officially signed"). Not adverbs of time.',
  ['formally', 'officially'],
);

export const INSTRUMENT_CONTRASTS = family(
  'instrument-contrasts',
  'The reflexive that sets an instrument against the one the article is about ("The Statute itself has 123 States ' +
    'Parties" in an article on an amendment to it). Not "its" (a plain possessive).',
  ['itself'],
);

export const OTHER_INSTRUMENT_MARKS = family(
  'other-instrument-marks',
  'Determiners that bring in an instrument beside the one a text is about ("a separate agreement on the seabed has ' +
    '147 parties", "another protocol, on trade, counts 60", "44 countries also signed an optional protocol"): the ' +
    'article\'s treaty is spoken of as "the" one, so a count held by such an instrument is not its count. Not "a new" ' +
    '(a new treaty is often the article\'s own) nor "the other" (which may name the article\'s one in a pair).',
  [
    'another',
    'a separate',
    'a second',
    'a third',
    'a further',
    'a related',
    'a companion',
    'a sister',
    'a parallel',
    'a different',
    'a supplementary',
    'an additional',
    'an optional',
    'an older',
    'an earlier',
  ],
);

export const NAME_BREAKERS = family(
  'treaty-name-breakers',
  'Words that end a treaty name when met reading outward from its instrument noun: determiners, pronouns, auxiliaries, ' +
    'prepositions, conjunctions, time words and the verbs of headlines ("signs", "adopts"). Months, weekdays and the ' +
    'verbs of acting come from their own families. Not the linking words of titles ("of", "on", "against", "for").',
  [
    'a',
    'an',
    'the',
    'any',
    'every',
    'each',
    'some',
    'another',
    'behalf',
    'today',
    'yesterday',
    'tomorrow',
    'this',
    'that',
    'these',
    'those',
    'its',
    ...INSTRUMENT_CONTRASTS.words,
    'their',
    'his',
    'her',
    'our',
    'your',
    'which',
    'who',
    'whom',
    'whose',
    'what',
    'when',
    'where',
    'why',
    'how',
    'is',
    'was',
    'were',
    'are',
    'be',
    'been',
    'being',
    'has',
    'have',
    'had',
    'will',
    'would',
    'can',
    'could',
    'may',
    'might',
    'must',
    'shall',
    'should',
    'do',
    'does',
    'did',
    'in',
    'at',
    'by',
    'with',
    'from',
    'into',
    'during',
    'after',
    'before',
    'since',
    'until',
    'as',
    'than',
    'over',
    'under',
    'between',
    'among',
    'about',
    'through',
    'or',
    'but',
    'nor',
    'so',
    'yet',
    'also',
    'now',
    'still',
    'not',
    'already',
    'formally',
    'officially',
    'just',
    'only',
    'such',
    'same',
    'other',
    'adopts',
    'adopt',
    'launches',
    'launch',
    'approves',
    'approve',
    'backs',
    'back',
    'rejects',
    'reject',
    'hails',
    'hail',
    'welcomes',
    'welcome',
    'unveils',
    'unveil',
    'opens',
    'open',
    'enters',
    'enter',
    'says',
    'say',
    'votes',
    'vote',
    'tips',
    'inks',
    'eyes',
    'passes',
    'clears',
    'nears',
    'urges',
    'wins',
    'gets',
    'takes',
    'brings',
  ],
);
