/** What a cardinal counts: an ordered rule table over a number and its words, the first rule that reads it wins. */
import { matchesIn } from '../../text/matches.js';
import {
  ACCEDING,
  ACCEPTING,
  DEPOSITING,
  HANDING_OVER,
  JOINING,
  RATIFYING,
  SIGNATURE_NOUNS,
  SIGNATURES_GIVEN,
  SIGNING,
  WITHDRAWING,
} from '../lexicon/acts.js';
import { wordsOf, LETTERS, WORDS_CLOSING, WORDS_OPENING } from '../lexicon/family.js';
import { ENTRY_INTO_FORCE } from '../lexicon/force.js';
import { NUMBER_TENS, NUMBER_UNITS } from '../lexicon/numbers.js';
import {
  COUNT_QUESTIONS,
  ABOUT,
  ABSTAINING,
  ACCOMPANYING,
  ACT_LEADS,
  ACT_REPEATED,
  ADDING_TO_TOTAL,
  APPROVING,
  ATTENDING,
  BEING_THERE,
  BOUND_LINKS,
  BOUND_STATUSES,
  WHOLE_MEMBERSHIP,
  BRINGING_INTO_FORCE,
  CONTINUING,
  DAY_UNITS,
  DEAL_NOUNS,
  DELAY_LINKS,
  PRESENT_ANCHORS,
  DELEGATES,
  EU_NAMES,
  FALLING,
  GENERAL_ASSEMBLY,
  GOALS,
  IN_FAVOUR,
  INCREMENT_LEADS,
  INCREMENT_WORDS,
  MEETINGS,
  MEETING_DRAWS,
  MET_CONDITIONS,
  INSTRUMENT_NOUNS,
  LEAVING_BEHIND,
  LEGISLATORS,
  MEMBER_NOUNS,
  MEMBERSHIP_BODIES,
  ORGANISATION_NOUNS,
  NECESSITY_MODALS,
  NEEDED,
  NEGOTIATING,
  NON_TREATY_PAPERS,
  NOT_YET,
  OUTSIDE_TREATY,
  PARTY_NOUNS,
  PERFECT_AUXILIARIES,
  PRESENT_AT_VOTE,
  REGIONS,
  REJECTING,
  REMAINING,
  RESTATING,
  RISING,
  SENDING,
  SO_FAR,
  STATE_NOUN,
  STATE_LEADERS,
  STRIKING_A_DEAL,
  STATE_NOUNS,
  SUBSET_CUES,
  SUPPOSING,
  THRESHOLD_CUES,
  THRESHOLD_NOUNS,
  TOTAL_LINKS,
  TOTALLING,
  TOTAL_WORDS,
  TRIGGERING,
  UN_NAMES,
  VOTE_AGAINST,
  VOTE_FOR,
  VOTER_NOUNS,
  VOTING,
  WAITING_CONJUNCTIONS,
  ZERO_WORDS,
} from '../lexicon/quantity.js';
import { ACT_ADJUNCTS, PASSIVE_ADVERBS } from '../lexicon/clauses.js';
import { DAY_BEFORE, PAST_STEP, PRESENT_TIME, SAME_DAY, STEP_PERIODS, THIS_STEP } from '../lexicon/time.js';
import { INTENTIONS, NEGATIONS } from '../lexicon/negation.js';
import { STATUS_AS_OF } from '../lexicon/record.js';
import {
  TREATY_BINDS,
  TREATY_HOLDS,
  TREATY_NOUNS,
  TREATY_PLURALS,
  TREATY_TITLE_LINKS,
  TREATY_TOPIC_LEADS,
} from '../lexicon/treaty.js';
import { onFirstUse } from '../rules/onFirstUse.js';
import { ruleTable } from '../rules/rule.js';
import type { NumberKind } from '../types.js';
import {
  BOUND_WORDS,
  instrumentNamed,
  instrumentNear,
  nearest,
  SIGN_WORDS,
  type KindReading,
  type NumberContext,
} from './context.js';
import { DECISION, TALLY_START } from './found.js';
import { CARDINAL_WORDS } from './value.js';
import {
  ACTS,
  BOUND,
  COUNT_NOUN,
  countOfAct,
  EIF,
  EIF_DONE,
  NOT_A_MODIFIER,
  WITHDRAWAL_TAKES_EFFECT,
  read,
  STATES,
  unNamed,
  w,
} from './patterns.js';

// ---- votes ----

const VOTE_SENTENCE = onFirstUse(() => wordsOf([VOTING, IN_FAVOUR, ABSTAINING], 'iu'));
/** "124 votes", "124 countries voting", "103 MPs", "589 deputies present": who cast the votes, before what they voted. */
const VOTERS =
  String.raw`(?:${w(VOTER_NOUNS, LEGISLATORS)}\s+)?(?:${w(PRESENT_AT_VOTE)}\s+)?(?:${w(VOTING)}\s+)?` +
  // "twenty-nine were against": the side said with "to be".
  String.raw`(?:(?:were|was|are)\s+)?`;
/**
 * The word that sets the votes against after the votes for, as a score is written: "143 votes to 5", and in many
 * translated reports "adopted by 143 votes against 5" (there "against" joins two counts and is no side of its own).
 */
const SCORE_LINK = String.raw`(?:to|against)\s+(?:\d|${w(ZERO_WORDS, NUMBER_UNITS, NUMBER_TENS)}\b)`;
const FOR = onFirstUse(
  () =>
    new RegExp(
      String.raw`^\s+${VOTERS}(?:${w(IN_FAVOUR)}|${w(VOTE_FOR)}\b(?!\s+(?:the|a|an|its|their)\b)|` +
        String.raw`${w(APPROVING)}\b|(?=${SCORE_LINK}))`,
      'iu',
    ),
);
const AGAINST = onFirstUse(
  () => new RegExp(String.raw`^\s+${VOTERS}(?:(?!${SCORE_LINK})${w(VOTE_AGAINST)}|${w(REJECTING)})\b`, 'iu'),
);
const ABSTAIN = onFirstUse(() => new RegExp(String.raw`^\s+${VOTERS}${w(ABSTAINING)}\b`, 'iu'));
/**
 * The side named before the count, as translated reports write a vote: "For the bill voted 386 deputies", "against –
 * two", "abstentions: 3". The side opens its clause and is followed by "voted" (with what was voted on between) or a
 * dash or colon.
 */
const SIDE_FIRST = onFirstUse(
  () =>
    new RegExp(
      String.raw`(?:^|[.,;:]\s*)(?:(${w(IN_FAVOUR, VOTE_FOR)})|(${w(VOTE_AGAINST)})|${w(ABSTAINING)})` +
        String.raw`(?:\s+(?:of\s+)?(?:the|its|this)\s+[${LETTERS}-]+)?(?:\s+${w(VOTING)}\s+|\s*[–—:-]\s*)$`,
      'iu',
    ),
);
/** "143 votes to 5", "by 120 to 10", "by 143 votes against 5": the number after "to" is the votes against. */
const AGAINST_AFTER_TO = onFirstUse(
  () =>
    new RegExp(
      // Not a span ("runs from June 1 to 17").
      String.raw`(?:\b${w(VOTING)}|(?<!\bfrom\s+(?:[${LETTERS}]+\s+)?\d*)\d)\s+(?:to|against)\s+$`,
      'iu',
    ),
);
/** "approved by 139 of the chamber's 178 senators", "backed by 300 votes", "the bill was voted by 54 deputies". */
const APPROVED_BY = onFirstUse(() => new RegExp(String.raw`\b${w(APPROVING, VOTING)}\s+by\s+$`, 'iu'));
/** "rejected by 40 votes", "opposed by 12 states, while 9 abstained": the passive of a vote against. */
const REJECTED_BY = onFirstUse(() => new RegExp(String.raw`\b${w(REJECTING, VOTE_AGAINST)}\s+by\s+$`, 'iu'));
/** Words that count the other sides of a vote against: the sentence is a tally. */
const TALLY_WORDS_BESIDE_AGAINST = onFirstUse(() => wordsOf([ABSTAINING, IN_FAVOUR, VOTING], 'iu'));
/** Words that count the other side of a vote ("…, while 11 abstained", "none against"): the sentence is a tally. */
const TALLY_WORDS = onFirstUse(() => wordsOf([ABSTAINING, VOTE_AGAINST], 'iu'));
const BY_VOTERS = onFirstUse(
  () =>
    new RegExp(
      String.raw`^\s+(?:of\s+(?:the\s+)?(?:[${LETTERS}'-]+\s+)?\d[\d,]*\s+)?(?:${w(LEGISLATORS)}|${w(VOTING)})\b`,
      'iu',
    ),
);

// ---- the UN membership ----

const ASSEMBLY = onFirstUse(
  () =>
    new RegExp(String.raw`^-member\s+(?:${w(UN_NAMES)}\s+)?${w(GENERAL_ASSEMBLY, UN_NAMES, MEMBERSHIP_BODIES)}`, 'iu'),
);
const ALL_MEMBERS = onFirstUse(() => new RegExp(String.raw`^\s+(?:${w(UN_NAMES)}\s+)?${w(MEMBER_NOUNS)}\b`, 'iu'));
/** "all 193 member states", "the General Assembly's 193 members": the whole membership, not a count of actors. */
const MEMBERSHIP_BEFORE = onFirstUse(
  () => new RegExp(String.raw`(?:\ball|${w(UN_NAMES, GENERAL_ASSEMBLY)}'s?)\s+$`, 'iu'),
);
const MEMBER_WORD = onFirstUse(() => wordsOf(MEMBER_NOUNS, 'iu'));
/** "the Arctic Council's 8 members": the membership of a named body, owned by a name that is not a treaty noun. */
const BODY_OWNER_BEFORE = onFirstUse(
  () => new RegExp(String.raw`\b(\p{Lu}[${LETTERS}-]*)(?:\s+(?:of\s+)?\p{Lu}[${LETTERS}-]*)*['’]s?\s+$`, 'u'),
);
const BODY_MEMBERS = onFirstUse(() => new RegExp(String.raw`^\s+${w(MEMBER_NOUNS)}\b`, 'iu'));
/** "every one of the", "all of": a quantifier over every member of what follows, not "not all of". */
const WHOLE_MEMBERSHIP_WORDS = onFirstUse(
  () => new RegExp(String.raw`(?<!\bnot\s)\b${w(WHOLE_MEMBERSHIP)}\s+(?:the\s+)?`, 'giu'),
);
/** "ILO's ", "Caribbean Community's ": the name of the body that owns the members, and nothing else. */
const OWNER_NAME_ONLY = onFirstUse(
  () => new RegExp(String.raw`^\p{Lu}[${LETTERS}.-]*(?:\s+(?:of\s+)?\p{Lu}[${LETTERS}.-]*)*['’]s?\s+$`, 'u'),
);
/** "every one of the ILO's", "all of Mercosur's": every member of the body named right before the count. */
function wholeMembershipBefore(before: string): boolean {
  const last = matchesIn(before, WHOLE_MEMBERSHIP_WORDS()).at(-1);
  return !!last && OWNER_NAME_ONLY().test(before.slice(last.index + last[0].length));
}
/** "… is now a party", "… have ratified", "… has become a contracting party": what the members did. */
const MEMBERS_ALL_ACT = onFirstUse(
  () =>
    new RegExp(
      String.raw`^(?:\s+(?:${w(PERFECT_AUXILIARIES)}|is|are))?(?:\s+${w(SO_FAR)})?\s+(${ACTS}|${BOUND}|${w(BOUND_STATUSES)})\b`,
      'iu',
    ),
);
/**
 * "the European Union … on behalf of its 28 member states", "the organisation now has 46 member states": members owned
 * by an organisation the sentence names just before, by pronoun or as the subject of "has".
 */
const ORGANISATION_OWNS_BEFORE = onFirstUse(
  () =>
    new RegExp(
      String.raw`(?:${w(EU_NAMES)}|\b${w(ORGANISATION_NOUNS)})\b(?:[^.;]{0,60}?\b(?:its|their)|` +
        String.raw`\s+(?:${w(SO_FAR)}\s+)?${w(TREATY_HOLDS)}(?:\s+${w(SO_FAR)})?)\s+$`,
      'iu',
    ),
);

// ---- entry-into-force rules ----

/** A time between an act and its "by" ("signed in 2018 by", "ratified last year by"), or nothing. */
const ACT_TIME = String.raw`(?:${w(ACT_ADJUNCTS)}\s+[${LETTERS}\d]+\s+)?`;
/**
 * "aiming for 50 ratifications", "a target of some 40", 'would campaign for "a hundred ratifications"': a count still
 * to reach, right after the goal words (a quote may open between).
 */
const GOAL_BEFORE = onFirstUse(() => new RegExp(String.raw`\b${w(GOALS)}\s+["“‘']?(?:(?:${w(ABOUT)}|the)\s+)?$`, 'iu'));
/**
 * "90 days after", "a 90-day countdown", "thirty (30) days after": legal texts repeat a number word in figures.
 * "60 days from now" counts from the publication, not from an act: no delay.
 */
const DAYS_AFTER = onFirstUse(
  () =>
    new RegExp(
      String.raw`^(?:\s+\(\d+\))?(?:\s+|-)${w(DAY_UNITS)}\s+${w(DELAY_LINKS)}\b(?!\s+${w(PRESENT_ANCHORS)}\b)`,
      'iu',
    ),
);
const DAYS = onFirstUse(() => new RegExp(String.raw`^(?:\s+|-)${w(DAY_UNITS)}\b`, 'iu'));
const WITHIN_BEFORE = onFirstUse(() => /\b(?:in|within)\s+$/i);
/** A count is the condition of entry into force after these ("once 40 states ratify", "ratification by 40 states"). */
const THRESHOLD_BEFORE = onFirstUse(() => new RegExp(String.raw`\b${w(THRESHOLD_CUES)}\b[^.;,]{0,40}$`, 'iu'));
/** "once, under its final clauses, 40 states", "needs, by its article 20, 40": an aside between a cue and its count. */
const ASIDE_BEFORE = onFirstUse(() => /,[^,.;:]{1,60},\s*$/);
const withoutAside = (lead: string): string => lead.replace(ASIDE_BEFORE(), ' ');
/** "has been ratified by 120 parties": an act done, whatever the sentence says of entry into force. */
const DONE_BY = onFirstUse(
  () =>
    new RegExp(
      String.raw`\b${w(PERFECT_AUXILIARIES)}\s+(?:${w(SO_FAR)}\s+)?been\s+(?:${w(SO_FAR)}\s+)?(?:${ACTS})\s+by\s+$`,
      'iu',
    ),
);
/** "…120 days after it has been ratified by 60 states": a perfect tense inside the condition of entry into force. */
const DONE_AS_CONDITION = onFirstUse(
  () =>
    new RegExp(
      String.raw`\b${w(WAITING_CONJUNCTIONS)}\s+(?:it|the\s+[${LETTERS}-]+)\s+${w(PERFECT_AUXILIARIES)}\s+been\s+(?:${ACTS})\s+by\s+$`,
      'iu',
    ),
);
/**
 * "The charter, signed by 66 states, will take effect…", "Signed in 2018 by 24 countries, the pact …": an act told in
 * an apposition, or in a participle opening the sentence, is done, not a condition.
 */
const DONE_IN_APPOSITION = onFirstUse(
  () =>
    new RegExp(
      // "The convention, adopted in the Slovenian capital last May by 68 states, needs …": an adoption told so is done
      // too, with where and when between the act and its "by".
      String.raw`(?:^|,)\s*(?:${w(SO_FAR)}\s+)?(?:${ACTS}|${w(APPROVING)})\s+(?:[^,.;:]{1,50}?\s)?by\s+$`,
      'iu',
    ),
);
/** Whether the words before a number end in "by": a cheap test before the patterns of "signed by", "approved by". */
const endsInBy = (lead: string) => /\bby\s*$/i.test(lead.slice(-6));
/** "signed by 86 states and ratified by 50", "ratified in 2019 by 12": the count of an act whose noun was given before. */
const ACT_BY = onFirstUse(() => new RegExp(String.raw`\b(${ACTS})\s+${ACT_TIME}by\s+$`, 'iu'));
/**
 * What may follow a count with no noun: a stop, a conjunction, a time ("ratified by 50 so far", "by 12 as of May",
 * "passed the required 25 last week").
 */
const NO_NOUN_AFTER = onFirstUse(
  () =>
    new RegExp(String.raw`^(?:\s*[,.;:)–—]|\s*$|\s+(?:and|but|by|${w(ACT_ADJUNCTS, SO_FAR, STATUS_AS_OF)})\b)`, 'iu'),
);
/**
 * "once 40 have ratified", "until 40 ratify it": the states left out, the number the subject of their act, right after
 * a conjunction the entry into force waits on (not "by then 40 have ratified", a count at a time).
 */
const MET_CUE_JUST_BEFORE = onFirstUse(() => new RegExp(String.raw`\b${w(MET_CONDITIONS)}\s+$`, 'iu'));
const BARE_CUE_BEFORE = onFirstUse(
  () => new RegExp(String.raw`\b${w(WAITING_CONJUNCTIONS, MET_CONDITIONS)}\s+$`, 'iu'),
);
/** "once 40 have ratified", "once 40 have done so" (the act named before), "until 40 are bound". */
const BARE_ACTORS_AFTER = onFirstUse(
  () =>
    new RegExp(
      String.raw`^(?:\s+${w(PERFECT_AUXILIARIES)})?(?:\s+${w(SO_FAR)})?\s+(?:${ACTS}|${BOUND}|${w(ACT_REPEATED)})\b`,
      'iu',
    ),
);
/**
 * "after six of the 11, or half, complete ratification", "once 30 of the 45 have ratified": a part of a whole whose
 * noun was given before, in the condition of entry into force.
 */
const PART_OF_BARE_WHOLE = onFirstUse(
  () =>
    new RegExp(
      String.raw`^\s+(?:of|out\s+of)\s+(?:the|its)\s+(?:\d+|${CARDINAL_WORDS.source})` +
        String.raw`(?=\s*[,;–—]|\s+(?:${w(PERFECT_AUXILIARIES)}\s+)?(?:${ACTS})\b)`,
      'iu',
    ),
);
const COUNTED_TOWARD = onFirstUse(() => new RegExp(String.raw`^\s+(?:${w(RATIFYING, INSTRUMENT_NOUNS)})\b`, 'iu'));
/**
 * The other ways of consenting a count of instruments lists after its noun ("ratifications or accessions",
 * "instruments of ratification, acceptance, approval or accession"): they leave the noun what it counts.
 */
const CONSENT_LIST = String.raw`(?:\s+of\s+${w(RATIFYING, ACCEDING, ACCEPTING, APPROVING)})?(?:(?:,|\s+or|\s+and|,\s+or|,\s+and)\s+${w(RATIFYING, ACCEDING, ACCEPTING, APPROVING)}){0,4}`;
const COUNTED = String.raw`(?:${STATES}|${w(RATIFYING, SIGNATURE_NOUNS, INSTRUMENT_NOUNS)}${CONSENT_LIST})`;
/** "…seven states: Chile, Peru, …": a count whose states the text names, two or more, after a colon or a dash. */
const NAMED_ONE_BY_ONE = onFirstUse(
  () =>
    new RegExp(
      String.raw`^[^.;:–—]{0,50}[:–—]\s*(?:the\s+)?\p{Lu}[${LETTERS}-]*(?:\s+\p{Lu}[${LETTERS}-]*)*,\s+(?:the\s+)?\p{Lu}`,
      'u',
    ),
);
/** "Fifty states must ratify it before it enters into force": states whose act is a condition. */
const MUST_ACT_AFTER = onFirstUse(
  () => new RegExp(String.raw`^\s+${COUNTED}\s+${w(NECESSITY_MODALS)}\s+(?:${ACTS})\b`, 'iu'),
);
/** "needs 144 to take effect": the number a treaty needs, with what it needs it for. */
const NEEDS_BEFORE = onFirstUse(() => new RegExp(String.raw`\b${w(NEEDED)}\s+$`, 'iu'));
/** "passed the required 25", "short of the necessary 40 ratifications": the number needed, said before it. */
const THE_NEEDED_BEFORE = onFirstUse(() => new RegExp(String.raw`\bthe\s+(?:${w(SO_FAR)}\s+)?${w(NEEDED)}\s+$`, 'iu'));
const NEEDED_FOR = onFirstUse(() => new RegExp(String.raw`^(?:\s+${COUNTED})?\s+(?:to|for|before)\b`, 'iu'));
/** "one of 44 "Annex 2 states," whose ratification is required": the states whose act the treaty waits on. */
const WHOSE_ACT_NEEDED = onFirstUse(
  () =>
    new RegExp(
      String.raw`^\s+["']?${STATES}[,"'\s]*\s+whose\s+(?:[${LETTERS}-]+\s+)?` +
        String.raw`(?:${w(RATIFYING, ACCEDING, SIGNATURE_NOUNS)}|${BOUND})\b[^.;]{0,20}?\b${w(NEEDED)}\b`,
      'iu',
    ),
);
/** "The treaty needed 15 States representing …": what a treaty needs is its condition, whatever follows. */
const TREATY_NEEDS_BEFORE = onFirstUse(
  () => new RegExp(String.raw`\b${w(TREATY_NOUNS)}\s+(?:[${LETTERS}]+\s+)?${w(NEEDED)}\s+$`, 'iu'),
);
/** "the threshold of 22", "the 20 country threshold", "a 40-ratification minimum". */
const NAMED_BEFORE = onFirstUse(() => new RegExp(String.raw`\b${w(THRESHOLD_NOUNS)}\s+(?:of\s+)?$`, 'iu'));
const NAMED_AFTER = onFirstUse(
  () =>
    new RegExp(
      String.raw`^(?:\s+|-)(?:(?:${w(STATE_NOUN, STATE_NOUNS, RATIFYING, SIGNATURE_NOUNS)})[\s-]+)?${w(THRESHOLD_NOUNS)}\b`,
      'iu',
    ),
);
/** "the 60 it needs", "the 22 countries required", "40 ratifications are needed", "the 20 that it needed", "the 111 now required". */
const NEEDED_AFTER = onFirstUse(
  () =>
    new RegExp(
      String.raw`^(?:\s+${COUNTED})?(?:\s+(?:that|which))?(?:\s+(?:it|they))?(?:\s+(?:is|are|was|were|still))?` +
        String.raw`(?:\s+${w(SO_FAR)})?\s+${w(NEEDED)}\b`,
      'iu',
    ),
);
const DEFINITE_BEFORE = onFirstUse(() => /\bthe\s+$/i);
/**
 * "required ratification by three-fourths of the 87 parties present, meaning 66 of them": a share of a whole needed,
 * given again as a number after a comma.
 */
