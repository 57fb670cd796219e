/** What an ordinal counts: the rank an act reached ("the 40th state to ratify") or an entry-into-force condition. */
import { ACCEDING, DEPOSITING, HANDING_OVER, JOINING, RATIFYING, SIGNATURE_NOUNS, SIGNING } from '../lexicon/acts.js';
import { wordsOf, LETTERS } from '../lexicon/family.js';
import {
  ACT_REPEATED,
  ADOPTING_AS_STATE,
  DAY_UNITS,
  DELAY_LINKS,
  INSTRUMENT_NOUNS,
  MAKING,
  NEEDED,
  OTHER_TIME_UNITS,
  PARTY_NOUN,
  PERFECT_AUXILIARIES,
  RANK_NOUNS,
  REGIONS,
  STATE_NOUN,
  MEMBER_NOUN,
  RANK_ENDS,
  STATE_NOUNS,
  THRESHOLD_CUES,
  THRESHOLD_NOUNS,
  TOTAL_WORDS,
  WAITING_CONJUNCTIONS,
  WHOLE_WORLD,
  WITHIN_REGION,
} from '../lexicon/quantity.js';
import { BECOMING } from '../lexicon/stance.js';
import { TREATY_NOUNS } from '../lexicon/treaty.js';
import { onFirstUse } from '../rules/onFirstUse.js';
import { ruleTable } from '../rules/rule.js';
import { BOUND_WORDS, instrumentNear, nearest, SIGN_WORDS, type KindReading, type NumberContext } from './context.js';
import { ACTS, countOfAct, EIF, EU, WITHDRAWAL_TAKES_EFFECT, read, w } from './patterns.js';
import { CARDINAL_WORDS, numberValue } from './value.js';

/**
 * "the 41st country to ratify", "the 53rd state to do so" (the act named before), "the 12th nation to sign", "the
 * second state in the world to do so".
 */
const RANK_OF_ACT = onFirstUse(
  () =>
    new RegExp(
      // "the 30th and final state to sign", "the 41st African country to ratify": a closing rank and a capitalized word.
      String.raw`^\s+(?:and\s+${w(RANK_ENDS)}\s+)?(?:\p{Lu}[${LETTERS}-]*\s+)?(?:${w(STATE_NOUN)})` +
        String.raw`(?:\s+${w(WHOLE_WORLD)}|\s+[${LETTERS}]+)?\s+(?:to\s+(?:(${ACTS})\b|${w(ACT_REPEATED)}\b)|(${ACTS})\b)`,
      'iu',
    ),
);
/**
 * "the 10th and last ASEAN member to ratify": a member is a state after a body's name (group 1, capitalized; its case
 * is checked where the pattern is used, the pattern being case-blind), with its act (group 2).
 */
const RANKED_MEMBER = onFirstUse(
  () =>
    new RegExp(
      String.raw`^\s+(?:and\s+${w(RANK_ENDS)}\s+)?([${LETTERS}-]+)\s+${w(MEMBER_NOUN)}\s+to\s+(${ACTS})\b`,
      'iu',
    ),
);
/** "the 18th and 19th countries to ratify": the plural of a rank shared by two ordinals. */
const RANKS_OF_ACT = onFirstUse(() => new RegExp(String.raw`^\s+${w(STATE_NOUNS)}\s+to\s+(${ACTS})\b`, 'iu'));
const AND_BEFORE = onFirstUse(() => /\w\s+and\s+$/);
/** "the 124th State Party", "a 190th member state", "its 54th signatory": a rank among the parties or signatories. */
const RANK_AMONG = onFirstUse(() => new RegExp(String.raw`^\s+(${w(RANK_NOUNS, SIGNATURE_NOUNS)})\b`, 'iu'));
/**
 * The treaty as the object of a ranked state's act, by its noun alone ("the treaty", "the Convention", "it"): a
 * treaty told apart by more words ("the 1992 Convention") may be another one than the article's.
 */
