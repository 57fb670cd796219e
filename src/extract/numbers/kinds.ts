/** What a number counts: ordered rule tables over a number and its words, the first rule that reads it wins. */
import { ACCEDING, DEPOSITING, JOINING, RATIFYING, SIGNATURE_NOUNS, SIGNING } from '../lexicon/acts.js';
import { alternation, isMember, wordsOf } from '../lexicon/family.js';
import { ENTRY_INTO_FORCE } from '../lexicon/force.js';
import {
  ABSTAINING, ATTENDING, DAY_UNITS, DECIDING, DELAY_LINKS, EU_NAMES, GENERAL_ASSEMBLY, IN_FAVOUR, INSTRUMENT_NOUNS, MEMBER_NOUNS,
  MEMBERSHIP_BODIES, NEGOTIATING, PARTY_NOUNS, PERFECT_AUXILIARIES, SO_FAR, STATE_NOUN, STATE_NOUNS, THRESHOLD_CUES,
  TOTAL_LINKS, TOTAL_WORDS, UN_NAMES, VOTE_AGAINST, VOTE_FOR, VOTER_NOUNS, VOTING,
} from '../lexicon/quantity.js';
import { TREATY_NOUNS } from '../lexicon/treaty.js';
import { ruleTable, type Rule } from '../rules/rule.js';
import type { NumberKind } from '../types.js';
import { instrumentNamed, instrumentNear, nearest, RATIFY_WORDS, SIGN_WORDS, type KindReading, type NumberContext } from './context.js';
import { DECISION, TALLY_START } from './found.js';

const w = alternation;
const STATES = String.raw`(?:[\p{L}-]+\s+){0,2}?${w(STATE_NOUNS)}\b`;
/** "40 countries", "40 African states": the number counts states. */
export const COUNT_NOUN = new RegExp(String.raw`^\s+${STATES}`, 'iu');
const ACTS = w(SIGNING, RATIFYING, ACCEDING, JOINING);
const EIF = wordsOf(ENTRY_INTO_FORCE, 'iu');
const UN = wordsOf(UN_NAMES, 'u');
/** The UN or its General Assembly named in the sentence. */
const UN_CONTEXT = (text: string) => UN.test(text) || ASSEMBLY_NAMED.test(text);

/** The kind an act word gives the count of the states that did it: signing or becoming bound. */
const countOfAct = (act: string): NumberKind => (isMember(SIGNING, act) ? 'signatory_count' : 'ratification_count');

/** A reading whose phrase runs over the match (`tail`), with the matched words as the reason for the kind. */
const read = (kind: NumberKind, m: RegExpExecArray | null, extra: Partial<KindReading> = {}): KindReading | null =>
  m ? { kind, tail: m[0].length, ...extra, why: { kind: m[0].trim(), ...extra.why } } : null;

// ---- ordinals: ranks of an act and entry-into-force conditions ----

const RANK_OF_ACT = new RegExp(String.raw`^\s+(?:${w(STATE_NOUN)}|${w(STATE_NOUNS)})\s+to\s+(${ACTS})\b`, 'iu');
const ORDINAL_DAY = new RegExp(String.raw`^\s+${w(DAY_UNITS)}\s+${w(DELAY_LINKS)}\b`, 'iu');
const COUNTED_INSTRUMENT = new RegExp(
  String.raw`^\s+(?:${w(INSTRUMENT_NOUNS, RATIFYING, SIGNATURE_NOUNS, STATE_NOUN)})\b`,
  'iu',
);

export const ORDINAL_RULES = ruleTable<NumberContext, KindReading>('number ordinals', [
  {
    name: 'rank-of-act',
    produces: 'the count an act reached, from "the Nth country to sign/ratify"',
    when: ({ after }) => {
      const m = RANK_OF_ACT.exec(after);
      return read(m ? countOfAct(m[1]) : 'other', m);
    },
    examples: [
      { text: 'Chile became the 41st country to ratify the accord.', gives: { kind: 'ratification_count', value: 41 } },
      { text: 'Nepal was the twelfth state to sign the pact.', gives: { kind: 'signatory_count', value: 12 } },
    ],
    counterExamples: [{ text: 'It was the 79th session of the Assembly, which chose to sign a letter.' }],
  },
  {
    name: 'ordinal-day-of-delay',
    produces: 'an entry-into-force delay in days, from "on the Nth day after"',
    when: ({ sentence, after }) => (EIF.test(sentence) ? read('entry_into_force_delay_days', ORDINAL_DAY.exec(after)) : null),
    examples: [
      {
        text: 'The pact enters into force on the sixtieth day after the twentieth ratification.',
        gives: { kind: 'entry_into_force_delay_days', value: 60 },
      },
    ],
  },
  {
    name: 'ordinal-threshold',
    produces: 'an entry-into-force threshold with its instrument, from "after the Nth instrument of ratification"',
    when: ({ sentence, after, number }) => {
      if (!EIF.test(sentence)) return null;
      const m = COUNTED_INSTRUMENT.exec(after);
      if (!m) return null;
      const { instrument, why } = instrumentNear(sentence, number.start);
      return { kind: 'entry_into_force_threshold', tail: 0, instrument, why: { kind: m[0].trim(), ...why } };
    },
    examples: [
      {
        text: 'It comes into force once the thirtieth instrument of ratification is deposited.',
        gives: { kind: 'entry_into_force_threshold', value: 30, instrument: 'ratification' },
      },
    ],
    counterExamples: [{ text: 'The pact came into force on the 5th of May in Geneva.' }],
  },
]);

