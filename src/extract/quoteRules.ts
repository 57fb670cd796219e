/** The quotes extractor's rule tables: which quoted words are quotations, and who said them. */
import { matchesIn } from '../text/matches.js';
import { onFirstUse } from './rules/onFirstUse.js';
import { alternation, isMember, LETTERS } from './lexicon/family.js';
import { NOT_NAME_WORDS } from './lexicon/people.js';
import {
  ATTRIBUTION_PHRASES,
  BODY_PRONOUNS,
  CIRCUMSTANCE_LEADS,
  CLAUSE_LINKS,
  DOCUMENT_NOUNS,
  COLLECTIVE_PRONOUNS,
  EXAMPLE_LEADS,
  INSTRUMENT_PARTS,
  LABELLING_VERBS,
  VIEWPOINT_LEADS,
  WORDING_VERBS,
  NAMING_CUES,
  OBJECT_RELATIVES,
  PERSONAL_PRONOUNS,
  RELATIVE_PRONOUNS,
  POSSESSIVE_ATTRIBUTIONS,
  POSSESSIVE_PRONOUNS,
  SPEECH_VERBS,
  SUBJECT_TIME_WORDS,
  CLAUSE_OPENERS,
  VERB_FILLERS,
  WORK_LEADS,
} from './lexicon/speech.js';
import { TREATY_NOUNS } from './lexicon/treaty.js';
import { ruleTable } from './rules/rule.js';
import { isNameAbbreviation, NOT_LETTER_AFTER, NOT_LETTER_BEFORE } from './people.js';
import {
  bodyNamedBefore,
  isPerson,
  namedBodyIn,
  objectReferent,
  opensClause,
  pronounReferent,
  speakerLabel,
  speakerOf,
  stateVoiceOpening,
  type Scene,
} from './speakers.js';
import { rangeAt, type Range } from './text.js';

/** The word families the quotes rules are written in. */
export const SPEECH_FAMILIES = [
  SPEECH_VERBS,
  BODY_PRONOUNS,
  ATTRIBUTION_PHRASES,
  POSSESSIVE_ATTRIBUTIONS,
  PERSONAL_PRONOUNS,
  COLLECTIVE_PRONOUNS,
  POSSESSIVE_PRONOUNS,
  VERB_FILLERS,
  NAMING_CUES,
  OBJECT_RELATIVES,
  CLAUSE_OPENERS,
  CLAUSE_LINKS,
  WORK_LEADS,
  CIRCUMSTANCE_LEADS,
  RELATIVE_PRONOUNS,
  DOCUMENT_NOUNS,
  INSTRUMENT_PARTS,
  WORDING_VERBS,
  EXAMPLE_LEADS,
  LABELLING_VERBS,
  VIEWPOINT_LEADS,
  SUBJECT_TIME_WORDS,
  TREATY_NOUNS,
];

/** A passage between quotation marks: `open`/`close` are the marks, `start`/`end` the words. */
export interface Quoted extends Range {
  open: number;
  close: number;
  /** Left open: the words go on in the next paragraph's quote, whose speaker they share. */
  continued: boolean;
}

/** A quotation as read so far: its words, where it stands, its speaker and the rules that decided them. */
export interface Attributed {
  q: Quoted;
  words: string;
  /** The quote is the first thing in its paragraph, and the paragraph's index. */
  opensParagraph: boolean;
  paragraphIndex: number;
  speaker: string | null;
  /** The attribution rule, null until a rule has given a speaker. */
  rule: string | null;
  /** The rule that made the quoted words a quotation. */
  quotation: string;
  /** The words after the quote name a speaker of their own, not by a pronoun ("…,” said another delegate). */
  namesOwnSpeaker: boolean;
}

/** How far either side of the marks attribution is read: bounded, so one endless sentence stays linear. */
export const ATTRIBUTION_REACH = 400;
const SPEECH = alternation(SPEECH_VERBS);
const SPEECH_RE = onFirstUse(() => new RegExp(`${NOT_LETTER_BEFORE}${SPEECH}${NOT_LETTER_AFTER}`, 'gi'));
const SPOKEN = onFirstUse(() => new RegExp(`${NOT_LETTER_BEFORE}${SPEECH}${NOT_LETTER_AFTER}`, 'i'));
/** How many words may stand between a speech verb and the "that" it introduces ("said in a speech that"). */
const REPORTED_THAT_WORDS = 4;

/**
 * Whether a "that" after these words reports speech rather than opening a relative clause: a speech verb among the
 * last few words, no comma between ("Hale said in a speech that it …" is Hale's; "…, a pact that the envoy" is not).
 */
function reportsSpeech(before: string): boolean {
  const words = before
    .slice(before.lastIndexOf(',') + 1)
    .trim()
    .split(/\s+/);
  return SPOKEN().test(words.slice(-REPORTED_THAT_WORDS).join(' '));
}
const HAS_SPEECH = onFirstUse(() => new RegExp(SPEECH_RE().source, 'i'));
/**
 * After the closing mark: ", said Ghada Waly", ", according to the ministry", and with an auxiliary first as
 * translated copy has it (", has commented the Minister, Marco Ferri").
 */
const POST_VERB_FIRST = onFirstUse(
  () =>
    new RegExp(
      `^[\\s,.!?—–-]*(?:${alternation(VERB_FILLERS)}\\s+)?(${SPEECH}|${alternation(ATTRIBUTION_PHRASES)})` +
        `${NOT_LETTER_AFTER}\\s*(.*)$`,
      'is',
    ),
);
/** After the closing mark, a subject then the verb: ", Khaleel said", ", Rep. Ana Ruiz (D-Ore.), the chair, said". */
const POST_SUBJECT_FIRST = onFirstUse(
  () =>
    new RegExp(
      `^[\\s,.!?—–-]*((?:[^\\s]+\\s+){0,20}?[^\\s]+?),?\\s+` +
        `(?:${alternation(VERB_FILLERS)}\\s+)?(${SPEECH})${NOT_LETTER_AFTER}`,
      'is',
    ),
);
/** A pronoun ending a subject, an auxiliary contracted onto it at most: "she", "She’s", "they’ve", "He'd". */
const PRONOUN_AT_END = onFirstUse(
  () =>
    new RegExp(
      `${NOT_LETTER_BEFORE}(${alternation(PERSONAL_PRONOUNS, COLLECTIVE_PRONOUNS)})(?:['’](?:s|ve|d|ll|re))?$`,
      'i',
    ),
);
const PRONOUN_FIRST = onFirstUse(
  () => new RegExp(`^(${alternation(PERSONAL_PRONOUNS, COLLECTIVE_PRONOUNS)})${NOT_LETTER_AFTER}`, 'i'),
);
const ATTRIBUTION_BEFORE = onFirstUse(
  () => new RegExp(`${NOT_LETTER_BEFORE}${alternation(ATTRIBUTION_PHRASES)}\\s+([^,]*?)[,:]?\\s*$`, 'i'),
);
/** A sentence opened by an attribution phrase and its complement: "According to him, … “…”". */
const ATTRIBUTION_OPENING = onFirstUse(
  () => new RegExp(`^\\s*${alternation(ATTRIBUTION_PHRASES)}\\s+([^,;]{1,80}?),`, 'i'),
);
const POSSESSIVE_BEFORE = onFirstUse(
  () => new RegExp(`${NOT_LETTER_BEFORE}${alternation(POSSESSIVE_ATTRIBUTIONS)}[,:]?\\s*$`, 'i'),
);
/** A sentence opened by whose view it gives, up to its comma: "For the council, …", "In the eyes of Ana Ruiz, …". */
const VIEWPOINT_OPENING = onFirstUse(() => new RegExp(`^\\s*${alternation(VIEWPOINT_LEADS)}\\s+([^,;]{1,80}?),`, 'i'));
/** A preposition or an owner right before the marks: "on “Face the Nation”", "CBS’s “Sunday Morning”". */
const WORK_LEAD_BEFORE = onFirstUse(
  () => new RegExp(`(?:${NOT_LETTER_BEFORE}${alternation(WORK_LEADS)}|['’]s)\\s*$`, 'i'),
);
/** An instrument or its part as the subject of a wording verb right before the marks: "the text refers to “…”". */
const INSTRUMENT_WORDING_BEFORE = onFirstUse(
  () =>
    new RegExp(
      `${NOT_LETTER_BEFORE}(?:the|a|an|its|this)\\s+${alternation(INSTRUMENT_PARTS, TREATY_NOUNS)}\\s+` +
        `(?:[a-z]+\\s+)?${alternation(WORDING_VERBS)}(?:\\s+[a-z]+){0,3}\\s*$`,
      'i',
    ),
);
const NAMING_BEFORE = onFirstUse(
  () => new RegExp(`${NOT_LETTER_BEFORE}${alternation(NAMING_CUES)}\\s*[,:]?\\s*$`, 'i'),
);
/** A labelling verb and its object, a few words, right before the marks: "branded the plan a “…”". */
const LABELLED_BEFORE = onFirstUse(
  () => new RegExp(`${NOT_LETTER_BEFORE}${alternation(LABELLING_VERBS)}(?:\\s+[^\\s,;:.!?]+){0,4}\\s*$`, 'i'),
);
/** The longest term a labelling verb gives: a name, not a sentence. */
const LABEL_WORDS = 4;
/** Words wholly in brackets: a transcript's stage direction ("(APPLAUSE)", "[inaudible]"), not speech. */
const STAGE_DIRECTION = onFirstUse(() => /^\s*(?:\([^()]*\)|\[[^[\]]*\])[\s.]*$/);

/**
 * Where the attribution's clause ends: a period or semicolon, but not the period of an honorific, an abbreviated
 * given name or an initial ("Dr. Lena Haugland", "Ma. Elena Reyes", "Marwan H. Adwan") or one inside an abbreviation ("(D-N.C.)", "D-Md., said").
 */
function clause(s: string): string {
  for (const m of matchesIn(s, /[.;!?]/g)) {
    const word = /(\p{L}+)$/u.exec(s.slice(0, m.index))?.[1] ?? '';
    const inside = m[0] === '.' && /^[^\s]/.test(s.slice(m.index + 1, m.index + 2));
    const abbreviation = m[0] === '.' && (inside || /^\p{Lu}$/u.test(word) || isNameAbbreviation(word));
    if (!abbreviation) return s.slice(0, m.index);
  }
  return s;
}

// ---------- which quoted words are quotations ----------

interface QuotationContext {
  words: string;
  /** Left open at a paragraph's end and reopened in the next: the layout of a long quotation. */
  continued: boolean;
  /** The sentence before the opening mark (quotations blanked). */
  pre: string;
  /** The rest of the paragraph after the closing mark, up to a bound (quotations blanked). */
  post: string;
}

/** How many words make a quotation on their own. */
const SHORT_QUOTE_WORDS = 3;
const TITLE_CASE_WORDS = 8;
/** A word of a title-case name: capitalized, a figure, or a small word ("Agreement on Access to Justice"). */
const TITLE_WORD = (w: string) => /^[\p{Lu}\d]/u.test(w) || isMember(NOT_NAME_WORDS, w.replace(/\.$/, ''));

const wordsIn = (s: string) => s.trim().split(/\s+/).filter(Boolean);
const titleCase = (s: string) => wordsIn(s).every(TITLE_WORD);
/** A participle ("saying", "adding") after a speech verb's object or a quote describes the clause's subject. */
const isParticiple = (verb: string) => /ing$/i.test(verb) && isMember(SPEECH_VERBS, verb);
/** A full stop right after the closing mark ends the quote's sentence: "… “in due course”. Asked when, she said …". */
const STOP_AFTER_MARK = onFirstUse(() => /^\s*[.!?](?:\s|$)/);
/**
 * ", said Ruiz" after the quote: an inverted verb and its subject in the quote's sentence, never a participle
 * (", comparing him to …").
 */
function verbThenSubject(post: string): RegExpExecArray | null {
  if (STOP_AFTER_MARK().test(post)) return null;
  const m = POST_VERB_FIRST().exec(post);
  return m && !isParticiple(m[1]) ? m : null;
}
/** A clause of its own inside the words after a quote: at their start or after a comma ("…, while Syria's envoy"). */
const OPENS_CLAUSE = onFirstUse(
  () => new RegExp(`(?:^|,\\s*)(?:${alternation(CLAUSE_OPENERS)})${NOT_LETTER_AFTER}`, 'i'),
);
/**
 * A subject then a speech verb after the quote, both in the quote's clause: no sentence ends between, and the subject
 * does not open a clause of its own ("“…,” when Ruiz objected").
 */
function subjectThenVerb(post: string): string | null {
  const m = POST_SUBJECT_FIRST().exec(post);
  return m && clause(m[0]) === m[0] && !OPENS_CLAUSE().test(m[1]) ? m[1] : null;
}
/**
 * Whether the words after a quote give it a speaker of their own other than a pronoun: "…,” said another delegate",
 * "…,” one source on the panel said". A speaker the rules could not read there is no reason to carry one from before.
 */
export function namesOwnSpeaker(words: string, post: string): boolean {
  if (!/[,.!?]$/.test(words.trim())) return false;
  const subject = verbThenSubject(post)?.[2] ?? subjectThenVerb(post);
  return !!subject && !!subject.trim() && !PRONOUN_FIRST().test(subject.trim()) && !BODY_PRONOUN_START().test(subject);
}
const BODY_PRONOUN_START = onFirstUse(() => new RegExp(`^\\s*${alternation(BODY_PRONOUNS)}${NOT_LETTER_AFTER}`, 'i'));

