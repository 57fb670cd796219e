/** Words around people's names: offices, honorifics, name particles, bodies and places that are never names. */
import { family } from './family.js';

export const HONORIFICS = family(
  'honorifics',
  'Forms of address and their abbreviations written before a name ("Dr. Lena Haugland", "H.E. Mr Ararat Mirzoyan"), ' +
    'without the period. Not offices (see offices).',
  ['dr', 'mr', 'mrs', 'ms', 'mx', 'prof', 'sir', 'dame', 'sen', 'rep', 'gov', 'gen', 'col', 'lt', 'capt', 'sgt',
    'jr', 'sr', 'st', 'amb', 'hon', 'rev', 'pres', 'h.e', 'sheikh', 'lord', 'baroness'],
);

export const OFFICES = family(
  'offices',
  'Words of an office, rank or role written before a name or in an apposition ("Foreign Minister", "chief ' +
    'negotiator", "the envoy"), with the portfolio words that form them ("interior", "trade"). Not the bodies ' +
    'that hold the offices (see bodies).',
  ['minister', 'ministers', 'prime', 'president', 'vice', 'vice-president', 'secretary-general', 'secretary',
    'general', 'executive', 'director', 'director-general', 'deputy', 'chief', 'ambassador', 'professor', 'king',
    'queen', 'prince', 'princess', 'emir', 'senator', 'governor', 'chancellor', 'justice', 'spokesperson',
    'spokesman', 'spokeswoman', 'head', 'chair', 'chairman', 'chairwoman', 'chairperson', 'ceo', 'commissioner',
    'high', 'representative', 'special', 'rapporteur', 'envoy', 'mayor', 'attorney', 'judge', 'pope', 'bishop',
    'colonel', 'captain', 'officer', 'permanent', 'under-secretary-general', 'assistant', 'interior', 'defence',
    'defense', 'finance', 'foreign', 'home', 'trade', 'economy', 'affairs', 'state', 'digital', 'information',
    'health', 'environment', 'labour', 'labor', 'industry', 'education', 'agriculture', 'energy',
    'minister-designate', 'premier', 'president-elect', 'speaker',
    'founder', 'leader', 'adviser', 'advisor', 'analyst', 'researcher', 'expert', 'lawyer', 'supervisor',
    'councillor', 'councilman', 'councilwoman', 'councilmember', 'inspector', 'detective', 'sheriff', 'coach',
    'manager', 'negotiator', 'delegate', 'diplomat', 'official', 'secretary-of-state', 'registrar', 'prosecutor',
    'activist', 'campaigner', 'candidate', 'nominee', 'strategist', 'economist', 'scientist'],
);

export const ENTOURAGE = family(
  'entourage',
  'Who speaks for a named person: "the minister\'s office said", "Ruiz\'s spokeswoman said". Not bodies with ' +
    'names of their own (see bodies).',
  ['office', 'spokesman', 'spokeswoman', 'spokesperson', 'ministry', 'government', 'campaign', 'team', 'lawyer',
    'lawyers', 'aide', 'aides', 'administration', 'cabinet'],
);

export const BODIES = family(
  'bodies',
  'Nouns for organisations, institutions and collectives, and the acronyms of the commonest written in title case ' +
    '("the Foreign Ministry", "Amnesty International", "the Nobel Committee"): never part of a person\'s name, ' +
    'and a capitalized run holding one names a body that can speak. Not offices (see offices).',
  ['un', 'u.n', 'unga', 'unodc', 'eu', 'nato', 'asean', 'states', 'nations', 'united', 'assembly', 'council',
    'office', 'ministry', 'government', 'parliament', 'army', 'forces', 'military', 'navy', 'embassy', 'center',
    'centre', 'organization', 'organisation', 'committee', 'commission', 'court', 'bank', 'fund', 'group',
    'alliance', 'forum', 'summit', 'conference', 'university', 'institute', 'department', 'agency', 'police',
    'school', 'hospital', 'company', 'party', 'international', 'secretariat', 'programme', 'program', 'union',
    'federation', 'foundation', 'association', 'network', 'coalition', 'watch', 'congress', 'senate', 'house',
    'administration', 'board', 'authority', 'bureau', 'initiative', 'society', 'corporation', 'times', 'post',
    'news', 'press', 'agencies'],
);

export const PLACE_WORDS = family(
  'place-words',
  'Nouns and adjectives of geography written with a capital inside place names ("Gaza Strip", "Lake Chad", ' +
    '"Northern Ireland"): never part of a person\'s name. Not country names (they are data of their own).',
  ['island', 'islands', 'republic', 'kingdom', 'european', 'county', 'city', 'lake', 'river', 'street', 'strip',
    'coast', 'valley', 'mountains', 'region', 'province', 'district', 'territory', 'gulf', 'sea', 'ocean', 'north',
    'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'developing'],
);

export const NOT_NAME_WORDS = family(
  'not-name-words',
  'Words capitalized at a sentence start, in headings or in page furniture that are never part of a name: ' +
    'articles, pronouns, prepositions, conjunctions, question words, sentence adverbs, and common page words ' +
    '("Legal Disclaimer", "Photo"). Not calendar words (see months and weekdays).',
  ['the', 'a', 'an', 'in', 'on', 'at', 'by', 'as', 'of', 'for', 'and', 'but', 'or', 'if', 'it', 'its', 'he', 'she',
    'they', 'we', 'i', 'you', 'this', 'that', 'these', 'those', 'there', 'here', 'his', 'her', 'their', 'our',
    'according', 'after', 'before', 'during', 'while', 'when', 'where', 'with', 'from', 'to', 'into', 'over',
    'under', 'despite', 'however', 'meanwhile', 'which', 'why', 'what', 'how', 'who', 'thousands', 'hundreds',
    'security', 'cyber', 'day', 'comments', 'email', 'website', 'legal', 'disclaimer', 'source', 'image', 'photo',
    'internet', 'national', 'vs'],
);

export const NAME_PARTICLES = family(
  'name-particles',
  'Lower-case particles inside personal names ("Ursula von der Leyen", "Luiz Inácio Lula da Silva"). Written in ' +
    'lower case only: a capitalized "Van" or "De" is a name word of its own.',
  ['de', 'da', 'do', 'dos', 'van', 'von', 'der', 'den', 'bin', 'ibn', 'al', 'el', 'la', 'le', 'di', 'du'],
  { caseSensitive: true },
);

export const APPOSITION_OPENERS = family(
  'apposition-openers',
  'Words that open a description of the person just named ("Ana Ruiz, the chief negotiator", "Lind, who ' +
    'chairs", "one of the sponsors"): a name before them is a person\'s. Not possessive pronouns ("Ruiz, his ' +
    'deputy": another person).',
  ['who', 'whose', 'the', 'a', 'an', 'one of'],
);

export const MASCULINE_WORDS = family(
  'masculine-words',
  'Honorifics and offices that say a person is referred to as "he" ("Mr", "spokesman"). Not names: the project ' +
    'never guesses from a first name.',
  ['mr', 'sir', 'lord', 'king', 'prince', 'emir', 'sheikh', 'spokesman', 'chairman', 'councilman'],
);

export const FEMININE_WORDS = family(
  'feminine-words',
  'Honorifics and offices that say a person is referred to as "she" ("Ms", "spokeswoman"). Not names.',
  ['mrs', 'ms', 'dame', 'baroness', 'queen', 'princess', 'spokeswoman', 'chairwoman', 'councilwoman'],
);