// ---- cardinals ----

const VOTE_SENTENCE = wordsOf([VOTING, IN_FAVOUR, ...[ABSTAINING]], 'iu');
/** "124 votes", "124 countries voting", "3 states voted": who cast the votes, before what they voted. */
const VOTERS = String.raw`(?:${w(VOTER_NOUNS)}\s+)?(?:${w(VOTING)}\s+)?`;
const FOR = new RegExp(String.raw`^\s+${VOTERS}(?:${w(IN_FAVOUR)}|${w(VOTE_FOR)}\b|(?=to\s+\d))`, 'iu');
const AGAINST = new RegExp(String.raw`^\s+${VOTERS}${w(VOTE_AGAINST)}\b`, 'iu');
const ABSTAIN = new RegExp(String.raw`^\s+${VOTERS}${w(ABSTAINING)}\b`, 'iu');
/** "143 votes to 5", "by 120 to 10": the number after "to" is the votes against. */
const AGAINST_AFTER_TO = new RegExp(String.raw`(?:\b${w(VOTING)}|\d)\s+to\s+$`, 'iu');

const ASSEMBLY = new RegExp(String.raw`^-member\s+(?:${w(UN_NAMES)}\s+)?${w(GENERAL_ASSEMBLY, UN_NAMES, MEMBERSHIP_BODIES)}`, 'iu');
const ALL_MEMBERS = new RegExp(String.raw`^\s+(?:${w(UN_NAMES)}\s+)?${w(MEMBER_NOUNS)}\b`, 'iu');
/** "all 193 member states", "the General Assembly's 193 members": the whole membership, not a count of actors. */
const MEMBERSHIP_BEFORE = new RegExp(String.raw`(?:\ball|${w(UN_NAMES, GENERAL_ASSEMBLY)}'s?)\s+$`, 'iu');

const DAYS_AFTER = new RegExp(String.raw`^(?:\s+|-)${w(DAY_UNITS)}\s+${w(DELAY_LINKS)}\b`, 'iu');
/** A count is the condition of entry into force after these ("once 40 states ratify", "ratification by 40 states"). */
const THRESHOLD_BEFORE = new RegExp(String.raw`\b${w(THRESHOLD_CUES)}\b[^.;]*$`, 'iu');
const PART_OF_WHOLE = new RegExp(String.raw`^\s+of\s+(?:the|its|all)\s+(?:\d[\d,]*|[\p{L}-]+)\s+${STATES}`, 'iu');
const PART_OF_WHOLE_BEFORE = /\b(?:\d[\d,]*|[a-z-]+)\s+of\s+(?:the|its|all)\s+$/i;
const COUNTED_TOWARD = new RegExp(String.raw`^\s+(?:${w(RATIFYING, INSTRUMENT_NOUNS)})\b`, 'iu');