const SHARE_RESTATED = onFirstUse(
  () =>
    new RegExp(
      String.raw`\b${w(NEEDED)}\b[^.;]{0,60}?\bof\s+(?:the|its|all)\s+[^.;]{0,80}?,\s+${w(RESTATING)}\s+$`,
      'iu',
    ),
);
const RESTATED_AFTER = onFirstUse(
  () => new RegExp(String.raw`^(?:\s+of\s+(?:them|these|those)\b|\s+${STATES})?`, 'iu'),
);
/** "Sixty ratifications are required": acts or instruments needed are a condition whatever else the sentence says. */
const ACTS_NEEDED = onFirstUse(
  () => new RegExp(String.raw`^\s+${w(RATIFYING, SIGNATURE_NOUNS, INSTRUMENT_NOUNS)}`, 'iu'),
);
const NEEDED_WORD = onFirstUse(() => wordsOf(NEEDED, 'iu'));
/** "…, five votes shy of the 67 needed": a number needed in a clause that counts votes is a majority, not states. */
const VOTES_BEFORE = onFirstUse(() => new RegExp(String.raw`\b${w(VOTING)}\b[^.;:]{0,40}$`, 'iu'));
/** "…are required to sign the agreement", "needs 40 countries to ratify it": what is needed is an act on the treaty. */
const NEEDED_TO_ACT = onFirstUse(() => new RegExp(String.raw`^(?:\s+${COUNTED})?\s+to\s+${ACTS}\b`, 'iu'));
/** "requires ratification by 55 nations", "needs the signature of 30 states". */
const NEEDED_BY = onFirstUse(
  () =>
    new RegExp(
      String.raw`\b${w(NEEDED)}\s+(?:the\s+)?(?:${w(RATIFYING, SIGNATURE_NOUNS, ACCEDING, DEPOSITING)})\s+` +
        String.raw`(?:[${LETTERS}-]+\s+){0,2}?(?:by|of|from)\s+$`,
      'iu',
    ),
);
const COUNTED_AFTER = onFirstUse(() => new RegExp(String.raw`^\s+${COUNTED}`, 'iu'));
/**
 * "41 of the 50 ratifications required", "12 of the 20 it needs": a count out of the number needed is the count of
 * what is needed so far (its noun in group 1).
 */
const PART_OF_NEEDED = onFirstUse(
  () =>
    new RegExp(
      String.raw`^\s+(?:out\s+)?of\s+(?:the|its)\s+(?:\d[\d,]*|${CARDINAL_WORDS.source})` +
        String.raw`(?:\s+(${w(SIGNATURE_NOUNS, RATIFYING, INSTRUMENT_NOUNS, PARTY_NOUNS)})\b|\s+${STATES})?` +
        String.raw`(?:\s+(?:it|that|which|they))?(?:\s+(?:is|are|still))?\s+${w(NEEDED)}\b`,
      'iu',
    ),
);

// ---- parts, increments, what is missing ----

/** States, or the members of a body ("55 AU members"), as the whole a part is counted in. */
const WHOLE = String.raw`(?:${STATES}|(?:[${LETTERS}-]+\s+){0,4}?${w(MEMBER_NOUNS)}\b)`;
/** "the", "its", "all", or the body owning the whole: "the African Union's", "Asean's", "the bloc's". */
const WHOLE_DETERMINER = String.raw`(?:the|its|all|(?:the\s+)?(?:[${LETTERS}-]+\s+){0,3}?[${LETTERS}-]+['’]s)`;
const PART_OF_WHOLE = onFirstUse(
  () =>
    new RegExp(
      String.raw`^\s+(?:of|out\s+of)\s+(?:${WHOLE_DETERMINER}\s+(?:\d[\d,]*|[${LETTERS}-]+)\s+${WHOLE}|them|these|those)`,
      'iu',
    ),
);
/** "72 of the …", "138 out of …", a sentence opening "Of the 193 member states, …", "Among the 8 Andean states, …". */
const PART_OF_WHOLE_BEFORE = onFirstUse(
  () =>
    new RegExp(
      String.raw`(?:\b(?:\d[\d,]*|[a-z-]+)\s+(?:(?:out\s+)?of\s+${WHOLE_DETERMINER}|out\s+of)|` +
        String.raw`(?:^|[,;:(]\s*)of\s+${WHOLE_DETERMINER}|\bamong\s+${WHOLE_DETERMINER})\s+$`,
      'iu',
    ),
);
const WHOLE_AFTER = onFirstUse(() => new RegExp(String.raw`^\s+${WHOLE}`, 'iu'));
const EU_MEMBERS = onFirstUse(
  () =>
    new RegExp(
      String.raw`^\s+(?:of\s+(?:its|the\s+${w(EU_NAMES)}'s)\s+(?:\d+\s+)?${w(MEMBER_NOUNS)}|` +
        String.raw`${w(EU_NAMES)}\s+${w(MEMBER_NOUNS)}|${w(MEMBER_NOUNS)}\s+of\s+the\s+${w(EU_NAMES)})\b`,
      'iu',
    ),
);
const SIGNED = onFirstUse(() => wordsOf([SIGNING, SIGNATURE_NOUNS], 'iu'));
/** "two more countries", "17 other states", "six additional": states added on one occasion. */
const INCREMENT = onFirstUse(() => new RegExp(String.raw`^(?:\s+|-)${w(INCREMENT_WORDS)}\b(?!\s+than\b)`, 'iu'));
/** "entered into force in 1970, once 40 other states had ratified it": the condition an entry into force met. */
const MET_CONDITION_BEFORE = onFirstUse(() => new RegExp(String.raw`\b${w(MET_CONDITIONS)}\b[^.;]{0,100}$`, 'iu'));
/**
 * "the 15 that triggered entry into force", "the ten states that brought it into force", "forty ratifications will
 * trigger its entry into force": a count whose own verb, or its relative clause's, makes the treaty bind is the
 * condition it meets.
 */
const BROUGHT_INTO_FORCE_AFTER = onFirstUse(
  () =>
    new RegExp(
      String.raw`^(?:\s+${COUNTED})?\s+(?:(?:that|which|who|will|would|shall|could|can)\s+)?(?:${w(SO_FAR)}\s+)?(?:${w(BRINGING_INTO_FORCE)}|` +
        String.raw`${w(TRIGGERING)}\s+(?:its\s+|the\s+(?:[${LETTERS}-]+['’]s\s+)?)?${w(ENTRY_INTO_FORCE)})\b`,
      'iu',
    ),
);
const HAD_ACTED_AFTER = onFirstUse(
  () =>
    new RegExp(
      String.raw`^(?:\s+${w(INCREMENT_WORDS)})?\s+${STATES}\s+${w(PERFECT_AUXILIARIES)}\s+(?:${w(SO_FAR)}\s+)?(?:${ACTS})\b`,
      'iu',
    ),
);
/**
 * "the three depositary governments — A, B and C — and 40 other states": a count added to another in one subject, a
 * part of the sum and no count of its own.
 */
const PART_OF_SUM = onFirstUse(
  () =>
    new RegExp(
      String.raw`^\s+${STATES}(?:\s*[–—(][^–—()]*[–—)])?,?\s+and\s+(?:\d[\d,]*|${CARDINAL_WORDS.source})\s+` +
        String.raw`${w(INCREMENT_WORDS)}\b`,
      'iu',
    ),
);
/** "Peru joined 40 other countries in ratifying it": the states the subject joined, not counting itself. */
const JOINED_BEFORE = onFirstUse(() => new RegExp(String.raw`\b${w(JOINING)}\s+$`, 'iu'));
/** "… 40 other countries", "… 40 other nations and the Andean Community" (a named party joined too: group 1). */
const OTHER_STATES = onFirstUse(
  () =>
    new RegExp(
      String.raw`^\s+${w(INCREMENT_WORDS)}\s+${STATES}(\s+and\s+(?:the\s+)?\p{Lu}[${LETTERS}-]*(?:\s+\p{Lu}[${LETTERS}-]*)*)?`,
      'u',
    ),
);
/** "… in ratifying", "… that have signed": the act the joined states did, right after them. */
const THEIR_ACT = onFirstUse(
  () => new RegExp(String.raw`^\s+(?:in|that|which|who)(?:\s+[${LETTERS}-]+){0,2}?\s+(${ACTS})\b`, 'iu'),
);
/** "another 34 have signed", "a further 20 countries": added to those counted before. */
const INCREMENT_BEFORE = onFirstUse(() => new RegExp(String.raw`(?<![${LETTERS}])${w(INCREMENT_LEADS)}\s+$`, 'iu'));
/** "delegates from more than 100 States", "representatives of 91 countries": states counted by those they sent. */
const SENT_BY_STATES = onFirstUse(
  () => new RegExp(String.raw`(?<![${LETTERS}])${w(DELEGATES)}\s+(?:from|of)\s+(?:some\s+)?$`, 'iu'),
);
/** "Six states ratified on Tuesday, bringing the number of parties to 41": the six are added to the total. */
const LEADS_TO_TOTAL = onFirstUse(
  () =>
    new RegExp(
      String.raw`^(?:\s+${STATES})?[^.;]*?\b${w(ADDING_TO_TOTAL)}\s+(?:the\s+)?(?:[${LETTERS}-]+\s+){0,2}?${w(TOTAL_WORDS)}\b`,
      'iu',
    ),
);
const ADDING = onFirstUse(() => wordsOf(ADDING_TO_TOTAL, 'iu'));
const REMAINING_BEFORE = onFirstUse(() => new RegExp(String.raw`\b${w(REMAINING)}\s+$`, 'iu'));
/**
 * "six states have yet to sign", "three countries – A, B and C – had not signed", "eight ratifications shy of"; and
 * states that signed and stopped there: "five have signed but never ratified", "four remain signatories that have yet
 * to ratify", "nine of those, Chile among them, have gone no further".
 */
const NOT_YET_AFTER = onFirstUse(
  () =>
    new RegExp(
      String.raw`^(?:\s+${COUNTED}|\s+of\s+(?:them|these|those))?(?:\s*[–—(][^.;–—()]*[–—)]?|,[^.;,]{1,60}(?:,[^.;,]{1,60}){0,4},)?` +
        String.raw`(?:\s+(?:${w(PERFECT_AUXILIARIES, BOUND_LINKS)}|is|still))?` +
        // After "signed … but", any denial ("but not ratified"); else a not-yet word, maybe after "signatories that".
        String.raw`(?:\s+${w(SIGNING)}(?:\s+(?!but\b)[${LETTERS}-]+){0,3}?,?\s+but\s+${w(NOT_YET, NEGATIONS)}|` +
        String.raw`(?:\s+${w(SIGNATURE_NOUNS)}\s+(?:that|which|who)(?:\s+${w(PERFECT_AUXILIARIES)})?)?\s+${w(NOT_YET)})\b`,
      'iu',
    ),
);
/** "three countries outside the treaty", "12 states remain outside": states that are not parties. */
const OUTSIDE_AFTER = onFirstUse(() => new RegExp(String.raw`^(?:\s+${COUNTED})?\s+${w(OUTSIDE_TREATY)}\b`, 'iu'));
/** "North Korea's exit leaves 187": what is left of the parties after states leave. */
const LEFT_BEFORE = onFirstUse(
  () => new RegExp(String.raw`\b${w(LEAVING_BEHIND)}\s+(?:(?:it|the\s+[${LETTERS}-]+)\s+with\s+)?$`, 'iu'),
);
const LEAVING_WORDS = onFirstUse(() => wordsOf([WITHDRAWING, FALLING], 'iu'));
/** "19 signatories: 13 member states, the EU and five others": a count inside the breakdown of a count given before. */
const BREAKDOWN_BEFORE = onFirstUse(
  () =>
    new RegExp(
      String.raw`\b\d[\d,]*\s+(?:[${LETTERS}-]+\s+){0,2}?${w(STATE_NOUNS, SIGNATURE_NOUNS, PARTY_NOUNS, MEMBER_NOUNS)}\s*:[^.;:?!]*$`,
      'iu',
    ),
);
/** "including 36 Annex 2 states", "among them are 53 African states": a cue, with "to be" when the part comes after. */
const SUBSET_BEFORE = onFirstUse(() => new RegExp(String.raw`\b${w(SUBSET_CUES)}(?:\s+(?:are|were))?[\s,:]+$`, 'iu'));
/** "…five signatories, at least three of them member states": a part of the count just given, set off by a comma. */
const SET_OFF_BEFORE = onFirstUse(() => /[,(–—]\s*$/);
const PART_OF_THEM = onFirstUse(
  () =>
    new RegExp(
      String.raw`^\s+of\s+(?:them|these|those)\b(?!\s+(?:${w(PERFECT_AUXILIARIES)}\s+)?(?:${w(SO_FAR)}\s+)?` +
        String.raw`(?:${ACTS}|${BOUND}))`,
      'iu',
    ),
);
/**
 * "Twenty-one of the parties are EU member states", "nine of its signatories were island states": a part of the
 * parties or signatories told by what its states are, not by their becoming bound ("… are now parties").
 */
const PART_DESCRIBED = onFirstUse(
  () =>
    new RegExp(
      String.raw`^\s+of\s+(?:the|its|their)\s+${w(PARTY_NOUNS, SIGNATURE_NOUNS)}\s+(?:are|were)\s+` +
        String.raw`(?!(?:${w(SO_FAR)}\s+)?${w(BOUND_STATUSES)}\b)`,
      'iu',
    ),
);
/** "In the Western Pacific Region, 13 countries", "14 from Africa", "9 states in Latin America". */
const REGION_BEFORE = onFirstUse(
  () =>
    new RegExp(String.raw`\b(?:in|across|within)\s+(?:the\s+)?(?:[${LETTERS}-]+\s+){0,3}?${w(REGIONS)},?\s+$`, 'iu'),
);
/** "14 from Africa", "9 states in Latin America", "21 of the 33 states of the Caribbean": a regional part. */
const REGION_AFTER = onFirstUse(
  () =>
    new RegExp(
      String.raw`^(?:\s+${STATES}|\s+(?:of|out\s+of)\s+(?:the|its|all)\s+[${LETTERS}\p{N}-]+\s+${STATES})?` +
        String.raw`\s+(?:from|in|of)\s+(?:the\s+)?(?:[${LETTERS}-]+\s+){0,2}?${w(REGIONS)}\b` +
        // "nine of the Pacific Forum's 18 members": a region opening the name of a body that owns the whole.
        String.raw`(?!(?:\s+[${LETTERS}-]+){0,2}['’]s\b)`,
      'iu',
    ),
);

// ---- counts of states by what they did ----

/** "58 signatories", "the 11 original signatories": a word may qualify the noun. */
const SIGNATORIES = onFirstUse(
  () => new RegExp(String.raw`^\s+(?:${NOT_A_MODIFIER}[${LETTERS}-]+\s+)?${w(SIGNATURE_NOUNS)}\b`, 'iu'),
);
/** "12 signatories have since ratified": signatories as the subject of becoming bound. */
const THEN_BOUND = onFirstUse(
  () =>
    new RegExp(
      String.raw`^(?:\s+${w(PERFECT_AUXILIARIES)})?(?:\s+${w(SO_FAR)})*\s+(?:${w(RATIFYING, ACCEDING)}|${BOUND})\b`,
      'iu',
    ),
);
/** "the open letter backing the pact had 200 signatories": a paper that binds no one, named before its signers. */
const PAPER_BEFORE = onFirstUse(() => new RegExp(String.raw`\b${w(NON_TREATY_PAPERS)}\b[^.;]{0,60}$`, 'iu'));
/** "…welcomed the accord, which has 70 signatories": a treaty that holds them, by a relative clause. */
const TREATY_WHICH_HAS = onFirstUse(
  () =>
    new RegExp(
      String.raw`\b${w(TREATY_NOUNS)},?\s+(?:which|that)\s+(?:now\s+)?${w(TREATY_HOLDS)}\s+(?:now\s+)?$`,
      'iu',
    ),
);
/** "…the 40 signatories of the joint statement": the paper named after them. */
const PAPER_OF_AFTER = onFirstUse(
  () =>
    new RegExp(
      String.raw`^\s+(?:of|to|on)\s+(?:a|an|the|this|that)\s+(?:[${LETTERS}-]+\s+)?${w(NON_TREATY_PAPERS)}\b`,
      'iu',
    ),
);
/** A sentence about a treaty or about signing one, where "signatures" are states' and not a petition's. */
const TREATY_OR_SIGNING = onFirstUse(() => wordsOf([TREATY_NOUNS, SIGNING, RATIFYING, ACCEDING], 'iu'));
const SIGNATURES_NOUN = onFirstUse(() => new RegExp(String.raw`^\s+${w(SIGNATURES_GIVEN)}\b`, 'iu'));
const RATIFICATIONS = onFirstUse(() => new RegExp(String.raw`^\s+${w(RATIFYING)}`, 'iu'));
/**
 * "Six instruments have been deposited", "40 instruments of accession have so far been lodged": instruments handed to
 * the depositary, counted as a running total by the perfect (on one day, "were deposited", they are deposits).
 */
const INSTRUMENTS_LODGED = onFirstUse(
  () =>
    new RegExp(
      String.raw`^(?:\s+${w(INSTRUMENT_NOUNS)}(?:\s+of\s+[${LETTERS}-]+(?:(?:,|\s+or|\s+and)\s+[${LETTERS}-]+){0,4})?\s+` +
        String.raw`${w(PERFECT_AUXILIARIES)}\s+(?:${w(SO_FAR)}\s+)?been\s+(?:${w(SO_FAR)}\s+)?${w(DEPOSITING, HANDING_OVER)}|` +
        // "By Friday, 99 had been deposited": the instruments left out; only "deposited", which says what was handed.
        String.raw`\s+${w(PERFECT_AUXILIARIES)}\s+(?:${w(SO_FAR)}\s+)?been\s+(?:${w(SO_FAR)}\s+)?${w(DEPOSITING)})\b`,
      'iu',
    ),
);
const PARTIES = onFirstUse(() => new RegExp(String.raw`^\s+${w(PARTY_NOUNS)}\b`, 'iu'));
/**
 * "160 parties are accredited at the conference", "90 parties took part in the talks", "110 States Parties sent
 * delegations": parties at a meeting.
 */
const PARTIES_AT_MEETING = onFirstUse(
  () =>
    new RegExp(
      String.raw`^\s+${w(PARTY_NOUNS)}(?:\s+(?:are|were|${w(PERFECT_AUXILIARIES)}))?\s+(?:${w(ATTENDING)}\s+` +
        String.raw`(?:at|in|to)\s+(?:the|a|this|its)\s|${w(SENDING)}\s+(?:[${LETTERS}-]+\s+){0,2}?${w(DELEGATES)}\b)`,
      'iu',
    ),
);
/**
 * What "parties" alone is held by: a treaty that has, counts or binds them ("the convention now has 76 parties", "it
 * binds 182 parties"), a possessive ("its 196 parties"), or a total brought to them ("bringing the total to 165
 * parties"). Without one, "the two parties" are sides or political parties, whatever the sentence says of a treaty.
 */
const PARTIES_HELD_BEFORE = onFirstUse(
  () =>
    new RegExp(
      String.raw`(?:\b(?:${w(TREATY_HOLDS, TREATY_BINDS)}|with|its|their|all|to)|['’]s?)\s+` +
        String.raw`(?:(?:${w(SO_FAR, PRESENT_TIME)}|only|just|still)\s+)*$`,
      'iu',
    ),
);
/** "it has", "it now counts", "its": the count held by a pronoun, the thing the text spoke of before. */
const PRONOUN_HOLDS = onFirstUse(
  () =>
    new RegExp(
      String.raw`\b(?:it\s+(?:(?:${w(SO_FAR)}|still)\s+)?${w(TREATY_HOLDS, TREATY_BINDS)}|its)\s+` +
        String.raw`(?:(?:${w(SO_FAR, PRESENT_TIME)}|only|just|still)\s+)*$`,
      'iu',
    ),
);
/**
 * "the 12 parties to the conflict": what the parties are parties to, three words at most (not "in", which may be a
 * place or a sum: "60 parties in all").
 */
const PARTIES_TO = onFirstUse(() => /^\s+to\s+((?:the\s+)?(?:[^\s,.;:()]+\s+){0,2}[^\s,.;:()]+)/iu);
const STATUS_AS_OF_AFTER = onFirstUse(() => new RegExp(String.raw`^\s+${w(SO_FAR, STATUS_AS_OF)}\b`, 'iu'));
/** What names a treaty: a treaty noun, a name (capitalised) or "it". */
const NAMES_A_TREATY = onFirstUse(
  () => new RegExp(String.raw`${WORDS_OPENING}(?:${w(TREATY_NOUNS)}|it)${WORDS_CLOSING}|\p{Lu}`, 'u'),
);
/** "would then have 57 parties", "if all 30 parties ratified": a count supposed in the clause, not one held. */
const SUPPOSED_BEFORE = onFirstUse(() => new RegExp(String.raw`\b${w(SUPPOSING)}\s+(?:[${LETTERS}-]+\s+){0,2}$`, 'iu'));
/**
 * "At the meeting, 95 States Parties adopted a plan", "only 60 parties have paid their dues": parties as the subject of
 * a deed of their own (a past tense, or a perfect other than "have been"/"have become") are those of them that did it.
 * Group 1 or 2: the verb, which may yet be an act of joining the treaty ("have ratified": another rule reads it).
 */
const PARTIES_DOING = onFirstUse(
  () =>
    new RegExp(
      String.raw`^\s+(?:${w(PERFECT_AUXILIARIES)})\s+(?:(?:${w(SO_FAR)}|also|all|not)\s+)*(?!(?:been|${w(BOUND_LINKS)})\b)(\p{Ll}+)|` +
        String.raw`^\s+(?:(?:${w(SO_FAR)}|also|all)\s+)*(\p{Ll}{2,}ed)\b`,
      'u',
    ),
);
/** "the review conference, attended by 110 States Parties": the parties at a meeting, named by "by". */
const ATTENDED_BY = onFirstUse(() => new RegExp(String.raw`\b${w(ATTENDING)}\s+by\s+$`, 'iu'));
/** "48 States Parties from Africa": a region's share of the parties. */
const FROM_REGION = onFirstUse(() => new RegExp(String.raw`^\s+(?:from|in)\s+(?:the\s+)?${w(REGIONS)}\b`, 'iu'));
/** "has 76 parties" counts the bound states only when the sentence is about a treaty (not "the two parties"). */
const TREATY_WORD = onFirstUse(() => wordsOf([TREATY_NOUNS, RATIFYING, ACCEDING], 'iu'));
/**
 * "The treaty had 124 member states", "the pact, in force since 1975, now has 103 member nations": the parties of the
 * treaty, an aside between commas allowed between the treaty and its verb.
 */
const TREATY_HAS = onFirstUse(
  () =>
    new RegExp(
      String.raw`\b${w(TREATY_NOUNS)}(?:,\s+which|,[^,.;]{1,80},)?\s+(?:now\s+)?${w(TREATY_HOLDS)}\s+(?:now\s+)?$`,
      'iu',
    ),
);
/** "It … today binds 39 states", "the convention is in force for 120 countries": the states the treaty binds. */
const TREATY_BINDS_BEFORE = onFirstUse(
  () =>
    new RegExp(
      String.raw`(?:\bit|${w(TREATY_NOUNS)})\b[^.;]{0,60}?\s${w(TREATY_BINDS)}\s+(?:(?:${w(SO_FAR)}|all)\s+)?$`,
      'iu',
    ),
);
/** "33 states participate in the treaty": taking part in a treaty (not in its talks) is being a party to it. */
const IN_THE_TREATY = onFirstUse(
  () =>
    new RegExp(
      String.raw`^\s+in\s+(?:the|this|that|its)\s+(?:[${LETTERS}-]+\s+){0,3}?${w(TREATY_NOUNS)}\b` +
        String.raw`(?!\s+(?:[${LETTERS}-]+\s+)?${w(MEETINGS)}\b)`,
      'iu',
    ),
);
/** "from the new ten", "among the big five": a number after a preposition and "the" is no subject of the verb after. */
const AFTER_PREPOSITION = onFirstUse(
  () => new RegExp(String.raw`\b(?:from|among|between|of)\s+the\s+(?:[${LETTERS}-]+\s+)?$`, 'iu'),
);
const MEMBERS_AFTER = onFirstUse(() => new RegExp(String.raw`^\s+(?:${w(MEMBER_NOUNS)}|${STATES})`, 'iu'));
/** "46 countries signed", "23 countries became contracting parties", "61 have ratified", "40 that had joined". */
/** The states as the subject of what follows, across a list set off by commas ("30 states, including A and B,"). */
const SUBJECT =
  // "24 countries and the European Community signed": the EU beside the states, sharing their verb.
  String.raw`\s+${STATES}(?:\s+and\s+(?:the\s+)?${w(EU_NAMES)})?(?:,\s+${w(SUBSET_CUES, ACCOMPANYING)}\s[^.;]*?,)?` +
  // "26 states that took part in the talks have since ratified": a relative clause on the subject, closed by the
  // auxiliary of the subject's own verb.
  String.raw`(?:\s+(?:that|which|who)\s+[^.;,]{1,50}?(?=\s+${w(PERFECT_AUXILIARIES)}\s))?(?:\s+(?:that|which|who))?`;
/**
 * "only five — about one in ten — have ratified", "12 states (a record) signed", "three of them - A, B and C - have
 * ratified": an aside set off by dashes (typed as spaced hyphens too) or brackets.
 */
const DASH_ASIDE = String.raw`(?:\s*[–—(][^–—().;:]{1,60}[–—)]|\s+-\s[^–—().;:-]{1,60}\s-(?=\s))?`;
const STATES_THEN_ACT = onFirstUse(
  () =>
    new RegExp(
      String.raw`^(?:${SUBJECT}${DASH_ASIDE}(?:\s+${w(PERFECT_AUXILIARIES)})?|${DASH_ASIDE}\s+${w(PERFECT_AUXILIARIES)})` +
        String.raw`(?:\s+${w(SO_FAR)})?(?:\s+${w(ACT_LEADS)})?(?:\s+both)?\s+(${ACTS}|${BOUND})\b`,
      'iu',
    ),
);
/**
 * "this year", "earlier this month", "in 2023 alone": a period holding the publication, in which states that acted
 * are those added in it ("This year 3 states ratified it", "Nine have acceded so far this year"), not the total.
 */
const THIS_PERIOD = String.raw`\b(?:(?:${w(THIS_STEP)})\s+${w(STEP_PERIODS)}|alone)\b`;
/** "last month", "yesterday": a period before the publication, told of acts in the simple past. */
const PAST_PERIOD = String.raw`\b(?:(?:${w(PAST_STEP)})\s+${w(STEP_PERIODS)}|${w(DAY_BEFORE, SAME_DAY)})\b`;
const THIS_PERIOD_IN_CLAUSE = onFirstUse(() => new RegExp(THIS_PERIOD, 'iu'));
const ANY_PERIOD_IN_CLAUSE = onFirstUse(() => new RegExp(`${THIS_PERIOD}|${PAST_PERIOD}`, 'iu'));
/** The clause of a count: its lead since the last stop, and what follows it up to the next. */
const CLAUSE_LEAD = onFirstUse(() => /[^.;:]*$/u);
const CLAUSE_REST = onFirstUse(() => /^[^.;:]*/u);

/**
 * Whether states that became bound did so within a period named in their clause: simple past with any period ("Three
 * states ratified it last month"), present perfect with the current one ("nine have acceded this year"); never the
 * past perfect ("by last year 40 had ratified" is a total).
 */
function actedWithinPeriod(lead: string, act: string, verb: string, rest: string): boolean {
  // "Today eleven states are contracting states": a status now, not an act within the day.
  if (/\bhad\b/iu.test(act) || /^(?:are|is)\b/iu.test(verb)) return false;
  const clause = `${CLAUSE_LEAD().exec(lead)![0]} ${CLAUSE_REST().exec(rest)![0]}`;
  return (/\b(?:have|has)\b/iu.test(act) ? THIS_PERIOD_IN_CLAUSE() : ANY_PERIOD_IN_CLAUSE()).test(clause);
}

/**
 * "34 countries have signed and ratified it", "both signed and later acceded to": states that did both acts are
 * bound by the treaty, so the count is of the act that binds, not of the signing before it.
 */
const AND_THEN_BOUND = onFirstUse(
  () =>
    new RegExp(
      String.raw`^\s*,?\s+(?:and|as\s+well\s+as)\s+(?:${w(PASSIVE_ADVERBS)}\s+)?${w(RATIFYING, ACCEDING, ACCEPTING)}\b`,
      'iu',
    ),
);
/** "the 87 parties that were present at its adoption": a whole named by a meeting its states attended. */
const WHOLE_THAT_ATTENDED = onFirstUse(
  () => new RegExp(String.raw`^\s+(?:that|which|who)\s+(?:[${LETTERS}-]+\s+){0,2}?${w(ATTENDING)}`, 'iu'),
);
/** "…, 15 countries have deposited", "Three of them deposited their instruments": states counted by their deposits. */
const STATES_DEPOSITED = onFirstUse(
  () =>
    new RegExp(
      String.raw`^(?:${SUBJECT}|\s+of\s+(?:them|these|those))?(?:\s+${w(PERFECT_AUXILIARIES)})?(?:\s+${w(SO_FAR)})?` +
        String.raw`\s+${w(DEPOSITING)}\b`,
      'iu',
    ),
);
/**
 * "29 had deposited an instrument", "71 members had lodged instruments of acceptance", "14 states had already
 * deposited": the states that had deposited by a past moment are the count at that moment.
 */
const STATES_HAD_DEPOSITED = onFirstUse(
  () =>
    new RegExp(
      String.raw`^(?:${SUBJECT}|\s+(?:[${LETTERS}-]+\s+)?${w(MEMBER_NOUNS)})?\s+had(?:\s+${w(SO_FAR)})?\s+` +
        String.raw`(?:${w(DEPOSITING)}|${w(HANDING_OVER)}\s+(?:(?:their|its|an|the)\s+)?${w(INSTRUMENT_NOUNS)})\b`,
      'iu',
    ),
);
/**
 * "37 countries had ratified by 2000 and …", "it counts 184 Parties, against …": a count of states just given, and a
 * connective that opens a second value of it. No other count stands between (a year may): "Of the 50 parties, 14 are in
 * Asia and 11 in Europe" breaks the whole down.
 */
const COUNT_OF_STATES_BEFORE = onFirstUse(
  () =>
    new RegExp(
      String.raw`(?:\b\d[\d,]*|${CARDINAL_WORDS.source})\s+(?:[${LETTERS}-]+\s+)?(${w(STATE_NOUNS, PARTY_NOUNS)})\b` +
        String.raw`(?:[^.;:?!\d]|(?<!\d)\d{4}(?!\d)){0,50}?(?:,\s*)?\b${w(CONTINUING)}\s+$`,
      'iu',
    ),
);
/** "… 186 by last year", "… 183 when they last met", "… 12 a year ago": a bare number with its time, its noun left out. */
const CONTINUED_AFTER = onFirstUse(() => /^(?:\s*[,.;:)–—]|\s*$|\s+(?:by|in|when|at|as|on|a)\b)/iu);
/** "24 countries have signed, 10 …", "30 nations had signed it and …": a list that opened on a count of states. */
const LIST_OF_COUNTS_BEFORE = onFirstUse(
  () =>
    new RegExp(
      String.raw`(?:\b\d[\d,]*|${CARDINAL_WORDS.source})\s+(?:[${LETTERS}-]+\s+)?${w(STATE_NOUNS, PARTY_NOUNS)}\b` +
        String.raw`[^.;:?!]{0,120}?(?:,|\band)\s+$`,
      'iu',
    ),
);
/** "… and 2 acceded", "…, 10 ratified": a bare number whose own verb, right after it, is an act. */
const OWN_ACT_AFTER = onFirstUse(() => new RegExp(String.raw`^(?:\s+${w(SO_FAR)})?\s+(${ACTS})\b`, 'iu'));
const PARTY_WORD = onFirstUse(() => wordsOf(PARTY_NOUNS, 'iu'));
/** "… since May", "… in October alone", "… at the ceremony" in the count's clause: deposits in a bounded time. */
const BOUNDED_TIME_AFTER = onFirstUse(
  () => new RegExp(String.raw`^[^.;,–—]*?\b(?:since|alone|at\s+(?:a|the)\s+${w(MEETINGS)})\b`, 'iu'),
);
/**
 * What follows a part that acts itself: "five of the nine signing states have ratified", "three of the 11 signatories
 * – A, B and C – have ratified".
 */