const attributedAfter = (c: QuotationContext) =>
  /[,.!?]$/.test(c.words.trim()) && (!!verbThenSubject(c.post) || subjectThenVerb(c.post) !== null);
const short = (c: QuotationContext) => wordsIn(c.words).length <= SHORT_QUOTE_WORDS;
/**
 * A speech verb or an attribution phrase, possessive ones too ("in his words"), in the sentence around the marks,
 * before them or in their clause after.
 */
const spokenAround = (c: QuotationContext) =>
  [c.pre, clause(c.post)].some((s) => HAS_SPEECH().test(s) || ATTRIBUTION_ANYWHERE().test(s));
const ATTRIBUTION_ANYWHERE = onFirstUse(
  () =>
    new RegExp(
      `${NOT_LETTER_BEFORE}${alternation(ATTRIBUTION_PHRASES, POSSESSIVE_ATTRIBUTIONS)}${NOT_LETTER_AFTER}`,
      'i',
    ),
);
/** "as" right before the marks, casting someone or something as the quoted words ("went after the plan as “…”"). */
const AS_BEFORE = onFirstUse(() => new RegExp(String.raw`(?<![${LETTERS}])as\s+(?:(?:a|an|the)\s+)?$`, 'iu'));
/** An example or an addition right before the marks: "goods such as “…”". */
const EXAMPLE_BEFORE = onFirstUse(
  () => new RegExp(`${NOT_LETTER_BEFORE}${alternation(EXAMPLE_LEADS)}\\s+(?:(?:a|an|the)\\s+)?$`, 'i'),
);
const castAs = (pre: string) => AS_BEFORE().test(pre) && !EXAMPLE_BEFORE().test(pre);

/**
 * Marks around a phrase that the sentence runs through: lower case words after them and before them, no stop or
 * comma closing the phrase, and no more words than a name has. Not after "as", which frames someone's words as a
 * characterisation ("went after the plan as a “gift to the ports”").
 */
function inRunningText(c: QuotationContext): boolean {
  const words = c.words.trim();
  return (
    wordsIn(words).length <= TITLE_CASE_WORDS &&
    /^\p{Ll}/u.test(words) &&
    !/[.!?,;:]$/.test(words) &&
    /\p{Ll}\s+$/u.test(c.pre) &&
    !AS_BEFORE().test(c.pre) &&
    /^\s+\p{Ll}/u.test(c.post)
  );
}

/** An attribute's name and "=" right before the marks: markup left in the text ("<tweet author=“…”>"). */
const ATTRIBUTE_BEFORE = onFirstUse(() => /[\p{L}\d-]=\s*$/u);

export const QUOTATION_RULES = ruleTable<QuotationContext, boolean>('quotation', [
  {
    name: 'markup-attribute',
    produces: 'no quotation: the value of a markup attribute left in the text ("<tweet author="…">")',
    when: (c) => (ATTRIBUTE_BEFORE().test(c.pre) ? false : null),
    examples: [],
    counterExamples: [
      { text: 'The embed read <post data-text="Talks will go on and on until every state has signed"> in full.' },
      { text: 'A scrap of page code, <quote by="Ana Ruiz, the envoy, on the last day of the talks"/>, was left in.' },
    ],
  },
  {
    name: 'named-term',
    produces: 'no quotation: the marks hold a title or term that a naming word introduces',
    when: (c) => (NAMING_BEFORE().test(c.pre) ? false : null),
    examples: [],
    counterExamples: [
      { text: 'The agency published a report titled “Water for every village by the end of the decade” on Monday.' },
      { text: 'Critics mocked the so-called “peace through paperwork” approach of the talks.' },
    ],
  },
  {
    name: 'stage-direction',
    produces: 'no quotation: words wholly in brackets are a transcript\'s stage direction ("(APPLAUSE)")',
    when: (c) => (STAGE_DIRECTION().test(c.words) ? false : null),
    examples: [],
    counterExamples: [
      { text: 'The transcript went on:\n\n"(LAUGHTER)"\n\nThen the senator spoke again.' },
      { text: 'A note in the record reads “[inaudible]” at that point.' },
    ],
  },
  {
    name: 'labelled-term',
    produces:
      'no quotation: a short term without a stop after a labelling verb and its object is a name it is given ' +
      '("nicknamed the rule the “double lock”"), unless the passive names who gave it ("dubbed “…” by Ruiz")',
    when: (c) =>
      wordsIn(c.words).length <= LABEL_WORDS &&
      !/[.!?,;:]$/.test(c.words.trim()) &&
      LABELLED_BEFORE().test(c.pre) &&
      !AGENT_AFTER_QUOTE().test(c.post)
        ? false
        : null,
    examples: [],
    counterExamples: [
      { text: 'Negotiators nicknamed the fallback clause the “emergency brake” during the talks.' },
      { text: 'Campaigners have branded the draft law a “snoopers’ charter” ever since it was tabled.' },
    ],
  },
  {
    name: 'named-work',
    produces: 'no quotation: title-case words after a preposition or an owner, with no full stop, name a work or show',
    when: (c) =>
      WORK_LEAD_BEFORE().test(c.pre) && titleCase(c.words) && !/[.!?]$/.test(c.words.trim()) ? false : null,
    examples: [],
    counterExamples: [
      { text: 'In an interview on “Morning Report,” Senator Ruth Okoro said the bill was dead.' },
      { text: 'Writing in the magazine’s “Long Read” section, the envoy said talks had stalled.' },
    ],
  },
  {
    name: 'left-open',
    produces: 'a quotation: words left open at a paragraph end that the next paragraph reopens (a long quotation)',
    when: (c) => (c.continued ? true : null),
    examples: [
      {
        text: '“We worked for years,” said Senator Ruth Okoro. “It took patience.\n\n“Today the vote is done.”',
        gives: { text: 'It took patience.' },
      },
    ],
  },
  {
    name: 'attributed-after',
    produces: 'a quotation: words ending in punctuation that a speech verb and speaker follow',
    when: (c) => (attributedAfter(c) ? true : null),
    examples: [{ text: '“Never again,” said Ana Ruiz.', gives: { text: 'Never again,' } }],
  },
  {
    name: 'title-case',
    produces: 'no quotation: a few title-case words are a name ("the “Five Eyes” alliance")',
    when: (c) => {
      if (!titleCase(c.words)) return null;
      // Beyond a few words, title case without a closing stop is still a name ("Agreement on Access to Justice in …").
      return short(c) || wordsIn(c.words).length <= TITLE_CASE_WORDS || !/[.!?,]$/.test(c.words.trim()) ? false : null;
    },
    examples: [],
    counterExamples: [
      { text: 'Members of the “Open Skies Group” met on Monday in Vienna.' },
      {
        text: 'It is formally the “Regional Agreement on Access to Water and Justice in the Basin and the Delta” now.',
      },
    ],
  },
  {
    name: 'term-as-subject',
    produces:
      'no quotation: one quoted word that a determiner opens its sentence with is a coined term ("An “unsigning” has no effect")',
    when: (c) => (wordsIn(c.words).length === 1 && /^\s*(?:a|an|the)\s+$/i.test(c.pre) ? false : null),
    examples: [],
    counterExamples: [
      { text: 'An “unjoining” has no legal effect on the other parties, said the director, Ines Vale.' },
      { text: 'The “reset” failed within a year, the envoy said.' },
    ],
  },
  {
    name: 'instrument-wording',
    produces: 'no quotation: a few words an instrument\'s text carries ("the text refers to “reproductive health”")',
    when: (c) => (short(c) && INSTRUMENT_WORDING_BEFORE().test(c.pre) ? false : null),
    examples: [],
    counterExamples: [
      { text: 'The Holy See said it would not sign because the text refers to “family planning”.' },
      { text: 'Advocates said the deal was weak on transfers, which a clause now describes as “freely agreed”.' },
    ],
  },
  {
    name: 'short-spoken',
    produces:
      'a quotation: a few words in a sentence with a speech verb or an attribution phrase ("called the vote “a ' +
      'betrayal”", "according to the envoy, talks are “far from over”")',
    when: (c) => (short(c) && spokenAround(c) ? true : null),
    examples: [
      { text: 'Minister Ana Ruiz called the vote “a betrayal.”', gives: { text: 'a betrayal.' } },
      { text: 'Minister Ana Ruiz said the text was “a betrayal”.', gives: { text: 'a betrayal' } },
      {
        text: 'According to Envoy Tom Hale, speaking on radio, the port will “reopen fairly soon” after the storm.',
        gives: { text: 'reopen fairly soon' },
      },
      {
        text: 'The new rules had, in her words, “opened the door” for the small boats.',
        gives: { text: 'opened the door' },
      },
      {
        text: 'The talks, in the words of one delegate, were “going nowhere fast” by Friday night.',
        gives: { text: 'going nowhere fast' },
      },
    ],
  },
  {
    name: 'short-unspoken',
    produces: 'no quotation: a few quoted words nobody says are scare quotes ("provided “as is”")',
    when: (c) => (short(c) ? false : null),
    examples: [],
    counterExamples: [{ text: 'The software is sold “as is” without any warranty.' }],
  },
  {
    name: 'phrase-in-running-text',
    produces:
      'no quotation: a lower-case phrase set in marks inside a sentence that no one is said to speak, a term or ' +
      'scare quotes ("abuse can happen “in the world of work” anywhere")',
    when: (c) => (inRunningText(c) && !spokenAround(c) ? false : null),
    examples: [],
    counterExamples: [
      { text: 'The code covers harm done “on the way to work” as well.' },
      { text: 'Inspectors found that the dam was “in urgent need of repair” after the floods.' },
    ],
  },
  {
    name: 'passage',
    produces: 'a quotation: more than a few words between the marks',
    when: () => true,
    examples: [
      { text: '“Nothing about us without us is the rule we follow,” read a banner.', gives: { speaker: null } },
      {
        text: 'All week the mayor went after the plan as a “gift to the big ports” and little else.',
        gives: { text: 'gift to the big ports' },
      },
      {
        text: "Minister Ana Ruiz said the region was proud because \"it shared its best legal practice with all.''",
        gives: { text: 'it shared its best legal practice with all.' },
      },
    ],
  },
]);

// ---------- who said a quotation, from the words around it ----------

export interface AttributionContext {
  q: Quoted;
  /** The words between the marks. */
  words: string;
  /** The sentence before the opening mark, up to a bound, quotations blanked; `preStart` is its offset. */
  pre: string;
  preStart: number;
  /** The rest of the paragraph after the closing mark, up to a bound, quotations blanked. */
  post: string;
  scene: Scene;
  sentences: readonly Range[];
}

function speakerAfterVerb(c: AttributionContext): string | null {
  const m = verbThenSubject(c.post);
  if (!m) return null;
  const rest = m[2];
  const pronoun = PRONOUN_FIRST().exec(rest);
  if (pronoun) return pronounReferent(c.scene, pronoun[1], c.q.close);
  const subject = clause(rest);
  // "…,” according to her": an object pronoun alone stands for its person ("her lawyer" is read as an entourage).
  const alone = /^\s*(\p{L}+)\s*,?\s*$/u.exec(subject);
  const who = (alone && objectReferent(c.scene, alone[1], c.q.close)) ?? speakerOf(subject, c.q.close, c.scene, false);
  // "…,” said two farmers who live by the river": the voice without the relative clause that narrows it.
  const narrowed = RELATIVE_AFTER_VOICE().exec(subject);
  return who ?? (narrowed ? speakerOf(subject.slice(0, narrowed.index), c.q.close, c.scene, false) : null);
}

/** A relative clause right after a voice, no comma before it: " who spoke to the paper". */
const RELATIVE_AFTER_VOICE = onFirstUse(() => new RegExp(`\\s+${alternation(RELATIVE_PRONOUNS)}\\s`, 'i'));

/** Words that end in a full stop close their sentence: a speaker and verb after them open the next one. */
const closesSentence = (c: AttributionContext) => /\.$/.test(c.words.trim()) && /^\s*\p{Lu}/u.test(c.post);

function speakerBeforeVerb(c: AttributionContext): string | null {
  if (closesSentence(c)) return null;
  const subject = subjectThenVerb(c.post);
  if (subject === null) return null;
  if (!BODY_PRONOUN().test(subject.trim())) return speakerOf(subject, c.q.close, c.scene, true);
  // "it was stated in a communiqué of the Ministry": the agent speaks; "it said": the body named before.
  return passiveAgent(c.post) ?? (BODY_PRONOUN_VERB().test(c.post) ? bodyNamedBefore(c.scene, c.q.close) : null);
}

const BODY_PRONOUN = onFirstUse(() => new RegExp(`^${alternation(BODY_PRONOUNS)}$`, 'i'));
/** The body pronoun right before its speech verb, in the active: "…,” it said", not "…,” it was stated". */
const BODY_PRONOUN_VERB = onFirstUse(
  () => new RegExp(`^[\\s,.!?—–-]*${alternation(BODY_PRONOUNS)}\\s+${SPEECH}${NOT_LETTER_AFTER}`, 'i'),
);
/** The body pronoun opening the sentence right before a speech verb: "It said the deal …", not "… that it said". */
const BODY_PRONOUN_OPENING = onFirstUse(() => new RegExp(`^\\s*${alternation(BODY_PRONOUNS)}\\s+$`, 'i'));