const EU = w(EU_NAMES);
const EU_MEMBERS = new RegExp(
  String.raw`^\s+(?:of\s+(?:its|the\s+${EU}'s)\s+(?:\d+\s+)?${w(MEMBER_NOUNS)}|${EU}\s+${w(MEMBER_NOUNS)}|` +
    String.raw`${w(MEMBER_NOUNS)}\s+of\s+the\s+${EU})\b`,
  'iu',
);
const SIGNED = wordsOf([SIGNING, SIGNATURE_NOUNS], 'iu');
const SIGNATORIES = new RegExp(String.raw`^\s+${w(SIGNATURE_NOUNS)}\b`, 'iu');
const RATIFICATIONS = new RegExp(String.raw`^\s+${w(RATIFYING)}`, 'iu');
const PARTIES = new RegExp(String.raw`^\s+${w(PARTY_NOUNS)}\b`, 'iu');
/** "has 76 parties" counts the bound states only when the sentence is about a treaty (not "the two parties"). */
const TREATY_WORD = wordsOf([TREATY_NOUNS, RATIFYING, ACCEDING], 'iu');
/** "61 have ratified", "40 had signed": a count whose noun the sentence gave before. */
const BARE_SUBJECT = new RegExp(String.raw`^\s+${w(PERFECT_AUXILIARIES)}\s+(?:${w(SO_FAR)}\s+)?(${ACTS})\b`, 'iu');
/** "The 11 founding members signed": members counted by what they did. */
const MEMBERS_ACTING = new RegExp(
  String.raw`^\s+(?:[\p{L}-]+\s+)?${w(MEMBER_NOUNS)}\s+(?:${w(PERFECT_AUXILIARIES)}\s+)?(?:${w(SO_FAR)}\s+)?(${ACTS})\b`,
  'iu',
);
/** "bringing the number of signatories to 80", "the total of ratifications stands at 12". */
const TOTAL_OF = new RegExp(
  String.raw`\b${w(TOTAL_WORDS)}\s+of\s+(${w(SIGNATURE_NOUNS, RATIFYING, PARTY_NOUNS)})(?:\s+${w(STATE_NOUNS)})?\b` +
    String.raw`[^.;]{0,30}?\b${w(TOTAL_LINKS)}\s+(?:[\p{L}\p{N}]+\s+){0,2}$`,
  'iu',
);
const OTHER_ACTION_WORDS = wordsOf([NEGOTIATING, DECIDING, VOTING], 'giu');
const ATTEND_WORDS = wordsOf(ATTENDING, 'giu');
const ACT_FAMILIES: readonly [NumberKind, RegExp][] = [
  ['signatory_count', SIGN_WORDS],
  ['ratification_count', RATIFY_WORDS],
  ['attending_countries', ATTEND_WORDS],
  ['other', OTHER_ACTION_WORDS],
];
/** The states counted: "40 countries", or "40 of the 54 states" (when the sentence is not about EU members). */
const MEMBER_WORD = wordsOf(MEMBER_NOUNS, 'iu');
const ASSEMBLY_NAMED = wordsOf(GENERAL_ASSEMBLY, 'iu');
/** The kind of a running total by what it adds up: signatures, or ratifications and parties. */
const countOfTotal = (noun: string): NumberKind => (SIGNATURE_NOUN.test(noun) ? 'signatory_count' : 'ratification_count');
const SIGNATURE_NOUN = wordsOf(SIGNATURE_NOUNS, 'iu');
const countedStates = ({ after }: NumberContext) => COUNT_NOUN.exec(after) ?? (EU_MEMBERS.test(after) ? null : PART_OF_WHOLE.exec(after));