const TREATY_OBJECT = String.raw`(?:(?:the|this|that|its)\s+${w(TREATY_NOUNS)}|it)\b`;
/**
 * "the 68th Party to the Convention", "the 30th eligible party to the treaty", "the 50th party to the 1992 Convention":
 * a party, with its treaty after it. A treaty told apart by more words may be another one: which treaty a name is
 * of is decided where every count's treaty is (numbers.ts); one told apart by its year (group 2) is another one's,
 * since two instruments of one name differ by their years.
 */
const RANK_AMONG_PARTIES_OF = onFirstUse(
  () =>
    new RegExp(
      // "the 51st High Contracting Party to the pact": up to two words before the noun.
      String.raw`^\s+(?:[${LETTERS}-]+\s+){0,2}(${w(PARTY_NOUN)})\s+(?:to|of)\s+(?:(?:the|this|that|its)\s+` +
        String.raw`(?:(\d{4})\s+)?(?:[${LETTERS}-]+\s+){0,2}?${w(TREATY_NOUNS)}|it)\b`,
      'iu',
    ),
);
/**
 * "…, becoming the 40th party and setting off …", "it became the 12th party.": a state becoming a ranked party, with no
 * other body after the noun ("the second party in parliament", "a third party to the dispute" are others).
 */
const BECAME_RANKED_BEFORE = onFirstUse(() => new RegExp(String.raw`\b${w(BECOMING)}\s+(?:the|its)\s+$`, 'iu'));
const RANKED_PARTY_ALONE = onFirstUse(
  () =>
    new RegExp(
      String.raw`^\s+(${w(PARTY_NOUN)})(?=\s*[.;,]|\s*$|\s+(?:and|on|in\s+\p{Lu}|since|after|when|with)\b)`,
      'iu',
    ),
);
/** The sentence tells of consent to a treaty, so a party ranked in it is a state bound, not a political party. */
const CONSENT_TOLD = onFirstUse(() => wordsOf([RATIFYING, ACCEDING, DEPOSITING, JOINING], 'iu'));
/** "the 67th nation to adopt the treaty", "the tenth country to approve it": a state's consent in other words. */
const RANK_OF_CONSENT = onFirstUse(
  () => new RegExp(String.raw`^\s+${w(STATE_NOUN)}\s+to\s+${w(ADOPTING_AS_STATE)}\s+${TREATY_OBJECT}`, 'iu'),
);
/** "the 30th ratification", "the 22nd instrument of accession": a rank among the instruments deposited. */
const RANK_OF_INSTRUMENT = onFirstUse(
  () => new RegExp(String.raw`^\s+(?:${w(RATIFYING, INSTRUMENT_NOUNS)}|${w(DEPOSITING)})\b`, 'iu'),
);
/** "the 90th day after": a delay; "the first day of the month following …" is a day of the calendar, not a delay. */
const ORDINAL_DAY = onFirstUse(
  () =>
    new RegExp(
      String.raw`^\s+${w(DAY_UNITS)}\s+${w(DELAY_LINKS)}\b(?!\s+(?:the|a|each)\s+(?:[${LETTERS}-]+\s+)?${w(OTHER_TIME_UNITS)}\b)`,
      'iu',
    ),
);
/**
 * "after the 40th instrument of ratification", "once the 40th country ratifies", "of the fiftieth such instrument": the
 * condition, not a rank.
 */
const COUNTED_TOWARD = onFirstUse(
  () =>
    new RegExp(
      // "the fiftieth such instrument": "such" points back to the instruments just named.
      // "after the third deposit": the deposit stands for its instrument.
      String.raw`^\s+(?:such\s+)?(?:${w(INSTRUMENT_NOUNS, RATIFYING, SIGNATURE_NOUNS, STATE_NOUN, DEPOSITING)}\b|` +
        String.raw`[${LETTERS}-]+\s+(?:${w(RATIFYING, SIGNING, DEPOSITING)})|` +
        // "after the 40th is lodged": the instrument left out, its deposit said.
        String.raw`(?:is|are|was|${w(PERFECT_AUXILIARIES)}\s+been)\s+${w(DEPOSITING, HANDING_OVER)}\b)`,
      'iu',
    ),
);
/**
 * In a sentence on entry into force: "once the 40th", "after the fifth", and a time run from a rank ("three months
 * have passed from the fifth deposit"); "from" alone ("charged from the third deposit on") is no condition.
 */