/** After a passive speech verb, its agent: "by the ministry", "in a statement from the ministry". */
const AGENT_AFTER = onFirstUse(
  () =>
    new RegExp(
      `^\\s+(?:by|in\\s+(?:a|an|the|its)\\s+(?:${alternation(DOCUMENT_NOUNS)})\\s+(?:of|from|by))\\s+([^,;]+)`,
      'i',
    ),
);

/**
 * "«…», it was stated in a communiqué of the Ministry of Trade": a passive speech verb with "it" for the words gives
 * them to the body its agent phrase names.
 */
function passiveAgent(post: string): string | null {
  const verb = POST_SUBJECT_FIRST().exec(post);
  const agent = verb && AGENT_AFTER().exec(post.slice(verb[0].length));
  return agent ? namedBodyIn(clause(agent[1])) : null;
}

/** After the closing mark, a dash and a name: the signature of a post, a letter or an epigraph. */
// A signature is a name: "— a metaphor for …" after a quote goes on with the sentence.
const DASH_SIGNATURE = onFirstUse(() => /^\s*[—―–-]{1,2}\s*(\p{Lu}[^\n]{0,119})/u);
const TRAILING_REACH = 100;
/** A speech verb and subject closing the sentence after a quote: "… of countries will sign it, he said." */
const TRAILING_ATTRIBUTION = onFirstUse(
  () =>
    new RegExp(
      `,\\s+((?:[^\\s,]+\\s+){0,5}?[^\\s,]+)\\s+(?:${alternation(VERB_FILLERS)}\\s+)?${SPEECH}${NOT_LETTER_AFTER}[^,]*$`,
      'i',
    ),
);
/** An introduction that opens with its verb: "Said Ellis:". */
const VERB_FIRST_INTRO = onFirstUse(() => new RegExp(`^\\s*${SPEECH}${NOT_LETTER_AFTER}\\s+(.+)$`, 'is'));

/**
 * Manner adverbs by their endings ("cynically", "repeatedly", "openly", "simply"), which stand between a subject and
 * its verb as fillers do. Endings, not "-ly" alone: "family", "ally" and "assembly" are nouns that speak (so not "-ily" either).
 */
const MANNER_ADVERB = onFirstUse(
  () => /^\p{Ll}{2,}(?:ically|ously|fully|edly|ently|antly|ively|ately|ingly|enly|ably|ibly)$|^\p{Ll}{3,}ply$/u,
);

/** The subject without the fillers before its verb ("Ruiz also", "she has", "he is quoted"), word by word. */
function withoutFillers(subject: string): string {
  let s = subject.trimEnd();
  for (;;) {
    const last = lastWordAt(s);
    const lastTwo = last > 0 ? lastWordAt(s.slice(0, last).trimEnd()) : -1;
    const two = lastTwo >= 0 ? s.slice(lastTwo).replace(/\s+/g, ' ') : '';
    const word = s.slice(last);
    const filler = isMember(VERB_FILLERS, word) || MANNER_ADVERB().test(word);
    const at = two && isMember(VERB_FILLERS, two) ? lastTwo : filler ? last : -1;
    if (at <= 0) return s;
    s = s.slice(0, at).trimEnd();
  }
}

/** Where the last word of a string (trimmed at its end) starts. */
function lastWordAt(s: string): number {
  let i = s.length;
  while (i > 0 && !/\s/.test(s[i - 1])) i--;
  return i;
}

const ENDS_WITH_LINK = onFirstUse(() => new RegExp(`${NOT_LETTER_BEFORE}(?:${alternation(CLAUSE_LINKS)})\\s*$`, 'i'));

/**
 * Whether a speech verb takes the subject its clause opened with rather than the words right before it: a participle
 * after a comma ("…, arguing that"), or a verb after a link word ("stressed the raid and said", "began by saying").
 */
function sharesOpeningSubject(before: string, verb: string): boolean {
  return (isParticiple(verb) && /,\s*$/.test(before)) || ENDS_WITH_LINK().test(before);
}

/**
 * "…, a ministry official said, adding that …": a participle after a clause that reports speech goes on with that
 * verb's subject, the words before it in the clause (not what the sentence opened with: "The board met in May, but …").
 * After a clause with no speech verb, the person that clause opens with: "When Hale asked, she shrugged, adding …".
 */
function reportingSubject(before: string, from: number, at: number, scene: Scene): string | null {
  if (!/,\s*$/.test(before)) return null;
  const head = before.replace(/,\s*$/, '');
  const clauseText = head.slice(head.lastIndexOf(',') + 1);
  const verb = SPOKEN().exec(clauseText);
  // A clause of the sentence's own opening is read by the caller, from the sentence's start.
  if (!verb) return head.includes(',') ? actingPerson(clauseText, from + head.lastIndexOf(',') + 1, scene, true) : null;
  if (!clauseText.slice(0, verb.index).trim()) return null;
  return speakerOf(clauseText.slice(0, verb.index), at, scene, true);
}

/** A clause after a comma, right before a participle, opened by a subject in common nouns: ", the crowd cheered,". */
const COMMON_SUBJECT_CLAUSE = onFirstUse(() => /,\s*(?:the|a|an)\s+\p{Ll}[^,]*,\s*$/iu);

/** An object relative clause right before the verb, no comma after its subject: "…, a pact that Egypt’s envoy". */
const OBJECT_RELATIVE_AT_END = onFirstUse(
  () => new RegExp(`${NOT_LETTER_BEFORE}${alternation(OBJECT_RELATIVES)}\\s+([^,]+)$`),
);

/** A passive auxiliary right before a speech verb, an adverb between at most: "was hailed", "has been widely called". */
const PASSIVE_AUXILIARY = onFirstUse(
  () => new RegExp(`${NOT_LETTER_BEFORE}(?:is|are|was|were|be|been|being)\\s+(?:\\p{Ll}+ly\\s+)?$`, 'iu'),
);
/** A participle set off after its noun, an adverb between at most: "The accord, dubbed", "a pact widely hailed". */
const REDUCED_PASSIVE = onFirstUse(() => /(?:,|\p{Ll}+ly)\s*$/u);
/** Between a passive verb and the quote: nothing or "as" ("hailed as “…”"), or the agent before its object ("accused by Ana Ruiz of “…”"). */
const PASSIVE_BETWEEN = onFirstUse(() => /^\s*(?:as\s*)?$|^\s+by\s+([^,;:]+?)\s+(?:of|as|for)\s*$/i);
/** The agent right after the quote: "“…” by Minister Ana Ruiz", its name up to a clause's punctuation. */
const AGENT_AFTER_QUOTE = onFirstUse(() => /^\s*,?\s*by\s+([^,;:()]+)/i);

/**
 * The last speech verb before a quote when it is passive, the quote its complement: "The pact was hailed as “…”",
 * "The accord, dubbed “…” by Ana Ruiz", "Hale was accused by Ana Ruiz of “…”"; with the agent's words when given
 * ("" when none). Null when the verb is active. The agent said the words, never the subject the verb is said of.
 */
function passiveAgentWords(c: AttributionContext): string | null {
  const verb = matchesIn(c.pre, SPEECH_RE()).pop();
  if (!verb || /ing$/i.test(verb[0])) return null;
  const between = PASSIVE_BETWEEN().exec(c.pre.slice(verb.index + verb[0].length));
  if (!between) return null;
  const before = c.pre.slice(0, verb.index);
  const agent = clause(between[1] ?? AGENT_AFTER_QUOTE().exec(c.post)?.[1] ?? '').trim();
  if (PASSIVE_AUXILIARY().test(before)) return agent;
  // Without an auxiliary, only an agent after the quote makes the participle passive ("The accord, dubbed “…” by").
  return agent && !between[1] && REDUCED_PASSIVE().test(before) ? agent : null;
}

/**
 * The subject of the last speech verb in the text before a quote ("Ana Ruiz, the chief negotiator, told …"), else of
 * the one before it whose words the later verb stands in: "She says the tweets accusing Hale of fraud are “…”".
 */
function subjectBefore(pre: string, preStart: number, scene: Scene): string | null {
  const verbs = matchesIn(pre, SPEECH_RE());
  for (let i = verbs.length - 1; i >= 0; i--) {
    const who = subjectOfVerb(pre, preStart, verbs[i], scene);
    if (who) return who;
  }
  return null;
}

/** The subject of one speech verb in the text before a quote. */
function subjectOfVerb(pre: string, preStart: number, verb: RegExpExecArray, scene: Scene): string | null {
  const at = preStart + verb.index;
  // "The pact was hailed as …": what a passive speech verb is said of never speaks (its agent does, read apart).
  if (!/ing$/i.test(verb[0]) && PASSIVE_AUXILIARY().test(pre.slice(0, verb.index))) return null;
  const whole = withoutFillers(pre.slice(0, verb.index));
  if (sharesOpeningSubject(whole, verb[0])) {
    const reported = isParticiple(verb[0]) ? reportingSubject(whole, preStart, at, scene) : null;
    // "When the court fined Ruiz, the crowd cheered, chanting …": the clause before has a subject of its own.
    if (!reported && isParticiple(verb[0]) && COMMON_SUBJECT_CLAUSE().test(whole)) return null;
    return reported ?? openingSubject(whole, at, scene);
  }
  // "a pact that the minister said …": the relative clause's own subject speaks, not what the sentence opened with.
  const objectClause = OBJECT_RELATIVE_AT_END().exec(whole);
  const subject = objectClause && !reportsSpeech(whole.slice(0, objectClause.index)) ? objectClause[1] : whole;
  const pronoun = PRONOUN_AT_END().exec(subject.trimEnd());
  // The pronoun's own offset, fillers after it left out: "She later told …" opens its sentence with "She".
  if (pronoun)
    return pronounReferent(scene, pronoun[1], preStart + whole.length - subject.trimEnd().length + pronoun.index);
  // "It said …" (not "It was said …"): the body named just before.
  if (BODY_PRONOUN_OPENING().test(pre.slice(0, verb.index))) return bodyNamedBefore(scene, at);
  const relative = /^(.*?),?\s+who\s*$/s.exec(subject);
  return speakerOf(relative ? relative[1] : subject, at, scene, true);
}

/** A sentence opened by a link word and a speech participle: "After saying …", "While insisting …". */
const OPENED_BY_PARTICIPLE = onFirstUse(
  () => new RegExp(`^\\s*${alternation(CLAUSE_LINKS)}\\s+(${SPEECH})${NOT_LETTER_AFTER}`, 'i'),
);
/** The subject right after the closing mark and a comma: a pronoun or a capitalized run of up to four words. */
const SUBJECT_AFTER_COMMA = onFirstUse(
  () =>
    new RegExp(
      String.raw`^\s*,?\s*((?:\p{Lu}[${LETTERS}.'’-]*\s+){0,3}\p{Lu}[${LETTERS}'’-]*|\p{Ll}+)(?![${LETTERS}])`,
      'u',
    ),
);

/**
 * "After saying the port was “…,” she left": a sentence that opens with a participial clause gives that clause the
 * subject of the main clause, which follows the quote.
 */
function mainSubjectAfter(c: AttributionContext): string | null {
  const opened = OPENED_BY_PARTICIPLE().exec(c.pre);
  if (!opened || !isParticiple(opened[1])) return null;
  const subject = SUBJECT_AFTER_COMMA().exec(c.post)?.[1];
  if (!subject) return null;
  const pronoun = PRONOUN_FIRST().exec(subject);
  if (pronoun) return pronounReferent(c.scene, pronoun[1], c.q.close);
  return /^\p{Lu}/u.test(subject) ? speakerOf(subject, c.q.close, c.scene, true) : null;
}

/** A sentence adverb and its comma opening a clause: "Meanwhile, …", "However, …". */
const OPENING_ADVERB = onFirstUse(() => new RegExp(`^\\s*${alternation(NOT_NAME_WORDS)},\\s*`, 'i'));

/**
 * The speaker a clause opens with, after an opening phrase ("Asked about it by a newspaper, Hale laughed and said"):
 * a pronoun's person, or the first speaker named from its start when it is the clause's subject ("it attacked Hale,
 * saying" is not Hale's).
 */
function openingSubject(clauseText: string, at: number, scene: Scene): string | null {
  const lead = LEADING_PHRASE().exec(clauseText) ?? OPENING_ADVERB().exec(clauseText);
  const opening = (lead ? clauseText.slice(lead[0].length) : clauseText).trimStart();
  const pronoun = PRONOUN_FIRST().exec(opening);
  if (pronoun) return pronounReferent(scene, pronoun[1], at);
  const subject = (who: string | null) => (who && opensClause(opening, who) ? who : null);
  const whole = subject(speakerOf(opening, at, scene, false)) ?? stateVoiceOpening(opening, scene);
  if (whole) return whole;
  // Else the words before the clause's first speech verb: "Ruiz’s brief said … and dismissed …" opens with its owner.
  const verb = SPOKEN().exec(opening);
  return verb && verb.index > 0 ? subject(speakerOf(opening.slice(0, verb.index), at, scene, false)) : null;
}

/**
 * "For the council, the pact “…”": the person or the named body whose view a sentence opens with gives its quoted
 * words. Not a time, a place or a state ("For years, …", "For Brazil, …"), nor a single unknown capitalized word.
 */