export const COUNT_RULES = ruleTable<NumberContext, KindReading>('number kinds', [
  {
    name: 'tally-later-place',
    produces: 'votes against or abstaining, from the second or third number of a tally ("120-10-3")',
    when: ({ number }) => (number.tally ? { kind: number.tally === 2 ? 'vote_against' : 'vote_abstention', tail: 0, why: { kind: 'tally' } } : null),
    examples: [
      { text: 'Parliament approved the accord 201-12-7.', gives: { kind: 'vote_against', value: 12 } },
      { text: 'Parliament approved the accord 201-12-7.', gives: { kind: 'vote_abstention', value: 7 } },
    ],
  },
  {
    name: 'tally-first-place',
    produces: 'votes in favour, from the first number of a tally in a sentence about a decision',
    when: ({ sentence, after }) =>
      TALLY_START.test(after) && DECISION.test(sentence) ? { kind: 'vote_in_favour', tail: 0, why: { kind: 'tally' } } : null,
    examples: [{ text: 'The senate backed the pact 64-30.', gives: { kind: 'vote_in_favour', value: 64 } }],
    counterExamples: [{ text: 'Our team won 3-1 at home on Sunday.' }, { text: 'The plan was passed after 5-7 years of work.' }],
  },
  {
    name: 'votes-after-to',
    produces: 'votes against, from the number after "to" in "N votes to M"',
    when: ({ sentence, before }) => (VOTE_SENTENCE.test(sentence) ? read('vote_against', AGAINST_AFTER_TO.exec(before)) : null),
    examples: [{ text: 'The text was adopted by 150 votes to 3.', gives: { kind: 'vote_against', value: 3 } }],
  },
  {
    name: 'votes-for',
    produces: 'votes in favour, from "N votes in favour", "N for", "N countries voting in favour"',
    when: ({ sentence, after }) => (VOTE_SENTENCE.test(sentence) ? read('vote_in_favour', FOR.exec(after)) : null),
    examples: [
      { text: 'The resolution won 131 votes in favour and 9 against.', gives: { kind: 'vote_in_favour', value: 131 } },
      { text: 'It was adopted by 150 votes to 3.', gives: { kind: 'vote_in_favour', value: 150 } },
    ],
  },
  {
    name: 'votes-against',
    produces: 'votes against, from "N against", "N opposed", "N countries voted no"',
    when: ({ sentence, after }) => (VOTE_SENTENCE.test(sentence) ? read('vote_against', AGAINST.exec(after)) : null),
    examples: [{ text: 'The resolution won 131 votes in favour and 9 against.', gives: { kind: 'vote_against', value: 9 } }],
  },
  {
    name: 'votes-abstaining',
    produces: 'abstentions, from "N abstentions", "N abstained", "N countries abstaining"',
    when: ({ sentence, after }) => (VOTE_SENTENCE.test(sentence) ? read('vote_abstention', ABSTAIN.exec(after)) : null),
    examples: [{ text: 'The draft passed by a vote of 88 in favour with 14 abstentions.', gives: { kind: 'vote_abstention', value: 14 } }],
  },
  {
    name: 'assembly-size',
    produces: 'the size of the UN membership, from "the N-member General Assembly"',
    when: ({ after }) => read('general_assembly_members', ASSEMBLY.exec(after)),
    examples: [{ text: 'The 193-member world body adopted the text.', gives: { kind: 'general_assembly_members', value: 193 } }],
  },
  {
    name: 'whole-un-membership',
    produces: 'the size of the UN membership, from "all N UN member states"',
    when: ({ sentence, before, after }) =>
      MEMBERSHIP_BEFORE.test(before) && UN_CONTEXT(sentence) ? read('general_assembly_members', ALL_MEMBERS.exec(after)) : null,
    examples: [{ text: 'All 193 UN members endorsed the declaration.', gives: { kind: 'general_assembly_members', value: 193 } }],
  },
  {
    name: 'delay-in-days',
    produces: 'an entry-into-force delay, from "N days after" in a sentence about entry into force',
    when: ({ sentence, after }) => {
      const m = EIF.test(sentence) ? DAYS_AFTER.exec(after) : null;
      return m ? read('entry_into_force_delay_days', m, instrumentNamed(after)) : null;
    },
    examples: [
      {
        text: 'The pact takes effect 45 days after ratification by both parties.',
        gives: { kind: 'entry_into_force_delay_days', value: 45, instrument: 'ratification' },
      },
    ],
  },
  {
    name: 'threshold-count',
    produces: 'an entry-into-force threshold, from "after N states ratify", "ratification by N countries"',
    when: (ctx) => {
      const { sentence, before, after, number } = ctx;
      if (!EIF.test(sentence) || !THRESHOLD_BEFORE.test(before.slice(-40))) return null;
      const m = COUNT_NOUN.exec(after) ?? PART_OF_WHOLE.exec(after) ?? COUNTED_TOWARD.exec(after);
      return m ? read('entry_into_force_threshold', m, instrumentNear(sentence, number.start)) : null;
    },
    examples: [
      {
        text: 'The charter will take effect once 15 countries sign it.',
        gives: { kind: 'entry_into_force_threshold', value: 15, instrument: 'signature' },
      },
    ],
    counterExamples: [{ text: 'Since it entered into force, the accord has gained 80 parties.', not: { kind: 'entry_into_force_threshold' } }],
  },
  {
    name: 'whole-of-part',
    produces: 'the whole a count is part of ("72 of the 193 UN member states": the 193), as the UN size or other',
    when: ({ sentence, before, after }) => {
      const m = PART_OF_WHOLE_BEFORE.test(before.slice(-30)) ? COUNT_NOUN.exec(after) : null;
      if (!m) return null;
      return read(UN.test(m[0]) || ASSEMBLY_NAMED.test(sentence) ? 'general_assembly_members' : 'other', m);
    },
    examples: [
      { text: 'So far 40 of the 193 UN member states have signed it.', gives: { kind: 'general_assembly_members', value: 193 } },
    ],
  },
  {
    name: 'eu-member-signatories',
    produces: 'EU member states that signed, from "N of its member states" or "N EU member states" near a signing',
    when: ({ sentence, after }) => (SIGNED.test(sentence) ? read('eu_member_signatories', EU_MEMBERS.exec(after)) : null),
    examples: [{ text: 'The EU signed the accord, and so did 19 of its member states.', gives: { kind: 'eu_member_signatories', value: 19 } }],
  },
  {
    name: 'signatories-noun',
    produces: 'a signatory count, from "N signatories"',
    when: ({ after }) => read('signatory_count', SIGNATORIES.exec(after)),
    examples: [{ text: 'The pact has 58 signatories.', gives: { kind: 'signatory_count', value: 58 } }],
  },
  {
    name: 'ratifications-noun',
    produces: 'a ratification count, from "N ratifications"',
    when: ({ after }) => read('ratification_count', RATIFICATIONS.exec(after)),
    examples: [{ text: 'The protocol has gathered 33 ratifications.', gives: { kind: 'ratification_count', value: 33 } }],
  },
  {
    name: 'states-parties',
    produces: 'a ratification count, from "N states parties", or "N parties" in a sentence about a treaty',
    when: ({ sentence, after }) => {
      const m = PARTIES.exec(after);
      // "states parties" and "contracting parties" always count bound states; "parties" alone, in treaty news.
      return m && (/\s/.test(m[0].trim()) || TREATY_WORD.test(sentence)) ? read('ratification_count', m) : null;
    },
    examples: [{ text: 'The convention counts 77 parties.', gives: { kind: 'ratification_count', value: 77 } }],
    counterExamples: [{ text: 'The two parties formed a coalition.', not: { kind: 'ratification_count' } }],
  },
  {
    name: 'count-then-act',
    produces: 'a count by what the states did, from "N have ratified" or "the N founding members signed"',
    when: ({ after }) => {
      const m = BARE_SUBJECT.exec(after) ?? MEMBERS_ACTING.exec(after);
      return m ? read(countOfAct(m[1]), m) : null;
    },
    examples: [
      { text: 'Of those, 28 have now ratified.', gives: { kind: 'ratification_count', value: 28 } },
      { text: 'The six founding members signed the charter.', gives: { kind: 'signatory_count', value: 6 } },
    ],
  },
  {
    name: 'running-total',
    produces: 'a count from the total it is the value of ("bringing the number of parties to 41")',
    when: ({ before }) => {
      const m = TOTAL_OF.exec(before.slice(-60));
      return m ? { kind: countOfTotal(m[1]), tail: 0, why: { kind: m[0].trim() } } : null;
    },
    examples: [
      { text: 'Her signature brought the number of signatories to 64.', gives: { kind: 'signatory_count', value: 64 } },
      { text: 'The tally of ratifications now stands at 19.', gives: { kind: 'ratification_count', value: 19 } },
    ],
  },
  {
    name: 'un-membership-without-act',
    produces: 'the UN membership, from "N member states" in a UN sentence with no act of signing, ratifying or attending',
    when: (ctx) => {
      const counted = countedStates(ctx);
      if (!counted || !MEMBER_WORD.test(counted[0]) || !UN_CONTEXT(ctx.sentence)) return null;
      const act = nearest(ctx.sentence, ctx.number.start, ACT_FAMILIES);
      return !act || act.name === 'other' ? read('general_assembly_members', counted) : null;
    },
    examples: [{ text: 'The text was adopted by the 193 UN member states in May.', gives: { kind: 'general_assembly_members', value: 193 } }],
  },
  {
    name: 'states-by-nearest-act',
    produces: 'a count of states by the act named nearest to it: signing, ratifying, attending, or another (other)',
    when: (ctx) => {
      const counted = countedStates(ctx);
      if (!counted) return null;
      const act = nearest(ctx.sentence, ctx.number.start, ACT_FAMILIES);
      return { kind: act?.name ?? 'other', tail: counted[0].length, why: { kind: act?.word ?? counted[0].trim() } };
    },
    examples: [
      { text: 'The accord was signed by 47 countries.', gives: { kind: 'signatory_count', value: 47 } },
      { text: 'Delegates of 90 nations attended the talks.', gives: { kind: 'attending_countries', value: 90 } },
      { text: 'The draft was negotiated by 120 countries.', gives: { kind: 'other', value: 120 } },
    ],
  },
  {
    name: 'plain-number',
    produces: 'other: a number that counts something the tables do not name',
    when: () => ({ kind: 'other', tail: 0, why: { kind: 'no counted noun' } }),
    examples: [{ text: 'The committee has 14 staff.', gives: { kind: 'other', value: 14 } }],
  },
]);
