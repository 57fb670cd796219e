/** Words of saying: speech verbs, attribution phrases and the cue words around quotations, as data. */
import { family } from './family.js';

export const SPEECH_VERBS = family(
  'speech-verbs',
  'Verbs that attribute words to a speaker, in every form a report uses (said, says, saying; told; wrote…), ' +
    'including verbs of characterising ("called it", "described it as") that introduce quoted phrases. Not verbs ' +
    'of acting or feeling without words ("signed", "welcomed", "awarded"), not "according to" (a phrase: ' +
    'see attribution-phrases), and not forms that are as often nouns ("claims", "remarks", "answers", "states").',
  [
    'said',
    'says',
    'say',
    'saying',
    'told',
    'tells',
    'telling',
    'wrote',
    'writes',
    'writing',
    'added',
    'adds',
    'adding',
    'noted',
    'notes',
    'noting',
    'stated',
    'explained',
    'explains',
    'explaining',
    'stressed',
    'stresses',
    'stressing',
    'emphasised',
    'emphasized',
    'emphasising',
    'emphasizing',
    'argued',
    'argues',
    'arguing',
    'warned',
    'warns',
    'warning',
    'declared',
    'declares',
    'insisted',
    'insists',
    'recalled',
    'remarked',
    'observed',
    'commented',
    'announced',
    'asserted',
    'claimed',
    'affirmed',
    'continued',
    'concluded',
    'urged',
    'urging',
    'described',
    'describing',
    'describe',
    'describes',
    'called',
    'calling',
    'hailed',
    'hailing',
    'termed',
    'dubbed',
    'labelled',
    'labeled',
    'branded',
    'praised',
    'tweeted',
    'posted',
    'acknowledged',
    'admitted',
    'admitting',
    'replied',
    'responded',
    'asked',
    'pointed out',
    'pointed to',
    'indicated',
    'expressed',
    'cautioned',
    'cautions',
    'underlined',
    'underlines',
    'underscored',
    'underscores',
    'assured',
    'assures',
    'opined',
    'hinted',
    'conceded',
    'vowed',
    'pledged',
    'demanded',
    'predicted',
    'suggested',
    'wondered',
    'joked',
    'quipped',
    'boasted',
    'complained',
    'lamented',
    'insisting',
    'reiterated',
    'confirmed',
    'spoke',
    'comments',
    'commenting',
    'posting',
    'tweeting',
    'congratulated',
    'thanked',
    'calls',
    'condemned',
    'condemning',
    'likened',
    'likening',
    'compared',
    'comparing',
    'rated',
    'blasted',
    'slammed',
    'denounced',
    'criticised',
    'criticized',
    'mocked',
    'dismissed',
    'lauded',
    'decried',
    'accused',
    'accuse',
    'accuses',
    'accusing',
    'touted',
    'promised',
    'promising',
    'chanted',
    'chanting',
    'sang',
    'sings',
    'singing',
    'reported',
    'announcing',
    'referenced',
    'nicknamed',
    'qualified',
    'characterised',
    'characterized',
    'portrayed',
    'shouted',
    'exclaimed',
    'proclaimed',
    'exhorted',
    'put it',
    'claiming',
    'contends',
    'contended',
    'contending',
    'maintained',
    'maintains',
    'asserts',
    'asserting',
    'declaring',
    'recalls',
    'recalling',
    'retorted',
    'countered',
    'concedes',
    'acknowledges',
    'admits',
    'vows',
    'predicts',
    'urges',
    'complains',
    'complaining',
    'asks',
    'asking',
    'testified',
    'answered',
    'replying',
    'responds',
    'responding',
    'recounted',
    'mused',
    'informed',
    'repeated',
    'saluted',
    // Verbs of judging that report a view in so many words ("«…», she evaluated"), as translated copy has them.
    'evaluated',
    'evaluates',
    'reckoned',
    'reckons',
    'assessed',
    'assesses',
  ],
);

export const ATTRIBUTION_PHRASES = family(
  'attribution-phrases',
  'Phrases that put a speaker after them without a verb of saying: "according to the ministry", "in the words ' +
    'of the envoy". Not "in his words" (a pronoun: see possessive-attributions).',
  ['according to', 'in the words of', 'quoting'],
);