function viewpointHolder(c: AttributionContext): string | null {
  const m = VIEWPOINT_OPENING().exec(c.pre);
  if (!m) return null;
  const at = c.preStart + m.index;
  const who = objectReferent(c.scene, m[1].trim(), at) ?? speakerOf(m[1], at, c.scene, false);
  if (!who) return null;
  const person = isPerson(c.scene, who) && (c.scene.known.has(who) || who.includes(' '));
  return person || namedBodyIn(who) === who ? who : null;
}

/**
 * "Ruiz has gone after the plan as “…”": the sentence's opening subject casts the quoted words, when it is a person the
 * article names (with an office, or by a name it writes again and again) or a body by its full name (not "The deal was
 * sold as “…”").
 */
function castingSubject(c: AttributionContext): string | null {
  if (!castAs(c.pre)) return null;
  const opening = OPENING_PHRASE().exec(c.pre);
  const clauseText = opening ? c.pre.slice(opening[0].length) : c.pre;
  const subject = CAPITALIZED_SUBJECT().exec(clauseText)?.[1];
  if (!subject) return null;
  const pronoun = PRONOUN_FIRST().exec(subject);
  const who = pronoun
    ? pronounReferent(c.scene, pronoun[1], c.preStart)
    : speakerOf(subject, c.preStart, c.scene, true);
  if (!who) return null;
  return c.scene.known.has(who) || namedBodyIn(who) === who || (isPerson(c.scene, who) && recurs(c.scene, who))
    ? who
    : null;
}

/** How often a name must be written for the article to be about it, though it gives no office or apposition. */
const RECURRING_NAME = 3;

/** Whether a capitalized name is written at least a few times in the article (its text with quotations blanked). */
function recurs(scene: Scene, name: string): boolean {
  let count = 0;
  for (let at = scene.plain.indexOf(name); at >= 0 && count < RECURRING_NAME; at = scene.plain.indexOf(name, at + 1)) {
    const after = scene.plain.charAt(at + name.length);
    if (!/[\p{L}\p{N}]/u.test(after) && !/[\p{L}\p{N}]/u.test(scene.plain.charAt(at - 1))) count++;
  }
  return count >= RECURRING_NAME;
}

/** A phrase opening the sentence before its subject, up to its comma: "In recent weeks, …", "On Monday, …". */
const OPENING_PHRASE = onFirstUse(
  () => new RegExp(`^\\s*(?!(?:the|a|an)\\s)${alternation(NOT_NAME_WORDS)}\\s[^,]{0,80},\\s*`, 'i'),
);
/** The capitalized words a clause opens with, a bracketed label after them: its subject ("Senator Ana Ruiz (Greens)"). */
const CAPITALIZED_SUBJECT = onFirstUse(
  () =>
    new RegExp(
      String.raw`^\s*((?:the\s+)?(?:\p{Lu}[${LETTERS}.'’-]*\s+)*\p{Lu}[${LETTERS}.'’-]*(?:\s*\([^()]*\))?)[\s,]`,
      'u',
    ),
);

/** The speaker a speech verb closing the sentence after the quote gives: "…“a good number” will sign, he said". */
function trailingSpeaker(c: AttributionContext): string | null {
  if (closesSentence(c)) return null;
  // The attribution closes the sentence: its tail is enough, and keeps the search cheap.
  const m = TRAILING_ATTRIBUTION().exec(clause(c.post).slice(-TRAILING_REACH));
  return m ? speakerOf(m[1], c.q.close, c.scene, true) : null;
}

const DOCUMENT = onFirstUse(() => new RegExp(`^the\\s+(?:${alternation(DOCUMENT_NOUNS)})$`, 'i'));

/** "The UN chief said the ban shows “…”, the statement said": the document speaks for the one named before. */
function speakerForDocument(c: AttributionContext): string | null {
  const after = speakerBeforeVerb(c) ?? trailingSpeaker(c);
  if (!after || !DOCUMENT().test(after)) return null;
  const before = subjectBefore(c.pre, c.preStart, c.scene);
  return before && !DOCUMENT().test(before) ? before : null;
}

const NAMES_DOCUMENT = onFirstUse(
  () => new RegExp(`${NOT_LETTER_BEFORE}${alternation(DOCUMENT_NOUNS)}${NOT_LETTER_AFTER}`, 'i'),
);
/** A sentence opening with a name, its small joining words too: "The Alliance for Safer Ports and Harbours …". */
const NAME_OPENING = onFirstUse(
  () =>
    new RegExp(
      String.raw`^\s*((?:the\s+)?\p{Lu}[${LETTERS}'’.-]*(?:\s+(?:(?:for|of|and|on|the)\s+)*\p{Lu}[${LETTERS}'’.-]*)*)\s+\p{Ll}`,
      'u',
    ),
);
/**
 * "…,” the statement said' with no one named before it in its sentence: a press release's statement is the body its
 * article opens with as its subject ("The Clean Seas Coalition welcomes …"). Not a person there: a person's statement is
 * their office's or aide's as often as their own.
 */
function openingBodyForDocument(c: AttributionContext): string | null {
  // A document noun near the marks first: the speaker readings below are the costly part, asked of every quote.
  if (!NAMES_DOCUMENT().test(c.post) && !NAMES_DOCUMENT().test(c.pre)) return null;
  const after = speakerBeforeVerb(c) ?? trailingSpeaker(c);
  if (!after || !DOCUMENT().test(after) || subjectBefore(c.pre, c.preStart, c.scene)) return null;
  // The lead's first sentence, or the headline's before it.
  for (const first of c.sentences.slice(0, OPENING_SENTENCES)) {
    if (first.end > c.q.open) return null;
    const name = NAME_OPENING().exec(c.scene.plain.slice(first.start, first.end))?.[1];
    const body = name ? namedBodyIn(name) : null;
    if (body && name && body === name.replace(/^the\s+/i, '') && !isPerson(c.scene, body)) return body;
  }
  return null;
}
const OPENING_SENTENCES = 2;

/**
 * "Ruiz said the talks had stalled. “We cannot wait.”": a quote that is a whole sentence of its own, opening right
 * after a sentence of reported speech in its paragraph, goes on with that speech: its speaker is that sentence's.
 * After a sentence with no speech verb, the person it opens with ("Hale shrugged. “…”"), as news writing has it.
 */
function reportedSpeaker(c: AttributionContext): string | null {
  const words = c.words.trim();
  if (!/^\p{Lu}/u.test(words) || !/[.!?]$/.test(words) || /^\s*\p{Ll}/u.test(c.post)) return null;
  // The sentence before: in the quote's own span when the splitter kept them together, else the one before it.
  const previous = c.pre.trim() ? null : c.sentences[rangeAt(c.sentences, c.q.open) - 1];
  const from = previous ? previous.start : c.preStart;
  const before = previous ? c.scene.plain.slice(previous.start, previous.end) : c.pre;
  if (!before.trim() || !/[.!?]\s*$/.test(before) || c.scene.plain.slice(from, c.q.open).includes('\n')) return null;
  // A quote spoken in that sentence carries its speaker by the carried rules instead.
  if (c.scene.spoken.some((s) => s.at >= from)) return null;
  // Without a speech verb, the person the sentence is about speaks next: "Hale shrugged. “…”".
  return subjectBefore(before, from, c.scene) ?? actingPerson(before, from, c.scene);
}

/** A phrase opening a sentence before its subject, up to its comma: "Asked about the vote,", "In May,"; not a pronoun. */
const LEADING_PHRASE = onFirstUse(
  () =>
    new RegExp(
      `^\\s*(?!(?:the|a|an|${alternation(PERSONAL_PRONOUNS, COLLECTIVE_PRONOUNS, BODY_PRONOUNS)})\\s)` +
        `(?:${alternation(NOT_NAME_WORDS)}|[a-z]+(?:ed|ing))\\s[^,]{0,80},\\s*`,
      'i',
    ),
);
/**
 * The subject a clause opens with and the lower-case verb after it, across an apposition set off by commas: "Ana Ruiz
 * has led …", "She went further …", "the Chamber of Commerce of Peru welcomed …", "…, he declined", "Tom Hale, the
 * chief negotiator, was blunt".
 */
const ACTING_SUBJECT = onFirstUse(
  () =>
    new RegExp(
      String.raw`^\s*(he|she|\p{Lu}[${LETTERS}.'’-]*(?:\s+(?:(?:of|for|on)\s+(?:the\s+)?)?\p{Lu}[${LETTERS}.'’-]*){0,5})(?:\s*\([^()]*\))?(?:,\s+\p{Ll}[^,]{0,80},)?\s+\p{Ll}`,
      'u',
    ),
);

/**
 * The person a sentence without a speech verb opens with as its subject, after an opening phrase at most: "Ana Ruiz
 * has led the talks since May", "Asked about the vote, Hale shrugged", "He went further in an interview": one of the
 * article's people, or "he" or "she" for one. Not an object ("Police held Ana Ruiz"), nor capitalized words the
 * article names no one by ("Brexit dominated the day"), nor the subject of a sentence with a speech verb. With
 * `bodies`, a body by its full name too.
 */
function actingPerson(sentence: string, from: number, scene: Scene, bodies = false): string | null {
  const opening = LEADING_PHRASE().exec(sentence);
  const start = opening ? opening[0].length : 0;
  const clauseText = sentence.slice(start);
  // A speech verb whose subject was not found leaves the words unattributed: its subject may be anyone.
  const subject = SPOKEN().test(clauseText) ? null : ACTING_SUBJECT().exec(clauseText)?.[1];
  if (!subject) return null;
  const at = from + start;
  if (/^(?:he|she)$/i.test(subject)) return pronounReferent(scene, subject, at);
  // "We", "They", "I" open a writer's or a crowd's sentence as often as a speaker's.
  if (PRONOUN_FIRST().test(subject)) return null;
  const who = speakerOf(subject, at, scene, true);
  if (!who) return null;
  // One of the article's people: capitalized nouns opening a sentence are no name ("Die Opposition", "Wall Street").
  if (isPerson(scene, who)) return scene.known.has(who) ? who : null;
  // A body by its full name of two words or more, where asked for: "The Harbour Council fined the fleet for “…”"
  // (a body word alone may be another language's article: French "Un").
  return bodies && namedBodyIn(who) === who && who.includes(' ') ? who : null;
}

/**
 * "The Harbour Council fined the fleet for “…”": a quote inside a sentence with no speech verb, neither before the
 * marks nor in the clause after them, is the words of the person or named body the sentence opens with.
 */
function sentenceActor(c: AttributionContext): string | null {
  // Words that close their sentence leave what follows to the next one: "… for “…” In May, Syria said".
  if (!c.pre.trim() || (!closesSentence(c) && HAS_SPEECH().test(clause(c.post)))) return null;
  return actingPerson(c.pre, c.preStart, c.scene, true);
}

/** After the closing mark, a link word and a speech verb with no subject of their own: "… but said", "… and added". */
const LINKED_VERB_AFTER = onFirstUse(
  () =>
    new RegExp(
      `^[\\s,]*${alternation(CLAUSE_LINKS)}\\s+(?:${alternation(VERB_FILLERS)}\\s+)?${SPEECH}${NOT_LETTER_AFTER}`,
      'i',
    ),
);

/**
 * "Ines Vale welcomed “a long overdue start” but warned …": a speech verb linked to the quote's clause without a
 * subject of its own shares the subject the sentence opened with, and so do the quoted words.
 */
function linkedVerbSubject(c: AttributionContext): string | null {
  if (closesSentence(c) || !LINKED_VERB_AFTER().test(c.post)) return null;
  return openingSubject(c.pre, c.preStart, c.scene);
}

/** A colon that introduces what follows: after a word, before a space (not a time stamp's "23:40"). */
const INTRODUCING_COLON = onFirstUse(() => new RegExp(String.raw`(?<=[${LETTERS}\p{N}.)’'"”])\s*:\s`, 'gu'));

/**
 * Where the colon that introduces a quote stands, or -1: right before the marks, or earlier in the quote's sentence
 * before a paraphrase without a speech verb of its own ("Ruiz’s note: the deal is “…”").
 */
function introducingColon(c: AttributionContext): number {
  const before = c.scene.plain.slice(Math.max(0, c.q.open - 200), c.q.open);
  if (/:\s*$/.test(before)) return c.q.open - (before.length - before.trimEnd().length) - 1;
  const last = matchesIn(c.pre, INTRODUCING_COLON()).pop();
  if (!last || HAS_SPEECH().test(c.pre.slice(last.index))) return -1;
  return c.preStart + last.index + last[0].indexOf(':');
}

/** A predicate that only characterises the speaker before a colon: "… was blunter", "… were less sure". */
const CHARACTERISING_PREDICATE = onFirstUse(
  () => new RegExp(String.raw`,?\s+(?:was|were|is|are)\s+(?:\p{Ll}[${LETTERS}-]*\s+){0,2}\p{Ll}[${LETTERS}-]*$`, 'u'),
);
/** Words that come from a speaker, after a time stamp at most: "Closing remarks from", "A last word from". */
const WORDS_FROM = onFirstUse(
  () => new RegExp(String.raw`^[\d\s:.—–-]*(?:[${LETTERS}][${LETTERS}-]*\s+){1,3}?from\s+(?=\p{Lu}|the\s)`, 'u'),
);

