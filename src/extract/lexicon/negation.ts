/** Words that deny, refuse, postpone or only intend an act: negations, refusals, intentions, absences, as data. */
import { family } from './family.js';

export const NEGATIONS = family(
  'negations',
  'Words that deny the act after them: "has not signed", "never ratified", "didn\'t join", "yet to ratify". Not "no" ' +
    'alone (it negates nouns: "no doubt") and not "only" or "hardly".',
  ['not', 'never', "n't", 'yet to', 'no longer', 'no plans to', 'no plan to', 'no intention to', 'no intention of'],
);

export const DENIAL_INTENSIFIERS = family(
  'denial-intensifiers',
  'Words that may stand between a negation and the act it denies, sharpening it ("has not even signed", "did not so ' +
    'much as sign", "has not actually ratified"). Not time words ("yet", "already": read on their own) and not "only" ' +
    '("not only Chile but also Peru signed" denies nothing).',
  ['even', 'so much as', 'as much as', 'ever', 'actually', 'properly'],
);

export const REJECTIONS = family(
  'rejections',
  'Verbs of turning down a text, read with the treaty right after them ("rejected the treaty", "opposes the pact"). ' +
    'Not "criticised" or "questioned" (a critic may still sign).',
  ['reject', 'rejects', 'rejected', 'rejecting', 'oppose', 'opposes', 'opposed', 'opposing', 'spurned', 'snubbed'],
);

export const NO_ONE_SUBJECTS = family(
  'no-one-subjects',
  'Subjects that deny the verb after them for everyone ("Nothing stopped Chile from signing", "no one kept Peru ' +
    'from joining"): what the verb says did not happen.',
  ['nothing', 'no one', 'nobody'],
);

export const DENYING_DETERMINERS = family(
  'denying-determiners',
  'Determiners that deny the act to every state of the subject they open ("No Gulf state has signed", "Not one ' +
    'Western European country has ratified", "not a single member has joined"). Only before a state noun, a rule ' +
    'checks: "no doubt", "no fewer than ten states" deny nothing.',
  ['no', 'not one', 'not a single'],
);

export const UNDENYING_AFTER_NO = family(
  'undenying-after-no',
  'Words that, right after "no", make a count or an exception, not a denial ("no fewer than ten states signed", ' +
    '"no other state has ratified as fast", "no sooner had Chile signed").',
  ['fewer', 'more', 'less', 'other', 'sooner', 'longer'],
);

export const PREVENTIONS = family(
  'preventions',
  'Verbs of keeping someone from an act, read with the one kept and "from" and the act after them ("stopped the EU ' +
    'from signing", "has prevented Peru from ratifying", "kept Ghana from joining"): the one kept did not act. Not ' +
    'with nothing to prevent ("stopped talks").',
  [
    'stopped',
    'stops',
    'stop',
    'prevented',
    'prevents',
    'prevent',
    'kept',
    'keeps',
    'barred',
    'bars',
    'blocked',
    'blocks',
    'held back',
    'holds back',
    'deterred',
    'precluded',
  ],
);

export const REFUSALS = family(
  'refusals',
  'Verbs and nouns of refusing or failing to act, read with "to" and the act after them: "declined to sign", ' +
    '"Nigeria\'s failure to join". Not "delayed" or "postponed" (an act put off is not refused).',
  [
    'declined',
    'declines',
    'decline',
    'refused',
    'refuses',
    'refuse',
    'failed',
    'fails',
    'failure',
    'chose not',
    'opted not',
    'decided not',
  ],
);

export const ABSENCES = family(
  'absences',
  'Words saying a state stands outside the treaty: absent, holdouts, non-signatories, outsiders, "remain outside", ' +
    '"have taken no action". Not "abroad" or "away" alone.',
  [
    'absent',
    'absence',
    'absences',
    'missing',
    'holdout',
    'holdouts',
    'non-signatory',
    'non-signatories',
    'nonsignatory',
    'nonsignatories',
    'stayed away',
    'stayed out',
    'stays out',
    'stay out',
    'not among',
    'outsider',
    'outsiders',
    'remain outside',
    'remains outside',
    'remained outside',
    'stay outside',
    'stays outside',
    'stayed outside',
    'taken no action',
    'taken no actions',
    'boycott*',
    'lacks the signature of',
    'lacks the signatures of',
    'lacks the ratification of',
    'lacks the ratifications of',
    'without the signature of',
    'without the signatures of',
  ],
);

export const APPEALS = family(
  'appeals',
  'Verbs of asking others to act: the states asked are not said to have acted ("urged China to sign", "called on ' +
    'Chile and Peru to ratify"). Not "invited" to a ceremony (an invitation is not a request to sign).',
  [
    'urge',
    'urges',
    'urged',
    'urging',
    'call on',
    'calls on',
    'called on',
    'calling on',
    'encourage',
    'encourages',
    'encouraged',
    'encouraging',
    'press',
    'presses',
    'pressed',
    'pressing',
    'ask',
    'asks',
    'asked',
    'asking',
  ],
);