const PART_ACTS = onFirstUse(
  () =>
    new RegExp(
      String.raw`^${DASH_ASIDE}(?:\s+${w(PERFECT_AUXILIARIES)})?(?:\s+${w(SO_FAR)})?\s+(${ACTS}|${BOUND})\b`,
      'iu',
    ),
);
const ACT_WORD = onFirstUse(() => new RegExp(String.raw`\b(?:${ACTS})`, 'iu'));
/** "… a joint letter", "… the statement": what was signed is a paper, not a treaty. */
const PAPER_AFTER = onFirstUse(
  () => new RegExp(String.raw`^\s+(?:a|an|the|their|its)\s+(?:[${LETTERS}-]+\s+)?${w(NON_TREATY_PAPERS)}\b`, 'iu'),
);
/**
 * What an act of a count of states is done on, when it is not the treaty: a paper that binds no one ("signed a joint
 * letter"), some instruments named by a bare plural ("signed bilateral investment treaties"), one or more of
 * several ("have ratified at least one of the eight core conventions"), or none of them ("have ratified neither the
 * convention nor its protocol").
 */
const NOT_THE_TREATY_AFTER = onFirstUse(
  () =>
    new RegExp(
      String.raw`${PAPER_AFTER().source}|^\s+${w(NOT_YET)}\b|` +
        String.raw`^\s+(?:[${LETTERS}-]+\s+){1,3}?of\s+(?:the|its|these|those|their)\s+(?:[${LETTERS}\p{N}-]+\s+){0,3}?${w(TREATY_PLURALS)}\b|` +
        String.raw`^\s+(?!(?:the|these|those|both|all|its|their|${w(NUMBER_UNITS)}|\d+)\s)(?:[${LETTERS}-]+\s+){0,2}?${w(TREATY_PLURALS)}\b`,
      'iu',
    ),
);
/** "the", "those", "of the": a definite word right before a bare number. */
const DEFINITE_BARE_BEFORE = onFirstUse(() => /\b(?:the|those|these)\s+$/iu);
/** "… 52 that have ratified", "… 40 who had signed it": a bare number heading a relative clause of an act. */
const BARE_THAT_ACTED = onFirstUse(
  () =>
    new RegExp(
      String.raw`^\s+(?:that|which|who)(?:\s+${w(PERFECT_AUXILIARIES)})?(?:\s+${w(SO_FAR)})?\s+(${ACTS}|${BOUND})\b`,
      'iu',
    ),
);
/** "the 120 countries that signed it": a whole named by what its states did. */
const WHOLE_THAT_ACTED = onFirstUse(
  () =>
    new RegExp(
      String.raw`^\s+${STATES}\s+(?:that|which|who)(?:\s+${w(PERFECT_AUXILIARIES)})?(?:\s+${w(SO_FAR)})?\s+(${ACTS}|${BOUND})\b`,
      'iu',
    ),
);
/** "37 have done so", "12 states followed suit": states counted by the act the sentence named before. */
const STATES_REPEATED_ACT = onFirstUse(
  () =>
    new RegExp(
      String.raw`^(?:${SUBJECT})?(?:\s+${w(PERFECT_AUXILIARIES)})?(?:\s+${w(SO_FAR)})?\s+${w(ACT_REPEATED)}\b|` +
        // "It needs 20 ratifications; so far 12 have.": the act left out after the auxiliary that ends the clause.
        String.raw`^(?:${SUBJECT})?\s+${w(PERFECT_AUXILIARIES)}(?:\s+${w(SO_FAR)})?` +
        String.raw`(?=\s*(?:[.;,)–—]|$)|\s+(?:by|${w(STATUS_AS_OF)})\s)`,
      'iu',
    ),
);
/** "12 countries, including A and B, co-sponsored the text": states counted by their part in writing it. */
const STATES_NEGOTIATED = onFirstUse(
  () => new RegExp(String.raw`^${SUBJECT}(?:\s+${w(PERFECT_AUXILIARIES)})?\s+${w(NEGOTIATING)}`, 'iu'),
);
/** "a dozen countries, including A and B, co-sponsored the text": states counted by another act than ours. */
const STATES_THEN_OTHER_ACT = onFirstUse(
  () =>
    new RegExp(
      String.raw`^${SUBJECT}(?:\s+${w(PERFECT_AUXILIARIES)})?(?:\s+${w(SO_FAR)})?\s+` +
        String.raw`${w(NEGOTIATING, APPROVING, REJECTING, VOTING)}`,
      'iu',
    ),
);
/** "Nearly 200 nations hammered out a deal", "90 states agreed an accord": the states at the table that settled it. */
const STATES_STRUCK_DEAL = onFirstUse(
  () =>
    new RegExp(
      String.raw`^\s+${STATES}(?:\s+${w(PERFECT_AUXILIARIES)})?\s+${w(STRIKING_A_DEAL)}\s+(?:on\s+)?(?:a|an|the)\s+` +
        String.raw`(?:[${LETTERS}-]+\s+){0,4}?${w(DEAL_NOUNS, TREATY_NOUNS)}\b`,
      'iu',
    ),
);
/** "54 countries that will attend", "70 nations took part", "150 parties sent delegations": attendance. */
const STATES_THEN_ATTEND = onFirstUse(
  () =>
    new RegExp(
      String.raw`^\s+${STATES}(?:\s+(?:that|which|who))?` +
        // "160 parties are accredited at the conference": a passive of attending, with the meeting after it (not
        // "are represented on its council", a seat in a body).
        String.raw`(?:\s+(?:will|would|are\s+set\s+to|are\s+expected\s+to|${w(PERFECT_AUXILIARIES)}|` +
        String.raw`(?:are|were)(?=\s+[${LETTERS}]+\s+(?:at|in|to)\s+(?:the|a|this|its)\s)))?` +
        String.raw`\s+${w(ATTENDING)}|^\s+${STATES}\s+at\s+(?:the\s+|a\s+)?(?:[${LETTERS}-]+\s+){0,2}?${w(MEETINGS)}\b|` +
        // "Some 150 parties sent delegations", "40 countries have sent their envoys": states there through those they sent.
        String.raw`^\s+${STATES}(?:\s+${w(PERFECT_AUXILIARIES)})?\s+${w(SENDING)}\s+(?:(?:their|its|[${LETTERS}-]+)\s+){0,2}?${w(DELEGATES)}\b`,
      'iu',
    ),
);
/** "more than 40 heads of state were present", "some 30 leaders attended": one leader for each state there. */
const LEADERS_ATTENDING = onFirstUse(
  () =>
    new RegExp(
      String.raw`^\s+(?:[${LETTERS}-]+\s+)?${w(STATE_LEADERS)}(?:\s+(?:were|are|will\s+be|${w(PERFECT_AUXILIARIES)}))?` +
        String.raw`\s+(?:${w(ATTENDING)}|${w(BEING_THERE)}\b)`,
      'iu',
    ),
);
/** "the conference brought together 90 nations", "the summit drew some 40 countries": the states a meeting had. */
const MEETING_DREW_BEFORE = onFirstUse(
  () => new RegExp(String.raw`\b${w(MEETINGS)}\b[^.;]{0,40}?\b${w(MEETING_DRAWS)}\s+$`, 'iu'),
);
/** "The 11 founding members signed": members counted by what they did. */
const MEMBERS_ACTING = onFirstUse(
  () =>
    new RegExp(
      String.raw`^\s+(?:[${LETTERS}-]+\s+)?${w(MEMBER_NOUNS)}\s+(?:${w(PERFECT_AUXILIARIES)}\s+)?` +
        String.raw`(?:${w(SO_FAR)}\s+)?(${ACTS})\b`,
      'iu',
    ),
);
/**
 * "to the convention", "of the Accord on Plant Varieties", "for the Minamata Convention": the treaty a total's noun is
 * of, between the noun and its value; a title's topic (up to four words after its lead) is read on.
 */
const OF_THE_TREATY = (): string =>
  String.raw`(?:to|of|for)\s+(?:the|this|its)\s+(?:[${LETTERS}-]+\s+){0,2}?${w(TREATY_NOUNS)}` +
  String.raw`(?:\s+(?:of|${w(TREATY_TOPIC_LEADS, TREATY_TITLE_LINKS)})(?:\s+[${LETTERS}'’-]+){1,4}?)?`;
/**
 * "bringing the number of signatories to 80", "the total of ratifications stands at 12", "the number to 21", "the
 * total number of instruments of ratification or accession to 51".
 */
const TOTAL_OF = onFirstUse(
  () =>
    new RegExp(
      // "the total number of parties": a total word may qualify another.
      String.raw`\b(?:${w(TOTAL_WORDS)}\s+)?${w(TOTAL_WORDS)}(?:\s+of\s+(?:${w(INSTRUMENT_NOUNS)}\s+of\s+)?` +
        String.raw`(${w(SIGNATURE_NOUNS, RATIFYING, PARTY_NOUNS)})(?:\s+${w(STATE_NOUNS)})?` +
        // "instruments of ratification, acceptance, approval or accession": the other ways of consenting, listed.
        String.raw`(?:(?:,|\s+or|\s+and)\s+[${LETTERS}-]+){0,4}(?:\s+${OF_THE_TREATY()})?|` +
        // "the number of states that have ratified the convention": states named by their act, read from the act.
        // "the number of WTO Members that have formally accepted the Agreement": members of a body, the same way.
        String.raw`\s+of\s+(?:${STATES}|(?:\p{Lu}[${LETTERS}-]*\s+)?${w(MEMBER_NOUNS)})\s+(?:that|which|who)\b[^.;\d]{0,60}?)?\b` +
        // "the count of parties is now 26": an adverb may stand between the link and the value.
        String.raw`[^.;\d]{0,30}?\b${w(TOTAL_LINKS)}(?:\s+${w(SO_FAR)})?\s+$`,
      'iu',
    ),
);
/**
 * "brought to 26 the number of parties", "brings to 40 the number of countries that have ratified": the value put
 * before the total it is the value of (its noun in group 1, else the act the sentence names).
 */
const FRONTED_TOTAL_BEFORE = onFirstUse(() => new RegExp(String.raw`\b${w(ADDING_TO_TOTAL)}\s+to\s+$`, 'iu'));
const FRONTED_TOTAL_AFTER = onFirstUse(
  () =>
    new RegExp(
      String.raw`^\s+(?:the|its)\s+(?:${w(TOTAL_WORDS)}\s+)?${w(TOTAL_WORDS)}\s+of\s+` +
        String.raw`(?:(${w(SIGNATURE_NOUNS, RATIFYING, PARTY_NOUNS)})\b|${STATES})`,
      'iu',
    ),
);
const TOTALLING_WORD = onFirstUse(() => wordsOf(TOTALLING, 'iu'));
/**
 * "Ratifications now total 45", "signatures stood at 80", "ratifications, acceptances and accessions now number 45":
 * a count named by its plural noun (and the other ways of consenting listed after it), with its value.
 */
const NOUN_TOTALS = onFirstUse(
  () =>
    new RegExp(
      String.raw`\b(${w(SIGNATURE_NOUNS, RATIFYING, PARTY_NOUNS)})(?:(?:,|\s+or|\s+and)\s+[${LETTERS}-]+){0,4}\s+` +
        // "parties to the convention now number 45": the treaty the noun is of, between it and its total.
        String.raw`(?:${OF_THE_TREATY()}\s+)?` +
        // "ratifications have now reached 52": a perfect auxiliary before the verb.
        String.raw`(?:${w(PERFECT_AUXILIARIES)}\s+)?(?:${w(SO_FAR)}\s+)?${w(TOTALLING)}\s+$`,
      'iu',
    ),
);
/**
 * "the roll of states parties climbed from the 27 it needed to 182", "the protocol has grown from ten states to 92": a
 * count said by its start and its value, its subject a noun of the count (group 1) or the treaty itself, which grows
 * by its parties. Not a possessive ("the treaty's budget grew from 10 to 12").
 */