const CONDITION_BEFORE = onFirstUse(
  () =>
    new RegExp(
      String.raw`\b(?:${w(THRESHOLD_CUES)}|${w(DAY_UNITS, OTHER_TIME_UNITS)}\b[^.;,]{0,30}?\bfrom)\s+(?:the\s+)?$`,
      'iu',
    ),
);
/**
 * "a year after the thirtieth ratification", "90 days following the 20th instrument": a time counted from a rank is
 * counted from a moment still to come, the condition, whether or not the sentence names entry into force.
 */
const TIME_FROM_RANK_BEFORE = onFirstUse(
  () => new RegExp(String.raw`\b${w(DAY_UNITS, OTHER_TIME_UNITS)}\s+${w(WAITING_CONJUNCTIONS)}\s+(?:the\s+)?$`, 'iu'),
);
const JOINED = onFirstUse(() => wordsOf(JOINING, 'giu'));
/** The act a "to do so" refers back to: signing, or becoming bound (joining included). */
const ACT_WORDS = onFirstUse((): readonly [string, RegExp][] => [
  ['sign', SIGN_WORDS()],
  ['ratify', BOUND_WORDS()],
  ['join', JOINED()],
]);
const SIGNATORY = onFirstUse(() => wordsOf(SIGNATURE_NOUNS, 'iu'));
/**
 * "It was the thirtieth.", "This is the 12th,", "… had made it the 181st.": a rank said of a pronoun, with no noun of
 * its own after it.
 */
const RANK_OF_PRONOUN_BEFORE = onFirstUse(
  () =>
    new RegExp(
      String.raw`(?:(?:^|[.;:]\s*|\b(?:and|but)\s+)(?:it|this|that)\s+(?:was|is|${w(BECOMING)})|` +
        String.raw`\b${w(MAKING)}\s+(?:it|this|that|them))\s+the\s+$`,
      'iu',
    ),
);
const NOTHING_AFTER = onFirstUse(() => /^\s*(?:[.;!]|,\s|$)/);
/**
 * "Guatemala's instrument of ratification was the 20th to be received", "The Greek ratification, the fifth, came in
 * May": a rank said of a phrase naming an act (its subject, up to a verb "was/is/became", or the phrase it stands in
 * apposition to). The phrase is the group's first, so a rank said of a country ("Chile was the 20th") is not read here.
 */
const RANK_OF_ACT_PHRASE_BEFORE = onFirstUse(
  () =>
    new RegExp(
      // "Malaysia's instrument, lodged in Rome on 2 November, was the eighth": an aside between subject and verb.
      String.raw`(?:^|[.;:]\s*)([^.;:\d]{3,70}?)(?:,[^.;:,]{1,80},)?(?:\s+(?:was|is|${w(BECOMING)})|,)\s+the\s+$`,
      'iu',
    ),
);
/** After a rank said of an act: nothing more, its apposition’s comma, or a passive ("to be received", "to be lodged"). */
const INSTRUMENT = onFirstUse(() => wordsOf(INSTRUMENT_NOUNS, 'iu'));
const RANK_OF_ACT_PHRASE_AFTER = onFirstUse(() => /^\s*(?:[.;!,]|$|to\s+\p{Ll}+\s+\p{Ll}+ed\b)/u);
/** "…, the number required for …", "— the threshold for entry into force": an apposition naming a rank the condition. */
const NAMED_THRESHOLD_AFTER = onFirstUse(
  () =>
    new RegExp(String.raw`^\s*[,–—(]\s*(?:the|a)\s+(?:${w(THRESHOLD_NOUNS)}|${w(TOTAL_WORDS)}\s+${w(NEEDED)})\b`, 'iu'),
);
/** "the sixth of the 10 member states to join": a rank within a group, not among all who acted. */
const RANK_WITHIN_GROUP = onFirstUse(
  () => new RegExp(String.raw`^\s+of\s+(?:the|its|their)\s+(?:\d+|${CARDINAL_WORDS.source})\s+[${LETTERS}-]+`, 'iu'),
);
/**
 * "the 17th in Africa", "the 15th country from outside Europe to join": a rank within a region, not among all who
 * acted.
 */