export const DONE_TO = family(
  'done-to',
  'Words before "to" and an act that tell how or when the act was done, not that it is planned ("were quick to ' +
    'ratify", "went on to sign", "rushed to join", "managed to accede"): a deed. Not after a plan ("will be quick to ' +
    'sign" stays a plan).',
  [
    'quick to',
    'quickest to',
    'swift to',
    'swiftest to',
    'fast to',
    'went on to',
    'goes on to',
    'rushed to',
    'hurried to',
    'hastened to',
    'managed to',
    'moved quickly to',
    'moved swiftly to',
  ],
);

export const MANDATES = family(
  'mandates',
  'Verbs of asking, advising or requiring that take a "that" clause with a bare verb ("recommends that Canada sign ' +
    'and ratify", "insisted that Peru join") or a noun of acting ("demanded the exit of Chile", "called for its ' +
    'withdrawal"): the act is asked for, not done. Not verbs of saying ("said that Chile signed" reports a deed).',
  [
    'recommend',
    'recommends',
    'recommended',
    'demand',
    'demands',
    'demanded',
    'insist',
    'insists',
    'insisted',
    'propose',
    'proposes',
    'proposed',
    'request',
    'requests',
    'requested',
    'ask',
    'asks',
    'asked',
    'urge',
    'urges',
    'urged',
    'suggest',
    'suggests',
    'suggested',
    'require',
    'requires',
    'required',
    'call for',
    'calls for',
    'called for',
    'calling for',
  ],
);

export const INTENTIONS = family(
  'intentions',
  'Words before an act verb that make it a plan, a wish, a duty or a possibility, not a deed: "is set to sign", ' +
    '"expected to ratify", "will join", "intends to withdraw", "threatened a withdrawal", "signalled interest in ' +
    'joining". Not "voted to", "decided to" ' +
    '(see COMMITMENTS) and not "has" or "had" (a perfect tense is a deed).',
  [
    'will',
    'would',
    'could',
    'should',
    'may',
    'might',
    'must',
    'can',
    'cannot',
    'shall',
    'to',
    'set to',
    'expected to',
    'due to',
    'ready to',
    'poised to',
    'likely to',
    'urged to',
    'intend',
    'intends',
    'intended',
    'intending',
    'intention',
    'plan',
    'plans',
    'planned',
    'planning',
    'threaten',
    'threatens',
    'threatened',
    'threat',
    'considering',
    'consider',
    'considers',
    'aim',
    'aims',
    'hope',
    'hopes',
    'wants',
    'want',
    'pledged',
    'pledges',
    'expected',
    'upcoming',
    'pending',
    'possible',
    'proposed',
    'future',
    'process of',
    'interest in',
    'interested in',
    ...APPEALS.words,
  ],
);

export const COMMITMENTS = family(
  'commitments',
  'Words that make an announced or voted step the act itself, for leaving a treaty: "announced its withdrawal", ' +
    '"voted in favour of withdrawing", "declared it is withdrawing", "gave notice". A signing that is only announced ' +
    'stays an intention ("declared it will sign"), so rules use these for withdrawals only.',
  [
    'announced',
    'announces',
    'announce',
    'declared',
    'declares',
    'decided',
    'decides',
    'decision',
    'voted',
    'votes',
    'approved',
    'approves',
    'notified',
    'notifies',
    'gave notice',
    'give notice',
    'gives notice',
    'confirmed',
    'decree',
    'signed',
    'signs',
  ],
);

export const OPTING_OUT = family(
  'opting-out',
  'Participles after a state\'s name that set it apart from the list or act around it ("in force between the EU ' +
    '– Denmark having opted out – and Norway", "with Ecuador opting out"). Not a finite verb ("Denmark opted out": ' +
    'a clause of its own).',
  ['having opted out', 'opting out', 'having stayed out', 'staying out', 'having declined'],
);

export const SET_APART_AFTER = family(
  'set-apart-after',
  'Words right after a state\'s name, between commas or dashes, that set it apart from the list around it ("All ' +
    'Nordic states, Iceland excepted, have ratified", "Iceland aside"). Not "aside from" or "apart from" (they ' +
    'open a phrase of their own).',
  ['excepted', 'aside', 'apart', 'excluded'],
);

export const EXCEPTIONS = family(
  'exceptions',
  'Words that set states apart from those a clause says acted ("ratified by all EU members except Poland"). Not ' +
    '"besides" or "in addition to" (they add, they do not set apart).',
  ['except', 'except for', 'apart from', 'other than', 'with the exception of', 'save for', 'excluding', 'bar'],
);