export const VIEWPOINT_LEADS = family(
  'viewpoint-leads',
  'Phrases that open a sentence with whose view it gives, the view following after a comma: "For the minister, ' +
    'the pact is “…”", "In the view of the council, …". Only at a sentence\'s start and before a person or a ' +
    'named body ("For years, …" names nobody).',
  ['for', 'in the view of', 'in the eyes of', 'in the opinion of'],
);

export const POSSESSIVE_ATTRIBUTIONS = family(
  'possessive-attributions',
  'A possessive pronoun that gives the quoted words to someone named before: "in her words", "in his own words". ' +
    'Not "in other words" (nobody is quoted).',
  ['in his words', 'in her words', 'in their words', 'in his own words', 'in her own words', 'in their own words'],
);

export const PERSONAL_PRONOUNS = family(
  'personal-pronouns',
  'Pronouns that can be the subject of a speech verb and stand for one person named before ("she added"). Not ' +
    '"it" (a document or body, named by its noun) and not "you".',
  ['he', 'she', 'i'],
);

export const BODY_PRONOUNS = family(
  'body-pronouns',
  'The pronoun that, as the subject of a speech verb, stands for a body named just before ("The Foreign Ministry ' +
    'welcomed it. “…,” it said"). Not for a person, and not in the passive ("it was stated": see the agent).',
  ['it'],
);

export const COLLECTIVE_PRONOUNS = family(
  'collective-pronouns',
  'Pronouns that can be the subject of a speech verb and stand for a group or body named before ("they said").',
  ['they', 'we'],
);

export const POSSESSIVE_PRONOUNS = family(
  'possessive-pronouns',
  'Possessives that open a description of someone other than the person just named ("Ruiz, her deputy, said").',
  ['his', 'her', 'their', 'its'],
);

export const VERB_FILLERS = family(
  'verb-fillers',
  'Adverbs and auxiliaries, modals among them, that stand between a speaker and the speech verb ("Ruiz also said", ' +
    '"she has said", "the envoy would say only"). ' +
    'Not negations: "did not say" attributes nothing.',
  [
    'also',
    'then',
    'later',
    'further',
    'again',
    'repeatedly',
    'once',
    'has',
    'had',
    'have',
    'was',
    'is',
    'is quoted',
    'was quoted',
    'previously',
    'separately',
    'recently',
    'would',
    'will',
    'could',
    'can',
    'might',
    'may',
  ],
);

export const NAMING_CUES = family(
  'naming-cues',
  'Words before quotation marks that make the quoted words a name or a term, not someone\'s speech: "a report ' +
    'titled", "the so-called", "the slogan". Not "called" (a speech verb: "called it a betrayal").',
  [
    'titled',
    'entitled',
    'named',
    'known as',
    'so-called',
    'the phrase',
    'the slogan',
    'the hashtag',
    'the term',
    'the word',
    'the motto',
    'the theme',
    'the headline',
    'the title',
    'the nickname',
  ],
);

export const LABELLING_VERBS = family(
  'labelling-verbs',
  'Verbs that give something a name, so a short term in marks after them and their object is the name, not ' +
    'words someone spoke: "nicknamed the rule the “double lock”", "branded the bill a “spy charter”". Only the ' +
    'forms that are not also nouns ("labels", "brands" are). Not "called" or "described as", which quote ' +
    'characterisations ("called the vote “a disgrace”").',
  ['dubbed', 'nicknamed', 'branded', 'labelled', 'labeled', 'termed'],
);

export const CLAUSE_OPENERS = family(
  'clause-openers',
  'Words that open a clause of its own: after a quote, a speaker and verb behind one belong to that clause, not ' +
    'to the quote ("“…,” when Ruiz objected", "“…”, and the ministry said"). Not "as" ("as Ruiz put it" ' +
    'attributes the words).',
  [
    'when',
    'while',
    'whereas',
    'because',
    'after',
    'before',
    'if',
    'unless',
    'since',
    'until',
    'although',
    'though',
    'and',
    'but',
    'or',
    'yet',
  ],
);