/**
 * The speaker a colon introduction without a speech verb names: a label ("Ana Ruiz, the envoy"), a speaker and what
 * the article says of their manner ("Ana Ruiz of the Coastal Fund was blunter"), or a person whose words these are
 * ("Closing remarks from Secretary-General Ana Ruiz"; not a place: "Greetings from Oslo").
 */
function introducedSpeaker(intro: string, colon: number, scene: Scene): string | null {
  const from = WORDS_FROM().exec(intro);
  if (from) {
    const who = speakerLabel(intro.slice(from[0].length), colon, scene);
    return who && isPerson(scene, who) ? who : null;
  }
  return speakerLabel(intro.replace(CHARACTERISING_PREDICATE(), ''), colon, scene);
}

export const ATTRIBUTION_RULES = ruleTable<AttributionContext, string>('attribution', [
  {
    name: 'document-for-speaker',
    produces: 'the speaker named before the quote when the words after it credit a document ("…, the report said")',
    when: speakerForDocument,
    examples: [
      {
        text: 'Envoy Tom Hale said the vote showed “how far the region has come in ten years”, the statement said.',
        gives: { speaker: 'Tom Hale' },
      },
    ],
    counterExamples: [
      { text: '“We urge every state to ratify the accord before June,” the statement said.', not: { speaker: 'June' } },
    ],
  },
  {
    name: 'document-of-opening-body',
    produces:
      'the body an article opens with when a statement speaks and no one is named before the quote ("The Clean ' +
      'Seas Coalition welcomes …. “…,” the statement said")',
    when: openingBodyForDocument,
    examples: [
      {
        text:
          'The Coalition for Clean Seas welcomes the vote on the ocean accord.\n\n' +
          '“Every coastal state should now ratify without delay,” the statement said.',
        gives: { speaker: 'Coalition for Clean Seas' },
      },
    ],
    counterExamples: [
      {
        text:
          'Minister Ana Ruiz welcomes the vote on the ocean accord.\n\n' +
          '“Every coastal state should now ratify without delay,” the statement said.',
        not: { speaker: 'Ana Ruiz' },
      },
    ],
  },
  {
    name: 'verb-then-speaker-after',
    produces: 'the speaker after the quote and its speech verb: "“…,” said Dr. Lena Haugland"',
    when: speakerAfterVerb,
    examples: [
      {
        text: '«Paper is not enough. We need it in the ground,» said Tomas Lind, a campaign spokesman.',
        gives: { speaker: 'Tomas Lind' },
      },
      // An object pronoun alone after "according to" stands for the person named before.
      {
        text: 'Minister Ana Ruiz chaired the panel. The vote was “a mere formality,” according to her.',
        gives: { speaker: 'Ana Ruiz' },
      },
      {
        text: 'Mr. Tom Hale runs the port. “Fees will double by May,” according to him.',
        gives: { speaker: 'Tom Hale' },
      },
      {
        text: 'Ms. Lena Berg joined the board in May. “Nobody read the annex,” according to her, “not even the chair.”',
        gives: { speaker: 'Lena Berg' },
      },
      // An unnamed group, as written, with what ties it to the matter.
      {
        text: '“The text is nearly done,” according to officials familiar with the talks.',
        gives: { speaker: 'officials familiar with the talks' },
      },
      {
        text: '“The minister will not resign,” said sources close to the minister.',
        gives: { speaker: 'sources close to the minister' },
      },
      {
        text: '“We were never asked,” said farmers from the valley.',
        gives: { speaker: 'farmers from the valley' },
      },
      // A voice narrowed by a relative clause, the clause left out.
      {
        text: '“We were never consulted,” according to two farmers who spoke to the paper.',
        gives: { speaker: 'two farmers' },
      },
      {
        text: '“The fleet is idle,” said fishers who work out of the northern harbours.',
        gives: { speaker: 'fishers' },
      },
      // An unnamed role and whom it speaks for, as written.
      {
        text: '“The Secretary-General is deeply concerned,” said a spokesperson for the UN Secretary-General.',
        gives: { speaker: 'a spokesperson for the UN Secretary-General' },
      },
      {
        text: '“Talks resume on Monday,” said an official at the Foreign Ministry.',
        gives: { speaker: 'an official at the Foreign Ministry' },
      },
      {
        text: '“We need more time,” said one delegate from the Pacific Islands Forum.',
        gives: { speaker: 'one delegate from the Pacific Islands Forum' },
      },
      {
        text: '“Plastic is choking our seas,” said Environment Minister Inger Andersen.',
        gives: { speaker: 'Inger Andersen' },
      },
      {
        text: '“The text is balanced,” said the Norwegian Refugee Council.',
        gives: { speaker: 'Norwegian Refugee Council' },
      },
      {
        text: '“The door stays open to every state,” said the Office of the High Commissioner for Refugees.',
        gives: { speaker: 'Office of the High Commissioner for Refugees' },
      },
      {
        text: '“We are ready,” said Rep. Dana Kwan (D-Ore.), head of the trade panel.',
        gives: { speaker: 'Dana Kwan' },
      },
      {
        text: '«It is a debt we owed the sea», has commented the Minister of the Sea, Paolo Ferri.',
        gives: { speaker: 'Paolo Ferri' },
      },
      {
        text: '“It is far too weak for us,” said one delegate, who asked not to be named.',
        gives: { speaker: 'one delegate' },
      },
      {
        text: '“We were not consulted at all,” said an official at the port.',
        gives: { speaker: 'an official at the port' },
      },
      // Where an unnamed voice sits, in lower case after "the".
      {
        text: '«Fees will not fall this year», said a senior official in the trade ministry.',
        gives: { speaker: 'a senior official in the trade ministry' },
      },
      {
        text: '“Nobody has read the annex,” according to one delegate at the closing session.',
        gives: { speaker: 'one delegate at the closing session' },
      },
      {
        text: '“We were told nothing,” said a pilot at the northern harbour.',
        gives: { speaker: 'a pilot at the northern harbour' },
      },
    ],
    counterExamples: [
      // "her" before a noun is a possessive: her lawyer speaks, not she.
      {
        text: 'Ms. Lena Berg was charged. “She is innocent,” according to her lawyer.',
        not: { speaker: 'Lena Berg' },
      },
      {
        text: 'Minister Ana Ruiz spoke.\n\n“We came to close the gap,” she said.\n\n“It is far too weak,” said one delegate.',
        not: { speaker: 'Ana Ruiz' },
      },
      {
        text: 'Senator Ivo Brandt praised the envoy as “a patient and stubborn negotiator,” comparing him to Ana Ruiz.',
        not: { speaker: 'Ana Ruiz' },
      },
      // A stop after the closing mark ends the sentence: the verb after it opens the next one.
      {
        text: 'Envoy Lena Berg said the text would reach parliament “in good time”. Asked when, she said it was up to the Senate.',
        not: { speaker: 'Senate' },
      },
      {
        text: 'Minister Omar Haddad called the plan ‘a fair start’. Told of the vote, officials in Oslo said nothing.',
        not: { speaker: 'officials in Oslo' },
      },
      {
        text: 'The mayor called the harbour deal "a gift to the ports". Said a fisherman later: it is a loss.',
      },
    ],
  },
  {
    name: 'speaker-then-verb-after',
    produces: 'the subject of a speech verb after the quote: "“…,” Khaleel said", across appositions',
    when: speakerBeforeVerb,
    examples: [
      {
        text: 'Aid chief Omar Haddad spoke first. “Talks will go on,” Haddad said.',
        gives: { speaker: 'Omar Haddad' },
      },
      {
        text: 'Senator Angus King spoke first. “It is all about turnout,” Mr. King added.',
        gives: { speaker: 'Angus King' },
      },
      // A pronoun after a person introduced with no office, who opens the sentence before: not the one named earlier.
      {
        text: 'Mr. Tom Hale spoke first.\n\nLars Berg runs the harbour cooperative. “We are not ready,” he said. Berg is 60.',
        gives: { speaker: 'Lars Berg' },
      },
      {
        text: 'Envoy Tom Hale arrived late.\n\nAna Ruiz, 45, has fished off Vigo for years. “It is hard now,” she said.',
        gives: { speaker: 'Ana Ruiz' },
      },
      {
        text: 'Minister Ida Berg spoke first. Omar Sy owns a bakery near the port. “Sales are slow,” he told us. Sy has two sons.',
        gives: { speaker: 'Omar Sy' },
      },
      {
        text: '“This vote matters,” Senate leader Ruth Okoro, D-Md., said Tuesday.',
        gives: { speaker: 'Ruth Okoro' },
      },
      {
        text: '“The channel is open,” Lia Moura, the judge who runs the cyber unit in Porto Alegre, told reporters.',
        gives: { speaker: 'Lia Moura' },
      },
      {
        text: '“We will appeal,” the foreign ministry said in a statement.',
        gives: { speaker: 'the foreign ministry' },
      },
      {
        text: 'Cairo pressed hard. “Ten years on, nothing has moved,” Egypt’s delegate told reporters.',
        gives: { speaker: 'Egypt' },
      },
      { text: '“The text is weak,” the Kenyan delegation said.', gives: { speaker: 'Kenya' } },
      { text: '“We want a date,” Cairo’s envoy said.', gives: { speaker: 'Egypt' } },
      {
        text: 'Minister Ana Ruiz opened the talks.\n\n10:15 — Brazil’s delegate takes the floor. “We cannot accept it,” she says.',
        gives: { speaker: 'Brazil' },
      },
      // "they" after a subject of several names joined by "and": the group, each by its name.
      {
        text: 'Minister Ana Ruiz and Envoy Tom Hale met on Monday. “We agree on most points,” they said.',
        gives: { speaker: 'Ana Ruiz and Tom Hale' },
      },
      {
        text: 'Kenya and Chile signed the pact in May. “It is a new start for the coast,” they said in a note.',
        gives: { speaker: 'Kenya and Chile' },
      },
      {
        text: 'Lena Berg, Omar Sy and Ida Dahl, all three envoys, left early. “We saw no point,” they told us.',
        gives: { speaker: 'Lena Berg and Omar Sy and Ida Dahl' },
      },
      {
        text: 'Envoy Tom Hale spoke first. The Kenyan delegation then asked for time. “We must consult home,” they said.',
        gives: { speaker: 'Kenya' },
      },
      {
        text: 'Minister Ana Ruiz spoke. Egypt’s envoy was blunter. “Ten years on, nothing has moved,” he said.',
        gives: { speaker: 'Egypt' },
      },
      { text: '“We are ready,” the ambassador of Egypt said.', gives: { speaker: 'Egypt' } },
      { text: '“We want a date,” Egypt’s envoy, Amr Hassan, said.', gives: { speaker: 'Amr Hassan' } },
      {
        text: '“Every month of delay costs us,” Rhea Das, general secretary of the Screen Actors’ Guild, told me.',
        gives: { speaker: 'Rhea Das' },
      },
      {
        text: '“Ports must act now,” Omar Diallo, president of the Shippers’ League, said on Monday.',
        gives: { speaker: 'Omar Diallo' },
      },
      {
        text: '“The rules are far too loose,” Ana Ruiz (Greens, Bergen) told the chamber.',
        gives: { speaker: 'Ana Ruiz' },
      },
      {
        text: '“We will not vote for it,” Rep. Lena Cho (D-Ore.), a member of the panel, said.',
        gives: { speaker: 'Lena Cho' },
      },
      {
        text: '“It comes too late,” Omar Haddad (64), a retired fisherman, said.',
        gives: { speaker: 'Omar Haddad' },
      },
      {
        text: '“The Government remains fully committed,” the Minister, Rt Hon Helen Carswell MP, told us.',
        gives: { speaker: 'Helen Carswell' },
      },
      {
        text: '“It is a sound text,” the Preparatory Commission (PCSA) said.',
        gives: { speaker: 'Preparatory Commission' },
      },
      {
        text: '“The instrument goes to Rome this month,” the Department of Foreign Affairs said.',
        gives: { speaker: 'Department of Foreign Affairs' },
      },
      {
        text: '«A proud day for the islands», it was stated in a communiqué of the Ministry of Trade and Industry.',
        gives: { speaker: 'Ministry of Trade and Industry' },
      },
      {
        text: 'The Foreign Ministry of Peru welcomed the vote. “A historic day for the whole region,” it said.',
        gives: { speaker: 'Foreign Ministry of Peru' },
      },
      {
        text: 'The Council of Baltic Sea States met in Riga. “Every coastal state must now act,” it added on Friday.',
        gives: { speaker: 'Council of Baltic Sea States' },
      },
      {
        text: 'The regional fisheries agency published its count. “Catches fell by a third in ten years,” it said.',
        gives: { speaker: 'The regional fisheries agency' },
      },
      {
        text: 'Envoy Tom Hale met Envoy Ana Ruiz. Mr. Hale left early. “The annex is agreed,” she said.',
        gives: { speaker: 'Ana Ruiz' },
      },
      {
        text: 'The Commissioner for Ocean Affairs, Lina Okoye, opened the talks. ‘The sea is ours,’ she said.',
        gives: { speaker: 'Lina Okoye' },
      },
      {
        text: 'Seafarers United said ports must act. “A flag means little at sea,” the group said in a note.',
        gives: { speaker: 'Seafarers United' },
      },
      {
        text: 'Minister Paul Okafor missed the vote. “The minister will answer on his return,” his spokesman said.',
        gives: { speaker: 'Paul Okafor’s spokesman' },
      },
      {
        text: '“Our fishers have a big stake in this,” Deputy Minister for Trade Ma. Elena Reyes said on Monday.',
        gives: { speaker: 'Ma. Elena Reyes' },
      },
      {
        text: 'Deputy Minister of Transport Li Wen said it would help. “Fees will fall for carriers,” the Deputy Minister said.',
        gives: { speaker: 'Li Wen' },
      },
      // An unnamed voice that a body's or a place's name only qualifies speaks as written, not the body.
      {
        text: '“We were never asked about the quota,” one Baltic Sea negotiator told reporters.',
        gives: { speaker: 'one Baltic Sea negotiator' },
      },
      { text: '“It does not need to be like this at all,” the Labour MP said.', gives: { speaker: 'the Labour MP' } },
      // A seat of government alone speaks for its state.
      {
        text: 'North Korea quit the pact.\n\n“We are no longer bound by it at all,” Pyongyang said.',
        gives: { speaker: 'North Korea' },
      },
    ],
    counterExamples: [
      {
        text: '“We will appeal.” Officials in the capital later said nothing more.',
        not: { speaker: 'Officials' },
      },
      { text: 'Egypt hosted the talks. “They are stuck,” a diplomat in Cairo said.', not: { speaker: 'Egypt' } },
      // A body named in the office before the subject is not the subject.
      {
        text:
          '“We lost the balance,” the chairman of the Harbour Board committee Ana Ruiz told the hall. ' +
          'According to her, the port “cannot stay open alone”.',
        not: { speaker: 'Harbour Board' },
      },
      // A joint subject two sentences back: "they" goes on with the sentence right before.
      {
        text: 'Minister Ana Ruiz and Envoy Tom Hale met in May. The island states asked for time. “We must consult,” they said.',
        not: { speaker: 'Ana Ruiz and Tom Hale' },
      },
      // A city or a firm opening the sentence before a pronoun is no person the pronoun stands for.
      {
        text: 'Envoy Tom Hale spoke first. Buenos Aires hosted the talks. “We are ready,” he said.',
        not: { speaker: 'Buenos Aires' },
      },
      {
        text: 'Ms. Ana Ruiz spoke first. Goldman Sachs advised the buyers. “It was a fair price,” she said.',
        not: { speaker: 'Goldman Sachs' },
      },
      {
        text: 'Mr. Tom Hale arrived. Although Hale lost the vote, he stayed calm. “We go on,” he said.',
        not: { speaker: 'Although Hale' },
      },
      {
        text: 'Envoy Tom Hale read the annual report aloud. “Catches fell by a third over the decade,” it said.',
        not: { speaker: 'Tom Hale' },
      },
      {
        text: 'The pact was signed by the government of Peru. “It sets a new bar for the region,” it said.',
        not: { speaker: 'the government' },
      },
      {
        text: 'Minister Ana Ruiz met Brazil’s delegate on Monday. “We cannot accept this paragraph,” she said.',
        not: { speaker: 'Brazil' },
      },
      {
        text: 'Minister Ana Ruiz called the draft “a real step forward for the coast.” Envoy Tom Hale said he was less sure.',
        not: { speaker: 'Tom Hale' },
      },
      {
        text: 'Envoy Tom Hale read out “the clause on fishing rights, word for word,” when Ana Ruiz objected.',
        not: { speaker: 'Ana Ruiz' },
      },
      {
        text: 'The Red Crescent said it was “gravely worried”, and the Ocean Care Network said the text was weak.',
        not: { speaker: 'Ocean Care Network' },
      },
      // An unnamed voice is a noun and its qualifiers, not a clause that runs on.
      {
        text: 'Guards arrived.\n\n"Get out of the harbour now," the guard could be heard shouting.',
        not: { speaker: 'the guard could be heard' },
      },
      // A known person whose surname is also a capital's name is not the state.
      {
        text: 'Senator Ana Washington chaired the hearing.\n\n“We will not sign it this year,” Washington said.',
        not: { speaker: 'United States of America' },
      },
    ],
  },
  {
    name: 'attribution-phrase-before',
    produces: 'the speaker an attribution phrase names before the quote: "According to Maria Lopez, “…”"',
    when: (c) => {
      const m = ATTRIBUTION_BEFORE().exec(c.pre);
      return m ? speakerOf(m[1], c.preStart + m.index, c.scene, false) : null;
    },
    examples: [
      { text: 'According to Maria Lopez, “the deal opens markets for farmers.”', gives: { speaker: 'Maria Lopez' } },
    ],
  },
  {
    name: 'possessive-before',
    produces: 'the person a possessive attribution stands for: "…, who in her words “…”"',
    when: (c) => {
      const m = POSSESSIVE_BEFORE().exec(c.pre);
      return m ? pronounReferent(c.scene, /\bher\b/i.test(m[0]) ? 'she' : 'he', c.preStart + m.index) : null;
    },
    examples: [
      {
        text: 'The talks were chaired by envoy Carla Mendes, who in her own words “never expected such a turnout.”',
        gives: { speaker: 'Carla Mendes' },
      },
    ],
  },
  {
    name: 'passive-agent',
    produces: 'the agent of a passive speech verb whose complement the quote is: "The pact was hailed as “…” by X"',
    when: (c) => {
      const agent = passiveAgentWords(c);
      return agent ? speakerOf(agent, c.q.close, c.scene, false) : null;
    },
    examples: [
      {
        text: 'The pact was hailed as “a landmark for the coast” by Minister Eva Lund, who signed it for Norway.',
        gives: { speaker: 'Eva Lund' },
      },
      {
        text: 'The accord, dubbed “the harbour deal” by Senator Ivo Brandt, takes effect in May.',
        gives: { speaker: 'Ivo Brandt' },
      },
      {
        text: 'Envoy Tom Hale was accused by Mayor Lena Berg of “stalling for years” on the fees.',
        gives: { speaker: 'Lena Berg' },
      },
      {
        text: 'The delay has been widely described as “embarrassing” by the Coastal Women’s Forum.',
        gives: { speaker: 'Coastal Women’s Forum' },
      },
    ],
    counterExamples: [
      // Active verbs: the subject speaks, whatever "by" follows.
      {
        text: 'Senator Ivo Brandt called the vote “a disgrace” by any standard.',
        not: { speaker: 'any standard' },
      },
      {
        text: 'Mayor Lena Berg described the fee as “unfair” by phone from Oslo.',
        not: { speaker: 'phone from Oslo' },
      },
      // A passive with no agent names no speaker: not what the verb is said of.
      { text: 'The treaty was hailed as “a landmark” in the press.', not: { speaker: 'The treaty' } },
      { text: 'Envoy Tom Hale has been accused of “stalling for years”.', not: { speaker: 'Tom Hale' } },
    ],
  },
  {
    name: 'speaker-verb-before',
    produces: 'the subject of a speech verb before the quote: "Ana Ruiz, the chief negotiator, told reporters “…”"',
    when: (c) => subjectBefore(c.pre, c.preStart, c.scene) ?? mainSubjectAfter(c),
    examples: [
      {
        text: 'Minister Lena Berg spoke next. After saying the port was “too small for the new ships,” she left.',
        gives: { speaker: 'Lena Berg' },
      },
      {
        text: 'Ana Ruiz, the country’s chief negotiator, told reporters the text was “a fair and balanced compromise.”',
        gives: { speaker: 'Ana Ruiz' },
      },
      {
        text: 'Minister Lena Berg arrived late. She warned that the deal “will not survive another delay.”',
        gives: { speaker: 'Lena Berg' },
      },
      {
        text: 'Minister Ana Ruiz met Envoy Tom Hale on Monday. She later told reporters it had been “frank and useful”.',
        gives: { speaker: 'Ana Ruiz' },
      },
      // The subject after its office set off in lower case, not the person named last.
      {
        text: 'The minister, Ana Ruiz, met the envoy, Tom Hale, on Monday. She told reporters it was “on track.”',
        gives: { speaker: 'Ana Ruiz' },
      },
      {
        text: 'The country’s envoy, Tom Hale, called on the mayor, Lena Berg. He said the visit was “long overdue”.',
        gives: { speaker: 'Tom Hale' },
      },
      {
        text: 'The chief negotiator, Ida Dahl, thanked the chair, Omar Sy, at length. She called it “a fair text”.',
        gives: { speaker: 'Ida Dahl' },
      },
      {
        text: 'Senator Ivo Brandt met Mayor Lena Berg. He then said the plan was “a gift to the big ports”.',
        gives: { speaker: 'Ivo Brandt' },
      },
      {
        text:
          'In a speech on Monday, Lena Berg criticised the delay in Oslo and Bergen, saying, “Every month costs us ' +
          'a harbour.”',
        gives: { speaker: 'Lena Berg' },
      },
      {
        text:
          'Senator Ruth Okoro, a former judge, recalled the vote that sank the bill of Tom Hale and said the new ' +
          'text was “much fairer to the islands.”',
        gives: { speaker: 'Ruth Okoro' },
      },
      {
        text: 'Senator Ruth Okoro said she admired Mayor Ana Ruiz for facing what she called “a storm of ugly words.”',
        gives: { speaker: 'Ruth Okoro' },
      },
      {
        text:
          'Premier Ana Ruiz, who signed the pact with President Tom Hale in early May, called the vote “a new ' +
          'start for the coast.”',
        gives: { speaker: 'Ana Ruiz' },
      },
      {
        text: 'Japan branded the launch “a grave threat to the whole region.”',
        gives: { speaker: 'Japan' },
      },
      {
        text: 'Ocean Watch International issued a warning on Monday. It said the deal “falls well short of the science.”',
        gives: { speaker: 'Ocean Watch International' },
      },
      {
        text: 'Envoy Tom Hale spoke first. Hale’s former legal adviser said the annex was “full of holes.”',
        gives: { speaker: 'Tom Hale’s adviser' },
      },
      {
        text: 'Dr. Priya Nair of the Forum for Seed Sovereignty said the pact was “only a first step on a long road”.',
        gives: { speaker: 'Priya Nair' },
      },
      {
        text: 'The Global Scrap Dealers Council, a trade group, warned that the rules “could hamper honest trade”.',
        gives: { speaker: 'Global Scrap Dealers Council' },
      },
      {
        text:
          'Tom Reyes, the head of research at the University of Leeds, compared the talks to chess, with players ' +
          '“trading pieces for time” all day.',
        gives: { speaker: 'Tom Reyes' },
      },
      {
        text: 'Norway and Finland, the two northern states, said in a joint note that they “will not take part at all.”',
        gives: { speaker: 'Finland' },
      },
      {
        text: 'In March, Senator Ivo Brandt flatly dismissed the plan as “a gift to the big ports” on the radio.',
        gives: { speaker: 'Ivo Brandt' },
      },
      {
        text: 'The head of the UN drugs office, Mr. Piotr Lund, qualified the convention as “a milestone”.',
        gives: { speaker: 'Piotr Lund', text: 'a milestone' },
      },
      {
        text: 'Envoy Tom Lee spoke first. Minister Gary Lee’s spokeswoman said it was “a fair deal for the coast.”',
        gives: { speaker: 'Gary Lee’s spokeswoman' },
      },
      {
        text: 'Senator Ivo Brandt’s statement called the annex “a gift to the big ports and nobody else.”',
        gives: { speaker: 'Ivo Brandt' },
      },
      {
        text: 'Envoy Tom Hale wrote to the court. Hale’s letter said the claims were “old, thin and long settled.”',
        gives: { speaker: 'Tom Hale' },
      },
      {
        text: 'However, Lena Berg’s brief dismissed those reports as “misread remarks and idle talk.”',
        gives: { speaker: 'Lena Berg' },
      },
      {
        text: 'Lena Berg’s brief said that was not her view and dismissed the reports as “misread remarks and idle talk.”',
        gives: { speaker: 'Lena Berg' },
      },
      {
        text: 'Senator Ivo Brandt’s statement said the talks were over and branded them “a farce from start to end.”',
        gives: { speaker: 'Ivo Brandt' },
      },
      {
        text: 'Rhea Das, general secretary of the Screen Actors’ Guild, said delay was “costing our members money.”',
        gives: { speaker: 'Rhea Das' },
      },
      {
        text: 'The Pacific Fishing Union Confederation said the deal was “a victory for every small boat.”',
        gives: { speaker: 'Pacific Fishing Union Confederation' },
      },
      {
        text: 'The Northern Farmers League Collective called the vote “a good day for the reefs and those who fish them.”',
        gives: { speaker: 'Northern Farmers League Collective' },
      },
      {
        text: 'The envoy of the European Union Lena Berg said the text was “a fair deal for the coast.”',
        gives: { speaker: 'Lena Berg' },
      },
      {
        text:
          'The Committee on Missing or Detained Sailors, which has logged over 4,000 cases in some 60 States since 1990, ' +
          'said the pact “closes the last gap” at sea.',
        gives: { speaker: 'Committee on Missing or Detained Sailors' },
      },
      {
        text: 'Norway joined in May. Fisheries Norway said in a note last week that fees would “fall by half” soon.',
        gives: { speaker: 'Fisheries Norway' },
      },
      {
        text:
          'OSLO, May 2 (NTB) - Envoys signed a pact that Norway’s trade minister said opened “a new sea lane”.\n\n' +
          '“We waited ten years,” Trade Minister Eva Lund told the hall.',
        gives: { speaker: 'Eva Lund' },
      },
      {
        text: 'Envoy Tom Hale said in a speech that it answered “a promise made long ago”.',
        gives: { speaker: 'Tom Hale' },
      },
      {
        text: 'Envoy Tom Hale, whom the press trusts, said the pact was “a fair deal for the coast.”',
        gives: { speaker: 'Tom Hale' },
      },
      {
        text: 'The advert shows footage of Ana Ruiz asking, “Why is the port still closed to us?”',
        gives: { speaker: 'Ana Ruiz' },
      },
      {
        text: 'Kenya’s finance secretary, who signed for Nairobi, told reporters the pact was “a fair start”.',
        gives: { speaker: 'Kenya’s finance secretary' },
      },
      {
        text: 'The Chilean government welcomed the deposit on Monday, calling it “a step long overdue”.',
        gives: { speaker: 'The Chilean government' },
      },
      {
        text: 'Asked about a date, a member of the Peruvian delegation would say only that it was “under study”.',
        gives: { speaker: 'a member of the Peruvian delegation' },
      },
      // A participle after a clause with no speech verb goes on with that clause's subject.
      {
        text: 'Ms. Ana Ruiz met Mr. Tom Hale. When Hale asked about the annex, she shrugged, adding that it was “settled.”',
        gives: { speaker: 'Ana Ruiz' },
      },
      {
        text: 'Mr. Omar Haddad met Ms. Lena Berg. When Berg pressed him, he declined, saying “the fees are not mine to set.”',
        gives: { speaker: 'Omar Haddad' },
      },
      {
        text: 'After the vote, Envoy Tom Hale stood up, telling reporters the annex was “dead for this year at least.”',
        gives: { speaker: 'Tom Hale' },
      },
      // A time phrase with no comma before "the minister": the office's holder named before speaks.
      {
        text: 'President Lena Berg signed the decree on Monday. Later the president told reporters it was “a promise kept”.',
        gives: { speaker: 'Lena Berg' },
      },
      {
        text: 'Envoy Tom Hale arrived on Monday. On Tuesday the envoy said the annex was “settled at long last”.',
        gives: { speaker: 'Tom Hale' },
      },
      {
        text: 'Minister Ana Ruiz left the hall. Hours later the minister told the radio the vote was “not the end of it”.',
        gives: { speaker: 'Ana Ruiz' },
      },
      // A pronoun in a sentence an unnamed person opens stands for that person, not for one named before.
      {
        text: 'Envoy Tom Hale spoke first. A spokeswoman for the island states welcomed what she called “a fair start at last”.',
        gives: { speaker: 'A spokeswoman for the island states' },
      },
      {
        text: 'Minister Ana Ruiz left early. One delegate from the Pacific backed the text, which he said was “late but welcome”.',
        gives: { speaker: 'One delegate from the Pacific' },
      },
      {
        text: 'Envoy Tom Hale spoke first. A senior official at the ministry thanked the envoy for what he called “a steady hand”.',
        gives: { speaker: 'A senior official at the ministry' },
      },
      // An unnamed voice qualified by a body's or a place's name, the article opening the sentence.
      {
        text: 'A Harbour Board spokesman, who asked not to be named, said the fees were “far too high for the small boats”.',
        gives: { speaker: 'A Harbour Board spokesman' },
      },
      {
        text: 'The Oslo shipowner said the levy was “a tax on the small boats”.',
        gives: { speaker: 'The Oslo shipowner' },
      },
      {
        text: 'The CEO of Norway’s port operator put it simply: the fees “are not the problem”.',
        gives: { speaker: 'The CEO of Norway’s port operator' },
      },
      // The subject after an opening phrase, not a name inside the phrase.
      {
        text: 'Asked about the fee by the paper Harbour Daily, Envoy Tom Hale laughed and said it was "not his to set".',
        gives: { speaker: 'Tom Hale' },
      },
      {
        text: 'A group met.\n\nAsked about the levy by the radio station NRK, Berg laughed and simply said it was "not hers to set" at all.',
        gives: { speaker: 'Berg' },
      },
      {
        text: 'Speaking to the broadcaster RTE on Monday, Envoy Ida Dahl said the plan was "dead in the water" for now.',
        gives: { speaker: 'Ida Dahl' },
      },
      {
        text: 'Chile chaired the round. Santiago said in a note that the talks “will resume in May”.',
        gives: { speaker: 'Chile' },
      },
    ],
    counterExamples: [
      {
        text:
          'Envoys signed a pact that Norway’s trade minister said opened “a new sea lane”. Trade Minister Eva Lund ' +
          'later met Trade Minister Per Dahl.',
        not: { speaker: 'Per Dahl' },
      },
      {
        text: 'The Lisbon banker says of the plan, “It will cost all of us far more than it will ever save.”',
        not: { speaker: 'Lisbon' },
      },
      {
        text: 'The Ocean Forum met in May. It was said at the time that the pact “would never pass the upper house.”',
        not: { speaker: 'Ocean Forum' },
      },
      {
        text: 'When the court fined Mayor Lena Berg, the port workers cheered, chanting “no more fines for small boats.”',
        not: { speaker: 'Lena Berg' },
      },
      {
        text: 'Envoy Tom Hale arrived on Monday. Later the Kenyan delegation said the text was “weak on every count”.',
        not: { speaker: 'Tom Hale' },
      },
      {
        text: 'Envoy Tom Hale spoke first. A crowd of fishers cheered as he called the pact “a paper tiger”.',
        not: { speaker: 'A crowd of fishers' },
      },
      {
        text: 'The Ocean Forum report said the levy was “a tax on the small boats”.',
        not: { speaker: 'The Ocean Forum report' },
      },
      {
        text: 'To time it, the team used the method called “reverse counting” in the lab.',
        not: { speaker: 'the team used the method' },
      },
      // A participle goes on with the clause's subject, not with a name in its object.
      {
        text: 'Meanwhile, it attacked Mayor Lena Berg, saying she “has failed the ports and the fishers alike”.',
        not: { speaker: 'Lena Berg' },
      },
      {
        text: 'In May, several fishing groups granted Envoy Tom Hale a delay, saying his "funds were short for the year."',
        not: { speaker: 'Tom Hale' },
      },
    ],
  },
  {
    name: 'linked-verb-after',
    produces:
      'the subject the sentence opens with, when a speech verb after the quote is linked to its clause with no ' +
      'subject of its own: "Ines Vale welcomed “…” but warned that …"',
    when: linkedVerbSubject,
    examples: [
      {
        text: 'Ines Vale, the port’s chief engineer, welcomed “a long overdue start” but warned that money was short.',
        gives: { speaker: 'Ines Vale' },
      },
      {
        text: 'Senator Ivo Brandt signed the “final and binding text” and then told reporters he was relieved.',
        gives: { speaker: 'Ivo Brandt' },
      },
      {
        text: 'On Monday, Mayor Lena Berg backed “every word of the harbour plan” yet said the costs worried her.',
        gives: { speaker: 'Lena Berg' },
      },
      // After a clause set off before the subject, however long.
      {
        text:
          'When the talks over the northern quotas stalled for the third time in a single year, Lena Berg and Tom ' +
          'Hale signed “the final and binding text” and then told reporters they were relieved.',
        gives: { speaker: 'Lena Berg' },
      },
    ],
    counterExamples: [
      // A body pronoun opens the clause: the name is its object.
      {
        text: 'Meanwhile, it fined Mayor Lena Berg for “a string of unpaid harbour dues” and said so in a note.',
        not: { speaker: 'Lena Berg' },
      },
      { text: 'Ana Ruiz read out “the whole annex, line by line” and Tom Hale said nothing at all.' },
      {
        text: 'Envoy Ana Ruiz read out “the whole annex, line by line”. And then Tom Hale said it was over.',
        not: { speaker: 'Ana Ruiz' },
      },
    ],
  },
  {
    name: 'colon-introduction',
    produces:
      'the speaker of an introduction ending in a colon before the quote, or before a paraphrase that quotes ' +
      'words: "She told delegates: “…”", "Ana Ruiz, the envoy: the deal is “…”"',
    when: (c) => {
      const colon = introducingColon(c);
      if (colon < 0) return null;
      const s = c.sentences[rangeAt(c.sentences, colon)];
      if (!s) return null;
      const from = Math.max(s.start, colon - ATTRIBUTION_REACH);
      const intro = c.scene.plain.slice(from, colon);
      const verbFirst = VERB_FIRST_INTRO().exec(intro);
      if (verbFirst) return speakerOf(verbFirst[1], colon, c.scene, false);
      // Without a speech verb the introduction may be the speaker's name alone: "Ana Ruiz, the envoy: “…”".
      return (
        subjectBefore(intro, from, c.scene) ?? (SPOKEN().test(intro) ? null : introducedSpeaker(intro, colon, c.scene))
      );
    },
    examples: [
      {
        text: 'Foreign Minister Penny Wong spoke after the vote. She told delegates:\n“Our region cannot wait.”',
        gives: { speaker: 'Penny Wong' },
      },
      {
        text: 'Said Lena Ortiz, a tax adviser: “Nobody here has read the annex yet.”',
        gives: { speaker: 'Lena Ortiz' },
      },
      {
        text: 'The harbour vote came late on Friday.\nTomás Ferreira, the port’s chief pilot: “Nobody asked us once.”',
        gives: { speaker: 'Tomás Ferreira' },
      },
      {
        text: 'Senator Ivo Brandt: «It is a good day for the islands and for their fishers.»',
        gives: { speaker: 'Ivo Brandt' },
      },
      {
        text: 'Fisheries Minister Lena Dahl flew in on Monday. The minister: "We will not sign a weaker text."',
        gives: { speaker: 'Lena Dahl' },
      },
      {
        text: 'One senior delegate: ‘Nobody in this hall has read the annex, and everybody knows it.’',
        gives: { speaker: 'One senior delegate' },
      },
      {
        text: '14:05 – Norway’s chief negotiator Ida Berg, leaving the hall: “We have a text. Now we need the votes.”',
        gives: { speaker: 'Ida Berg' },
      },
      {
        text: 'The Ocean Forum’s letter, sent this morning: the annex is “a map with half the coast left off.”',
        gives: { speaker: 'Ocean Forum' },
      },
      {
        text: 'Ida Berg of the Arctic Fishers Trust was more direct: “Nobody here believes the annex will hold.”',
        gives: { speaker: 'Ida Berg' },
      },
      {
        text: '09:40 – Opening remarks from Chair Tomás Ferreira: «We have two days and one text.»',
        gives: { speaker: 'Tomás Ferreira' },
      },
      // The body a speaker is "of" may have a long name of its own.
      {
        text:
          'Tomás Reyes of the Federation of Small Island Coastal Fishing Communities was less patient: “The ' +
          'quota talks have gone on for far too long.”',
        gives: { speaker: 'Tomás Reyes' },
      },
      {
        text: 'Lena Dahl of the International Association of Independent Harbour and Sea Pilots was blunter still: «Nobody asked us at all.»',
        gives: { speaker: 'Lena Dahl' },
      },
    ],
    counterExamples: [
      {
        text: 'The question for the ports now: “Who pays for the new harbour wall and its upkeep?”',
        not: { speaker: 'The question for the ports now' },
      },
      { text: 'Quote: “Nobody in this hall has read the annex, and everybody knows it.”', not: { speaker: 'Quote' } },
      {
        text: 'Key point: the court will hear only cases “brought by states that have ratified the amendments.”',
        not: { speaker: 'Key point' },
      },
      { text: 'News from Brazil: “The fleet is back in port and the nets are dry.”', not: { speaker: 'Brazil' } },
      { text: 'The answer was short: “Not this year, and not the next one either.”', not: { speaker: 'The answer' } },
      {
        text: 'The verdict of the day: the annex is “a map with half the coast left off, and everyone knows it.”',
        not: { speaker: 'The verdict of the day' },
      },
      {
        text: 'Ana Ruiz on the harbour vote: “Nobody asked the pilots once in all those years.”',
        not: { speaker: 'harbour vote' },
      },
      {
        text: 'The future of the Federation of Small Island Coastal Fishing Communities: “What comes after the quota?”',
      },
    ],
  },
  {
    name: 'dash-signature',
    produces: 'the name signed after a dash: "“…” — Mara Quist, Lisbon"',
    when: (c) => {
      const m = DASH_SIGNATURE().exec(c.post);
      return m ? speakerOf(m[1], c.q.close, c.scene, false) : null;
    },
    examples: [
      {
        text: '“I never expected to see this treaty signed.” ― Mara Quist, Lisbon',
        gives: { speaker: 'Mara Quist' },
      },
    ],
    counterExamples: [
      {
        text: 'They chanted “no more delays” - and then the hall went quiet.',
        not: { speaker: 'then' },
      },
      {
        text: 'Ruiz called the port “a relic of another century” — a jab at the IMF and its plans.',
        not: { speaker: 'IMF' },
      },
    ],
  },
  {
    name: 'trailing-attribution',
    produces:
      'the subject of a speech verb that closes the sentence after the quote: "…“a good number” will sign, he said"',
    when: trailingSpeaker,
    examples: [
      {
        text:
          'Envoy Rui Lemos spoke. It was good that “a fair share” of the states in the region had told the ' +
          'secretariat that they would sign before the end of the year, Lemos said.',
        gives: { speaker: 'Rui Lemos' },
      },
    ],
  },
  {
    name: 'attribution-phrase-opening',
    produces: 'the speaker an attribution phrase opening the sentence names: "According to her, two states “…”"',
    when: (c) => {
      const m = ATTRIBUTION_OPENING().exec(c.pre);
      if (!m) return null;
      const at = c.preStart + m.index;
      return objectReferent(c.scene, m[1].trim(), at) ?? speakerOf(m[1], at, c.scene, false);
    },
    examples: [
      {
        text:
          'The agency head, Ms. Ana Ruiz, spoke on Monday. According to her, two states did not sign but “will do ' +
          'so within weeks”.',
        gives: { speaker: 'Ana Ruiz' },
      },
    ],
    counterExamples: [
      {
        text: 'According to the census, the port “is far too small for the new ships”, Tom Hale said.',
        not: { speaker: 'the census' },
      },
    ],
  },
  {
    name: 'viewpoint-opening',
    produces: 'the person or body whose view the sentence opens with: "For the council, the pact “…”"',
    when: viewpointHolder,
    examples: [
      {
        text: 'For the Council of Island Ports, the new annex “closes the door on small fleets for good.”',
        gives: { speaker: 'Council of Island Ports' },
      },
      {
        text: 'For Senator Ivo Brandt, chair of the fisheries panel, the vote was «a betrayal of the coast».',
        gives: { speaker: 'Ivo Brandt' },
      },
      {
        text: 'In the eyes of Lena Dahl, the ruling ‘will change nothing for the harbour workers, and they know it.’',
        gives: { speaker: 'Lena Dahl' },
      },
    ],
    counterExamples: [
      { text: 'For years, the port was "a relic of another century and nobody cared".', not: { speaker: 'years' } },
      { text: 'For Brazil, the deal is “a windfall for the soy growers of the south.”', not: { speaker: 'Brazil' } },
      {
        text: 'For the first time, the court heard “the voices of the islands themselves.”',
        not: { speaker: 'the first time' },
      },
    ],
  },
  {
    name: 'cast-as',
    produces:
      'the person or body a sentence opens with, who casts someone as the quoted words without a speech verb: ' +
      '"Ruiz has gone after the plan as “a gift to the ports”"',
    when: castingSubject,
    examples: [
      {
        text: 'Senator Ivo Brandt has spent weeks going after the plan as “a gift to the big ports and no one else.”',
        gives: { speaker: 'Ivo Brandt' },
      },
      {
        text: 'In recent weeks, Mayor Ana Ruiz (Greens) has openly admired the envoy as a “patient and stubborn man.”',
        gives: { speaker: 'Ana Ruiz' },
      },
      {
        text: 'Ocean Watch International has long pilloried the treaty as “a paper shield for the trawler fleets.”',
        gives: { speaker: 'Ocean Watch International' },
      },
      {
        text:
          'Brandt won the seat in May. Since then Brandt has led the port board. Brandt openly admires the envoy ' +
          'as a “patient and stubborn man.”',
        gives: { speaker: 'Brandt' },
      },
    ],
    counterExamples: [
      {
        text: 'The deal was sold to the islands as “a fresh start for the whole coast and its people.”',
        not: { speaker: 'The deal' },
      },
      {
        text: 'Envoy Tom Hale backed goods such as “steel made only from scrap in small mills” at the fair.',
        not: { speaker: 'Tom Hale' },
      },
    ],
  },
  {
    name: 'after-reported-speech',
    produces:
      'the speaker of the reported speech in the sentence right before a quote that is a sentence of its own, or ' +
      'the person that sentence opens with: "Ruiz said the talks had stalled. “We cannot wait.”", "Ruiz shrugged. “…”"',
    when: reportedSpeaker,
    examples: [
      {
        text: 'Envoy Tom Hale said the talks had stalled again. “Nobody should expect us to wait ten more years.”',
        gives: { speaker: 'Tom Hale' },
      },
      {
        text: 'The foreign ministry warned in a note that fees would rise. ‘Ports cannot carry this alone.’',
        gives: { speaker: 'The foreign ministry' },
      },
      {
        text: 'Minister Lena Dahl flew in late. She insisted that the annex was settled. "We will not reopen it."',
        gives: { speaker: 'Lena Dahl' },
      },
      // No speech verb: the person the sentence opens with speaks next.
      {
        text: 'Minister Ana Ruiz has led the talks for the islands since May. «Nobody here is in a hurry to sign.»',
        gives: { speaker: 'Ana Ruiz' },
      },
      {
        text: 'Asked whether the fleets would comply, Envoy Tom Hale shrugged. “That is a question for the captains.”',
        gives: { speaker: 'Tom Hale' },
      },
      {
        text: '“We wanted a text,” said Minister Lena Dahl. She went further on the radio. ‘The ports must pay first.’',
        gives: { speaker: 'Lena Dahl', text: 'The ports must pay first.' },
      },
      // Across an apposition set off by commas between the subject and its verb.
      {
        text: 'Envoy Tom Hale, the chief negotiator for the islands, was blunt. “We will not reopen the annex.”',
        gives: { speaker: 'Tom Hale' },
      },
      {
        text: 'Minister Ana Ruiz, who has led the talks since May, sounded tired. «Nobody here is in a hurry to sign.»',
        gives: { speaker: 'Ana Ruiz' },
      },
      {
        text: 'Senator Ivo Brandt, a fisherman’s son, went further on Friday. "The ports must pay their share first."',
        gives: { speaker: 'Ivo Brandt' },
      },
    ],
    counterExamples: [
      {
        text: 'Envoy Ana Ruiz, Envoy Tom Hale, and Envoy Lena Berg met on Monday. “We will not reopen the annex.”',
      },
      {
        text: 'Envoy Tom Hale said the talks had stalled.\n\n“Nobody should expect us to wait ten more years.”',
        not: { speaker: 'Tom Hale' },
      },
      {
        text: 'Envoy Tom Hale said the talks had stalled. “Nobody should expect us to wait,” for the ports are full.',
        not: { speaker: 'Tom Hale' },
      },
      {
        text: 'Police held Envoy Tom Hale for an hour on Monday. “Nobody should expect us to wait ten more years.”',
        not: { speaker: 'Tom Hale' },
      },
      {
        text: 'The talks with Envoy Tom Hale stalled in May. «Nobody should expect a deal before the winter.»',
        not: { speaker: 'Tom Hale' },
      },
      {
        text: 'Brexit dominated the summit in Oslo. "Nobody here wants to talk about fish any more."',
        not: { speaker: 'Brexit' },
      },
    ],
  },
  {
    name: 'sentence-actor',
    produces:
      'the person or named body a sentence without a speech verb opens with, for a quote inside it: "The Harbour ' +
      'Council fined the fleet for “…”"',
    when: sentenceActor,
    examples: [
      {
        text: 'The Harbour Council last week fined the fleet for “fishing the closed banks again and again.”',
        gives: { speaker: 'Harbour Council' },
      },
      {
        text:
          'Senator Ruth Okoro spoke in May. Okoro is again questioning the levy, pushing boats to make sure the ' +
          'figures are “straight and open for all.”',
        gives: { speaker: 'Ruth Okoro' },
      },
      {
        text: 'Judge Ines Vale ruled in May. She then sent the case back, citing «a lack of any proof of harm».',
        gives: { speaker: 'Ines Vale' },
      },
    ],
    counterExamples: [
      {
        text: 'Police detained Mayor Lena Berg at the port for “damaging the nets of the rival crews.”',
        not: { speaker: 'Lena Berg' },
      },
      {
        text: 'The fleet was fined by the Harbour Council for “fishing the closed banks again and again.”',
        not: { speaker: 'Harbour Council' },
      },
    ],
  },
]);