const RISEN_FROM_TO = onFirstUse(
  () =>
    new RegExp(
      String.raw`\b(?:(${w(SIGNATURE_NOUNS, RATIFYING, PARTY_NOUNS)})|(?:the|this|its)\s+${w(TREATY_NOUNS)})\b(?!['’])` +
        String.raw`[^.;]{0,40}?\s${w(RISING)}(?:\s+[${LETTERS}]+ly)?\s+from\s[^.;]{1,100}?\sto\s+$`,
      'iu',
    ),
);
/** What ends a risen count's value: a stop, a conjunction, or when it stands ("to 92 today", "to 61 by May"). */
const RISEN_VALUE_END = onFirstUse(
  () =>
    new RegExp(
      String.raw`^(?:\s*[,.;:)(–—]|\s*$|\s+(?:and|but|by|${w(SAME_DAY, SO_FAR, STATUS_AS_OF, ACT_ADJUNCTS)})\b)`,
      'iu',
    ),
);
/** "made it 61", "bringing it to 41": the running total said by pronoun, after the act that added to it. */
const TOTAL_BY_PRONOUN = onFirstUse(
  () => new RegExp(String.raw`\b${w(ADDING_TO_TOTAL)}\s+(?:it|that|this)\s+(?:to\s+)?$`, 'iu'),
);
const SIGNATURE_NOUN = onFirstUse(() => wordsOf(SIGNATURE_NOUNS, 'iu'));
const INSTRUMENT_WORD = onFirstUse(() => wordsOf(INSTRUMENT_NOUNS, 'iu'));
const PARTY_NOUN = onFirstUse(() => wordsOf(PARTY_NOUNS, 'iu'));
const OTHER_ACTION_WORDS = onFirstUse(() => wordsOf([NEGOTIATING, APPROVING, REJECTING, VOTING], 'giu'));
const ATTEND_WORDS = onFirstUse(() => wordsOf(ATTENDING, 'giu'));
const DELEGATE_WORD = onFirstUse(() => wordsOf(DELEGATES, 'iu'));
/** "were not in the hall", "weren't there", "had never come": what the count's subject is said not to be or do. */
const DENIED_AFTER = onFirstUse(
  () => new RegExp(String.raw`^\s+(?:were|was|are|is|had|have|has|did|do)\s*${w(NEGATIONS)}`, 'iu'),
);
/**
 * "26 states plan to sign", "some 30 could ratify it", "40 have not ratified": the states' own verb makes their act a
 * plan, a possibility or a denial (group 1: the words between), so the nearest act word counts no one.
 */
const ACT_NOT_DONE_AFTER = onFirstUse(
  () => new RegExp(String.raw`^\s+${STATES}\s+((?:[${LETTERS}'’-]+\s+){1,3}?)(?:${ACTS})\b`, 'iu'),
);
const NOT_DONE_WORD = onFirstUse(() => wordsOf([INTENTIONS, NEGATIONS], 'iu'));
/**
 * What may follow a count of states that another clause's act counts: a stop, a preposition, a conjunction, a link
 * ("by Friday 47 countries were on the list", "negotiated by 120 countries.", "26 states in all"). Any other word goes
 * on with the count's own clause ("26 countries face floods", "which 26 countries still oppose"): its own verb, not
 * the act word nearest to it, says what the states did.
 */
const CLAUSE_ENDS_OR_LINKS = onFirstUse(
  () =>
    new RegExp(
      // The rest of a noun a whole was read up to ("72 of the 193 UN member | states").
      String.raw`^(?:\s+${w(STATE_NOUNS, MEMBER_NOUNS)}\b)?(?:\s+${w(SO_FAR)})?` +
        // Or the states' own verb is an act ("nine of the 27 EU countries ratified it").
        // "33 states will remain parties": a status the states keep is no verb of another kind.
        String.raw`(?:\s*(?:[,.;:)!?"'”’–—(-]|$)|\s+(?:${ACTS}|(?:will\s+)?${BOUND}|${w(PERFECT_AUXILIARIES)}|having|` +
        String.raw`${w(TOTAL_WORDS)}|` +
        String.raw`is|are|was|were|be|been|being|and|or|but|nor|in|at|on|from|of|by|for|with|without|as|to|into|among|` +
        String.raw`between|across|${w(SUBSET_CUES)}|that|which|who|whose|than|per|during|since|until|before|after|via|like|` +
        String.raw`out|up|under|over|within|against|through|about|both|each|all|alone|\d)\b)`,
      'iu',
    ),
);
/**
 * "72 nations ink Rome Convention": a verb of the states' own whose object is a treaty is an act in other words (a
 * headline's), which the act word nearest to it names.
 */
const OWN_VERB_ON_TREATY = onFirstUse(
  () =>
    new RegExp(
      String.raw`^\s+[${LETTERS}-]+\s+(?:(?:the|a|an|this|its)\s+)?(?:[${LETTERS}-]+\s+){0,3}?${w(TREATY_NOUNS)}\b`,
      'iu',
    ),
);
/** "ratifications from 65 countries recorded by May": the act named by the noun the states are the source of. */
const ACT_NOUN_FROM_BEFORE = onFirstUse(
  () =>
    new RegExp(
      String.raw`\b(?:${w(RATIFYING, ACCEDING, SIGNATURE_NOUNS, INSTRUMENT_NOUNS)})\s+(?:from|by|of)\s+$`,
      'iu',
    ),
);
/**
 * "the three governments that serve as depositaries", "12 states which border the lake": a relative clause whose verb
 * is no act, no status of being bound and no attending says what the states are, so the act nearest counts no one.
 */
const DESCRIBED_BY_OWN_CLAUSE = onFirstUse(
  () =>
    new RegExp(
      String.raw`^\s+(?:that|which|who)\s+(?!(?:${w(PERFECT_AUXILIARIES, BOUND_LINKS, SO_FAR, NEGATIONS, INTENTIONS)}|` +
        String.raw`${ACTS}|${BOUND}|${w(ATTENDING, NECESSITY_MODALS)}|will|would|could|can|may|might|must|should|are|were|is|was|be|to)\b)[${LETTERS}]+`,
      'iu',
    ),
);
/** "adopted by", "negotiated in Rome by", "approved last year by": a decision on a text, not an act of consent. */
const OTHER_ACT_BY = onFirstUse(
  () => new RegExp(String.raw`\b${w(APPROVING, NEGOTIATING)}\s+(?:[^,.;:]{1,50}?\s)?by\s+$`, 'iu'),
);
/** What may open an answer before its number: nothing, or an interview's label ("A:", "Answer:"). */
const ANSWER_OPENING = onFirstUse(() => /^\s*(?:(?:\p{Lu}{1,2}|Answer)\s*:\s*)?$/u);
/** A sentence that asks: the one after it answers. */
const QUESTION_END = onFirstUse(() => /\?\s*$/);
const COUNT_QUESTION = onFirstUse(() => new RegExp(String.raw`\b${w(COUNT_QUESTIONS)}\b`, 'i'));
const ACT_FAMILIES = onFirstUse((): readonly [NumberKind, RegExp][] => [
  ['signatory_count', SIGN_WORDS()],
  ['ratification_count', BOUND_WORDS()],
  ['attending_countries', ATTEND_WORDS()],
  ['other', OTHER_ACTION_WORDS()],
]);
/** The states counted: "40 countries", or "40 of the 54 states" (when the sentence is not about EU members). */
const countedStates = ({ after }: NumberContext) =>
  COUNT_NOUN().exec(after) ?? (EU_MEMBERS().test(after) ? null : PART_OF_WHOLE().exec(after));
/** The kind of a whole a count is part of: signatories, parties, the UN membership, or other. */
function kindOfWhole(noun: string, sentence: string): NumberKind {
  if (SIGNATURE_NOUN().test(noun)) return 'signatory_count';
  if (PARTY_NOUN().test(noun)) return 'ratification_count';
  return unNamed(noun) || (MEMBER_WORD().test(noun) && unNamed(sentence)) ? 'general_assembly_members' : 'other';
}

/**
 * A count whose noun comes before it, joined by a label's colon or dash, a bracket, or a comma and "now" / "so far":
 * "Signatories: 47", "Instruments deposited so far: 18", "ratifying states to date (31)", "its states parties, now
 * 31,". Group 1: the word before the head noun; group 2: the head noun; group 3: the words between it and the link.
 */
const NOUN_BEFORE_LINK = onFirstUse(
  () =>
    new RegExp(
      String.raw`(?<![${LETTERS}])(?:([${LETTERS}-]+)\s+)?(${w(SIGNATURE_NOUNS, RATIFYING, ACCEDING, INSTRUMENT_NOUNS, PARTY_NOUNS, STATE_NOUNS)})\b` +
        String.raw`((?:\s+[${LETTERS}'’-]+){0,6}?)\s*(?:[:–—]|\(|,\s*(?:${w(SO_FAR)}\s+)?(?:now|${w(SO_FAR)}))\s*$`,
      'iu',
    ),
);
/** What may follow a count whose noun came before it: a stop, a bracket, a conjunction, a date ("…: 31 (as of May)"). */
const AFTER_NAMED_COUNT = onFirstUse(
  () => new RegExp(String.raw`^(?:\s*[,.;:)(–—]|\s*$|\s+(?:and|but|in|on|by|${w(SO_FAR, STATUS_AS_OF)})\b)`, 'iu'),
);
const PAPER_WORD = onFirstUse(() => wordsOf(NON_TREATY_PAPERS, 'iu'));
/** Nouns that name the act themselves: a signature, or a consent to be bound (a ratification, an accession, a party). */
const SIGNATURE_HEAD = onFirstUse(() => wordsOf(SIGNATURE_NOUNS, 'iu'));
const BOUND_HEAD = onFirstUse(() => wordsOf([RATIFYING, ACCEDING, INSTRUMENT_NOUNS, PARTY_NOUNS], 'iu'));

/** A threshold with the instrument named nearest to it. */
const threshold = (ctx: NumberContext, m: RegExpExecArray | null, tail = true) =>
  m
    ? read('entry_into_force_threshold', m, {
        ...instrumentNear(ctx.sentence, ctx.number.start),
        ...(tail ? {} : { tail: 0 }),
      })
    : null;