export const RELATIVE_PRONOUNS = family(
  'relative-pronouns',
  'Words that open a relative clause describing the name before it ("Obama, who joined with Xi, called it …"): ' +
    'people named inside it are not the subject.',
  ['who', 'whose', 'whom', 'which'],
);

export const OBJECT_RELATIVES = family(
  'object-relatives',
  'Words that open a relative clause with a subject of its own before a speech verb: in "a pact that the minister ' +
    'said closed the door" the minister speaks, not whoever the sentence opened with.',
  ['that', 'which', 'whom'],
);

export const CLAUSE_LINKS = family(
  'clause-links',
  "Words that end the text between a clause's subject and a later speech verb, so the verb shares the subject " +
    'the clause opened with: "Ruiz stressed the point and said", "Ruiz began by saying", "criticised for calling", ' +
    '"welcomed the text but warned". ' +
    'Not commas or nouns: "the envoy, Lars Berg, said" has its subject next to the verb.',
  [
    'and',
    'then',
    'by',
    'for',
    'after',
    'before',
    'while',
    'when',
    'in',
    'also',
    'and then',
    'despite',
    'to',
    'but',
    'yet',
  ],
);

export const SUBJECT_TIME_WORDS = family(
  'subject-time-words',
  'Words of a time phrase that may open a sentence before its subject with no comma ("Later the minister said", ' +
    '"On Tuesday the envoy told", "Hours later the president"), weekdays aside: the subject is what follows.',
  ['later', 'earlier', 'then', 'on', 'hours', 'days', 'minutes', 'moments', 'shortly', 'afterwards', 'soon'],
);

export const CIRCUMSTANCE_LEADS = family(
  'circumstance-leads',
  'Prepositions that open a phrase set off by commas between a speaker and the speech verb, telling where, when ' +
    'or how the words came ("UNICEF, in a letter to the WHO, warned", "Ruiz, at the summit, said"): a body or ' +
    'person named inside is not the speaker. Not "according to" nor "for" (they name the speaker: see ' +
    'attribution-phrases).',
  ['in', 'at', 'on', 'with', 'during', 'after', 'before', 'amid', 'despite', 'through', 'via', 'from', 'of', 'to'],
);

export const WORK_LEADS = family(
  'work-leads',
  'Prepositions that, right before quoted title-case words, make them the name of a show, book or event: "on ' +
    '“Face the Nation,”", "an episode of “The Morning Show”". Not verbs: "called it “Grand Theft”" quotes someone.',
  ['on', 'of', 'in', 'from', 'at', 'to', 'for', 'with'],
);

export const INSTRUMENT_PARTS = family(
  'instrument-parts',
  'An instrument\'s text and its parts, whose wording a few quoted words cite ("the text refers to “reproductive ' +
    'health”", "a clause describes it as “mutually agreed”"). Not documents that speak for someone (see ' +
    'document-nouns: "…, the statement said").',
  [
    'text',
    'texts',
    'clause',
    'clauses',
    'article',
    'articles',
    'annex',
    'provision',
    'provisions',
    'preamble',
    'draft',
    'wording',
  ],
);

export const WORDING_VERBS = family(
  'wording-verbs',
  'Verbs by which an instrument\'s text carries words ("refers to", "describes … as", "defines"). Not speech verbs: ' +
    'a text is no speaker.',
  ['refers to', 'referred to', 'describes', 'described', 'defines', 'defined', 'speaks of', 'mentions', 'uses'],
);

export const DOCUMENT_NOUNS = family(
  'document-nouns',
  'Documents credited with words after a quote ("…, the statement said") that speak for someone the sentence ' +
    'names before the quote ("The UN chief said …, the statement said"), or for their owner ("Ruiz’s brief said"). ' +
    'Not bodies (see bodies).',
  [
    'statement',
    'report',
    'letter',
    'communique',
    'communiqué',
    'release',
    'declaration',
    'memo',
    'note',
    'brief',
    'filing',
    'submission',
  ],
);

export const EXAMPLE_LEADS = family(
  'example-leads',
  'Phrases ending in "as" that introduce an example or an addition, not a characterisation: "goods such as ' +
    '“steel made from scrap”", "as well as “…”". Not a verb and "as" ("praised the envoy as “…”" casts the words).',
  ['such as', 'as well as', 'the same as'],
);