// ---------- who said a quotation the words around it do not attribute ----------

export interface CarriedContext {
  index: number;
  /** Every quotation of the article in order, those before `index` already attributed. */
  read: Attributed[];
  /** The speaker the words around each quotation give, by the quoted words (lower case, trimmed). */
  saidBy: ReadonlyMap<string, string>;
}

/** The key a quotation's words are looked up by in `saidBy`. */
export const wordsKey = (words: string) => words.trim().toLowerCase();

/** Rules that give quoted words to a subject that acts without a speech verb: they carry to no other quote. */
const ACTED_RULES = new Set(['cast-as', 'sentence-actor']);
const previousOf = (c: CarriedContext) => c.read[c.index - 1];
const quoteOf = (c: CarriedContext) => c.read[c.index];
const sameParagraph = (a: Attributed, b: Attributed) => a.paragraphIndex === b.paragraphIndex;

export const CARRIED_RULES = ruleTable<CarriedContext, { speaker: string | null }>('carried', [
  {
    name: 'same-paragraph',
    produces: 'the speaker of the quote before it in the paragraph: "“…,” he said. “More words.”"',
    when: (c) => {
      const prev = previousOf(c);
      // Words a subject acts on rather than speaks ("Ruiz admires X as “…”") pass no speaker on.
      const acted = prev && ACTED_RULES.has(prev.rule ?? '');
      const own = quoteOf(c).namesOwnSpeaker;
      return prev?.speaker && !acted && !own && sameParagraph(prev, quoteOf(c)) ? { speaker: prev.speaker } : null;
    },
    examples: [
      {
        text: 'Envoy Kofi Mensah spoke. “It is a start,” Mensah said. “But much remains to be done before the vote.”',
        gives: { speaker: 'Kofi Mensah', text: 'But much remains to be done before the vote.' },
      },
    ],
    counterExamples: [
      {
        text:
          'Mayor Ana Ruiz admires the envoy as a “patient and stubborn man.” At the port her critics forced a vote ' +
          'on “the old annex on quotas and fees for the small boats.”',
        not: { speaker: 'Ana Ruiz', text: 'the old annex on quotas and fees for the small boats.' },
      },
      // Words after the quote that name a speaker of their own, one the rules cannot read, carry none from before.
      {
        text: '“It is a start,” Envoy Kofi Mensah said. “It is far too late for us,” somebody in the hall said.',
        not: { speaker: 'Kofi Mensah', text: 'It is far too late for us,' },
      },
    ],
  },
  {
    name: 'reopened-paragraph',
    produces: 'the speaker of a quote left open at the end of the paragraph before: the news style for long quotes',
    when: (c) => {
      const prev = previousOf(c);
      return prev?.speaker && prev.q.continued ? { speaker: prev.speaker } : null;
    },
    examples: [
      {
        text:
          '“The ocean has no borders,” said Minister Sara Lind, “and neither does its pollution.\n“We need everyone ' +
          'on board.”',
        gives: { speaker: 'Sara Lind', text: 'We need everyone on board.' },
      },
    ],
  },
  {
    name: 'left-open',
    produces: 'the speaker of the quote that reopens a paragraph left open, for the open one',
    when: (c) => {
      const next = c.read[c.index + 1];
      return quoteOf(c).q.continued && next?.speaker ? { speaker: next.speaker } : null;
    },
    examples: [
      {
        text:
          'Minister Sara Lind spoke in Oslo.\n“The ocean has no borders.\n“We need every country on board,” Lind ' +
          'said.',
        gives: { speaker: 'Sara Lind', text: 'The ocean has no borders.' },
      },
    ],
  },
  {
    name: 'paragraph-of-quote',
    produces: 'for a paragraph that is all quotation, the speaker of the quote that ended the paragraph before',
    when: (c) => {
      const prev = previousOf(c);
      const q = quoteOf(c);
      return prev?.speaker && q.opensParagraph && !q.namesOwnSpeaker && q.paragraphIndex === prev.paragraphIndex + 1
        ? { speaker: prev.speaker }
        : null;
    },
    examples: [
      {
        text: '“We signed it today,” Minister Hana Sato said.\n“It took eleven years of talks to get here.”',
        gives: { speaker: 'Hana Sato', text: 'It took eleven years of talks to get here.' },
      },
    ],
    counterExamples: [
      {
        text: '“We signed it today,” Minister Hana Sato said.\nThe opposition disagreed.\n“It is a mistake for farmers.”',
        not: { speaker: 'Hana Sato' },
      },
      {
        text: '“We signed it today,” Minister Hana Sato said.\n“It is a mistake for the farmers,” said another delegate.',
        not: { speaker: 'Hana Sato' },
      },
      {
        text: '“We signed it today,” Minister Hana Sato said.\n“It came far too late,” shouted somebody at the back.',
        not: { speaker: 'Hana Sato' },
      },
    ],
  },
  {
    name: 'same-words',
    produces: 'the speaker of the same words quoted and attributed elsewhere in the article (a headline, a pull quote)',
    when: (c) => {
      const speaker = c.saidBy.get(wordsKey(quoteOf(c).words));
      return speaker ? { speaker } : null;
    },
    examples: [
      {
        text: 'A law “we cannot afford to break.”\nEnvoy Tomas Reyes called it a law “we cannot afford to break.”',
        gives: { speaker: 'Tomas Reyes' },
      },
    ],
  },
  {
    name: 'unattributed',
    produces: 'no speaker: nothing in the article says who said the words',
    when: () => ({ speaker: null }),
    examples: [
      {
        text: '“Nothing about us without us is the rule we follow,” read a banner.',
        gives: { speaker: null },
      },
    ],
  },
]);