const RANK_WITHIN_REGION = onFirstUse(
  () =>
    new RegExp(
      String.raw`^(?:\s+${w(STATE_NOUN)})?\s+${w(WITHIN_REGION)}\s+(?:the\s+)?` +
        String.raw`(?:[${LETTERS}-]+\s+){0,2}?${w(REGIONS)}\b`,
      'iu',
    ),
);
/** A rank said with "the" ("the sixth of …"), not a share ("a third of the 12 states"). */
const DEFINITE_RANK_BEFORE = onFirstUse(() => /\bthe\s+$/i);

/** The count a rank reached for the act told last in `told` ("Peru ratified … It was the 12th"), or null. */
function rankOfToldAct(told: string, before: string): KindReading | null {
  const act = nearest(told, told.length, ACT_WORDS());
  return act ? { kind: countOfAct(act.name), tail: 0, why: { kind: `${act.word} … ${before.trim()}` } } : null;
}

export const ORDINAL_RULES = ruleTable<NumberContext, KindReading>('number ordinals', [
  {
    name: 'ordinal-day-of-delay',
    produces: 'an entry-into-force delay in days, from "on the Nth day after"',
    when: ({ has, after }) =>
      has(EIF()) && !has(WITHDRAWAL_TAKES_EFFECT())
        ? read('entry_into_force_delay_days', ORDINAL_DAY().exec(after))
        : null,
    examples: [
      {
        text: 'The pact enters into force on the sixtieth day after the twentieth ratification.',
        gives: { kind: 'entry_into_force_delay_days', value: 60 },
      },
    ],
    counterExamples: [
      {
        text: 'The pact enters into force on the first day of the month after the second ratification.',
        not: { kind: 'entry_into_force_delay_days' },
      },
      {
        text: 'Under its terms a withdrawal takes effect on the ninetieth day after notice is received.',
        not: { kind: 'entry_into_force_delay_days' },
      },
      {
        text: 'Her denunciation will come into force on the 180th day after the depositary is told.',
        not: { kind: 'entry_into_force_delay_days' },
      },
    ],
  },
  {
    name: 'ordinal-threshold',
    produces: 'an entry-into-force threshold with its instrument, from "after the Nth instrument of ratification"',
    when: ({ has, sentence, before, after, number }) => {
      if (!(has(EIF()) ? CONDITION_BEFORE() : TIME_FROM_RANK_BEFORE()).test(before)) return null;
      const m = COUNTED_TOWARD().exec(after);
      return m ? read('entry_into_force_threshold', m, { tail: 0, ...instrumentNear(sentence, number.start) }) : null;
    },
    examples: [
      {
        text: 'It comes into force once the thirtieth instrument of ratification is deposited.',
        gives: { kind: 'entry_into_force_threshold', value: 30, instrument: 'ratification' },
      },
      {
        text: 'The accord becomes legally binding on the 90th day after the 25th nation ratifies it.',
        gives: { kind: 'entry_into_force_threshold', value: 25 },
      },
      {
        text: 'It enters into force on the ninetieth day after the date of deposit of the fiftieth such instrument.',
        gives: { kind: 'entry_into_force_threshold', value: 50 },
      },
      {
        text: 'The protocol takes effect three months after the twentieth such ratification is lodged.',
        gives: { kind: 'entry_into_force_threshold', value: 20 },
      },
      {
        text: 'The accord becomes binding 30 days after the 15th has been deposited.',
        gives: { kind: 'entry_into_force_threshold', value: 15 },
      },
      {
        text: 'Its court may hear cases only a year after the sixtieth ratification.',
        gives: { kind: 'entry_into_force_threshold', value: 60 },
      },
      {
        text: 'The fund opens six months after the 25th instrument of accession.',
        gives: { kind: 'entry_into_force_threshold', value: 25 },
      },
      {
        text: 'It takes effect on the first day of the month after two months have run from the tenth deposit.',
        gives: { kind: 'entry_into_force_threshold', value: 10 },
      },
      {
        text: 'The accord will enter into force a year after the seventh deposit.',
        gives: { kind: 'entry_into_force_threshold', value: 7 },
      },
    ],
    counterExamples: [
      { text: 'The pact came into force on the 5th of May in Geneva.' },
      { text: 'Peru became the 30th state to ratify, so the pact will enter into force in May.' },
      {
        text: 'A year after the 30th ratification, the court heard its first case.',
        not: { kind: 'ratification_count' },
      },
      { text: 'The envoy left two weeks after the 5th round of talks.' },
      {
        text: 'Since the pact entered into force, a fee has been charged from the third deposit onwards.',
        not: { kind: 'entry_into_force_threshold' },
      },
      {
        text: 'It took effect in May; by then two months had passed since the tenth deposit.',
        not: { kind: 'entry_into_force_threshold' },
      },
    ],
  },
  {
    name: 'rank-named-threshold',
    produces:
      'an entry-into-force threshold, from a rank an apposition names the condition ("the fifth ratification, the ' +
      'number required for it to take effect")',
    needs: [THRESHOLD_NOUNS, NEEDED],
    when: ({ sentence, after, number }) => {
      const ranked = RANK_OF_INSTRUMENT().exec(after) ?? RANK_OF_ACT().exec(after);
      const named = NAMED_THRESHOLD_AFTER().exec(ranked ? after.slice(ranked[0].length) : after);
      if (!named) return null;
      const why = { kind: `${ranked?.[0].trim() ?? ''}${named[0]}`.trim() };
      return {
        kind: 'entry_into_force_threshold',
        tail: ranked?.[0].length ?? 0,
        ...instrumentNear(sentence, number.start),
        why,
      };
    },
    examples: [
      {
        text: 'A deposit by Bern would be the fifth ratification, the number required for the pact to take effect.',
        gives: { kind: 'entry_into_force_threshold', value: 5, instrument: 'ratification' },
      },
      {
        text: 'Peru became the 40th state to ratify — the threshold for entry into force.',
        gives: { kind: 'entry_into_force_threshold', value: 40 },
      },
      {
        text: 'Her signature was the tenth, the minimum needed before it can take effect.',
        gives: { kind: 'entry_into_force_threshold', value: 10 },
      },
    ],
    counterExamples: [
      {
        text: 'Peru became the 40th state to ratify, the number of parties it has today.',
        not: { kind: 'entry_into_force_threshold' },
      },
      {
        text: 'It was the fifth ratification, a step the minister welcomed.',
        not: { kind: 'entry_into_force_threshold' },
      },
    ],
  },
  {
    name: 'rank-within-group',
    produces: 'other, from a rank within a group ("the sixth of the 10 member states to join")',
    when: ({ before, after }) =>
      read('other', DEFINITE_RANK_BEFORE().test(before) ? RANK_WITHIN_GROUP().exec(after) : null, { tail: 0 }),
    examples: [
      { text: 'Laos becomes the sixth of the 10 member states to join.', gives: { kind: 'other', value: 6 } },
      { text: 'Fiji was the third of the five island states to ratify it.', gives: { kind: 'other', value: 3 } },
      { text: 'Oslo became the second of its four neighbours to sign.', gives: { kind: 'other', value: 2 } },
    ],
    counterExamples: [{ text: 'Laos becomes the sixth country to join the pact.', not: { kind: 'other' } }],
  },
  {
    name: 'rank-within-region',
    produces: 'other, from a rank within a region ("the 17th in Africa", "the 15th country from outside Asia to join")',
    when: ({ after }) => read('other', RANK_WITHIN_REGION().exec(after), { tail: 0 }),
    examples: [
      { text: 'Chad is the 86th party, and the 17th in Africa.', gives: { kind: 'other', value: 17 } },
      {
        text: 'Peru became the ninth state from outside Asia to accede to the pact.',
        gives: { kind: 'other', value: 9 },
      },
      { text: 'Mali was the 20th country in West Africa to sign it.', gives: { kind: 'other', value: 20 } },
    ],
    counterExamples: [
      { text: 'Laos becomes the 40th country to join the pact in Asia.', not: { kind: 'other' } },
      { text: 'Chad became the 12th party to the pact on Monday.', not: { kind: 'other' } },
    ],
  },
  {
    name: 'rank-of-act',
    produces: 'the count an act reached, from "the Nth country to sign/ratify/join" or "the Nth state to do so"',
    when: ({ sentence, before, after, number }) => {
      const m = RANK_OF_ACT().exec(after) ?? (AND_BEFORE().test(before) ? RANKS_OF_ACT().exec(after) : null);
      if (!m) {
        const member = RANKED_MEMBER().exec(after);
        return member && /^\p{Lu}/u.test(member[1]) ? read(countOfAct(member[2]), member) : null;
      }
      const act = m[1] ?? m[2] ?? nearest(sentence.slice(0, number.start), number.start, ACT_WORDS())?.word;
      return act ? read(countOfAct(act), m) : null;
    },
    examples: [
      { text: 'Chile became the 41st country to ratify the accord.', gives: { kind: 'ratification_count', value: 41 } },
      { text: 'Nepal was the twelfth state to sign the pact.', gives: { kind: 'signatory_count', value: 12 } },
      {
        text: 'With its deposit Fiji became the Thirtieth State to ratify.',
        gives: { kind: 'ratification_count', value: 30 },
      },
      {
        text: 'Oman joined the convention, the 150th nation to do so.',
        gives: { kind: 'ratification_count', value: 150 },
      },
      {
        text: 'Laos signed the charter on Monday, the 33rd country to do so.',
        gives: { kind: 'signatory_count', value: 33 },
      },
      { text: 'Last May the 25th country ratified the pact.', gives: { kind: 'ratification_count', value: 25 } },
      {
        text: 'Oman thus became the fourth state in the world to ratify it.',
        gives: { kind: 'ratification_count', value: 4 },
      },
      { text: 'Mali is the 30th nation on the planet to sign it.', gives: { kind: 'signatory_count', value: 30 } },
      {
        text: 'The deposit makes Laos the 10th and last ASEAN member to ratify.',
        gives: { kind: 'ratification_count', value: 10 },
      },
      { text: 'Peru was the 30th and final state to sign it.', gives: { kind: 'signatory_count', value: 30 } },
      { text: 'Ghana became the 41st African country to ratify.', gives: { kind: 'ratification_count', value: 41 } },
      {
        text: 'Peru and Chile were the 8th and 9th states to ratify it.',
        gives: { kind: 'ratification_count', value: 9 },
      },
    ],
    counterExamples: [
      { text: 'It was the 79th session of the Assembly, which chose to sign a letter.' },
      { text: 'They were among the first countries to sign the pact.' },
      { text: 'Kenya became the fifth state in Africa to ratify it.', not: { kind: 'ratification_count' } },
      { text: 'She was the third member to sign the letter to the board.', not: { value: 3, kind: 'signatory_count' } },
    ],
  },
  {
    name: 'rank-by-pronoun',
    produces:
      'the count an act reached, from a rank said of a pronoun ("It was the thirtieth.") that stands for the act ' +
      'named last, in this sentence or the one before (a deposit of ratification, a signature)',
    when: ({ before, after, previous }) => {
      if (!RANK_OF_PRONOUN_BEFORE().test(before) || !NOTHING_AFTER().test(after)) return null;
      const told = `${previous} ${before}`;
      return rankOfToldAct(told, before);
    },
    examples: [
      {
        text: 'Peru deposited its instrument of ratification on Monday. It was the twelfth.',
        gives: { kind: 'ratification_count', value: 12 },
      },
      {
        text: 'Fiji signed the charter on Friday, and it was the 40th.',
        gives: { kind: 'signatory_count', value: 40 },
      },
      { text: 'Her signature came an hour later. It was the 61st.', gives: { kind: 'signatory_count', value: 61 } },
      {
        text: "Fiji's accession in May, a year of waiting over, made it the 97th.",
        gives: { kind: 'ratification_count', value: 97 },
      },
      {
        text: 'Chile ratified the pact last week, which makes it the twelfth.',
        gives: { kind: 'ratification_count', value: 12 },
      },
    ],
    counterExamples: [
      { text: 'Peru signed the pact, and the win made it the third in a row.' },
      { text: 'Chile ratified the pact; the vote made it the third such law.' },
      { text: 'The talks opened in Lima on Monday. It was the third.' },
      { text: 'Peru ratified the pact in May. It was the third time it had tried.' },
    ],
  },
  {
    name: 'rank-of-act-phrase',
    produces:
      'the count an act reached, from a rank said of the phrase naming that act ("Peru\'s instrument of ' +
      'ratification was the 20th", "The Greek ratification, the fifth, …")',
    when: ({ has, before, after, previous }) => {
      const m = RANK_OF_ACT_PHRASE_BEFORE().exec(before);
      if (!m || !RANK_OF_ACT_PHRASE_AFTER().test(after)) return null;
      // "Its instrument was the 20th": an instrument is the act the sentence before told ("Peru ratified …").
      const instrument = INSTRUMENT().test(m[1]);
      const told = instrument ? `${previous} ${m[1]}` : m[1];
      // With no act told, an instrument lodged is one of ratification or accession, whatever verb hands it over, in
      // news of a treaty's entry into force or of consents to it.
      const treatyNews = has(EIF()) || has(CONSENT_TOLD()) || EIF().test(previous) || CONSENT_TOLD().test(previous);
      const byInstrument: KindReading = { kind: 'ratification_count', tail: 0, why: { kind: before.trim() } };
      return rankOfToldAct(told, before) ?? (instrument && treatyNews ? byInstrument : null);
    },
    examples: [
      {
        text: 'Guatemala ratified the pact on Friday. Its instrument was the 20th to be received.',
        gives: { kind: 'ratification_count', value: 20 },
      },
      {
        text: 'The Greek ratification of the pact, the fifth, arrived in May.',
        gives: { kind: 'ratification_count', value: 5 },
      },
      { text: 'Under the pact, the signature of Nepal was the 41st.', gives: { kind: 'signatory_count', value: 41 } },
      {
        text: 'The accord takes effect in May. Togo’s instrument was the 30th to be received in Geneva.',
        gives: { kind: 'ratification_count', value: 30 },
      },
      {
        text: 'Chile signed the accord. Its ratification, lodged in Paris on 4 May, was the 19th.',
        gives: { kind: 'ratification_count', value: 19 },
      },
    ],
    counterExamples: [
      { text: 'The vote on the pact was the third this year.' },
      {
        text: 'The talks on the pact ended on Friday. Its instrument was the 20th to be tuned.',
        not: { kind: 'ratification_count' },
      },
      { text: 'Chile was the 20th country to host the talks.', not: { kind: 'ratification_count' } },
      { text: 'Her speech on ratification, the second of the day, ran long.', not: { kind: 'ratification_count' } },
    ],
  },
  {
    name: 'rank-among-parties',
    produces:
      'the count of parties or signatories a state made by joining, from "the Nth State Party", "its Nth signatory"',
    when: ({ has, before, after, number }) => {
      // "the first signatory" is an honour more than a count, and "the EU's 28th member state" is another membership.
      const m =
        has(EU()) || numberValue(number.written) === 1
          ? null
          : (RANK_AMONG().exec(after) ??
            RANK_AMONG_PARTIES_OF().exec(after) ??
            (BECAME_RANKED_BEFORE().test(before) && has(CONSENT_TOLD()) ? RANKED_PARTY_ALONE().exec(after) : null));
      if (!m) return null;
      if (m[2]) return read('other', m, { why: { treaty: `the ${m[2]} instrument` } });
      return read(SIGNATORY().test(m[1]) ? 'signatory_count' : 'ratification_count', m);
    },
    examples: [
      { text: 'Tonga is now the 110th State Party to the statute.', gives: { kind: 'ratification_count', value: 110 } },
      { text: 'Bhutan became its 61st signatory on Friday.', gives: { kind: 'signatory_count', value: 61 } },
      { text: 'Mali thereby becomes the 74th Party to the treaty.', gives: { kind: 'ratification_count', value: 74 } },
      {
        text: 'Oman became the 51st High Contracting Party to the pact.',
        gives: { kind: 'ratification_count', value: 51 },
      },
      { text: 'Laos is now the 40th party to the convention.', gives: { kind: 'ratification_count', value: 40 } },
      {
        text: 'Chad became the 30th eligible party to the treaty.',
        gives: { kind: 'ratification_count', value: 30 },
      },
      {
        text: 'Togo is the 12th full party to this agreement.',
        gives: { kind: 'ratification_count', value: 12 },
      },
      {
        text: 'It is also the 50th party to the 1992 Convention on lakes.',
        gives: { kind: 'other', value: 50 },
      },
      {
        text: 'Oman deposited its ratification of the pact, becoming the 40th party and starting the clock.',
        gives: { kind: 'ratification_count', value: 40 },
      },
      { text: 'With that deposit Chad became the 77th party to it.', gives: { kind: 'ratification_count', value: 77 } },
      {
        text: 'Fiji acceded to the treaty and on Monday became its 12th party.',
        gives: { kind: 'ratification_count', value: 12 },
      },
    ],
    counterExamples: [
      { text: 'Croatia became the EU’s 28th member state.' },
      { text: 'Peru was the first signatory.' },
      { text: 'The dispute went to a third party for mediation.' },
      { text: 'A second party to the talks walked out.' },
      { text: 'After the treaty vote, Labour became the second party in Parliament.' },
      { text: 'Critics of the treaty became the third party, behind the Greens.', not: { value: 3 } },
      { text: 'The court heard a third party to the lawsuit.' },
      {
        text: 'Ghana became the 39th State Party to the 1997 Convention and the 50th party to the 1992 Convention.',
        not: { kind: 'ratification_count', value: 50 },
      },
    ],
  },
  {
    name: 'rank-of-consent',
    produces:
      'a ratification count, from a ranked state that adopts, accepts or approves the treaty ("the 67th nation to ' +
      'adopt the treaty")',
    when: ({ after }) => read('ratification_count', RANK_OF_CONSENT().exec(after)),
    examples: [
      {
        text: 'Chile is the 52nd nation to adopt the treaty.',
        gives: { kind: 'ratification_count', value: 52 },
      },
      { text: 'Togo became the ninth state to approve it.', gives: { kind: 'ratification_count', value: 9 } },
    ],
    counterExamples: [
      { text: 'Kenya was the fifth country to adopt a national plan on plastics.' },
      { text: 'It was the third assembly to adopt the convention.' },
    ],
  },
  {
    name: 'rank-of-instrument',
    produces: 'a ratification count, from "the Nth ratification" or "the Nth instrument" deposited',
    when: ({ after }) => read('ratification_count', RANK_OF_INSTRUMENT().exec(after)),
    examples: [
      {
        text: 'Its deposit marked the 35th ratification of the pact.',
        gives: { kind: 'ratification_count', value: 35 },
      },
      {
        text: "Chile's was the pact's 12th deposit, lodged from the Hague.",
        gives: { kind: 'ratification_count', value: 12 },
      },
    ],
  },
]);