export const COUNT_RULES = ruleTable<NumberContext, KindReading>('number kinds', [
  {
    name: 'tally-later-place',
    produces: 'votes against or abstaining, from the second or third number of a tally ("120-10-3")',
    when: ({ number }) =>
      number.tally
        ? { kind: number.tally === 2 ? 'vote_against' : 'vote_abstention', tail: 0, why: { kind: 'tally' } }
        : null,
    examples: [
      { text: 'Parliament approved the accord 201-12-7.', gives: { kind: 'vote_against', value: 12 } },
      { text: 'Parliament approved the accord 201-12-7.', gives: { kind: 'vote_abstention', value: 7 } },
    ],
  },
  {
    name: 'tally-first-place',
    produces: 'votes in favour, from the first number of a tally in a sentence about a decision',
    when: ({ has, after }) =>
      TALLY_START().test(after) && has(DECISION()) ? { kind: 'vote_in_favour', tail: 0, why: { kind: 'tally' } } : null,
    examples: [{ text: 'The senate backed the pact 64-30.', gives: { kind: 'vote_in_favour', value: 64 } }],
    counterExamples: [
      { text: 'Our team won 3-1 at home on Sunday.' },
      { text: 'The plan was passed after 5-7 years of work.' },
    ],
  },
  {
    name: 'assembly-size',
    produces: 'the size of the UN membership, from "the N-member General Assembly"',
    when: ({ after }) => read('general_assembly_members', ASSEMBLY().exec(after)),
    examples: [
      { text: 'The 193-member world body adopted the text.', gives: { kind: 'general_assembly_members', value: 193 } },
    ],
  },
  {
    name: 'whole-un-membership',
    produces: 'the size of the UN membership, from "all N UN member states"',
    when: ({ sentence, before, after }) =>
      MEMBERSHIP_BEFORE().test(before) && unNamed(sentence)
        ? read('general_assembly_members', ALL_MEMBERS().exec(after))
        : null,
    examples: [
      { text: 'All 193 UN members endorsed the declaration.', gives: { kind: 'general_assembly_members', value: 193 } },
    ],
  },
  {
    name: 'body-membership',
    produces: 'other: the members of a named body that owns them ("the Nordic Council\'s 8 member states")',
    when: ({ before, after }) => {
      const members = BODY_MEMBERS().exec(after);
      const owner = members && (BODY_OWNER_BEFORE().exec(before) ?? ORGANISATION_OWNS_BEFORE().exec(before));
      if (!owner || TREATY_WORD().test(owner[0])) return null;
      // "every one of the ILO's 187 member States is now a party": all of the members acting are the count of the act.
      const acted = wholeMembershipBefore(before) ? MEMBERS_ALL_ACT().exec(after.slice(members[0].length)) : null;
      return acted ? read(countOfAct(acted[1]), /^.*$/su.exec(members[0] + acted[0])) : read('other', members);
    },
    examples: [
      {
        text: "The whaling pact was signed by Chile, one of the Andean Community's 4 member states.",
        gives: { kind: 'other', value: 4 },
      },
      {
        text: 'The EU counts as one party, acting on behalf of its 27 member states.',
        gives: { kind: 'other', value: 27 },
      },
      {
        text: 'Russia was expelled in 2022; the organisation now has 46 member states.',
        gives: { kind: 'other', value: 46 },
      },
      { text: 'The alliance has 32 members and a new chief.', gives: { kind: 'other', value: 32 } },
      {
        text: "Every one of the Caribbean Community's 15 member states is now a party to it.",
        gives: { kind: 'ratification_count', value: 15 },
      },
      {
        text: "All of the Andean Community's 4 member states have ratified the pact.",
        gives: { kind: 'ratification_count', value: 4 },
      },
      {
        text: "Each of Mercosur's 5 members has signed the charter.",
        gives: { kind: 'signatory_count', value: 5 },
      },
    ],
    counterExamples: [
      { text: "All of the Nordic Council's 8 member states backed the talks.", not: { kind: 'ratification_count' } },
      { text: "Not all of the African Union's 55 members have ratified it.", not: { kind: 'ratification_count' } },
      {
        text: "Every one of the Arab League's 22 members has yet to ratify it.",
        not: { kind: 'ratification_count' },
      },
      { text: "The Whaling Convention's 88 members met in Lima.", not: { kind: 'other' } },
      { text: 'The statute had 121 member states at the time.', not: { kind: 'other' } },
      {
        text: 'The union backed the convention, which now has 46 member states.',
        not: { kind: 'other' },
      },
    ],
  },
  {
    name: 'votes-after-to',
    produces: 'votes against, from the number after "to" in "N votes to M"',
    needs: [VOTING, IN_FAVOUR, ABSTAINING],
    when: ({ has, before }) =>
      has(VOTE_SENTENCE()) ? read('vote_against', AGAINST_AFTER_TO().exec(before), { tail: 0 }) : null,
    examples: [{ text: 'The text was adopted by 150 votes to 3.', gives: { kind: 'vote_against', value: 3 } }],
    counterExamples: [
      { text: 'The vote came at the session, which runs from June 1 to 17.', not: { kind: 'vote_against' } },
    ],
  },
  {
    name: 'vote-side-first',
    produces:
      'votes for, against or abstaining, from the side said before the count ("For the bill voted 386 deputies")',
    needs: [VOTING, IN_FAVOUR, ABSTAINING],
    when: ({ has, lead }) => {
      const m = has(VOTE_SENTENCE()) ? SIDE_FIRST().exec(lead) : null;
      if (!m) return null;
      const kind = m[1] ? 'vote_in_favour' : m[2] ? 'vote_against' : 'vote_abstention';
      return { kind, tail: 0, why: { kind: m[0].trim() } };
    },
    examples: [
      {
        text: 'For the law voted 212 deputies, against it 9.',
        gives: { kind: 'vote_in_favour', value: 212 },
      },
      {
        text: 'In favour of the accord voted ninety members; 4 opposed it.',
        gives: { kind: 'vote_in_favour', value: 90 },
      },
      { text: 'The vote: in favour – 140, against – two, abstained – 6.', gives: { kind: 'vote_against', value: 2 } },
      {
        text: 'The vote: in favour – 140, against – two, abstained – 6.',
        gives: { kind: 'vote_abstention', value: 6 },
      },
      {
        text: 'Result of the vote: in favour: 120; against: 12; abstentions: 3.',
        gives: { kind: 'vote_abstention', value: 3 },
      },
    ],
    counterExamples: [
      { text: 'Against the odds, 40 countries voted to ratify it.', not: { kind: 'vote_against' } },
      { text: 'For years 12 states voted against the text.', not: { kind: 'vote_in_favour' } },
    ],
  },
  {
    name: 'votes-for',
    produces: 'votes in favour, from "N votes in favour", "N for", "103 MPs in favour", "143 backed it" in a vote',
    needs: [VOTING, IN_FAVOUR, ABSTAINING],
    when: ({ has, after }) => (has(VOTE_SENTENCE()) ? read('vote_in_favour', FOR().exec(after)) : null),
    examples: [
      { text: 'The resolution won 131 votes in favour and 9 against.', gives: { kind: 'vote_in_favour', value: 131 } },
      { text: 'It was adopted by 150 votes to 3.', gives: { kind: 'vote_in_favour', value: 150 } },
      { text: 'It was adopted by 140 votes to two.', gives: { kind: 'vote_in_favour', value: 140 } },
      {
        text: 'In the vote, 121 backed the text, 8 opposed it and 40 abstained.',
        gives: { kind: 'vote_in_favour', value: 121 },
      },
      {
        text: 'The chamber voted to ratify, with 210 deputies in favour.',
        gives: { kind: 'vote_in_favour', value: 210 },
      },
      {
        text: 'The bill passed, with all 212 senators present voting in favour.',
        gives: { kind: 'vote_in_favour', value: 212 },
      },
      {
        text: 'The house passed the law with 301 votes favourable and 4 contrary.',
        gives: { kind: 'vote_in_favour', value: 301 },
      },
    ],
    counterExamples: [
      { text: 'The two sides voted for hours before 12 countries backed a delay.', not: { value: 2 } },
      { text: 'In the vote, 12 members present left the room.', not: { kind: 'vote_in_favour' } },
    ],
  },
  {
    name: 'votes-against',
    produces: 'votes against, from "N against", "N opposed", "N countries voted no" in a vote',
    needs: [VOTING, IN_FAVOUR, ABSTAINING],
    when: ({ has, after }) => (has(VOTE_SENTENCE()) ? read('vote_against', AGAINST().exec(after)) : null),
    examples: [
      { text: 'The resolution won 131 votes in favour and 9 against.', gives: { kind: 'vote_against', value: 9 } },
      {
        text: 'In the vote, 121 backed the text, 8 opposed it and 40 abstained.',
        gives: { kind: 'vote_against', value: 8 },
      },
      {
        text: 'The house passed the law with 301 votes favourable and 4 contrary.',
        gives: { kind: 'vote_against', value: 4 },
      },
      { text: 'In the vote 80 backed the bill, 19 were against.', gives: { kind: 'vote_against', value: 19 } },
      { text: 'Of the deputies voting, twelve were opposed.', gives: { kind: 'vote_against', value: 12 } },
    ],
    counterExamples: [
      {
        text: 'The party won 40 seats, contrary to the polls, and voted against the pact.',
        not: { kind: 'vote_against' },
      },
    ],
  },
  {
    name: 'votes-abstaining',
    produces: 'abstentions, from "N abstentions", "N abstained", "N countries abstaining"',
    needs: [VOTING, IN_FAVOUR, ABSTAINING],
    when: ({ has, after }) => (has(VOTE_SENTENCE()) ? read('vote_abstention', ABSTAIN().exec(after)) : null),
    examples: [
      {
        text: 'The draft passed by a vote of 88 in favour with 14 abstentions.',
        gives: { kind: 'vote_abstention', value: 14 },
      },
    ],
  },
  {
    name: 'approved-by-voters',
    produces:
      'votes in favour or against, from the side a passive names before "by": "approved by N of the M senators", ' +
      '"backed by N votes", "rejected by N votes"',
    needs: [APPROVING, VOTING, REJECTING, VOTE_AGAINST],
    when: ({ has, lead, after }) => {
      if (!endsInBy(lead)) return null;
      const kind = APPROVED_BY().test(lead) ? 'vote_in_favour' : REJECTED_BY().test(lead) ? 'vote_against' : null;
      // "endorsed by 124 states, while 11 abstained": states approving, in a sentence that counts the other votes.
      const tally = has(kind === 'vote_against' ? TALLY_WORDS_BESIDE_AGAINST() : TALLY_WORDS());
      const voters = kind && (BY_VOTERS().exec(after) ?? (tally ? COUNT_NOUN().exec(after) : null));
      return kind ? read(kind, voters, { tail: 0 }) : null;
    },
    examples: [
      {
        text: 'The bill was approved by 140 of the chamber’s 170 senators.',
        gives: { kind: 'vote_in_favour', value: 140 },
      },
      {
        text: 'In Vaduz the ratification bill was voted by 61 deputies.',
        gives: { kind: 'vote_in_favour', value: 61 },
      },
      {
        text: 'The motion was endorsed by 97 states, while 12 abstained.',
        gives: { kind: 'vote_in_favour', value: 97 },
      },
      { text: 'The motion was opposed by 14 states, while 30 abstained.', gives: { kind: 'vote_against', value: 14 } },
    ],
    counterExamples: [
      { text: 'The pact was approved by 30 countries in Lima.', not: { kind: 'vote_in_favour' } },
      { text: 'The plan is opposed by 12 countries in the region.', not: { kind: 'vote_against' } },
    ],
  },
  {
    name: 'goal',
    produces: 'other, from a count set as a target ("a campaign aiming for 50 ratifications by 2018")',
    needs: [GOALS],
    // The lead's end only: the goal words stand right before the count (a whole lead cost seconds on an endless sentence).
    when: ({ lead }) =>
      GOAL_BEFORE().test(lead.slice(-60)) ? { kind: 'other', tail: 0, why: { kind: 'a goal' } } : null,
    examples: [
      { text: 'Unions launched a campaign aiming for 50 ratifications by 2018.', gives: { kind: 'other', value: 50 } },
      { text: 'The ministers set a target of 40 parties within five years.', gives: { kind: 'other', value: 40 } },
      { text: 'The secretariat is pushing for 100 signatories by the summit.', gives: { kind: 'other', value: 100 } },
      {
        text: 'The group said it would campaign for “one hundred ratifications” before 2000.',
        gives: { kind: 'other', value: 100 },
      },
      {
        text: 'The group said it would campaign for "sixty ratifications within the decade".',
        gives: { kind: 'other', value: 60 },
      },
    ],
    counterExamples: [
      { text: 'The pact, aiming to cut waste, now has 50 ratifications.', not: { kind: 'other' } },
      { text: 'The campaign reached its goal: 50 states have ratified.', not: { kind: 'other' } },
    ],
  },
  {
    name: 'delay-in-days',
    produces: 'an entry-into-force delay, from "N days after", "in N days", "a N-day countdown" about entry into force',
    needs: [ENTRY_INTO_FORCE],
    when: ({ has, before, after }) => {
      if (!has(EIF()) || has(WITHDRAWAL_TAKES_EFFECT())) return null;
      const m = DAYS_AFTER().exec(after) ?? (WITHIN_BEFORE().test(before) ? DAYS().exec(after) : null);
      return m ? read('entry_into_force_delay_days', m, instrumentNamed(after)) : null;
    },
    examples: [
      {
        text: 'The pact takes effect 45 days after ratification by both parties.',
        gives: { kind: 'entry_into_force_delay_days', value: 45, instrument: 'ratification' },
      },
      {
        text: 'The accord will enter into force in 60 days.',
        gives: { kind: 'entry_into_force_delay_days', value: 60 },
      },
      {
        text: 'Her deposit started a 90-day countdown to its entry into force.',
        gives: { kind: 'entry_into_force_delay_days', value: 90 },
      },
      {
        text: 'The pact shall enter into force sixty (60) days after the tenth deposit.',
        gives: { kind: 'entry_into_force_delay_days', value: 60 },
      },
      {
        text: 'Under its 30-day rule the accord becomes binding in June.',
        gives: { kind: 'entry_into_force_delay_days', value: 30 },
      },
      {
        text: 'The 12th deposit set the ninety-day clock running toward entry into force.',
        gives: { kind: 'entry_into_force_delay_days', value: 90 },
      },
    ],
    counterExamples: [
      { text: 'Talks went on for 30 days before the pact entered into force.' },
      { text: 'The 30-day session ended a week before the pact took effect.', not: { value: 30 } },
      {
        text: 'The exit takes effect 90 days after the depositary receives the notice.',
        not: { kind: 'entry_into_force_delay_days' },
      },
      {
        text: 'The accord will take effect on 12 June, 90 days from now.',
        not: { kind: 'entry_into_force_delay_days' },
      },
      { text: 'It becomes binding 30 days from today.', not: { kind: 'entry_into_force_delay_days' } },
    ],
  },
  {
    name: 'threshold-met',
    produces:
      'an entry-into-force threshold, from the states an entry into force told as done waited on ("entered into ' +
      'force in 1970, once 40 other states had ratified it"), or said to have brought it about ("the 15 that ' +
      'triggered entry into force")',
    needs: [MET_CONDITIONS, TRIGGERING, BRINGING_INTO_FORCE],
    when: (ctx) => {
      const brought = BROUGHT_INTO_FORCE_AFTER().exec(ctx.after);
      if (brought) return threshold(ctx, brought);
      if (!ctx.has(EIF_DONE()) || !MET_CONDITION_BEFORE().test(ctx.lead)) return null;
      // "…, once 30 had ratified it": with the states left out, the count follows the conjunction itself.
      const bare = MET_CUE_JUST_BEFORE().test(ctx.lead) ? BARE_ACTORS_AFTER().exec(ctx.after) : null;
      return threshold(ctx, HAD_ACTED_AFTER().exec(ctx.after) ?? bare);
    },
    examples: [
      {
        text: 'The pact has 31 parties, up from the 22 that triggered its entry into force in 2019.',
        gives: { kind: 'entry_into_force_threshold', value: 22 },
      },
      {
        text: 'Of the nine states that brought it into force, two have since withdrawn.',
        gives: { kind: 'entry_into_force_threshold', value: 9 },
      },
      {
        text: 'Sixty ratifications will trigger the entry into force of the pact.',
        gives: { kind: 'entry_into_force_threshold', value: 60 },
      },
      {
        text: 'A total of 35 instruments triggers its entry into force.',
        gives: { kind: 'entry_into_force_threshold', value: 35 },
      },

      {
        text: 'It entered into force in 1970, once the three depositaries and 40 other states had ratified it.',
        gives: { kind: 'entry_into_force_threshold', value: 40, instrument: 'ratification' },
      },
      {
        text: 'The pact took effect in May, once 50 countries had deposited their instruments.',
        gives: { kind: 'entry_into_force_threshold', value: 50 },
      },
      {
        text: 'The charter came into force as soon as 25 nations had signed it.',
        gives: { kind: 'entry_into_force_threshold', value: 25, instrument: 'signature' },
      },
      {
        text: 'The accord entered into force in 2004, once 30 had ratified it.',
        gives: { kind: 'entry_into_force_threshold', value: 30 },
      },
    ],
    counterExamples: [
      {
        text: 'The 22 states that triggered the dispute have not ratified the pact.',
        not: { kind: 'entry_into_force_threshold' },
      },
      { text: 'Ten states will trigger a review of the pact.', not: { kind: 'entry_into_force_threshold' } },

      {
        text: 'It entered into force in 2005, when 128 states had ratified it.',
        not: { kind: 'entry_into_force_threshold' },
      },
      { text: 'Once 40 states had ratified it, critics went quiet.', not: { kind: 'entry_into_force_threshold' } },
    ],
  },
  {
    name: 'joined-others',
    produces:
      'other with increment, and the total it implies with the subject, from "Peru joined 40 other countries in ' +
      'ratifying" (41 parties) or "… that have signed" (41 signatories)',
    needs: [JOINING],
    when: ({ lead, after }) => {
      const m = JOINED_BEFORE().test(lead) ? OTHER_STATES().exec(after) : null;
      const act = m && THEIR_ACT().exec(after.slice(m[0].length));
      if (!m || !act) return null;
      const total = { kind: countOfAct(act[1]), add: m[1] ? 2 : 1 };
      return read('other', m, { increment: true, total, why: { kind: `joined ${m[0].trim()} ${act[1]}` } });
    },
    examples: [
      {
        text: 'On Monday Peru joined 40 other countries in ratifying the pact.',
        gives: { kind: 'ratification_count', value: 41 },
      },
      {
        text: 'On Monday Peru joined 40 other countries in ratifying the pact.',
        gives: { kind: 'other', value: 40, increment: true },
      },
      {
        text: 'Oman joins 30 other countries and the African Union in ratifying the pact.',
        gives: { kind: 'ratification_count', value: 32 },
      },
      {
        text: 'Fiji joins 12 other nations that have already signed the charter.',
        gives: { kind: 'signatory_count', value: 13 },
      },
    ],
    counterExamples: [
      { text: 'Peru joined 12 other countries at the talks in Lima.', not: { kind: 'ratification_count' } },
      { text: 'Chad joined 30 other nations in calling for a ban.', not: { kind: 'ratification_count' } },
    ],
  },
  {
    name: 'increment',
    produces: 'other with increment, from "two more countries", "17 other states", "six additional ratifications"',
    needs: [INCREMENT_LEADS, INCREMENT_WORDS],
    when: ({ lead, after }) =>
      // "a further 26 signatories": a status noun counts the states that hold it, however they are added.
      INCREMENT_BEFORE().test(lead) && !SIGNATORIES().test(after) && !PARTIES().test(after)
        ? { kind: 'other', increment: true, tail: 0, why: { kind: lead.trim().split(/\s+/).slice(-2).join(' ') } }
        : read('other', INCREMENT().exec(after), { increment: true, tail: 0 }),
    examples: [
      {
        text: 'Three more countries ratified the accord this week.',
        gives: { kind: 'other', value: 3, increment: true },
      },
      { text: 'Since then, 9 other states have signed.', gives: { kind: 'other', value: 9, increment: true } },
      { text: 'Another 34 have signed but not yet ratified.', gives: { kind: 'other', value: 34, increment: true } },
      {
        text: 'A further 20 countries are expected to sign on Friday.',
        gives: { kind: 'other', value: 20, increment: true },
      },
    ],
    counterExamples: [{ text: 'The accord has 40 parties, more than expected.' }],
  },
  {
    name: 'increment-before-total',
    produces: 'other with increment, from the states that acted in "N states ratified, bringing the total to M"',
    needs: [ADDING_TO_TOTAL],
    when: ({ has, after }) => {
      const m = has(ADDING()) ? LEADS_TO_TOTAL().exec(after) : null;
      return m
        ? { kind: 'other', tail: 0, increment: true, why: { kind: m[0].trim().split(/\s+/).slice(-3).join(' ') } }
        : null;
    },
    examples: [
      {
        text: 'Four states ratified it on Monday, bringing the number of parties to 52.',
        gives: { kind: 'other', value: 4, increment: true },
      },
    ],
  },
  {
    name: 'delegates-of-states',
    produces:
      'attending countries, from "delegates from more than 100 States"; the act count when they acted ("signed by ' +
      'representatives of 91 countries")',
    needs: [DELEGATES],
    when: ({ lead, after }) => {
      const sent = SENT_BY_STATES().exec(lead);
      const counted = sent && COUNT_NOUN().exec(after);
      // "Delegates from a dozen countries co-sponsored the text": states counted by their part in the text.
      if (!counted || STATES_NEGOTIATED().test(after)) return null;
      const acted = STATES_THEN_ACT().exec(after);
      const paper = acted && PAPER_AFTER().test(after.slice(acted[0].length));
      const act = ACT_BY().exec(lead.slice(0, sent.index))?.[1] ?? (paper ? null : acted?.[1]);
      return read(act ? countOfAct(act) : 'attending_countries', counted);
    },
    examples: [
      {
        text: 'The meeting, attended by delegates from over 140 countries, reviewed the pact.',
        gives: { kind: 'attending_countries', value: 140 },
      },
      {
        text: 'Delegates from more than 100 States adopted a declaration on the pact.',
        gives: { kind: 'attending_countries', value: 100 },
      },
      { text: 'Representatives of 90 nations met in Rome.', gives: { kind: 'attending_countries', value: 90 } },
      {
        text: 'The pact was signed by representatives of 91 countries in Kumamoto.',
        gives: { kind: 'signatory_count', value: 91 },
      },
      {
        text: 'Envoys from 80 countries, along with the African Union, put their names on Friday to the charter.',
        gives: { kind: 'signatory_count', value: 80 },
      },
      {
        text: 'Envoys from 80 countries, along with the African Union, met in Rome.',
        gives: { kind: 'attending_countries', value: 80 },
      },
      {
        text: 'Ministers from 30 nations signed a joint statement at the talks.',
        gives: { kind: 'attending_countries', value: 30 },
      },
    ],
  },
  {
    name: 'states-yet-to-act',
    produces:
      'other, from states still missing: "the remaining eight", "six have yet to sign", "eight ratifications short of"',
    needs: [REMAINING, NOT_YET, OUTSIDE_TREATY, NEGATIONS],
    when: ({ lead, after }) => {
      const remaining = REMAINING_BEFORE().exec(lead);
      // "a further 26 signatories that have yet to ratify": counted by their own noun, they are the signatories.
      if (!remaining && SIGNATORIES().test(after)) return null;
      return read('other', remaining ?? NOT_YET_AFTER().exec(after) ?? OUTSIDE_AFTER().exec(after), { tail: 0 });
    },
    examples: [
      { text: 'Only seven states have yet to ratify the convention.', gives: { kind: 'other', value: 7 } },
      { text: 'The remaining five states must ratify before it can take effect.', gives: { kind: 'other', value: 5 } },
      {
        text: 'The pact was just four ratifications short of the number it needs.',
        gives: { kind: 'other', value: 4 },
      },
      { text: 'Her accession leaves only two states outside the pact.', gives: { kind: 'other', value: 2 } },
      { text: 'Five countries remain outside.', gives: { kind: 'other', value: 5 } },
      { text: 'Six states have signed it but never ratified.', gives: { kind: 'other', value: 6 } },
      {
        text: 'By May 45 countries (Chile among them) had signed but not yet ratified.',
        gives: { kind: 'other', value: 45 },
      },
      {
        text: 'Three nations – Chad, Mali and Niger – remain signatories that have not ratified.',
        gives: { kind: 'other', value: 3 },
      },
      {
        text: 'It has 30 signatories; eleven of those, Peru among them, went no further.',
        gives: { kind: 'other', value: 11 },
      },
    ],
    counterExamples: [
      { text: 'So far 45 countries have signed, but Japan has not yet ratified.', not: { value: 45 } },
      { text: 'Outside Europe, 40 countries have ratified the pact.', not: { kind: 'other' } },
      { text: '45 countries have signed, but Japan has never ratified.', not: { value: 45 } },
      { text: 'Twelve states signed it but went on to ratify.', not: { kind: 'other' } },
      {
        text: 'It has 80 parties and a further 14 signatories that have not yet ratified.',
        not: { kind: 'other', value: 14 },
      },
    ],
  },
  {
    name: 'parties-left',
    produces: 'a ratification count, from what a withdrawal leaves ("the exit leaves 187", "leaving it with 160")',
    needs: [LEAVING_BEHIND],
    when: ({ has, lead, after }) => {
      const left = has(LEAVING_WORDS()) ? LEFT_BEFORE().exec(lead) : null;
      const noun = left && (PARTIES().exec(after) ?? MEMBERS_AFTER().exec(after));
      if (!left || (!noun && !NO_NOUN_AFTER().test(after))) return null;
      return { kind: 'ratification_count', tail: noun ? noun[0].length : 0, why: { kind: left[0].trim() } };
    },
    examples: [
      {
        text: 'The pact had 98 parties; Peru’s withdrawal leaves 97, though it takes a year to be final.',
        gives: { kind: 'ratification_count', value: 97 },
      },
      { text: 'Two states pulled out, leaving it with 60 parties.', gives: { kind: 'ratification_count', value: 60 } },
      {
        text: 'Peru’s exit will leave the convention with 39 members.',
        gives: { kind: 'ratification_count', value: 39 },
      },
    ],
    counterExamples: [
      { text: 'The storm leaves 187 people homeless.', not: { kind: 'ratification_count' } },
      { text: 'Peru’s withdrawal leaves 97 diplomats without work.', not: { kind: 'ratification_count' } },
    ],
  },
  {
    name: 'threshold-named',
    produces: 'an entry-into-force threshold, from "the threshold of N", "the N-country threshold", "minimum of N"',
    needs: [THRESHOLD_NOUNS],
    when: (ctx) => {
      // "alongside a minimum of 30 states", in a sentence of what is required, or "the minimum of five ratifications":
      // the qualifier names the condition too.
      const required =
        ctx.lead.length < ctx.before.length &&
        (ctx.has(EIF()) || ctx.has(NEEDED_WORD()) || DEFINITE_BEFORE().test(ctx.lead));
      const named = NAMED_BEFORE().exec(ctx.lead) ?? (required ? NAMED_BEFORE().exec(ctx.before) : null);
      if (!named) return threshold(ctx, NAMED_AFTER().exec(ctx.after));
      const counted = COUNTED_AFTER().exec(ctx.after);
      // "the threshold of 22" with nothing counted after it is a treaty's threshold only in treaty news ("minimum 4 GB").
      if (!counted && !ctx.has(EIF()) && !ctx.has(TREATY_WORD())) return null;
      const reading = threshold(ctx, counted ?? named, !!counted);
      return reading && { ...reading, why: { ...reading.why, kind: named[0].trim() } };
    },
    examples: [
      {
        text: 'The pact has reached the 30-country threshold it needed.',
        gives: { kind: 'entry_into_force_threshold', value: 30 },
      },
      {
        text: 'It met the minimum threshold of 15 ratifications.',
        gives: { kind: 'entry_into_force_threshold', value: 15 },
      },
      {
        text: 'The fleet share required is 35 percent, alongside a minimum of 30 states.',
        gives: { kind: 'entry_into_force_threshold', value: 30, qualifier: 'at_least' },
      },
      {
        text: 'It will enter into force when a minimum of 40 countries have ratified it.',
        gives: { kind: 'entry_into_force_threshold', value: 40 },
      },
      {
        text: 'The amendment needs a minimum of 60 ratifications.',
        gives: { kind: 'entry_into_force_threshold', value: 60 },
      },
      {
        text: 'Peru’s deposit completed the minimum of ten ratifications set by its final clauses.',
        gives: { kind: 'entry_into_force_threshold', value: 10, qualifier: 'exact' },
      },
    ],
    counterExamples: [
      { text: 'The app needs a minimum 4 GB of memory.', not: { kind: 'entry_into_force_threshold' } },
      { text: 'A minimum of 40 countries have signed the pact.', not: { kind: 'entry_into_force_threshold' } },
    ],
  },
  {
    name: 'threshold-restated',
    produces: 'an entry-into-force threshold, from a needed share given again as a number ("…, meaning 60 of them")',
    needs: [NEEDED],
    when: (ctx) => (SHARE_RESTATED().test(ctx.lead) ? threshold(ctx, RESTATED_AFTER().exec(ctx.after)) : null),
    examples: [
      {
        text: 'The change needs ratification by two-thirds of the 90 states that adopted it, meaning 60 of them.',
        gives: { kind: 'entry_into_force_threshold', value: 60 },
      },
    ],
    counterExamples: [
      {
        text: 'It needs the votes of half of the 30 members, meaning a long night of talks for 12 delegations.',
        not: { kind: 'entry_into_force_threshold' },
      },
    ],
  },
  {
    name: 'threshold-needed',
    produces:
      'an entry-into-force threshold, from "the N it needs", "the N countries required", "requires ratification by N"',
    needs: [NEEDED, NECESSITY_MODALS],
    when: (ctx) => {
      const { after } = ctx;
      const lead = withoutAside(ctx.lead);
      // "…its entry-into-force conditions, which requires 15 States": states needed, in a sentence about entry into force.
      // "The convention needed 35 instruments of ratification": consents a treaty needs are its condition.
      if (THE_NEEDED_BEFORE().test(lead) && !VOTES_BEFORE().test(lead))
        return threshold(ctx, COUNTED_AFTER().exec(after) ?? NO_NOUN_AFTER().exec(after), COUNTED_AFTER().test(after));
      const consentsNeeded = ctx.has(TREATY_WORD()) && ACTS_NEEDED().test(after);
      if (NEEDS_BEFORE().test(lead) && (ctx.has(EIF()) || NEEDED_TO_ACT().test(after) || consentsNeeded)) {
        const counted = ctx.has(EIF()) || consentsNeeded ? COUNTED_AFTER().exec(after) : null;
        return counted ? threshold(ctx, counted) : threshold(ctx, NEEDED_FOR().exec(after), false);
      }
      const mustAct = ctx.has(EIF()) && !ctx.has(EIF_DONE()) ? MUST_ACT_AFTER().exec(after) : null;
      if (mustAct) return threshold(ctx, COUNTED_AFTER().exec(after));
      const neededByTreaty = TREATY_NEEDS_BEFORE().test(lead) ? COUNTED_AFTER().exec(after) : null;
      if (neededByTreaty) return threshold(ctx, neededByTreaty);
      const whoseActNeeded = WHOSE_ACT_NEEDED().exec(after);
      if (whoseActNeeded) return threshold(ctx, whoseActNeeded, false);
      const m = NEEDED_AFTER().exec(after);
      if (m && VOTES_BEFORE().test(lead) && !COUNTED_AFTER().test(after))
        return { kind: 'other', tail: 0, why: { kind: 'votes needed' } };
      const needed =
        m &&
        (DEFINITE_BEFORE().test(lead) ||
          ctx.has(EIF()) ||
          ACTS_NEEDED().test(after) ||
          NEEDED_TO_ACT().test(after.slice(m[0].length)))
          ? m
          : null;
      return threshold(ctx, needed ?? (NEEDED_BY().test(lead) ? COUNTED_AFTER().exec(after) : null));
    },
    examples: [
      {
        text: 'The charter now has 48 of the 50 it needs to enter into force.',
        gives: { kind: 'entry_into_force_threshold', value: 50 },
      },
      {
        text: 'Ghana’s deposit means the 12 countries required have now ratified.',
        gives: { kind: 'entry_into_force_threshold', value: 12 },
      },
      {
        text: 'The protocol requires ratification by 30 nations.',
        gives: { kind: 'entry_into_force_threshold', value: 30 },
      },
      {
        text: 'In all, 25 states are needed to ratify the pact.',
        gives: { kind: 'entry_into_force_threshold', value: 25 },
      },
      {
        text: 'It has 70 parties but needs 90 to take effect.',
        gives: { kind: 'entry_into_force_threshold', value: 90 },
      },
      {
        text: 'It meets the first of three entry-into-force conditions, which requires 20 states, but not the others.',
        gives: { kind: 'entry_into_force_threshold', value: 20 },
      },
      {
        text: 'The convention needed 12 states holding half of the world’s fleet.',
        gives: { kind: 'entry_into_force_threshold', value: 12 },
      },
      {
        text: 'The accord requires, as its drafters wanted, 35 ratifications to take effect.',
        gives: { kind: 'entry_into_force_threshold', value: 35 },
      },
      {
        text: 'Chile is one of 30 "core states," whose ratification is needed for the ban to take effect.',
        gives: { kind: 'entry_into_force_threshold', value: 30 },
      },
      { text: 'Forty signatures are needed.', gives: { kind: 'entry_into_force_threshold', value: 40 } },
      {
        text: 'Six instruments of ratification, acceptance or approval are required.',
        gives: { kind: 'entry_into_force_threshold', value: 6 },
      },
      {
        text: 'Twelve ratifications or accessions were needed to bring it to life.',
        gives: { kind: 'entry_into_force_threshold', value: 12 },
      },
      {
        text: 'The 1990 pact needed 20 instruments of ratification or accession.',
        gives: { kind: 'entry_into_force_threshold', value: 20 },
      },
      {
        text: 'The count of parties went past the required 30 in May.',
        gives: { kind: 'entry_into_force_threshold', value: 30 },
      },
      {
        text: 'It still lacks the necessary 40 ratifications.',
        gives: { kind: 'entry_into_force_threshold', value: 40 },
      },
      {
        text: 'Fifty states must ratify the accord before it enters into force.',
        gives: { kind: 'entry_into_force_threshold', value: 50 },
      },
      {
        text: 'At least 22 countries have to ratify it for it to take effect.',
        gives: { kind: 'entry_into_force_threshold', value: 22, qualifier: 'at_least' },
      },
      {
        text: 'Thirty nations will have to sign the charter before it comes into force.',
        gives: { kind: 'entry_into_force_threshold', value: 30, instrument: 'signature' },
      },
      {
        text: 'It took effect in 2003, once it reached the 20 ratifications that it needed.',
        gives: { kind: 'entry_into_force_threshold', value: 20 },
      },
      {
        text: 'Chile’s deposit leaves the pact 12 short of the 80 now required.',
        gives: { kind: 'entry_into_force_threshold', value: 80 },
      },
      {
        text: 'The bill failed with 55 ayes, three votes short of the 58 needed to pass it.',
        gives: { kind: 'other', value: 58 },
      },
    ],
    counterExamples: [
      { text: 'About 30 countries needed food aid last year.', not: { kind: 'entry_into_force_threshold' } },
      { text: 'Fifty states must ratify the accord, the minister said.', not: { kind: 'entry_into_force_threshold' } },
      { text: 'The talks needed help from 40 countries.', not: { kind: 'entry_into_force_threshold' } },
      { text: 'The flood relief needed 30 countries to send aid.', not: { kind: 'entry_into_force_threshold' } },
      { text: 'Talks on the treaty needed 30 hours of debate.', not: { kind: 'entry_into_force_threshold' } },
      { text: 'The bill got 55 votes, short of the required 60.', not: { kind: 'entry_into_force_threshold' } },
      {
        text: 'Peru needed 3 signatures from its ministers on the decree.',
        not: { kind: 'entry_into_force_threshold' },
      },
      {
        text: 'Chile is one of 30 states whose ratification was hailed as a step forward.',
        not: { kind: 'entry_into_force_threshold' },
      },
    ],
  },
  {
    name: 'threshold-count',
    produces: 'an entry-into-force threshold, from "after N states ratify", "ratification by N countries"',
    when: (ctx) => {
      const { after } = ctx;
      const lead = withoutAside(ctx.lead);
      // "entered into force …, following ratification by 65 countries": in a sentence that reports the entry into
      // force as done, the count after the cue is what happened, not the condition.
      const done =
        endsInBy(lead) &&
        ((DONE_BY().test(lead) && !DONE_AS_CONDITION().test(lead)) || DONE_IN_APPOSITION().test(lead));
      // "…following deposits by six of its members: Chile, Peru and Fiji": states named one by one acted already.
      if (
        !ctx.has(EIF()) ||
        ctx.has(EIF_DONE()) ||
        !THRESHOLD_BEFORE().test(lead) ||
        done ||
        NAMED_ONE_BY_ONE().test(after)
      )
        return null;
      return threshold(
        ctx,
        COUNT_NOUN().exec(after) ??
          PART_OF_WHOLE().exec(after) ??
          PART_OF_BARE_WHOLE().exec(after) ??
          COUNTED_TOWARD().exec(after) ??
          (BARE_CUE_BEFORE().test(lead) ? BARE_ACTORS_AFTER().exec(after) : null),
      );
    },
    examples: [
      {
        text: 'The charter will take effect once 15 countries sign it.',
        gives: { kind: 'entry_into_force_threshold', value: 15, instrument: 'signature' },
      },
      {
        text: 'It will enter into force 90 days after it has been ratified by 40 states.',
        gives: { kind: 'entry_into_force_threshold', value: 40 },
      },
      {
        text: 'The charter will take effect once ratified by 40 states.',
        gives: { kind: 'entry_into_force_threshold', value: 40 },
      },
      {
        text: 'The charter will take effect once five signatory states have ratified it.',
        gives: { kind: 'entry_into_force_threshold', value: 5, instrument: 'ratification' },
      },
      {
        text: 'It comes into force when, under its article 30, 22 nations have ratified it.',
        gives: { kind: 'entry_into_force_threshold', value: 22 },
      },
      {
        text: 'The pact takes effect 60 days after nine of the 12, or three-quarters, complete ratification.',
        gives: { kind: 'entry_into_force_threshold', value: 9 },
      },
      {
        text: 'It enters into force once 30 of the 45 have ratified it.',
        gives: { kind: 'entry_into_force_threshold', value: 30 },
      },
      {
        text: 'Peru has ratified it, and it will come into force once 25 have done so.',
        gives: { kind: 'entry_into_force_threshold', value: 25 },
      },
      {
        text: 'The charter will only take effect once 30 have ratified it.',
        gives: { kind: 'entry_into_force_threshold', value: 30 },
      },
      {
        text: 'It cannot enter into force until 25 become parties.',
        gives: { kind: 'entry_into_force_threshold', value: 25 },
      },
      {
        text: 'The accord is to take effect after 45 sign it.',
        gives: { kind: 'entry_into_force_threshold', value: 45, instrument: 'signature' },
      },
    ],
    counterExamples: [
      {
        text: 'Since it entered into force, the accord has gained 80 parties.',
        not: { kind: 'entry_into_force_threshold' },
      },
      {
        text: 'As of May, 68 states had ratified it, so it entered into force.',
        not: { kind: 'entry_into_force_threshold' },
      },
      {
        text: 'It has been ratified by 50 parties but has yet to take effect.',
        not: { kind: 'entry_into_force_threshold' },
      },
      {
        text: 'The pact entered into force on 1 May, following ratification by 50 states.',
        not: { kind: 'entry_into_force_threshold' },
      },
      {
        text: 'The pact will take effect in May, after deposits by the bloc and four of its members: Malta, Chile, Peru.',
        not: { kind: 'entry_into_force_threshold' },
      },
      {
        text: 'The charter, signed by 66 states, will take effect 90 days after the 40th ratification.',
        not: { kind: 'entry_into_force_threshold', value: 66 },
      },
      {
        text: 'Signed in 2019 by 24 nations, the charter has yet to take effect.',
        not: { kind: 'entry_into_force_threshold' },
      },
      {
        text: 'The pact, adopted at a summit in Lima last year by 52 states, needs ten ratifications to take effect.',
        not: { kind: 'entry_into_force_threshold', value: 52 },
      },
      {
        text: 'Ratified last year by 14 states, the pact still needs six more to enter into force.',
        not: { kind: 'entry_into_force_threshold', value: 14 },
      },
      {
        text: 'The accord entered into force once 30 had ratified it, and since then 12 have joined.',
        not: { kind: 'entry_into_force_threshold', value: 12 },
      },
      {
        text: 'The pact will take effect in May, and by then 40 have ratified.',
        not: { kind: 'entry_into_force_threshold' },
      },
    ],
  },
  {
    name: 'part-of-needed',
    produces: 'a count of what is needed so far, from "41 of the 50 ratifications required", "12 of the 20 it needs"',
    needs: [NEEDED],
    when: ({ has, sentence, after, number }) => {
      const m = PART_OF_NEEDED().exec(after);
      if (!m) return null;
      const act = m[1] ? null : nearest(sentence, number.start, ACT_FAMILIES().slice(0, 2));
      const byNoun = m[1] && (SIGNATURE_NOUN().test(m[1]) ? 'signatory_count' : 'ratification_count');
      const kind = byNoun || act?.name || (has(EIF()) ? 'ratification_count' : null);
      return kind ? { kind, tail: 0, why: { kind: act ? `${act.word} … ${m[0].trim()}` : m[0].trim() } } : null;
    },
    examples: [
      {
        text: 'The pact now has 41 of the 50 ratifications required for it to take effect.',
        gives: { kind: 'ratification_count', value: 41 },
      },
      {
        text: 'It has collected 33 of the 40 signatures it needs.',
        gives: { kind: 'signatory_count', value: 33 },
      },
      {
        text: 'With Peru, the charter has 18 of the 20 it needs to enter into force.',
        gives: { kind: 'ratification_count', value: 18 },
      },
    ],
    counterExamples: [{ text: 'The bill won 55 of the 60 votes needed to pass.', not: { kind: 'ratification_count' } }],
  },
  {
    name: 'answer-to-condition-question',
    produces:
      'an entry-into-force threshold, from a count opening the answer to a question of what the treaty needs to take ' +
      'effect ("What does it take to become binding? Forty ratifications.")',
    needs: [ENTRY_INTO_FORCE],
    when: (ctx) => {
      const { before, after, previous } = ctx;
      if (!ANSWER_OPENING().test(before) || !QUESTION_END().test(previous) || !EIF().test(previous)) return null;
      return threshold(ctx, COUNTED_AFTER().exec(after) ?? NO_NOUN_AFTER().exec(after), COUNTED_AFTER().test(after));
    },
    examples: [
      {
        text: 'What must happen before the pact can take effect?\nSixty ratifications, says its article 20.',
        gives: { kind: 'entry_into_force_threshold', value: 60 },
      },
      {
        text: 'When will the accord enter into force? 25 states must first ratify it.',
        gives: { kind: 'entry_into_force_threshold', value: 25 },
      },
      {
        text: 'When does the charter become binding?\nForty, under its final clauses.',
        gives: { kind: 'entry_into_force_threshold', value: 40 },
      },
      {
        text: 'Q: What does the pact need to take effect? A: Fifty ratifications.',
        gives: { kind: 'entry_into_force_threshold', value: 50 },
      },
    ],
    counterExamples: [
      {
        text: 'Has the pact entered into force? Yes: 45 states have ratified it.',
        not: { kind: 'entry_into_force_threshold' },
      },
      { text: 'How many states have ratified it?\nForty-one, as of May.', not: { kind: 'entry_into_force_threshold' } },
    ],
  },
  {
    name: 'whole-of-part',
    produces: 'the whole a count is part of ("72 of the 193 UN member states", "one of the 104 signatories")',
    when: ({ sentence, lead, after }) => {
      const m = PART_OF_WHOLE_BEFORE().test(lead.slice(-30)) ? WHOLE_AFTER().exec(after) : null;
      if (!m) return null;
      // "three-fourths of the 87 parties that were present at its adoption": those at a meeting, not the parties.
      if (WHOLE_THAT_ATTENDED().test(after.slice(m[0].length))) return read('other', m);
      const kind = kindOfWhole(m[0], sentence);
      // "Of the 120 countries that signed it, 37 have ratified": a whole counted by its own act is that act's count.
      const acted = kind === 'other' ? WHOLE_THAT_ACTED().exec(after) : null;
      return acted ? read(countOfAct(acted[1]), acted) : read(kind, m);
    },
    examples: [
      {
        text: 'Of the 193 UN member states, 120 have signed the pact.',
        gives: { kind: 'general_assembly_members', value: 193 },
      },
      {
        text: 'So far 40 of the 193 UN member states have signed it.',
        gives: { kind: 'general_assembly_members', value: 193 },
      },
      { text: 'Peru is one of the 98 signatories of the pact.', gives: { kind: 'signatory_count', value: 98 } },
      {
        text: 'Of the 120 countries that signed the pact, 37 have ratified it.',
        gives: { kind: 'signatory_count', value: 120 },
      },
      { text: 'Among the 12 Andean states, only three have ratified it.', gives: { kind: 'other', value: 12 } },
      {
        text: 'It needed two-thirds of the 90 parties that attended the conference.',
        gives: { kind: 'other', value: 90 },
      },
    ],
    counterExamples: [
      { text: 'Nine of the 27 EU countries ratified the pact.', not: { kind: 'ratification_count', value: 27 } },
      { text: "Twelve of the region's 40 states have signed it.", not: { kind: 'signatory_count', value: 40 } },
    ],
  },
  {
    name: 'eu-member-signatories',
    produces: 'EU member states that signed, from "N of its member states" or "N EU member states" near a signing',
    when: ({ has, after }) => (has(SIGNED()) ? read('eu_member_signatories', EU_MEMBERS().exec(after)) : null),
    examples: [
      {
        text: 'The EU signed the accord, and so did 19 of its member states.',
        gives: { kind: 'eu_member_signatories', value: 19 },
      },
    ],
  },
  {
    name: 'subset-of-count',
    produces: 'other, from a part of a count just given: "…, including 36 Annex 2 states", "among them 14 from Asia"',
    when: ({ lead, after }) => {
      // "…, of which 46 have ratified": a part counted by its own act is that act's count (states-then-act).
      if (STATES_THEN_ACT().test(after) && !REGION_BEFORE().test(lead)) return null;
      const m =
        SUBSET_BEFORE().exec(lead) ??
        REGION_BEFORE().exec(lead) ??
        REGION_AFTER().exec(after) ??
        BREAKDOWN_BEFORE().exec(lead) ??
        (SET_OFF_BEFORE().test(lead) ? PART_OF_THEM().exec(after) : null) ??
        PART_DESCRIBED().exec(after);
      return read('other', m, { tail: 0 });
    },
    examples: [
      { text: 'The pact has 60 parties, including 12 small island states.', gives: { kind: 'other', value: 12 } },
      { text: 'In the Caribbean region, 9 countries have ratified it.', gives: { kind: 'other', value: 9 } },
      {
        text: 'The pact now has 120 parties; among them are 40 African states.',
        gives: { kind: 'other', value: 40 },
      },
      { text: 'It has 60 signatories. Among these were nine island states.', gives: { kind: 'other', value: 9 } },
      {
        text: 'The EU cannot join. Twenty-one of the parties are EU member states.',
        gives: { kind: 'other', value: 21 },
      },
      { text: 'Nine of its signatories are small island states.', gives: { kind: 'other', value: 9 } },
      { text: 'Fourteen of the contracting parties were African.', gives: { kind: 'other', value: 14 } },
      { text: 'Of the signatories, 20 are from Africa and 11 from Asia.', gives: { kind: 'other', value: 11 } },
      {
        text: 'It has 25 signatories: 20 member states, the EU and four non-member states.',
        gives: { kind: 'other', value: 4 },
      },
      {
        text: 'The pact was ratified by 9 of the 15 states of West Africa.',
        gives: { kind: 'other', value: 9 },
      },
      {
        text: 'It takes effect once ten states, at least four of them island states, ratify it.',
        gives: { kind: 'other', value: 4 },
      },
    ],
    counterExamples: [
      { text: 'It has 90 signatories, of which 41 have ratified.', not: { value: 41 } },
      { text: 'It has 90 signatories, 41 of them have ratified.', not: { value: 41 } },
      { text: 'Twenty of the signatories are now parties.', not: { kind: 'other' } },
      { text: 'Some 44 African countries signed the trade pact.', not: { kind: 'other' } },
      { text: 'Signatories: 44 countries signed the pact on Monday.', not: { kind: 'other' } },
      { text: 'It has 25 signatories: that is the news. Now 12 states have ratified.', not: { kind: 'other' } },
    ],
  },
  {
    name: 'signatories-noun',
    produces: 'a signatory count, from "N signatories"',
    when: ({ has, lead, after, previous }) => {
      const m = SIGNATORIES().exec(after);
      if (!m) return null;
      const rest = after.slice(m[0].length);
      // "12 signatories have since ratified": the count is of those that became bound.
      const bound = THEN_BOUND().exec(rest);
      if (bound) return read('ratification_count', /^.*$/su.exec(m[0] + bound[0]));
      // "a letter with 200 signatories", "the 40 signatories of the statement": signers of a paper that binds no one.
      if ((PAPER_BEFORE().test(lead) && !TREATY_WHICH_HAS().test(lead)) || PAPER_OF_AFTER().test(rest))
        return read('other', m);
      // "1,199 signatures" under a petition: signatures are states' only where this sentence or the last one speaks
      // of a treaty or of signing one.
      if (SIGNATURES_NOUN().test(m[0]) && !has(TREATY_OR_SIGNING()) && !TREATY_OR_SIGNING().test(previous)) return null;
      return read('signatory_count', m);
    },
    examples: [
      { text: 'The pact has 58 signatories.', gives: { kind: 'signatory_count', value: 58 } },
      {
        text: 'With Peru it now has 14 members, the 13 founding signatories plus Peru.',
        gives: { kind: 'signatory_count', value: 13 },
      },
      { text: 'The pact had 40 original signatories in 1990.', gives: { kind: 'signatory_count', value: 40 } },
      {
        text: 'Of its 60 signatories, 12 signatories have since ratified it.',
        gives: { kind: 'ratification_count', value: 12 },
      },
      { text: 'Signing stays open; that makes 52 signatures in all.', gives: { kind: 'signatory_count', value: 52 } },
      {
        text: 'The statement welcomed the accord, which has 70 signatories.',
        gives: { kind: 'signatory_count', value: 70 },
      },
    ],
    counterExamples: [
      { text: 'Twenty of the signatories are now parties.', not: { kind: 'signatory_count', value: 20 } },
      { text: 'Of its backers, 12 signatories have since ratified it.', not: { kind: 'signatory_count' } },
      { text: 'Nine signatories are now bound by the accord.', not: { kind: 'signatory_count' } },
      { text: 'The open letter urging a treaty had 200 signatories.', not: { kind: 'signatory_count' } },
      { text: 'A petition for the pact drew 15,000 signatures.', not: { kind: 'signatory_count' } },
      { text: 'Envoys read out the 40 signatories of the joint statement.', not: { kind: 'signatory_count' } },
      { text: 'The page lists 1,199 signatures.', not: { kind: 'signatory_count' } },
    ],
  },
  {
    name: 'ratifications-noun',
    produces: 'a ratification count, from "N ratifications" or "N instruments have been deposited"',
    when: ({ after }) => read('ratification_count', RATIFICATIONS().exec(after) ?? INSTRUMENTS_LODGED().exec(after)),
    examples: [
      { text: 'The protocol has gathered 33 ratifications.', gives: { kind: 'ratification_count', value: 33 } },
      { text: 'Only nine instruments have been deposited.', gives: { kind: 'ratification_count', value: 9 } },
      {
        text: 'So far 41 instruments of ratification or accession have been lodged with the UN.',
        gives: { kind: 'ratification_count', value: 41 },
      },
      {
        text: 'By May, 17 instruments had already been handed over.',
        gives: { kind: 'ratification_count', value: 17 },
      },
      { text: 'Sixty are needed; by March, 48 had been deposited.', gives: { kind: 'ratification_count', value: 48 } },
      { text: 'As of today 23 have now been deposited.', gives: { kind: 'ratification_count', value: 23 } },
    ],
    counterExamples: [
      { text: 'Peru has ratified 12 instruments on human rights.', not: { kind: 'ratification_count' } },
      { text: 'Three instruments of accession were deposited on Monday.', not: { kind: 'ratification_count' } },
      { text: 'By noon 300 had been handed over to the police.', not: { kind: 'ratification_count' } },
    ],
  },
  {
    name: 'states-parties',
    produces: 'a ratification count, from "N states parties", or "N parties" in a sentence about a treaty',
    when: ({ has, lead, after, previous }) => {
      // "signed by 92 parties": the act named before counts them (act-by-number).
      if (endsInBy(lead) && ACT_BY().test(lead)) return null;
      const m = PARTIES().exec(after);
      // "160 parties are accredited at the conference", "110 States Parties sent delegations": the parties at a
      // meeting (states-then-act reads them); not "66 contracting states representing 74% of tonnage".
      if (!m || PARTIES_AT_MEETING().test(after)) return null;
      const rest = after.slice(m[0].length);
      // Not "to date": a time, not what they are parties to.
      const to = STATUS_AS_OF_AFTER().test(rest) ? null : PARTIES_TO().exec(rest);
      // "the 12 parties to the conflict", "would have 57 parties", "33 States Parties from Africa": parties to
      // something else than a treaty, a supposed count, a region's share.
      if ((to && !NAMES_A_TREATY().test(to[1])) || SUPPOSED_BEFORE().test(lead) || FROM_REGION().test(rest))
        return read('other', m);
      // "95 States Parties adopted a plan", "attended by 110 States Parties": those of the parties that did something
      // or were at a meeting, unless a treaty holds them ("it has 60 parties, which …").
      const doing = PARTIES_DOING().exec(rest);
      const deed = doing && !ACT_WORD().test(doing[1] ?? doing[2]) && !PARTIES_HELD_BEFORE().test(lead);
      if (deed || ATTENDED_BY().test(lead)) return read('other', m);
      // "states parties", "contracting parties" and capitalised "Parties" are a treaty's terms; "parties" alone counts
      // a treaty's parties only when held by one or parties to one.
      const termOfArt = /\s/.test(m[0].trim()) || /^\s+P/.test(m[0]);
      // "The pact took effect in 2005. By 2010 it had 30 parties": "it" holding them is the treaty the sentence before
      // spoke of.
      const aboutTreaty = has(TREATY_WORD()) || (PRONOUN_HOLDS().test(lead) && TREATY_WORD().test(previous));
      return termOfArt || (aboutTreaty && (to || PARTIES_HELD_BEFORE().test(lead)))
        ? read('ratification_count', m)
        : null;
    },
    examples: [
      { text: 'The convention counts 77 parties.', gives: { kind: 'ratification_count', value: 77 } },
      { text: 'The accord now binds some 90 parties.', gives: { kind: 'ratification_count', value: 90 } },
      {
        text: 'Two more accessions brought the treaty total to 165 parties.',
        gives: { kind: 'ratification_count', value: 165 },
      },
      { text: 'The 164 parties to the convention met in Rome.', gives: { kind: 'ratification_count', value: 164 } },
      { text: 'The statute has 124 States Parties to date.', gives: { kind: 'ratification_count', value: 124 } },
      { text: 'The accord has 60 States Parties in all.', gives: { kind: 'ratification_count', value: 60 } },
      {
        text: 'From that day the 40 Contracting Parties have been bound by the treaty.',
        gives: { kind: 'ratification_count', value: 40 },
      },
      {
        text: 'The twenty States Parties are Chile, Peru and others.',
        gives: { kind: 'ratification_count', value: 20 },
      },
      {
        text: 'Leaving would weaken a pact that counts 160 parties.',
        gives: { kind: 'ratification_count', value: 160 },
      },
      { text: 'Its 48 Parties adopted the budget of the protocol.', gives: { kind: 'ratification_count', value: 48 } },
      { text: 'The rail protocol now has 12 contracting states.', gives: { kind: 'ratification_count', value: 12 } },
      {
        text: 'The pact took effect in 2005. By 2010 it had 30 parties.',
        gives: { kind: 'ratification_count', value: 30 },
      },
      {
        text: 'Few expected the accord to last. Today it counts 88 parties.',
        gives: { kind: 'ratification_count', value: 88 },
      },
      {
        text: 'Peru was the last to ratify the charter. Its 41 parties meet in May.',
        gives: { kind: 'ratification_count', value: 41 },
      },
      {
        text: 'The treaty takes effect with 66 contracting states representing 74% of world tonnage.',
        gives: { kind: 'ratification_count', value: 66 },
      },
    ],
    counterExamples: [
      { text: 'For the treaty talks, 150 parties are accredited at the venue.', not: { kind: 'ratification_count' } },
      { text: 'The two parties formed a coalition.', not: { kind: 'ratification_count' } },
      { text: 'Under the peace accord the two parties agreed to a truce.', not: { kind: 'ratification_count' } },
      { text: 'The treaty talks brought in all 12 parties to the conflict.', not: { kind: 'ratification_count' } },
      { text: 'Mediators hope the three parties to the dispute sign the pact.', not: { kind: 'ratification_count' } },
      { text: 'With Chile in, the convention would have 57 States Parties.', not: { kind: 'ratification_count' } },
      {
        text: 'If all 30 contracting parties ratified the amendment, it could apply.',
        not: { kind: 'ratification_count' },
      },
      { text: "Of the statute's members, 33 States Parties from Africa met.", not: { kind: 'ratification_count' } },
      { text: 'At the review, 110 States Parties sent delegations to Vienna.', not: { kind: 'ratification_count' } },
      { text: 'At the meeting, 95 States Parties adopted a plan for the pact.', not: { kind: 'ratification_count' } },
      { text: 'Only 60 States Parties have paid their dues under the treaty.', not: { kind: 'ratification_count' } },
      {
        text: 'The session, attended by 110 States Parties, reviewed the convention.',
        not: { kind: 'ratification_count' },
      },
      { text: 'The protocol had been signed by 40 parties by March.', not: { kind: 'ratification_count' } },
      { text: 'The coalition was formed in May. It has three parties.', not: { kind: 'ratification_count' } },
      { text: 'Peru ratified the pact. Its two main parties backed it.', not: { kind: 'ratification_count' } },
    ],
  },
  {
    name: 'treaty-has-members',
    produces: 'a ratification count, from "the treaty had N member states"',
    when: ({ lead, after }) =>
      TREATY_HAS().test(lead) ? read('ratification_count', MEMBERS_AFTER().exec(after)) : null,
    examples: [
      { text: 'The statute had 121 member states at the time.', gives: { kind: 'ratification_count', value: 121 } },
      {
        text: 'The accord, in force since 1999, now has 64 member nations, 40 of which sent envoys.',
        gives: { kind: 'ratification_count', value: 64 },
      },
      {
        text: 'Chile is not a party to the accord, which includes over 90 countries.',
        gives: { kind: 'ratification_count', value: 90 },
      },
    ],
    counterExamples: [{ text: 'The convention includes 20 articles.', not: { kind: 'ratification_count' } }],
  },
  {
    name: 'treaty-binds-states',
    produces: 'a ratification count, from the states a treaty binds ("it today binds 39 states", "in force for 120")',
    needs: [TREATY_BINDS],
    when: ({ lead, after }) => {
      const counted = COUNT_NOUN().exec(after);
      return counted && TREATY_BINDS_BEFORE().test(lead) ? read('ratification_count', counted) : null;
    },
    examples: [
      {
        text: 'It took effect in 1998 and today binds thirty-nine states.',
        gives: { kind: 'ratification_count', value: 39 },
      },
      {
        text: 'The protocol is now in force for 120 countries.',
        gives: { kind: 'ratification_count', value: 120 },
      },
      { text: 'The convention is binding on all 46 states.', gives: { kind: 'ratification_count', value: 46 } },
    ],
    counterExamples: [
      { text: 'By contrast, the Vienna Document still binds all 57 states.', not: { kind: 'ratification_count' } },
      { text: 'A curfew is in force in 12 provinces.', not: { kind: 'ratification_count' } },
    ],
  },
  {
    name: 'act-by-number',
    produces: 'a count of the act named before it, from "signed by 86 states and ratified by 50"',
    when: ({ lead, after }) => {
      const m = endsInBy(lead) ? ACT_BY().exec(lead) : null;
      const counted = m && (COUNT_NOUN().exec(after) ?? PART_OF_WHOLE().exec(after) ?? NO_NOUN_AFTER().exec(after));
      return counted ? { kind: countOfAct(m[1]), tail: counted[0].trimEnd().length, why: { kind: m[0].trim() } } : null;
    },
    examples: [
      { text: 'It was signed by 86 states and ratified by 50.', gives: { kind: 'ratification_count', value: 50 } },
      { text: 'The protocol had been signed by 40 parties by March.', gives: { kind: 'signatory_count', value: 40 } },
    ],
    counterExamples: [{ text: 'It was ratified by 50 votes.', not: { kind: 'ratification_count' } }],
  },
  {
    name: 'states-deposited',
    produces:
      'other, from states as the subject of a deposit ("Eight states deposited their instruments", "15 have ' +
      'deposited"): deposits on an occasion, told apart from the parties a treaty counts',
    when: ({ after }) => {
      const had = STATES_HAD_DEPOSITED().exec(after);
      if (had && !BOUNDED_TIME_AFTER().test(after.slice(had[0].length))) return read('ratification_count', had);
      return read('other', STATES_DEPOSITED().exec(after), { tail: 0 });
    },
    examples: [
      { text: 'Nine states deposited their instruments at the ceremony.', gives: { kind: 'other', value: 9 } },
      { text: 'Four of them deposited instruments in May alone.', gives: { kind: 'other', value: 4 } },
      { text: 'So far 12 have deposited their instruments.', gives: { kind: 'other', value: 12 } },
      {
        text: 'By the end of June, 31 had deposited their instruments with the depositary.',
        gives: { kind: 'ratification_count', value: 31 },
      },
      {
        text: 'When the talks opened, 44 members had lodged instruments of approval.',
        gives: { kind: 'ratification_count', value: 44 },
      },
      {
        text: 'Before Laos, a dozen states had already deposited theirs.',
        gives: { kind: 'ratification_count', value: 12 },
      },
      {
        text: 'By Friday 38 members had lodged instruments of acceptance, a month since the vote.',
        gives: { kind: 'ratification_count', value: 38 },
      },
    ],
    counterExamples: [
      { text: 'The instruments were deposited by 12 states.', not: { kind: 'other' } },
      { text: 'By March 30 states had ratified the pact.', not: { kind: 'other' } },
      { text: 'Eleven states had deposited instruments since the spring.', not: { kind: 'ratification_count' } },
      { text: 'Six nations had deposited theirs at the ceremony.', not: { kind: 'ratification_count' } },
      { text: 'By May 20 members had lodged complaints.', not: { kind: 'ratification_count' } },
    ],
  },
  {
    name: 'part-of-sum',
    produces:
      'other, from a count added to another in one subject ("the three depositaries — … — and 40 other states")',
    when: ({ after }) => read('other', PART_OF_SUM().exec(after), { tail: 0 }),
    examples: [
      {
        text: 'It took effect once the three depositary governments — A, B and C — and 40 other states had ratified it.',
        gives: { kind: 'other', value: 3 },
      },
      { text: 'The five nuclear states and ten other countries signed it.', gives: { kind: 'other', value: 5 } },
      { text: 'Its 12 founding states, and 30 more nations, signed the charter.', gives: { kind: 'other', value: 12 } },
    ],
    counterExamples: [
      { text: 'Twelve states signed the pact and 3 more ratified it.', not: { kind: 'other', value: 12 } },
    ],
  },
  {
    name: 'states-then-act',
    produces:
      'a count by what the states did next: "46 countries signed", "23 became contracting parties", "61 have ratified"',
    when: ({ sentence, lead, after, number }) => {
      // "Peru is among the 52 that have ratified it": a bare number heading a relative clause is the subject of its act.
      const relative = DEFINITE_BARE_BEFORE().test(lead) ? BARE_THAT_ACTED().exec(after) : null;
      if (relative) return read(countOfAct(relative[1]), relative);
      // "None of the three has signed": with no noun of its own, the whole of a part is not the verb's subject.
      // "With Latvia, all members from the new ten have ratified": "ten" is what "from" governs, not the subject.
      if (!COUNT_NOUN().test(after) && (PART_OF_WHOLE_BEFORE().test(lead.slice(-30)) || AFTER_PREPOSITION().test(lead)))
        return null;
      const m = STATES_THEN_ACT().exec(after) ?? MEMBERS_ACTING().exec(after);
      // "26 countries signed a joint letter", "50 signed bilateral treaties": an act on something else than the treaty.
      if (m && NOT_THE_TREATY_AFTER().test(after.slice(m[0].length)))
        return { kind: 'other', tail: 0, why: { kind: m[0].trim() } };
      const bound =
        m && countOfAct(m[1]) === 'signatory_count' ? AND_THEN_BOUND().exec(after.slice(m[0].length)) : null;
      if (bound) return read('ratification_count', /^.*$/su.exec(m![0] + bound[0]));
      // "This year 3 states ratified the convention": states added within a period, not the total.
      if (
        m &&
        countOfAct(m[1]) === 'ratification_count' &&
        actedWithinPeriod(lead, m[0], m[1], after.slice(m[0].length))
      )
        return read('other', m, { increment: true, why: { kind: `${m[0].trim()} (within a period)` } });
      if (m) return read(countOfAct(m[1]), m);
      const repeated = STATES_REPEATED_ACT().exec(after);
      const act = repeated && nearest(sentence, number.start, ACT_FAMILIES().slice(0, 2));
      if (repeated && act) return read(act.name, repeated, { why: { kind: `${act.word} … ${repeated[0].trim()}` } });
      const struck = STATES_STRUCK_DEAL().exec(after);
      if (struck) return read('attending_countries', struck, { tail: 0 });
      const other = STATES_THEN_OTHER_ACT().exec(after);
      if (other) return { kind: 'other', tail: 0, why: { kind: other[0].trim() } };
      const attended = STATES_THEN_ATTEND().exec(after) ?? LEADERS_ATTENDING().exec(after);
      const party = attended && IN_THE_TREATY().exec(after.slice(attended[0].length));
      if (party) return read('ratification_count', attended, { why: { kind: `${attended[0].trim()}${party[0]}` } });
      return read('attending_countries', attended);
    },
    examples: [
      { text: 'Of those, 28 have now ratified.', gives: { kind: 'ratification_count', value: 28 } },
      {
        text: 'Of its 60 signatories, just nine — fewer than one in six — have ratified.',
        gives: { kind: 'ratification_count', value: 9 },
      },
      {
        text: 'Some 14 countries (a record for a first day) signed the accord.',
        gives: { kind: 'signatory_count', value: 14 },
      },
      {
        text: 'So far 31 states – among them Chile – have become parties.',
        gives: { kind: 'ratification_count', value: 31 },
      },
      { text: 'Of the 80 signatories, 45 have gone on to ratify.', gives: { kind: 'ratification_count', value: 45 } },
      { text: 'Of those, 12 states went on to ratify it.', gives: { kind: 'ratification_count', value: 12 } },
      { text: 'By 2020, 14 nations had ratified both protocols.', gives: { kind: 'ratification_count', value: 14 } },
      {
        text: 'Twelve countries - Chile and Peru among them - have ratified the pact.',
        gives: { kind: 'ratification_count', value: 12 },
      },
      {
        text: 'Some 30 countries that sat at the table in Lima have since ratified the pact.',
        gives: { kind: 'ratification_count', value: 30 },
      },
      {
        text: 'Twelve nations which opposed the first draft had signed it by May.',
        gives: { kind: 'signatory_count', value: 12 },
      },
      {
        text: 'The pact needs ratification by 40 states to take effect; 37 have done so.',
        gives: { kind: 'ratification_count', value: 37 },
      },
      { text: 'The six founding members signed the charter.', gives: { kind: 'signatory_count', value: 6 } },
      { text: 'By then 31 countries had become parties to it.', gives: { kind: 'ratification_count', value: 31 } },
      {
        text: 'The accord takes effect once 20 states ratify it; so far 12 have.',
        gives: { kind: 'ratification_count', value: 12 },
      },
      {
        text: 'Few expected many to sign the pact, yet 44 nations had by June.',
        gives: { kind: 'signatory_count', value: 44 },
      },
      {
        text: 'In 2015 only 20 states had ratified it; today 95 have.',
        gives: { kind: 'ratification_count', value: 95 },
      },
      { text: 'Today eleven states are contracting states.', gives: { kind: 'ratification_count', value: 11 } },
      {
        text: 'Peru is among the 52 that have ratified the convention.',
        gives: { kind: 'ratification_count', value: 52 },
      },
      {
        text: 'Of the 40 who had signed it by May, most were African.',
        gives: { kind: 'signatory_count', value: 40 },
      },
      { text: 'Those 17 which have acceded to it are all small.', gives: { kind: 'ratification_count', value: 17 } },
      {
        text: 'This year 3 states ratified the convention.',
        gives: { kind: 'other', value: 3, increment: true },
      },
      {
        text: 'Four nations acceded to the pact last month, the registry said.',
        gives: { kind: 'other', value: 4, increment: true },
      },
      {
        text: 'So far this year, nine countries have joined the accord.',
        gives: { kind: 'other', value: 9, increment: true },
      },
      { text: 'In 2023 alone, eight countries ratified it.', gives: { kind: 'other', value: 8, increment: true } },
      { text: 'Today 26 nations are part of the accord.', gives: { kind: 'ratification_count', value: 26 } },
      {
        text: 'So far 18 states have become members of the convention.',
        gives: { kind: 'ratification_count', value: 18 },
      },
      {
        text: 'The 31 countries that are now part of it include Chile.',
        gives: { kind: 'ratification_count', value: 31 },
      },
      {
        text: 'Up to now 34 nations have signed and ratified the charter.',
        gives: { kind: 'ratification_count', value: 34 },
      },
      {
        text: 'Some 19 governments both signed and then acceded to the pact.',
        gives: { kind: 'ratification_count', value: 19 },
      },
      { text: 'In all, 23 states signed as well as ratified it.', gives: { kind: 'ratification_count', value: 23 } },
      {
        text: 'Forty-five states have consented to be bound by the accord.',
        gives: { kind: 'ratification_count', value: 45 },
      },
      {
        text: 'By now 31 countries have expressed their consent to be bound by it.',
        gives: { kind: 'ratification_count', value: 31 },
      },
      {
        text: 'By May, twelve states had given their consent to be bound by it.',
        gives: { kind: 'ratification_count', value: 12 },
      },
      { text: 'It was open for signature, and 80 states signed.', gives: { kind: 'signatory_count', value: 80 } },
      {
        text: 'Some 30 states, including Chile and Peru, signed the pact.',
        gives: { kind: 'signatory_count', value: 30 },
      },
      {
        text: 'Some 14 nations, among them Fiji, co-sponsored it before the signing.',
        gives: { kind: 'other', value: 14 },
      },
      {
        text: 'After a week of talks, some 120 nations hammered out a new accord on fishing.',
        gives: { kind: 'attending_countries', value: 120 },
      },
      { text: 'About 90 states meeting in Oslo approved the plan.', gives: { kind: 'attending_countries', value: 90 } },
      {
        text: 'Some 70 nations that will attend the signing were named.',
        gives: { kind: 'attending_countries', value: 70 },
      },
      {
        text: 'By noon 61 countries at the signing ceremony had cheered.',
        gives: { kind: 'attending_countries', value: 61 },
      },
      {
        text: 'Roughly 150 parties sent delegations to the talks in Geneva.',
        gives: { kind: 'attending_countries', value: 150 },
      },
      {
        text: 'Some 90 nations have sent their ministers to Nairobi for the meeting.',
        gives: { kind: 'attending_countries', value: 90 },
      },
      { text: 'About 40 states sent high-level delegations.', gives: { kind: 'attending_countries', value: 40 } },
      {
        text: 'More than 40 heads of state were present for the signing in Accra.',
        gives: { kind: 'attending_countries', value: 40 },
      },
      { text: 'Some 30 African leaders attended the summit.', gives: { kind: 'attending_countries', value: 30 } },
      {
        text: 'The pact was signed with 25 heads of government in attendance.',
        gives: { kind: 'attending_countries', value: 25 },
      },
      {
        text: 'At present 33 states participate in the treaty.',
        gives: { kind: 'ratification_count', value: 33 },
      },
      {
        text: 'Some 40 countries take part in the open skies convention.',
        gives: { kind: 'ratification_count', value: 40 },
      },
    ],
    counterExamples: [
      { text: 'She handed over 2 instruments and 3 deposits followed.', not: { value: 3 } },
      { text: 'Some 40 nations agreed to ratify the accord by May.', not: { kind: 'attending_countries' } },
      { text: 'None of the four has signed the pact.', not: { kind: 'signatory_count' } },
      { text: 'Many states pledged support, and 12 have.', not: { kind: 'signatory_count' } },
      { text: 'Twelve states have, in the past, hosted the talks on the pact.', not: { kind: 'ratification_count' } },
      {
        text: 'The pact is new; some 50 countries have signed bilateral investment treaties with Peru.',
        not: { kind: 'signatory_count' },
      },
      {
        text: 'About 30 states had ratified regional accords on fishing by then.',
        not: { kind: 'ratification_count' },
      },
      {
        text: 'About 90 countries have ratified at least one of the four core safety conventions.',
        not: { kind: 'ratification_count' },
      },
      {
        text: 'Ten countries have ratified neither the convention nor its protocol.',
        not: { kind: 'ratification_count' },
      },
      { text: 'Some 40 states sent aid to the region.', not: { kind: 'attending_countries' } },
      { text: 'Some 40 leaders signed an appeal for the pact.', not: { kind: 'attending_countries' } },
      { text: 'About 30 heads of state were absent from the summit.', not: { kind: 'attending_countries' } },
      { text: 'Some 120 nations participate in the treaty talks.', not: { kind: 'ratification_count' } },
      { text: 'All members from the new ten have ratified it.', not: { kind: 'ratification_count' } },
      { text: 'It costs 40 (in euros) and has signed up many buyers.', not: { kind: 'signatory_count' } },
      {
        text: 'The 40 states that have signed it have not ratified it.',
        not: { kind: 'ratification_count', value: 40 },
      },
      { text: 'So far 40 states have signed and 12 have ratified it.', not: { kind: 'ratification_count', value: 40 } },
      { text: 'Some 30 nations signed but did not ratify the pact.', not: { kind: 'ratification_count' } },
      { text: 'Twelve countries signed and agreed to ratify it soon.', not: { kind: 'ratification_count' } },
      { text: 'Twenty states refused to consent to be bound by it.', not: { kind: 'ratification_count' } },
      { text: 'Of the 12 that were invited, most signed the pact.', not: { kind: 'signatory_count', value: 12 } },
      { text: 'The 30 that still have to ratify it are mostly in Asia.', not: { kind: 'ratification_count' } },
      { text: 'By last year 40 states had ratified the pact.', not: { kind: 'other' } },
      { text: 'Today 95 countries have ratified the accord.', not: { kind: 'other' } },
      { text: 'Last year the pact took effect; 60 states have now ratified it.', not: { kind: 'other' } },
      { text: 'This year 30 states signed the charter at the summit.', not: { kind: 'other' } },
      { text: 'Some 40 countries are part of the treaty talks.', not: { kind: 'ratification_count' } },
      { text: 'Twelve states are part of the coalition behind the pact.', not: { kind: 'ratification_count' } },
      { text: 'Nine nations became members of the committee on the treaty.', not: { kind: 'ratification_count' } },
    ],
  },
  {
    name: 'running-total',
    produces: 'a count from the total it is the value of ("bringing the number of parties to 41", "the number to 21")',
    when: ({ has, sentence, lead, after, number }) => {
      const m =
        TOTAL_OF().exec(lead.slice(-100)) ??
        (has(TOTALLING_WORD()) ? NOUN_TOTALS().exec(lead.slice(-100)) : null) ??
        TOTAL_BY_PRONOUN().exec(lead.slice(-30)) ??
        (FRONTED_TOTAL_BEFORE().test(lead.slice(-30)) ? FRONTED_TOTAL_AFTER().exec(after) : null);
      const risen = m || !RISEN_VALUE_END().test(after) ? null : RISEN_FROM_TO().exec(lead.slice(-200));
      if (risen) {
        const kind = risen[1] && SIGNATURE_NOUN().test(risen[1]) ? 'signatory_count' : 'ratification_count';
        return { kind, tail: 0, why: { kind: risen[0].trim() } };
      }
      // "a total of 22 countries" is a count whose noun decides (other rules); "the number to 21" is a total.
      if (!m || (!m[1] && /\bof\s*$/i.test(m[0]) && !NO_NOUN_AFTER().test(after))) return null;
      const act = m[1] ? null : nearest(sentence, number.start, ACT_FAMILIES().slice(0, 2));
      // An instrument lodged is a ratification or an accession, whatever verb hands it over.
      const byInstrument = !act && INSTRUMENT_WORD().test(sentence) ? 'ratification_count' : undefined;
      const kind = m[1]
        ? SIGNATURE_NOUN().test(m[1])
          ? 'signatory_count'
          : 'ratification_count'
        : (act?.name ?? byInstrument);
      return kind ? { kind, tail: 0, why: { kind: act ? `${act.word} … ${m[0].trim()}` : m[0].trim() } } : null;
    },
    examples: [
      { text: 'Her signature brought the number of signatories to 64.', gives: { kind: 'signatory_count', value: 64 } },
      { text: 'The tally of ratifications now stands at 19.', gives: { kind: 'ratification_count', value: 19 } },
      {
        text: 'The number of states that have ratified the convention now stands at 45.',
        gives: { kind: 'ratification_count', value: 45 },
      },
      { text: 'Ratifications now total 45.', gives: { kind: 'ratification_count', value: 45 } },
      { text: 'Ratifications have now reached 52.', gives: { kind: 'ratification_count', value: 52 } },
      {
        text: 'Since the summit, parties to the accord have risen to 73.',
        gives: { kind: 'ratification_count', value: 73 },
      },
      { text: 'Signatures had grown to 88 by the spring.', gives: { kind: 'signatory_count', value: 88 } },
      { text: 'Signatures stood at 80 by the end of May.', gives: { kind: 'signatory_count', value: 80 } },
      { text: 'After the summit, parties rose to 61.', gives: { kind: 'ratification_count', value: 61 } },
      {
        text: 'Since 2010 the parties have climbed from the 12 it needed to take effect to 40.',
        gives: { kind: 'ratification_count', value: 40 },
      },
      {
        text: 'Signatures rose from 31 at the opening ceremony in Lima to 58 today.',
        gives: { kind: 'signatory_count', value: 58 },
      },
      {
        text: 'The convention has grown from the five states that founded it in 1990 to 77 today.',
        gives: { kind: 'ratification_count', value: 77 },
      },
      {
        text: 'Mali ratified the pact last week to bring the number to 17.',
        gives: { kind: 'ratification_count', value: 17 },
      },
      {
        text: 'Two more states ratified the pact this week, for a total of 37.',
        gives: { kind: 'ratification_count', value: 37 },
      },
      {
        text: 'Five deposits on Monday took the total number of instruments of ratification, approval or accession to 44.',
        gives: { kind: 'ratification_count', value: 44 },
      },
      {
        text: 'Peru’s instrument, lodged an hour later, made it 61.',
        gives: { kind: 'ratification_count', value: 61 },
      },
      {
        text: 'Her deposit brought to 30 the number of parties to the pact.',
        gives: { kind: 'ratification_count', value: 30 },
      },
      {
        text: 'Two signatures on Monday bring to 51 the total of signatories.',
        gives: { kind: 'signatory_count', value: 51 },
      },
      {
        text: 'The deposits took to 19 the number of nations that have acceded to it.',
        gives: { kind: 'ratification_count', value: 19 },
      },
      {
        text: 'Ratifications, acceptances and accessions now number 45.',
        gives: { kind: 'ratification_count', value: 45 },
      },
      { text: 'Parties to the accord now total 71.', gives: { kind: 'ratification_count', value: 71 } },
      {
        text: 'With Oman, the total number of parties is now 33.',
        gives: { kind: 'ratification_count', value: 33 },
      },
      {
        text: 'The deposits brought the number of OAS members that have ratified the charter in full to 21.',
        gives: { kind: 'ratification_count', value: 21 },
      },
      {
        text: 'The list of its states parties has climbed from the 20 needed in 2001 to 95 today.',
        gives: { kind: 'ratification_count', value: 95 },
      },
      {
        text: 'The accord has grown from the dozen nations that launched it to 48 now.',
        gives: { kind: 'ratification_count', value: 48 },
      },
      {
        text: 'Signatories rose steadily from 30 in the first week to 61 by the summer.',
        gives: { kind: 'signatory_count', value: 61 },
      },
      {
        text: 'Ratifications of the Accord on Mountain Hay now stand at 87, the depositary says.',
        gives: { kind: 'ratification_count', value: 87 },
      },
      {
        text: 'With Chad, the number of parties to the Convention on Peat Bogs rose to 22.',
        gives: { kind: 'ratification_count', value: 22 },
      },
      {
        text: 'The tally of ratifying states for the Lisbon Convention reached 64 on Monday.',
        gives: { kind: 'ratification_count', value: 64 },
      },
    ],
    counterExamples: [
      { text: 'The total of signatories reached 90 out of about 190 nations.', not: { value: 190 } },
      { text: 'The number of people who signed the petition rose to 4,000.', not: { kind: 'signatory_count' } },
      { text: 'Casualties now total 45, officials said after Peru ratified.', not: { kind: 'ratification_count' } },
      { text: 'Casualties have risen to 45 since Peru ratified the pact.', not: { kind: 'ratification_count' } },
      {
        text: 'The storm brought to 30 the number of people killed since Peru signed the pact.',
        not: { kind: 'signatory_count' },
      },
      { text: 'The move brings to 12 the number of states in the bloc.', not: { kind: 'ratification_count' } },
      {
        text: 'Since the treaty took effect, the fund has grown from 2 million dollars to 90 million.',
        not: { kind: 'ratification_count' },
      },
      {
        text: 'Membership fees rose from 10 francs in 2010 to 14 after Peru ratified.',
        not: { kind: 'ratification_count' },
      },
      { text: 'The treaty fell from 40 pages in the first draft to 28.', not: { kind: 'ratification_count' } },
      { text: "The treaty's budget grew from 10 to 12 this year.", not: { kind: 'ratification_count' } },
      { text: 'Since the pact was signed, exports have grown from 40 to 90 a year.', not: { kind: 'signatory_count' } },
      { text: 'The convention has grown from 10 articles to 40 chapters.', not: { kind: 'ratification_count' } },
      {
        text: 'The number of pages of the Convention on Peat Bogs rose to 220 in the final draft.',
        not: { kind: 'ratification_count' },
      },
    ],
  },
  {
    name: 'states-a-meeting-drew',
    produces: 'attending countries, from the states a meeting is the subject of drawing ("the talks drew 40 nations")',
    needs: [MEETING_DRAWS],
    when: ({ lead, after }) => {
      const counted = COUNT_NOUN().exec(after);
      return counted && MEETING_DREW_BEFORE().test(lead) ? read('attending_countries', counted) : null;
    },
    examples: [
      {
        text: 'The summit in Lima brought together 33 nations.',
        gives: { kind: 'attending_countries', value: 33 },
      },
      { text: 'This year the conference drew some 140 countries.', gives: { kind: 'attending_countries', value: 140 } },
    ],
    counterExamples: [
      { text: 'The summit drew 3,000 protesters.', not: { kind: 'attending_countries' } },
      { text: 'The film drew 40 countries into a bidding war.', not: { kind: 'attending_countries' } },
    ],
  },
  {
    name: 'un-membership-without-act',
    produces:
      'the UN membership, from "N member states" in a UN sentence with no act of signing, ratifying or attending',
    when: (ctx) => {
      const counted = countedStates(ctx);
      if (!counted || !MEMBER_WORD().test(counted[0]) || !unNamed(ctx.sentence)) return null;
      const act = nearest(ctx.sentence, ctx.number.start, ACT_FAMILIES());
      return !act || act.name === 'other' ? read('general_assembly_members', counted) : null;
    },
    examples: [
      {
        text: 'The text was adopted by the 193 UN member states in May.',
        gives: { kind: 'general_assembly_members', value: 193 },
      },
    ],
  },
  {
    name: 'states-by-nearest-act',
    produces: 'a count of states by the act named nearest to it: signing, ratifying, attending, or another (other)',
    when: (ctx) => {
      const counted = countedStates(ctx);
      if (!counted) return null;
      // "only two of the six ratifying states are in Africa": a part of a whole its act names is counted by what it
      // does itself ("five of the nine signing states have ratified"), or is no count of the treaty's.
      if (!COUNT_NOUN().test(ctx.after) && ACT_WORD().test(counted[0])) {
        const own = PART_ACTS().exec(ctx.after.slice(counted[0].length));
        const why = { kind: own ? own[0].trim() : counted[0].trim() };
        return { kind: own ? countOfAct(own[1]) : 'other', tail: counted[0].length, why };
      }
      // "adopted at a summit in Lima by 52 states": the states are counted by the act their "by" is of, not by the
      // act nearest to them.
      const byOtherAct = endsInBy(ctx.lead) ? OTHER_ACT_BY().exec(ctx.lead) : null;
      if (byOtherAct) return { kind: 'other', tail: counted[0].length, why: { kind: byOtherAct[0].trim() } };
      const notDone = ACT_NOT_DONE_AFTER().exec(ctx.after);
      // "the first 30 states to ratify": a bare "to" after the states is a rank's infinitive, a deed.
      if (notDone && NOT_DONE_WORD().test(notDone[1].replace(/^to\s+$/i, '')))
        return { kind: 'other', tail: counted[0].length, why: { kind: notDone[0].trim() } };
      // "Who has ratified? Three states: A, B and C.": an answer with no act of its own takes the act asked about.
      const asked = QUESTION_END().test(ctx.previous)
        ? nearest(ctx.previous, ctx.previous.length, ACT_FAMILIES().slice(0, 2))
        : null;
      const rest = ctx.after.slice(counted[0].length);
      // "Delegates from 60 countries attended; 24 of them have since ratified": an act that is the states' own verb
      // says what they did, whatever act the sentence names nearer to the number; on a paper, it is no count.
      const ownAct = PART_ACTS().exec(rest);
      if (ownAct) {
        const onPaper = NOT_THE_TREATY_AFTER().test(rest.slice(ownAct[0].length));
        const kind = onPaper ? 'other' : countOfAct(ownAct[1]);
        // "nine of them ratified within the past year": states added within a period, not a total.
        const within =
          kind === 'ratification_count' &&
          actedWithinPeriod(ctx.lead, ownAct[0], ownAct[1], rest.slice(ownAct[0].length));
        if (within)
          return {
            kind: 'other',
            tail: counted[0].length,
            increment: true,
            why: { kind: `${ownAct[0].trim()} (within a period)` },
          };
        return { kind, tail: counted[0].length, why: { kind: ownAct[0].trim() } };
      }
      const act = nearest(ctx.sentence, ctx.number.start, ACT_FAMILIES()) ?? asked;
      const ownVerb =
        (!CLAUSE_ENDS_OR_LINKS().test(rest) && !OWN_VERB_ON_TREATY().test(rest)) ||
        DESCRIBED_BY_OWN_CLAUSE().test(rest);
      if (act && ownVerb && !ACT_NOUN_FROM_BEFORE().test(ctx.lead))
        return { kind: 'other', tail: counted[0].length, why: { kind: 'a verb of its own' } };
      // "Roughly 150 delegations are in the hall": states counted by those they sent are at a meeting, unless an act
      // says what they did, or the sentence denies they were there ("ten delegations were not in the hall").
      const sent =
        !act && DELEGATE_WORD().test(counted[0]) && !DENIED_AFTER().test(rest) ? 'attending_countries' : 'other';
      return { kind: act?.name ?? sent, tail: counted[0].length, why: { kind: act?.word ?? counted[0].trim() } };
    },
    examples: [
      {
        text: 'Signing went on all week; by Friday 47 countries were on the list.',
        gives: { kind: 'signatory_count', value: 47 },
      },
      { text: 'Some 120 delegations are in the main hall today.', gives: { kind: 'attending_countries', value: 120 } },
      {
        text: 'Envoys from 70 states attended the talks, and 31 of them have since ratified the pact.',
        gives: { kind: 'ratification_count', value: 31 },
      },
      {
        text: 'The pact has 62 parties; nine of them ratified it this year.',
        gives: { kind: 'other', value: 9, increment: true },
      },
      {
        text: 'Who has ratified so far? Four states: Chile, Peru, Fiji and Oman.',
        gives: { kind: 'ratification_count', value: 4 },
      },
      { text: 'The draft was negotiated by 120 countries.', gives: { kind: 'other', value: 120 } },
      {
        text: 'The pact, adopted at a summit in Lima last year by 52 states, needs ten ratifications.',
        gives: { kind: 'other', value: 52 },
      },
      { text: 'Only three of the nine signing states are in Asia.', gives: { kind: 'other', value: 3 } },
      { text: 'Some 30 countries are expected to sign the pact in May.', gives: { kind: 'other', value: 30 } },
      { text: 'Twelve nations have pledged to ratify it.', gives: { kind: 'other', value: 12 } },
      { text: 'Up to 40 states could ratify the accord this year.', gives: { kind: 'other', value: 40 } },
      { text: 'While Peru ratified the pact, 30 countries stayed away.', gives: { kind: 'other', value: 30 } },
      { text: 'Peru signed the pact, which 12 nations still oppose.', gives: { kind: 'other', value: 12 } },
      {
        text: 'Britain, France and Spain, the three governments that act as depositaries, ratified it first.',
        gives: { kind: 'other', value: 3 },
      },
      {
        text: 'Of the signatories, the 12 nations which border the lake are its core.',
        gives: { kind: 'other', value: 12 },
      },
      { text: 'Some 26 countries face floods, and Peru has ratified the pact.', gives: { kind: 'other', value: 26 } },
      {
        text: 'The pact took effect on Monday, with 54 countries now having ratified it.',
        gives: { kind: 'ratification_count', value: 54 },
      },
      {
        text: 'Once the exit is complete, 33 states will remain parties.',
        gives: { kind: 'ratification_count', value: 33 },
      },
      { text: 'So far, 24 countries total have signed the charter.', gives: { kind: 'signatory_count', value: 24 } },
      {
        text: 'Forty nations seal Rome Convention, Chile among the first to sign',
        gives: { kind: 'signatory_count', value: 40 },
      },
      {
        text: 'She counted ratifications from 65 countries received by May.',
        gives: { kind: 'ratification_count', value: 65 },
      },
      {
        text: "Nineteen of the Organisation's 35 member states have put pen to paper.",
        gives: { kind: 'signatory_count', value: 19 },
      },
      { text: "Seven of Caricom's 15 members are thus bound by it.", gives: { kind: 'ratification_count', value: 7 } },
      {
        text: 'Nine of its 40 signatories (Chile among them) have ratified the pact.',
        gives: { kind: 'ratification_count', value: 9 },
      },
      {
        text: 'Three of the 11 signatories – Oman, Peru and Fiji – have already ratified.',
        gives: { kind: 'ratification_count', value: 3 },
      },
      {
        text: 'Four of the ten signing states - Chile, Peru, Fiji and Oman - are now bound by it.',
        gives: { kind: 'ratification_count', value: 4 },
      },
    ],
    counterExamples: [
      { text: 'Five of the nine signing states have ratified it.', not: { kind: 'signatory_count', value: 5 } },
      {
        text: 'Three of the 11 signatories – Oman, Peru and Fiji – are in Asia.',
        not: { kind: 'ratification_count', value: 3 },
      },
      { text: 'Twelve delegations signed the pact in Rome.', not: { kind: 'attending_countries' } },
      { text: 'Ten delegations were not in the hall when the roll was called.', not: { kind: 'attending_countries' } },
      { text: "Some 30 delegations weren't there for the final session.", not: { kind: 'attending_countries' } },
      { text: 'Eight delegations had never come to the talks.', not: { kind: 'attending_countries' } },
      {
        text: 'Peru ratified the pact in May. Four states: Chile, Fiji, Oman and Peru.',
        not: { kind: 'ratification_count' },
      },
      { text: 'Why did the talks stall? Four states walked out.', not: { kind: 'ratification_count' } },
      { text: 'The first 30 states to ratify the pact were thanked.', not: { kind: 'other' } },
      { text: 'Some 40 countries signed a joint letter on the pact.', not: { kind: 'signatory_count' } },
      { text: 'Twelve states have signed the statement, the UN said.', not: { kind: 'signatory_count' } },
      {
        text: 'Envoys from 70 states attended the talks, and 31 of them signed a joint letter.',
        not: { kind: 'signatory_count', value: 31 },
      },
    ],
  },
  {
    name: 'answer-to-count-question',
    produces: 'the count a question asks for, from a bare number opening the answer ("How many have signed? Forty.")',
    needs: [COUNT_QUESTIONS],
    when: ({ before, after, previous }) => {
      if (!ANSWER_OPENING().test(before) || COUNT_NOUN().test(after) || !QUESTION_END().test(previous)) return null;
      if (!COUNT_QUESTION().test(previous)) return null;
      const asked = nearest(previous, previous.length, ACT_FAMILIES().slice(0, 2));
      return asked ? { kind: asked.name, tail: 0, why: { kind: asked.word } } : null;
    },
    examples: [
      {
        text: 'How many states have ratified it?\nForty-one, as of last week.',
        gives: { kind: 'ratification_count', value: 41 },
      },
    ],
    counterExamples: [
      { text: 'How many states have ratified it? Few know; in 2019 it was 12.', not: { kind: 'ratification_count' } },
      { text: 'Why did Peru sign it?\nForty farmers asked it to.', not: { kind: 'signatory_count' } },
    ],
  },
  {
    name: 'count-continued',
    produces:
      'the kind of a count of states just given, from a bare number a connective adds to it ("37 countries had ' +
      'ratified by 2000 and 186 by last year", "it counts 184 Parties, against 183 when they last met")',
    when: ({ before, after }) => {
      // "24 countries have signed and 10 ratified": a bare number with an act of its own is counted by it; with the
      // kind of an act the list named before ("10 ratified and 2 acceded"), it is a part of that count.
      const own = OWN_ACT_AFTER().exec(after);
      const list = own && LIST_OF_COUNTS_BEFORE().exec(before);
      if (list) {
        const kind = countOfAct(own[1]);
        const named = ACT_FAMILIES().some(([k, words]) => k === kind && list[0].search(words) >= 0);
        return named ? null : read(kind, own);
      }
      const m = CONTINUED_AFTER().test(after) ? COUNT_OF_STATES_BEFORE().exec(before) : null;
      if (!m) return null;
      const act = nearest(before, before.length, ACT_FAMILIES().slice(0, 2));
      if (act) return { kind: act.name, tail: 0, why: { kind: `${act.word} … ${m[0].trim()}` } };
      return PARTY_WORD().test(m[1]) ? { kind: 'ratification_count', tail: 0, why: { kind: m[0].trim() } } : null;
    },
    examples: [
      {
        text: 'Twenty states had signed the pact by 2010 and 64 by 2020.',
        gives: { kind: 'signatory_count', value: 64 },
      },
      {
        text: 'The accord now counts 88 parties, against 80 when the assembly last met.',
        gives: { kind: 'ratification_count', value: 80 },
      },
      {
        text: 'Some 30 countries had ratified it by May, compared with 12 in January.',
        gives: { kind: 'ratification_count', value: 12 },
      },
      {
        text: 'By June, 30 nations had signed the charter and 4 acceded to it.',
        gives: { kind: 'ratification_count', value: 4 },
      },
      {
        text: 'Eleven states have ratified the accord so far, and 40 signed it.',
        gives: { kind: 'signatory_count', value: 40 },
      },
    ],
    counterExamples: [
      { text: 'Forty states attended the talks, and 12 in 2019.', not: { kind: 'attending_countries', value: 12 } },
      { text: 'Forty states attended the talks, and 12 in 2019.', not: { kind: 'ratification_count', value: 12 } },
      {
        text: 'In May 40 countries ratified the pact, and 12 walked out.',
        not: { kind: 'ratification_count', value: 12 },
      },
      { text: 'It binds 50 parties and 9 observers.', not: { kind: 'ratification_count', value: 9 } },
      {
        text: 'In all 40 states have signed, 12 ratified and 3 acceded.',
        not: { kind: 'ratification_count', value: 3 },
      },
      { text: 'Of its 40 parties, 12 are in Asia and 9 in Europe.', not: { kind: 'ratification_count', value: 9 } },
    ],
  },
  {
    name: 'count-named-before',
    produces:
      'a count whose noun is named before it in a label or an apposition ("Signatories: 47", "Instruments deposited ' +
      'so far: 18", "its states parties, now 31,"): by the noun when it names the act, else by the act its words name',
    when: ({ lead, after }) => {
      if (!AFTER_NAMED_COUNT().test(after)) return null;
      const m = NOUN_BEFORE_LINK().exec(lead.slice(-90));
      if (!m || PAPER_WORD().test(m[3])) return null;
      const why = { kind: m[0].trim() };
      if (SIGNATURE_HEAD().test(m[2])) return { kind: 'signatory_count', tail: 0, why };
      if (BOUND_HEAD().test(m[2])) return { kind: 'ratification_count', tail: 0, why };
      // "Countries that have ratified: 31", "Ratifying states so far: 31": a noun of states takes the act its own
      // phrase names, and none from elsewhere in the sentence.
      const act = nearest(m[0], 0, ACT_FAMILIES().slice(0, 3));
      return act ? { kind: act.name, tail: 0, why: { kind: `${act.word} … ${m[0].trim()}` } } : null;
    },
    examples: [
      { text: 'Where the pact stands. Signatories: 47. Parties: 31.', gives: { kind: 'signatory_count', value: 47 } },
      {
        text: 'Where the pact stands. Signatories: 47. Parties: 31.',
        gives: { kind: 'ratification_count', value: 31 },
      },
      { text: 'Instruments deposited so far: 18.', gives: { kind: 'ratification_count', value: 18 } },
      { text: 'Its states parties, now 31, meet in Bonn in May.', gives: { kind: 'ratification_count', value: 31 } },
      {
        text: 'States that have put pen to paper — 52 as of June.',
        gives: { kind: 'signatory_count', value: 52 },
      },
      { text: 'Ratifying nations to date: 12 (as of 1 May).', gives: { kind: 'ratification_count', value: 12 } },
      { text: 'Delegations attending the talks: 88.', gives: { kind: 'attending_countries', value: 88 } },
    ],
    counterExamples: [
      { text: 'Countries hit by the storm: 12.', not: { kind: 'ratification_count' } },
      { text: 'Signatories of the open letter: 40.', not: { kind: 'signatory_count' } },
      { text: 'Of the signatories, 12 are in Asia.', not: { kind: 'signatory_count' } },
      { text: 'Among the parties, 12 in Africa have ratified.', not: { kind: 'ratification_count', value: 12 } },
      { text: 'Governments that signed: 40 million people live in them.', not: { kind: 'signatory_count' } },
    ],
  },
  {
    name: 'plain-number',
    produces: 'other: a number that counts something the tables do not name',
    when: () => ({ kind: 'other', tail: 0, why: { kind: 'no counted noun' } }),
    examples: [{ text: 'The committee has 14 staff.', gives: { kind: 'other', value: 14 } }],
  },
]);
