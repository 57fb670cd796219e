/** What each date is the date of: the event its clause names, where it happened, and whether it can date a count. */
import { matchesIn } from '../text/matches.js';
import { adoptionInOtherWords } from './adoptionInOtherWords.js';
import type { TextAnalysis } from './analysis.js';
import { alternation, type Family, LETTERS } from './lexicon/family.js';
import {
  ACCEDING,
  ADDING_TO_TOTAL,
  ADOPTING,
  APPROVING_AS_A_BODY,
  BODIES_OF_STATES,
  CAPITAL_NOUNS,
  CLAUSE_JOINERS,
  CONCLUDING,
  DAY_NOUNS,
  DEPOSIT_NOUNS,
  ENTRY_INTO_FORCE,
  FUTURE_MARKERS,
  GATHERINGS,
  ING_PREPOSITIONS,
  IN_FORCE_SINCE,
  INCREMENT_LEADS,
  INCREMENT_WORDS,
  INSTRUMENT_NOUNS,
  isMember,
  LEGISLATURES,
  MONTHS,
  NEEDED,
  NEGATIONS,
  OCCASION_LINKS,
  OPEN_UNTIL,
  OPENING_FOR_SIGNATURE,
  OTHER_ACTS,
  OTHER_EVENTS,
  PAST_MARKERS,
  PERIOD_STARTS,
  RATIFYING,
  REFUSALS,
  RELATIVE_OPENERS,
  SEQUEL_LINKS,
  SIGNATURE_NOUNS,
  SIGNING,
  STATE_NOUNS,
  TREATY_NOUNS,
  TRIGGERS,
  WEEKDAYS,
} from './lexicon/index.js';
import { CARDINAL_WORDS } from './numbers/value.js';
import { onFirstUse } from './rules/onFirstUse.js';
import { firstMatch, ruleTable } from './rules/rule.js';
import { firstIndex } from './sorted.js';
import { rangeAt, type Range } from './text.js';
import type { DateEvent, DateEventKind, DateMention, Span, TreatyMention } from './types.js';

/** What the events of dates are read against besides the text: the treaties and countries it names, in order. */
export interface EventInputs {
  treaties: readonly TreatyMention[];
  countries: readonly (Span & { code: string })[];
  /** The treaty the article is about, when known: a year that qualifies it is its adoption's. */
  main?: TreatyMention | null;
}

/** The date form of a year that qualifies a treaty ("the 1989 convention", "the 1997 Kyoto Protocol"). */
export const TREATY_YEAR_FORM = 'year-before-treaty';
/** The event rule of a date that a treaty's name holds ("the Protocol of 2014 to …"). */
export const DATE_IN_A_TREATY_NAME = 'date-in-a-treaty-name';

/** Event words by kind, in the order that breaks a tie between two words as near ("signed" is a signing first). */
const EVENT_WORDS: readonly { kind: DateEventKind; family: Family }[] = [
  { kind: 'adoption', family: ADOPTING },
  { kind: 'signing_opened', family: OPENING_FOR_SIGNATURE },
  { kind: 'entry_into_force', family: ENTRY_INTO_FORCE },
  { kind: 'entry_into_force', family: IN_FORCE_SINCE },
  { kind: 'signature', family: SIGNING },
  { kind: 'gathering', family: GATHERINGS },
  { kind: 'ratification', family: RATIFYING },
  { kind: 'other', family: OTHER_EVENTS },
];

/** Every family the events of dates are read with. */
export const EVENT_FAMILIES: readonly Family[] = [
  ...EVENT_WORDS.map((w) => w.family),
  SIGNATURE_NOUNS,
  PERIOD_STARTS,
  CLAUSE_JOINERS,
  OCCASION_LINKS,
  CAPITAL_NOUNS,
  NEGATIONS,
  REFUSALS,
  OPEN_UNTIL,
  OTHER_ACTS,
  SEQUEL_LINKS,
  TREATY_NOUNS,
  DAY_NOUNS,
  ING_PREPOSITIONS,
  STATE_NOUNS,
  INCREMENT_WORDS,
  INCREMENT_LEADS,
  ADDING_TO_TOTAL,
  TRIGGERS,
  NEEDED,
  ACCEDING,
  DEPOSIT_NOUNS,
  INSTRUMENT_NOUNS,
  RELATIVE_OPENERS,
  CONCLUDING,
  APPROVING_AS_A_BODY,
  BODIES_OF_STATES,
  LEGISLATURES,
];

/**
 * Any other lower-case past form is an event of its own that claims its dates, so "proposed in 2017, the treaty
 * was adopted" does not make 2017 an adoption date.
 */
const OTHER_PAST_FORM = onFirstUse(
  () => new RegExp(String.raw`(?<![${LETTERS}\p{N}-])\p{Ll}[${LETTERS}]{2,}ed(?![${LETTERS}\p{N}-])`, 'gu'),
);
/**
 * A capitalized past form that opens a sentence and a participle clause ("Negotiated in Lima, the pact…"), with no
 * capitalized word after it (so "United Nations" at a sentence's start is a name, not an event).
 */
const OPENING_PAST_FORM = onFirstUse(
  () => new RegExp(String.raw`(?:^|(?<=[.!?]["”’)]?\s+))\p{Lu}\p{Ll}{2,}ed(?![${LETTERS}\p{N}-])(?!\s+\p{Lu})`, 'gmu'),
);

/**
 * A comma or dash between a date and an event word puts them in different clauses more often than not
 * ("Adopted in December 2024, the treaty will enter into force…"), so it counts as that many characters more.
 */
const CLAUSE_BREAK = onFirstUse(() => /[,;:—–]/g);
const CLAUSE_BREAK_AT = onFirstUse(() => /[,;:—–]/);
const CLAUSE_BREAK_COST = 30;
/** Longer than any event word, so a walk back from a date can stop once words end this far before the best. */
const LONGEST_EVENT_WORD = 40;

interface EventWord extends Range {
  kind: DateEventKind;
  priority: number;
}

/** What the event rules look at for one date. */
interface EventContext {
  /** The event word nearest to the date in its sentence, a clause break counting as 30 characters. */
  word: { kind: DateEventKind } | null;
  sentenceNames: (f: Family) => boolean;
  paragraphNames: (f: Family) => boolean;
  /** The event word is followed by "for" and one state ("enters into force for Chile"). */
  forOneParty: boolean;
  /** The event word is denied or failed a word or two before it ("failed to adopt", "has not yet entered"). */
  denied: boolean;
  /** The date ends a period that lasts until it ("runs until 27 May", "open for signature till June"). */
  endsPeriod: boolean;
  /** The date starts a period that runs to the time of writing ("the first review since 2011"). */
  startsPeriod: boolean;
  /** The event word has another act as subject or object ("the withdrawal takes effect", "adopted a resolution"). */
  ofAnotherAct: boolean;
  /** The date is part of a treaty's name: "the Convention of 2 July 2019 on …". */
  inTreatyName: boolean;
  /**
   * The date is a year that qualifies a treaty ("the 1989 convention"): the article's own treaty ('main': by its
   * name, or by a noun its name has when no other treaty is named in the sentence), another one, or none.
   */
  yearOfTreaty: 'main' | 'other' | null;
  /**
   * The signing word is said of the treaty as a whole, with no state signing it: a passive or a participle with no
   * signer ("Signed in Lima in 2019, the pact…", "the accord was signed in Oslo on 3 May").
   */
  signedAsAWhole: boolean;
  /**
   * The signing word has a count of states as its subject, signing together in the simple past ("Thirty countries
   * signed the treaty on Friday"), not an increment ("three more") nor a step to a total ("bringing the total to").
   */
  signedByACount: boolean;
  /** The date names a day, not a month, a year or a week. */
  isDay: boolean;
  /**
   * The date stands in a relative clause set off by a comma after a name ("Chile, which hosted the summit last May,
   * …"): it dates what the named one did, not the signing the paragraph is about.
   */
  inNamedAside: boolean;
}

/**
 * The rule that reads an opening for signature from a count of states signing together: its date is also the day of
 * that count ("95 countries signed yesterday"), unlike other openings, which only describe the treaty.
 */
export const SIGNING_TOGETHER = 'states-signing-together';

const near = (kind: DateEventKind) => (c: EventContext) => (c.word?.kind === kind ? { kind } : null);
const PUB = '2026-03-14T10:00:00+01:00';

/** Which event a date is the date of; the first rule that applies decides. */
export const DATE_EVENTS = ruleTable<EventContext, { kind: DateEventKind }>('date-events', [
  {
    name: 'year-of-the-treaty',
    produces:
      'the adoption, for a year that qualifies the article’s own treaty ("the 1989 convention" in a report on the ' +
      'Convention on the Rights of the Child, "the 1997 Kyoto Protocol"): treaties are called by the year their ' +
      'text was adopted; no event for the year of another treaty ("the 1992 biodiversity convention" in a report ' +
      'on a protocol)',
    when: (c) => (c.yearOfTreaty ? { kind: c.yearOfTreaty === 'main' ? 'adoption' : 'other' } : null),
    examples: [
      {
        text: 'Ten years on, the 2011 Lima Protocol on Fisheries still binds 40 states.',
        gives: { kind: 'adoption', value: '2011' },
      },
    ],
    counterExamples: [
      {
        text: 'The 2011 Lima Protocol on Fisheries amends the 1987 convention on seabirds.',
        not: { kind: 'adoption', value: '1987' },
      },
    ],
  },
  {
    name: DATE_IN_A_TREATY_NAME,
    produces:
      'the adoption, for a date or a year that a treaty noun and "of" lead ("the Convention of 2 July 2019 on …", ' +
      '"the Protocol of 2014 to …"): treaties are named after the day or the year their text was adopted',
    when: (c) => (c.inTreatyName ? { kind: 'adoption' } : null),
    examples: [
      {
        text: 'Peru acceded on 3 May 2026 to the Convention of 5 June 2019 on the Sale of Goods.',
        gives: { kind: 'adoption', value: '2019-06-05' },
      },
      {
        text: 'The Protocol of 2019 to the Dock Work Convention entered into force on Monday.',
        gives: { kind: 'adoption', value: '2019' },
      },
      {
        text: 'Chile ratified the Agreement of 2011 on port checks last May.',
        gives: { kind: 'adoption', value: '2011' },
      },
      {
        text: 'Ten states are now bound by the convention of 1994 on road signs, which took effect in 1996.',
        gives: { kind: 'adoption', value: '1994' },
      },
    ],
    counterExamples: [
      {
        text: 'Peru acceded on 3 May 2026 to the Convention of 5 June 2019 on the Sale of Goods.',
        not: { value: '2026-05-03', kind: 'adoption' },
      },
      { text: 'The treaty was signed on 5 June 2019 by the heads of state.', not: { kind: 'adoption' } },
      {
        text: 'The Protocol of 2019 to the Dock Work Convention entered into force on 2 May 2021.',
        not: { value: '2019', kind: 'entry_into_force' },
      },
      { text: 'The protocol entered into force in the spring of 2021.', not: { kind: 'adoption' } },
    ],
  },
  {
    name: 'denied-event',
    produces:
      'no milestone for an event its clause denies or says failed ("failed to adopt it last May"): the date is of ' +
      'something else, unless "until" makes it the day the denial ends ("will not take effect until 1 May")',
    when: (c) => (c.word && c.denied && !c.endsPeriod ? { kind: 'other' } : null),
    examples: [
      { text: 'The parties failed to adopt the text at their meeting in May 2024.', gives: { kind: 'other' } },
      { text: 'The pact has not entered into force since 2021.', gives: { kind: 'other' } },
    ],
    counterExamples: [
      { text: 'The parties failed to adopt the text at their meeting in May 2024.', not: { kind: 'adoption' } },
      {
        text: 'The accord was not popular, but it was adopted in June 2024.',
        not: { kind: 'other', value: '2024-06' },
      },
    ],
  },
  {
    name: 'milestone-of-another-act',
    produces:
      'no milestone for a resolution, a law, a decision or a withdrawal that is adopted or takes effect ("the ' +
      'withdrawal takes effect on Saturday", "parliament adopted a resolution in April"): the treaty’s own date is ' +
      'elsewhere',
    when: (c) => (c.word && MILESTONES.has(c.word.kind) && c.ofAnotherAct ? { kind: 'other' } : null),
    examples: [
      { text: 'The move will take effect on 1 May 2026, the ministry said.', gives: { kind: 'other' } },
      { text: 'Parliament adopted a resolution on the pact in April 2025.', gives: { kind: 'other' } },
      { text: 'Its withdrawal then takes effect on 1 May 2026.', gives: { kind: 'other' } },
      { text: 'Peru’s withdrawal from the Lima Accord became effective on 2 May 2026.', gives: { kind: 'other' } },
      { text: 'The exit of Canada from the pact took effect on 3 June 2026.', gives: { kind: 'other' } },
      {
        text: 'Hungary’s denunciation of the Water Convention takes effect on 1 July 2026.',
        gives: { kind: 'other' },
      },
      { text: 'The panel adopted its report on the accord on 4 March 2026.', gives: { kind: 'other' } },
      { text: 'On 5 May 2025 the board adopted two recommendations on the pact.', gives: { kind: 'other' } },
      { text: 'Delegates adopted the budget of the pact in June 2025.', gives: { kind: 'other' } },
      {
        text: 'It opens for signature once an annex on that system is adopted, possibly next year.',
        gives: { kind: 'other' },
      },
      { text: 'The decision on the rules was adopted on 5 May 2025 by the board.', gives: { kind: 'other' } },
      {
        text: 'The parties agreed on three amendments in May. They entered into force on 3 October 2025.',
        gives: { kind: 'other', value: '2025-10-03' },
      },
      { text: 'Two annexes were added; these then take effect on 1 July 2026.', gives: { kind: 'other' } },
      { text: 'The rules were revised, and those will come into force on 1 July 2026.', gives: { kind: 'other' } },
      { text: 'Canberra’s ratification, which took effect on 2 May 2022, was the first.', gives: { kind: 'other' } },
      {
        text: 'Tonga’s instrument of accession, which takes effect on 1 May 2026, was lodged in Geneva.',
        gives: { kind: 'other' },
      },
      {
        text: 'The accession of Fiji, which entered into force on 3 June 2025, was welcomed.',
        gives: { kind: 'other' },
      },
      {
        text: 'Peru’s instrument of accession was lodged in Geneva in March and took effect on 2 June 2025.',
        gives: { kind: 'other' },
      },
      { text: 'Chile’s new Water Law, in force since May 2019, cites the pact.', gives: { kind: 'other' } },
      { text: 'The Energy Decree, effective since May 2019, cites the pact.', gives: { kind: 'other' } },
      { text: 'The Energy Decree, which took effect on 2 May 2022, ignores the accord.', gives: { kind: 'other' } },
    ],
    counterExamples: [
      { text: 'The treaty was adopted by resolution in 1997.', not: { kind: 'other' } },
      { text: 'States adopted the Law of the Sea Convention in 1982.', not: { kind: 'other' } },
      { text: 'The pact takes effect on 1 May 2026, a year after the move.', not: { kind: 'other' } },
      { text: 'After Peru’s withdrawal from talks the pact took effect on 2 May 2026.', not: { kind: 'other' } },
      {
        text: 'Work on the text began in 2019 and the pact was adopted on 2 May 2023.',
        not: { kind: 'other', value: '2023-05-02' },
      },
      {
        text: 'The exit of Canada was announced, and the accord took effect on 3 June 2026.',
        not: { kind: 'other', value: '2026-06-03' },
      },
      { text: 'They adopted the accord at a summit on 4 March 2026.', not: { kind: 'other' } },
      { text: 'Once they ratify it, the treaty enters into force on 1 July 2026.', not: { kind: 'other' } },
      { text: 'The report says the pact entered into force on 3 October 2025.', not: { kind: 'other' } },
      {
        text: 'After the 40th ratification, which came in March, the pact took effect on 1 June 2026.',
        not: { kind: 'other', value: '2026-06-01' },
      },
      { text: 'The convention, which took effect on 1 May 2026, needed 40 ratifications.', not: { kind: 'other' } },
      { text: 'The Law of the Sea Convention, in force since May 1994, binds 169 parties.', not: { kind: 'other' } },
      {
        text: 'The tenth ratification was lodged in March and the pact took effect on 2 June 2025.',
        not: { kind: 'other', value: '2025-06-02' },
      },
    ],
  },
  {
    name: 'end-of-a-period',
    produces:
      'no milestone for the last day of something that lasts until it ("the conference runs until 27 May", "open ' +
      'for signature until 31 December"): nothing began or took effect that day',
    when: (c) => (c.word && c.endsPeriod && !c.denied ? { kind: 'other' } : null),
    examples: [
      { text: 'The pact stays open for signature until 31 December 2026.', gives: { kind: 'other' } },
      {
        text: 'States began signing at the ceremony on Monday. The conference runs until 20 March.',
        published: PUB,
        gives: { kind: 'other', value: '2026-03-20' },
      },
    ],
    counterExamples: [
      { text: 'The pact will not take effect until 1 May 2027.', not: { kind: 'other' } },
      { text: 'The pact was opened for signature on 2 May 2026.', not: { kind: 'other' } },
    ],
  },
  {
    name: 'entry-into-force-for-a-party',
    produces:
      'the entry into force for one state that joined later ("takes effect for Chile on 1 May"), not the ' +
      "instrument's own, which happened once for all its first parties",
    when: (c) => (c.word?.kind === 'entry_into_force' && c.forOneParty ? { kind: 'entry_into_force_for_party' } : null),
    examples: [
      {
        text: 'Chile acceded in May, and the pact will enter into force for Chile on 1 August 2026.',
        gives: { kind: 'entry_into_force_for_party', value: '2026-08-01' },
      },
      {
        text: 'Peru deposited its instrument in March; the accord takes effect for it on 1 July 2026.',
        gives: { kind: 'entry_into_force_for_party', value: '2026-07-01' },
      },
    ],
    counterExamples: [
      { text: 'The pact enters into force for all its parties on 1 May 2026.', not: { value: '2026-05-01' } },
      { text: 'The accord entered into force on 1 May 2026 for the first forty states.', not: { value: '2026-05-01' } },
    ],
  },
  {
    name: 'entry-into-force-words',
    produces: 'the entry into force, by the phrase nearest the date in any tense',
    when: near('entry_into_force'),
    examples: [
      {
        text: 'The treaty will come into force on 1 May 2026.',
        gives: { kind: 'entry_into_force', value: '2026-05-01' },
      },
      {
        text: 'The pact enters into force today, 14 March 2026, a year after its adoption.',
        published: PUB,
        gives: { kind: 'entry_into_force', value: '2026-03-14' },
      },
      { text: 'The pact takes effect on 1 May 2026.', gives: { kind: 'entry_into_force', value: '2026-05-01' } },
      {
        text: 'The accord, a regional treaty on rivers, became binding international law on 4 May 2026.',
        gives: { kind: 'entry_into_force', value: '2026-05-04' },
      },
      { text: 'The accord enters into force on 1 May 2026.', gives: { kind: 'entry_into_force', value: '2026-05-01' } },
      {
        text: 'Forty ratifications are required, and entry into force follows on 3 May 2026.',
        gives: { kind: 'entry_into_force', value: '2026-05-03' },
      },
      {
        text: 'Peru ratified on Monday, triggering its entry into force on 7 June 2026.',
        published: PUB,
        gives: { kind: 'entry_into_force', value: '2026-06-07' },
      },
      {
        text: 'It will enter into force 90 days later, on 5 May 2026, and the first conference of the parties follows.',
        gives: { kind: 'entry_into_force', value: '2026-05-05' },
      },
      {
        text: 'The pact takes effect three months on, on 2 June 2026, and a summit of its members opens in Lima.',
        gives: { kind: 'entry_into_force', value: '2026-06-02' },
      },
      {
        text: 'The treaty comes into force a month later, on 3 July 2026, and the ceremony marking it is set for then.',
        gives: { kind: 'entry_into_force', value: '2026-07-03' },
      },
      {
        text: 'The charter, in force since 2 April 1999, counts 20 parties.',
        gives: { kind: 'entry_into_force', value: '1999-04-02' },
      },
      { text: 'The pact has been in effect since May 2021.', gives: { kind: 'entry_into_force', value: '2021-05' } },
      { text: 'The pact went into force on 2 May 2021.', gives: { kind: 'entry_into_force', value: '2021-05-02' } },
      {
        text: 'The regional accord took legal effect on 2 May 2021, a year after it was signed.',
        gives: { kind: 'entry_into_force', value: '2021-05-02' },
      },
      {
        text: 'The pact, in vigour since 2 May 2021, counts 20 parties.',
        gives: { kind: 'entry_into_force', value: '2021-05-02' },
      },
      {
        text: 'The accord, effective since 1 March 2004, binds 180 states.',
        gives: { kind: 'entry_into_force', value: '2004-03-01' },
      },
      {
        text: 'Operational since 2019, the regional pact now counts 50 members.',
        gives: { kind: 'entry_into_force', value: '2019' },
      },
      {
        text: 'The charter has been in operation since May 2011 in all its states.',
        gives: { kind: 'entry_into_force', value: '2011-05' },
      },
    ],
    counterExamples: [
      { text: 'Proposed in 2019, the accord enters into force next year.', not: { value: '2019' } },
      {
        text: 'The union will mark the entry into force at a ceremony in Accra on 4 May 2026.',
        not: { kind: 'entry_into_force', value: '2026-05-04' },
      },
      {
        text: 'Ministers will celebrate its coming into force during a summit on 4 May 2026.',
        not: { kind: 'entry_into_force', value: '2026-05-04' },
      },
      {
        text: 'The pact’s entry into force was hailed at a conference in Bonn on 4 May 2026.',
        not: { kind: 'entry_into_force', value: '2026-05-04' },
      },
      {
        text: 'The pact reached the 60 ratifications required for its entry into force on Friday.',
        published: PUB,
        not: { kind: 'entry_into_force' },
      },
      {
        text: 'Peru lodged the last instrument needed for the accord’s entry into force on 2 March 2026.',
        not: { kind: 'entry_into_force' },
      },
      {
        text: 'On 2 March 2026 Chile gave the ratification necessary for entry into force.',
        not: { kind: 'entry_into_force' },
      },
      {
        text: 'Peru on Monday became the 40th party, triggering its entry into force.',
        published: PUB,
        not: { value: '2026-03-09' },
      },
      {
        text: 'Chile joined the accord on 2 March 2026, paving the way for its entry into force in June.',
        not: { value: '2026-03-02' },
      },
      {
        text: 'The 60th ratification came on 2 March 2026, clearing the way for the entry into force of the pact.',
        not: { value: '2026-03-02' },
      },
      {
        text: 'The pact enters into force today, 14 March 2026, a year after its adoption.',
        published: PUB,
        not: { kind: 'adoption' },
      },
      {
        text: 'The pact will come into force on 1 May, the UN said yesterday.',
        published: PUB,
        not: { value: '2026-03-13' },
      },
      {
        text: '12 March 2026: The pact entered into force on 1 March 2026 after 40 ratifications.',
        published: PUB,
        not: { value: '2026-03-12' },
      },
      {
        text: 'Chile acceded to the pact today and can enter into force in 90 days.',
        published: PUB,
        not: { value: '2026-03-14' },
      },
      {
        text: 'Agreed in Lima in June 2024, the deal has fewer ratifications than it needs to take effect.',
        not: { kind: 'entry_into_force' },
      },
      {
        text: 'The accord was agreed in May 2023 but lacks the votes required to come into force.',
        not: { kind: 'entry_into_force' },
      },
    ],
  },
  {
    name: 'adoption-words',
    produces:
      'the adoption of the text, by an adoption word nearest the date, or one that tells it in other words: the ' +
      'treaty concluded, agreed, finalised or sealed ("the charter, concluded in Lima in 2011"), or a text approved ' +
      'or endorsed by a body of states ("approved by the General Assembly on 3 May")',
    when: near('adoption'),
    examples: [
      {
        text: 'First floated in 2019, the pact was adopted in March 2022.',
        gives: { kind: 'adoption', value: '2022-03' },
      },
      { text: 'Adopted by the assembly in June 2023, the pact waits for ratifications.', gives: { kind: 'adoption' } },
      { text: 'The pact was adopted at a UN conference in Lima in 2019.', gives: { kind: 'adoption', value: '2019' } },
      {
        text: 'The accord was adopted by the assembly on 5 March 2020 and opened for signature on 9 June 2020.',
        gives: { kind: 'adoption', value: '2020-03-05' },
      },
      {
        text: 'The accord was adopted by the assembly on 20 May 2009 and opened for signature in Rome on 9 June 2010.',
        gives: { kind: 'adoption', value: '2009-05-20' },
      },
      {
        text: 'The accord was adopted by the conference of its parties in Bonn in October 2004.',
        gives: { kind: 'adoption', value: '2004-10' },
      },
      {
        text: 'The pact was adopted by the council of its members in Vienna on 3 May 2021 after two years of negotiations.',
        gives: { kind: 'adoption', value: '2021-05-03' },
      },
      {
        text: 'The pact was adopted by envoys at the Palace Conference Hall on 3 May 2021 after long talks.',
        gives: { kind: 'adoption', value: '2021-05-03' },
      },
      {
        text: 'The charter, concluded in Lima in 2011, now binds thirty states.',
        gives: { kind: 'adoption', value: '2011' },
      },
      {
        text: 'Sealed in Quito in March 2019, the fisheries accord took effect two years later.',
        gives: { kind: 'adoption', value: '2019-03' },
      },
      {
        text: 'The river pact was agreed in Accra on 4 May 2018 and opened for signature a month later.',
        gives: { kind: 'adoption', value: '2018-05-04' },
      },
      {
        text: 'Negotiators finalised the convention on 12 October 2021 after six years of talks.',
        gives: { kind: 'adoption', value: '2021-10-12' },
      },
      {
        text: 'Concluded at The Hague on 2 July 2019, and in force since 1 September 2023, the convention binds 30 states.',
        gives: { kind: 'adoption', value: '2019-07-02' },
      },
      {
        text: 'The UN General Assembly on Thursday approved the treaty by 150 votes to three.',
        published: PUB,
        gives: { kind: 'adoption', value: '2026-03-12' },
      },
      {
        text: 'The convention, endorsed by the assembly of the agency in May 2015, binds 40 states.',
        gives: { kind: 'adoption', value: '2015-05' },
      },
      {
        text: 'The accord was approved by delegates from ninety countries on 8 June 2012.',
        gives: { kind: 'adoption', value: '2012-06-08' },
      },
    ],
    counterExamples: [
      { text: 'First floated in 2019, the pact was adopted in March 2022.', not: { value: '2019' } },
      { text: 'Ministers agreed in May 2019 to ratify the pact within a year.', not: { kind: 'adoption' } },
      {
        text: 'Under a compromise agreed at the committee in July 2020, the pact’s ships comply later.',
        not: { kind: 'adoption' },
      },
      {
        text: 'When the draft was finalised in committee in August 2024, envoys praised the treaty.',
        not: { kind: 'adoption' },
      },
      { text: 'The talks on the treaty concluded on 3 May 2021 without a text.', not: { kind: 'adoption' } },
      { text: 'Chile and Peru sealed their own accord on fishing in March 2019.', not: { kind: 'adoption' } },
      {
        text: 'The rules cover the 3,000 investment treaties concluded before 1 April 2014.',
        not: { kind: 'adoption' },
      },
      { text: 'The Senate approved the treaty on 9 November 2020 by 70 votes.', not: { kind: 'adoption' } },
      { text: 'The National Assembly endorsed the convention in May 2015.', not: { kind: 'adoption' } },
      { text: 'The treaty was approved by parliament in March 2021.', not: { kind: 'adoption' } },
      { text: 'The pact, adopted in 2019, was debated at a conference in Oslo in 2023.', not: { value: '2023' } },
      { text: 'Adopted in 2019, the pact was praised by a summit in Oslo in 2023.', not: { value: '2023' } },
      { text: 'On 3 May 2021, after a long debate, the pact was adopted.', not: { kind: 'other' } },
    ],
  },
  {
    name: 'opening-for-signature-words',
    produces:
      'the opening for signature, by its phrase or a signing ceremony nearest the date, or named by an apposition ' +
      'after the date ("on Monday, the first day it was open for signature")',
    when: near('signing_opened'),
    examples: [
      { text: 'The accord was opened for signature on 3 May 2021.', gives: { kind: 'signing_opened' } },
      {
        text: 'The convention was adopted and opened for signature in Geneva on 2 May 1990.',
        gives: { kind: 'signing_opened', value: '1990-05-02' },
      },
      {
        text: 'Forty states put their names to the pact in New York on Monday, the first day it was open for signature.',
        published: PUB,
        gives: { kind: 'signing_opened', value: '2026-03-09' },
      },
      {
        text: 'Chile was the first to ratify, doing so on 9 May 2024, the day the accord opened for signature in Lima.',
        gives: { kind: 'signing_opened', value: '2024-05-09' },
      },
      {
        text: 'Ten states signed on 4 June 2024, the first day the pact on modified seeds was open for signature.',
        gives: { kind: 'signing_opened', value: '2024-06-04' },
      },
      {
        text: 'Peru signed on 4 June 2024, that same day the treaty opened for signature, and ratified a year later.',
        gives: { kind: 'signing_opened', value: '2024-06-04' },
      },
      {
        text: 'The charter, opened to signature in Quito in 1998, binds 20 states.',
        gives: { kind: 'signing_opened' },
      },
      {
        text: 'Envoys gathered for the ceremony opening it for signature, held in Accra on 4 May 2025.',
        gives: { kind: 'signing_opened', value: '2025-05-04' },
      },
      {
        text: 'Envoys met at a ceremony opening it for signature in Accra on 4 May 2025, ending what many called a wait.',
        gives: { kind: 'signing_opened', value: '2025-05-04' },
      },
    ],
    counterExamples: [
      {
        text: 'Three years after the pact was opened for signature in Lima, Chile on 4 May 2025 deposited its instrument.',
        not: { kind: 'signing_opened', value: '2025-05-04' },
      },

      {
        text: 'Forty states signed the pact on Monday, the day after it was opened for signature.',
        published: PUB,
        not: { kind: 'signing_opened', value: '2026-03-09' },
      },
      {
        text: 'Chile ratified the accord on 9 May 2024, a day of celebration, after it opened for signature in 2023.',
        not: { kind: 'signing_opened', value: '2024-05-09' },
      },
    ],
  },
  {
    name: 'signing-at-gathering',
    produces: 'the opening for signature, when signing nearest the date happens at a ceremony or conference',
    when: (c) => (c.word?.kind === 'signature' && c.sentenceNames(GATHERINGS) ? { kind: 'signing_opened' } : null),
    examples: [
      { text: 'At a conference in Oslo, delegates signed the pact on 4 June 2024.', gives: { kind: 'signing_opened' } },
    ],
    counterExamples: [{ text: 'Chile signed the pact on 4 June 2024.', not: { kind: 'signing_opened' } }],
  },
  {
    name: 'gathering-of-signing',
    produces:
      'the opening for signature, when a gathering nearest the date is in a paragraph about signing, unless "since" ' +
      'leads the date (a period up to now, not the day of the gathering)',
    when: (c) =>
      c.word?.kind === 'gathering' &&
      !c.inNamedAside &&
      !c.startsPeriod &&
      (c.paragraphNames(SIGNING) || c.paragraphNames(SIGNATURE_NOUNS))
        ? { kind: 'signing_opened' }
        : null,
    examples: [
      {
        text: 'Delegates began signing the pact. The ceremony took place in Geneva on Monday.',
        published: PUB,
        gives: { kind: 'signing_opened', value: '2026-03-09' },
      },
    ],
    counterExamples: [
      { text: 'The pact was discussed. The ceremony took place in Geneva on Monday.', published: PUB },
      {
        text: 'Twelve states signed the accord. Peru, which hosted the summit of the region in May 2025, stayed away.',
        not: { kind: 'signing_opened' },
      },
      {
        text: 'Four states signed but never ratified. The summit is the first of its kind since 2019.',
        not: { kind: 'signing_opened' },
      },
    ],
  },
  {
    name: 'treaty-signed-as-a-whole',
    produces:
      'the opening for signature, when the treaty itself is said to have been signed, with no state as the one ' +
      'signing and no signer after "by": the day its text was put to signature',
    when: (c) => (c.word?.kind === 'signature' && c.signedAsAWhole ? { kind: 'signing_opened' } : null),
    examples: [
      {
        text: 'Signed in Lisbon in May 2001, the pact entered into force in 2004.',
        gives: { kind: 'signing_opened', value: '2001-05' },
      },
      {
        text: 'The accord was formally signed in Quito on 9 June 2010 and took effect two years later.',
        gives: { kind: 'signing_opened', value: '2010-06-09' },
      },
      {
        text: 'Drafted over a decade and signed in Vienna on 2 April 1995, it lets inspectors visit any site.',
        gives: { kind: 'signing_opened', value: '1995-04-02' },
      },
      {
        text: 'The treaty, signed at The Hague on 8 July 2003, now binds 40 states.',
        gives: { kind: 'signing_opened', value: '2003-07-08' },
      },
    ],
    counterExamples: [
      { text: 'Chile signed the accord in Quito on 9 June 2010.', not: { kind: 'signing_opened' } },
      { text: 'The accord was signed by Chile on 9 June 2010.', not: { kind: 'signing_opened' } },
      { text: 'The accord was signed on 9 June 2010 by 22 states.', not: { kind: 'signing_opened' } },
      { text: 'Peru, which signed in 2010, has not ratified the pact.', not: { kind: 'signing_opened' } },
      { text: 'The bill was signed into law on 9 June 2010.', not: { kind: 'signing_opened' } },
      { text: 'The bill was signed on 9 June 2010, a year after the pact.', not: { kind: 'signing_opened' } },
    ],
  },
  {
    name: SIGNING_TOGETHER,
    produces:
      'the opening for signature, when a count of states signs together on the day the date names, in the simple ' +
      'past: a signing a report counts by its states is the ceremony that opened the treaty for signature',
    when: (c) => (c.word?.kind === 'signature' && c.signedByACount && c.isDay ? { kind: 'signing_opened' } : null),
    examples: [
      {
        text: 'Thirty-two countries signed the new fisheries pact in Accra on Monday.',
        published: PUB,
        gives: { kind: 'signing_opened', value: '2026-03-09' },
      },
      {
        text: 'Envoys of 58 nations and the African Union signed the accord yesterday in Dakar.',
        published: PUB,
        gives: { kind: 'signing_opened', value: '2026-03-13' },
      },
      {
        text: 'Twelve Nordic and Baltic states on 4 May 2025 signed a treaty on shared power grids.',
        gives: { kind: 'signing_opened', value: '2025-05-04' },
      },
    ],
    counterExamples: [
      { text: 'Three more countries signed the pact on Monday.', published: PUB, not: { kind: 'signing_opened' } },
      {
        text: 'Another 12 states signed the pact on Monday, bringing the total to 70.',
        published: PUB,
        not: { kind: 'signing_opened' },
      },
      { text: 'By 4 May 2025, 40 countries had signed the pact.', not: { kind: 'signing_opened' } },
      { text: 'In all, 180 countries signed the pact in 2015 and 2016.', not: { kind: 'signing_opened' } },
      { text: 'Chile signed the pact on 4 May 2025, one of 40 countries to do so.', not: { kind: 'signing_opened' } },
      {
        text: 'Twelve countries will sign the pact on Monday.',
        published: PUB,
        not: { kind: 'signing_opened' },
      },
    ],
  },
  {
    name: 'other-event-words',
    produces: 'an event that is no milestone (a signing, a ratification, any other past verb), which keeps its date',
    when: (c) => (c.word ? { kind: c.word.kind } : null),
    examples: [
      { text: 'Chile ratified the pact on 4 June 2024.', gives: { kind: 'ratification' } },
      { text: 'The plan was proposed in 2017.', gives: { kind: 'other' } },
    ],
  },
]);

const MILESTONES: ReadonlySet<DateEventKind> = new Set(['adoption', 'signing_opened', 'entry_into_force']);

/** "in Hanoi", "at the Vietnamese capital Hanoi": a capitalized place name after a locative preposition. */
const PLACE = onFirstUse(
  () =>
    new RegExp(
      String.raw`\b(?:in|at)\s+(?:the\s+(?:\p{Lu}[${LETTERS}]+\s+)?${alternation(CAPITAL_NOUNS)}(?:\s+of)?\s+)?` +
        String.raw`(\p{Lu}[${LETTERS}'-]+(?:\s+\p{Lu}[${LETTERS}'-]+)*)`,
      'gu',
    ),
);

/** Items of a list sorted by start that lie inside a range: a binary search for the first, then a walk. */
function inside<T extends Span>(items: readonly T[], range: Range): T[] {
  const out: T[] = [];
  for (let i = firstIndex(items, (t) => t.start >= range.start); i < items.length && items[i].start < range.end; i++)
    if (items[i].end <= range.end) out.push(items[i]);
  return out;
}

/**
 * Where the event of a sentence took place: "City, CC" when the sentence names the city's country next to it
 * (", Vietnam" after or "Vietnamese capital" before), else the city alone.
 */
export function placeIn(text: string, sentence: Range, countries: readonly (Span & { code: string })[]): string | null {
  for (const m of matchesIn(text.slice(sentence.start, sentence.end), PLACE())) {
    const name = m[1];
    const start = sentence.start + m.index + m[0].length - name.length;
    const end = start + name.length;
    if (isMember(MONTHS, name) || isMember(WEEKDAYS, name) || countries.some((c) => c.start <= start && c.end >= end))
      continue;
    const country = countries.find(
      (c) => (c.start >= end && c.start - end <= 3) || (c.end <= start && start - c.end <= 20),
    );
    return country ? `${name}, ${country.code}` : name;
  }
  return null;
}

/** "for" after an event word; then "it" (a state named before), or "the" that may open a state's name. */
const FOR = onFirstUse(() => /\s+for\s+/y);
const IT = onFirstUse(() => new RegExp(String.raw`it(?![${LETTERS}\p{N}])`, 'uy'));
const THE = onFirstUse(() => /the\s+/iy);

const matchesAt = (re: RegExp, text: string, at: number): number => {
  re.lastIndex = at;
  return re.test(text) ? re.lastIndex : -1;
};

/** Whether an event word is followed by "for" and one state: "enters into force for Chile", "takes effect for it". */
function forOneParty(folded: string, word: Range, countries: readonly Span[]): boolean {
  const at = matchesAt(FOR(), folded, word.end);
  if (at < 0) return false;
  if (matchesAt(IT(), folded, at) >= 0) return true;
  const state = countries[firstIndex(countries, (c) => c.start >= at)];
  return !!state && (state.start === at || state.start === matchesAt(THE(), folded, at));
}

/** At most two words between a denial and the event word it denies ("failed to adopt", "has not yet entered"). */
const DENIAL_GAP = onFirstUse(() => new RegExp(String.raw`^(?:\s+[${LETTERS}]+){0,2}\s+$`, 'u'));

/** Whether a negation or refusal (sorted by end) stands a word or two before an event word. */
function deniedAt(folded: string, denials: readonly Range[], word: Range): boolean {
  const denial = denials[firstIndex(denials, (d) => d.end > word.start) - 1];
  return !!denial && word.start - denial.end <= 24 && DENIAL_GAP().test(folded.slice(denial.end, word.start));
}

/**
 * A subject a word or two before its verb ("the move would take effect"), after at most two complements that say
 * what it is from, of or on: a capitalized name, a treaty noun, or a noun after a determiner ("Russia's withdrawal
 * from the Open Skies Treaty became effective", "the exit of the United States from the pact took effect", "an annex
 * on that system is adopted"), or after a participle aside ("the bill, signed by the president, became law"); an
 * object after a word or two ("adopted a new law").
 */
const COMPLEMENT =
  String.raw`\s+(?:from|of|on)\s+(?:(?:(?:the|its|their)\s+)?\p{Lu}[${LETTERS}'’.-]*(?:\s+\p{Lu}[${LETTERS}'’.-]*){0,5}|` +
  String.raw`(?:(?:the|its|their)\s+)?(?:\p{Ll}+\s+)?(?:${alternation(TREATY_NOUNS)})|(?:the|its|their|that|this)\s+\p{Ll}+)(?=\s)`;
/** A participle aside between a subject and its verb: ", signed by the president,", ", announced in May,". */
const PARTICIPLE_ASIDE = String.raw`\s*,\s+\p{Ll}+(?:ed|en)\b[^,.;:]{0,50},`;
const SUBJECT_GAP = onFirstUse(
  () => new RegExp(String.raw`^(?:${COMPLEMENT}){0,2}(?:${PARTICIPLE_ASIDE})?(?:\s+\p{Ll}+){0,2}\s+$`, 'u'),
);
const OBJECT_GAP = onFirstUse(() => /^\s+(?:\p{Ll}+\s+){0,2}$/u);
/** How far a subject may stand before its verb: two complements of a long treaty name, and two words more. */
const SUBJECT_REACH = 90;

/**
 * A plural pronoun a word or two before an entry-into-force word ("They entered into force on 13 October", "these
 * then take effect"): what starts to bind is several texts (amendments, rules), never the one treaty.
 */
const PLURAL_SUBJECT = onFirstUse(
  () => new RegExp(String.raw`(?<![${LETTERS}\p{N}])(?:[Tt]hey|[Tt]hese|[Tt]hose)(?:\s+\p{Ll}+){0,2}\s+$`, 'u'),
);

/** The nouns of one state's consent, whose taking effect is that state's, not the treaty's. */
const CONSENT_NOUNS: readonly Family[] = [RATIFYING, ACCEDING, DEPOSIT_NOUNS, INSTRUMENT_NOUNS];
/**
 * What stands between a consent noun, maybe after its "of …", and an entry-into-force word it is the subject of: a
 * relative clause opening on it ("ratification, which took effect in 2022"), or a passive verb and "and", with no
 * clause break between ("accession was lodged in Geneva in May and took effect in August").
 */
const CONSENT_RELATIVE_GAP = onFirstUse(
  () =>
    new RegExp(
      String.raw`^(?:\s+of\s+(?:[${LETTERS}'’-]+\s+){0,4}?[${LETTERS}'’-]+)?` +
        String.raw`(?:\s*,\s+(?:${alternation(RELATIVE_OPENERS)})\s+(?:\p{Ll}+\s+){0,2}|` +
        String.raw`\s+(?:was|were|has\s+been|had\s+been)\s+\p{Ll}+ed(?:\s+[^\s,;:—–()]+){0,10}?\s+and\s+(?:then\s+)?)$`,
      'u',
    ),
);
const CONSENT_REACH = 120;

/**
 * "Canberra's ratification, which took effect in 2022", "Tonga's instrument of accession, which takes effect on 1 May",
 * "Fiji's instrument was deposited in March and took effect in June": an entry-into-force word said of a state's act
 * is that act taking effect for that state.
 */
function consentTakesEffect(analysis: TextAnalysis, word: EventWord): boolean {
  return CONSENT_NOUNS.some((family) => {
    const nouns = analysis.marks(family);
    const noun = nouns[firstIndex(nouns, (n) => n.start >= word.start) - 1];
    if (!noun || word.start - noun.end > CONSENT_REACH) return false;
    // Of ratifying and acceding, only the nouns ("ratification", "accession"), not the verbs.
    const isNoun =
      family === DEPOSIT_NOUNS ||
      family === INSTRUMENT_NOUNS ||
      /ions?$/.test(analysis.folded.slice(noun.start, noun.end));
    return isNoun && CONSENT_RELATIVE_GAP().test(analysis.folded.slice(noun.end, word.start));
  });
}

/** A comma, maybe a relative pronoun and a word or two, between a name and the predicate said of it. */
const APPOSITION_GAP = onFirstUse(
  () => new RegExp(String.raw`^\s*,\s+(?:(?:${alternation(RELATIVE_OPENERS)})\s+(?:\p{Ll}+\s+){0,2})?$`, 'u'),
);

/**
 * "Chile's Water Law, in force since 2019", "the Energy Decree, which took effect in 2022": an entry-into-force
 * predicate set off after a name whose last word is an act noun (a law, a decree, a bill) is that act's, whatever the
 * case of the noun ("the Law of the Sea Convention, in force since 1994" ends on the treaty's noun).
 */
function actInApposition(analysis: TextAnalysis, word: EventWord): boolean {
  const acts = analysis.marks(OTHER_ACTS);
  const act = acts[firstIndex(acts, (a) => a.start >= word.start) - 1];
  return !!act && word.start - act.end <= 40 && APPOSITION_GAP().test(analysis.folded.slice(act.end, word.start));
}

/**
 * Whether an event word is said of another act in lower case: its subject just before it or its object just after,
 * with no occasion link between ("adopted by resolution" is the treaty adopted by one); for an entry into force, also
 * a plural pronoun as its subject.
 */
function withAnotherAct(analysis: TextAnalysis, word: EventWord): boolean {
  const { folded, text } = analysis;
  if (
    word.kind === 'entry_into_force' &&
    (PLURAL_SUBJECT().test(folded.slice(Math.max(0, word.start - 40), word.start)) ||
      consentTakesEffect(analysis, word) ||
      actInApposition(analysis, word))
  )
    return true;
  const acts = analysis.marks(OTHER_ACTS).filter((a) => /\p{Ll}/u.test(text[a.start]));
  // An act noun inside the event's own words ("became law") is neither its subject nor its object.
  const before = acts[firstIndex(acts, (a) => a.start >= word.start) - 1];
  if (before && word.start - before.end <= SUBJECT_REACH && SUBJECT_GAP().test(folded.slice(before.end, word.start)))
    return true;
  const after = acts[firstIndex(acts, (a) => a.start >= word.end)];
  if (!after || after.start - word.end > 24) return false;
  const gap = { start: word.end, end: after.start };
  return OBJECT_GAP().test(folded.slice(gap.start, gap.end)) && !namesIn(analysis.marks(OCCASION_LINKS), gap);
}

/** What may stand before a signing word said of the treaty: the sentence's start, a comma, "and", or a passive auxiliary. */
const WHOLE_SIGNING_LEAD = onFirstUse(
  () =>
    new RegExp(
      String.raw`(?:^[\s"'“‘(]*|[,;]\s+|(?<![${LETTERS}\p{N}])(?:and|was|were|been|being|is|are)\s+(?:\p{Ll}+ly\s+)?)$`,
      'u',
    ),
);
/** A signer or a law after the signing word, before its clause ends (a comma before a lower-case word, or a colon). */
const SIGNER_AFTER = onFirstUse(
  () =>
    new RegExp(String.raw`^(?:[^,;:—–]|,(?!\s+\p{Ll}))*?(?<![${LETTERS}\p{N}])(?:by|into)(?![${LETTERS}\p{N}])`, 'u'),
);
/** A participle clause that ends where its subject, the pronoun for the treaty, begins: "…on 2 April 1995, it lets". */
const IT_FOLLOWS = onFirstUse(() => new RegExp(String.raw`,\s+it(?![${LETTERS}\p{N}])`, 'u'));

/**
 * Whether a signing word is said of the treaty as a whole: a past form led by a passive auxiliary, a comma, "and" or
 * the sentence's start; no state named before it in its sentence; no "by" (a signer) or "into" (a law) after it in
 * its clause; no other act as its subject; and the treaty in the sentence, as a noun or a name, or as "it" after the
 * participle clause.
 */
function signedAsAWhole(analysis: TextAnalysis, word: EventWord, sentence: Range, named: EventInputs): boolean {
  const { folded } = analysis;
  if (word.kind !== 'signature' || !folded.slice(word.start, word.end).endsWith('ed')) return false;
  if (!WHOLE_SIGNING_LEAD().test(folded.slice(sentence.start, word.start))) return false;
  if (named.countries.some((c) => c.start >= sentence.start && c.end <= word.start)) return false;
  const rest = folded.slice(word.end, sentence.end);
  if (SIGNER_AFTER().test(rest) || withAnotherAct(analysis, word)) return false;
  const treatyNamed =
    namesIn(analysis.marks(TREATY_NOUNS), sentence) ||
    named.treaties.some((t) => t.start >= sentence.start && t.end <= sentence.end);
  return treatyNamed || IT_FOLLOWS().test(rest);
}

/**
 * A participle clause set off by a comma after a treaty, up to a date: ", concluded in Rome on" before "24 June 2012,".
 * The clause describes the treaty, so its date is no day of what the sentence goes on to count.
 */
const TREATY_ASIDE = onFirstUse(() => /[,(]\s*\p{Ll}+(?:ed|en)(?:\s+[^\s,;:—–()\d]+){0,6}\s+$/u);
/**
 * What closes such a clause after its date: a comma, a closing bracket or a dash, then not a preposition or an
 * "-ing" form ("…, entered into force today, following the deposit" is the sentence's own verb, not a clause).
 */
const ASIDE_CLOSE = onFirstUse(
  () =>
    new RegExp(String.raw`^\s*[,)—–](?!\s*(?:\p{Ll}+ing|after|before|at|in|on|with|by|for)(?![${LETTERS}\p{N}]))`, 'u'),
);

/**
 * Whether a date ends a participle clause about a treaty ("The treaty, concluded on 24 June 2012, was signed by 74"):
 * a treaty noun or name right before the clause's comma, and a comma, bracket or dash right after the date.
 */
function inTreatyAside(folded: string, date: Span, sentence: Range, treatyEnds: ReadonlySet<number>): boolean {
  if (!ASIDE_CLOSE().test(folded.slice(date.end, date.end + 24))) return false;
  const before = folded.slice(sentence.start, date.start);
  const aside = TREATY_ASIDE().exec(before);
  if (!aside) return false;
  const treatyEnd = sentence.start + aside.index;
  return treatyEnds.has(treatyEnd) || treatyEnds.has(treatyEnd - 1);
}

/** A relative clause opened after a comma that runs on to a date: ", which hosted the summit of the parties in". */
const RELATIVE_ASIDE = onFirstUse(
  () => new RegExp(String.raw`,\s+(?:${alternation(RELATIVE_OPENERS)})\s[^,;:—–]*$`, 'u'),
);

/** A capitalized word ending right before a comma: the antecedent of the clause after it. */
const NAME_BEFORE = onFirstUse(() => new RegExp(String.raw`(?<![${LETTERS}\p{N}])(\p{Lu}[${LETTERS}'’-]*)$`, 'u'));

/**
 * Whether a date stands in a relative clause whose antecedent, right before its comma, is a name other than a
 * gathering's ("Chile, which hosted", "Korea, which chaired"; not "the Lima Conference, which opened").
 */
function inNamedAside(text: string, date: Span, sentence: Range): boolean {
  const aside = RELATIVE_ASIDE().exec(text.slice(sentence.start, date.start));
  if (!aside) return false;
  const name = NAME_BEFORE().exec(text.slice(sentence.start, sentence.start + aside.index));
  return !!name && !isMember(GATHERINGS, name[1]);
}

/**
 * A count of states before a signing word, in its clause: "Thirty countries", "58 nations and the African Union",
 * "Envoys of 58 nations", "Twelve Nordic and Baltic states on 4 May 2025", with no clause break between.
 */
const COUNT_OF_STATES = onFirstUse(
  () =>
    new RegExp(
      String.raw`(?<![${LETTERS}\p{N}])(?:\p{N}[\p{N},]*|${CARDINAL_WORDS.source})(?:\s+[${LETTERS}-]+){0,3}?\s+` +
        String.raw`(?:${alternation(STATE_NOUNS)})(?![${LETTERS}\p{N}])[^,;:—–]{0,60}$`,
      'iu',
    ),
);
/** An auxiliary or "to" before a signing word: a perfect, a future or an infinitive, not a report of the day. */
const AUXILIARY_BEFORE = onFirstUse(
  () => new RegExp(String.raw`(?<![${LETTERS}\p{N}])(?:have|has|had|will|would|to)\s+(?:\p{Ll}+\s+)?$`, 'iu'),
);

/**
 * Whether a signing word is a signing by a count of states together: "signed" in the simple past, a count of states
 * before it in its clause, and no increment ("three more", "another 12") nor a step to a total in its sentence.
 */
function signedByACount(analysis: TextAnalysis, word: EventWord, sentence: Range): boolean {
  const { folded } = analysis;
  if (word.kind !== 'signature' || !folded.slice(word.start, word.end).endsWith('ed')) return false;
  const before = folded.slice(Math.max(sentence.start, word.start - 120), word.start);
  const count = COUNT_OF_STATES().exec(before);
  if (!count || AUXILIARY_BEFORE().test(before)) return false;
  // "Another 12 states", "three more countries": states added on one occasion, not a signing together.
  const countStart = word.start - before.length + count.index;
  const lead = { start: Math.max(sentence.start, countStart - 12), end: word.start };
  if (namesIn(analysis.marks(INCREMENT_LEADS), lead) || namesIn(analysis.marks(INCREMENT_WORDS), lead)) return false;
  return !namesIn(analysis.marks(ADDING_TO_TOTAL), sentence);
}

/** " of " right after a mark, as a lead of its own ending where "of" ends. */
const OF = onFirstUse(() => /\s+of(?=\s)/y);
const matchOf = (folded: string, mark: Range): Range[] => {
  const end = matchesAt(OF(), folded, mark.end);
  return end < 0 ? [] : [{ start: mark.start, end }];
};

/** Whether a range holds one of the marks (sorted by start), without listing them. */
function namesIn(marks: readonly Range[], range: Range): boolean {
  const first = marks[firstIndex(marks, (m) => m.start >= range.start)];
  return !!first && first.end <= range.end;
}

/** How many clause breaks lie between two offsets. */
type BreaksIn = (from: number, to: number) => number;
/**
 * Whether a phrase of another event than the date's opens between two offsets and runs on to the second: an earlier
 * one ("after two years of"), or a consequence ("triggering its entry into force"); `earlierOnly` asks for the first.
 */
type SequelIn = (from: number, to: number, earlierOnly?: boolean) => boolean;

/** At most a determiner between a trigger word and the event it sets off: "triggering its", "paving the way for the". */
const TRIGGER_GAP = onFirstUse(() => /^\s+(?:(?:its|the|their|an?)\s+)?$/);

/**
 * The phrases of other events: "after" or "following" with no clause break from it to the offset asked (an earlier
 * event), or a trigger word right before it (a consequence: "became the 35th party on Monday, triggering its entry
 * into force" dates the accession, and the entry into force comes later).
 */
function sequelPhrases(analysis: TextAnalysis): SequelIn {
  const links = analysis.marks(SEQUEL_LINKS);
  const triggers = analysis.marks(TRIGGERS);
  return (from, to, earlierOnly = false) => {
    const link = links[firstIndex(links, (l) => l.start >= to) - 1];
    if (link && link.start >= from && !CLAUSE_BREAK_AT().test(analysis.folded.slice(link.end, to))) return true;
    if (earlierOnly) return false;
    const trigger = triggers[firstIndex(triggers, (t) => t.start >= to) - 1];
    return !!trigger && trigger.start >= from && TRIGGER_GAP().test(analysis.folded.slice(trigger.end, to));
  };
}

/**
 * The clause breaks of a text: punctuation, and "and" or "but" followed by a tense sign ("acceded today and can
 * enter into force in 90 days": "today" is the accession's day, not the entry into force's) or by an event word of
 * its own ("adopted by the assembly on 20 May and opened for signature in Rome on 9 June": 20 May is the adoption's),
 * or led by a comma, which makes it open a clause of its own ("will enter into force 120 days later, on 17 January,
 * and the first meeting of the parties must follow": the date is not the meeting's).
 */
/** A comma, then space, at the end of a text: what leads a joiner that opens a clause of its own. */
const AFTER_COMMA = onFirstUse(() => /,\s+$/);

function clauseBreaks(analysis: TextAnalysis, words: readonly EventWord[]): BreaksIn {
  const before = (j: Range) => analysis.folded.slice(Math.max(0, j.start - 3), j.start);
  const tenseSigns = [...analysis.marks(FUTURE_MARKERS), ...analysis.marks(PAST_MARKERS)].map((m) => m.start);
  const eventStarts = words.filter((w) => w.kind !== 'other').map((w) => w.start);
  const signAt = new Set([...tenseSigns, ...eventStarts]);
  const joins = analysis
    .marks(CLAUSE_JOINERS)
    .filter((j) => /\s/.test(analysis.folded[j.end]) && (signAt.has(j.end + 1) || AFTER_COMMA().test(before(j))))
    .map((j) => j.start);
  return (from, to) => {
    const punctuation = analysis.folded.slice(from, to).match(CLAUSE_BREAK())?.length ?? 0;
    return punctuation + firstIndex(joins, (j) => j >= to) - firstIndex(joins, (j) => j >= from);
  };
}

/**
 * A name opening the date's clause after the last clause break: the subject of a new clause ("…, Peru on Tuesday
 * became"), not a date set off alone ("…in Rome, on 2 May") nor a phrase going on with the last ("…, by Fiji on").
 */
const OWN_CLAUSE_LEAD = onFirstUse(() => /[,;:—–]\s*\p{Lu}[^,;:—–]*$/u);

/** A participle opening a clause after a comma: ", marking", ", bringing". */
const PARTICIPLE_OPENING = onFirstUse(() => new RegExp(String.raw`,\s+(\p{Ll}{2,}ing)(?![${LETTERS}\p{N}])`, 'gu'));

/** Where participle clauses open in a text, in order: not "-ing" prepositions ("…, according to officials"). */
function participleOpenings(folded: string): Range[] {
  const out: Range[] = [];
  for (const m of matchesIn(folded, PARTICIPLE_OPENING())) {
    if (isMember(ING_PREPOSITIONS, m[1])) continue;
    const start = m.index + m[0].length - m[1].length;
    out.push({ start, end: start + m[1].length });
  }
  return out;
}

/** No reading passed over. */
const NO_SKIP: ReadonlySet<number> = new Set();

interface Nearest {
  word: EventWord;
  cost: number;
}

/**
 * The event word nearest a date within its sentence: on each side only the closest word can win, since the cost
 * grows with the distance (ties go to the word kind listed first). Readings starting at an offset in `skip` are passed
 * over, and so is a word after the date in a phrase of an earlier event ("on 17 May after two years of negotiations").
 */
function nearestWord(
  sequelIn: SequelIn,
  breaksIn: BreaksIn,
  leadsOwnClause: (date: Span) => boolean,
  participleBefore: (from: number, to: number) => boolean,
  words: readonly EventWord[],
  date: Span,
  sentence: Range,
  skip: ReadonlySet<number> = NO_SKIP,
): Nearest | null {
  let best: EventWord | null = null;
  let bestCost = Infinity;
  // "Two decades after the pact was opened for signature in Lima, Peru on Tuesday became a party": a word in a phrase
  // of an earlier event whose clause has ended, before a clause with a subject of its own, does not date that clause.
  const inEarlierEventPhrase = (w: EventWord, at: Span) =>
    sequelIn(sentence.start, w.start, true) && breaksIn(w.end, at.start) > 0 && leadsOwnClause(at);
  const consider = (word: EventWord, cost: number) => {
    if (cost < bestCost || (cost === bestCost && best && word.priority < best.priority)) {
      best = word;
      bestCost = cost;
    }
  };
  let i = firstIndex(words, (w) => w.start >= date.end);
  for (let j = i - 1; j >= 0 && words[j].start >= sentence.start; j--) {
    const w = words[j];
    if (best && w.start < (best as EventWord).end - LONGEST_EVENT_WORD) break;
    if (skip.has(w.start)) continue;
    if (w.end > date.start) consider(w, 0);
    else if (!inEarlierEventPhrase(w, date)) {
      consider(w, date.start - w.end + CLAUSE_BREAK_COST * breaksIn(w.end, date.start));
    }
  }
  while (i < words.length && skip.has(words[i].start)) i++;
  if (i < words.length && sequelIn(date.end, words[i].start)) i = words.length;
  // "…held in Rome on 25 October, marking what leaders called a milestone": with a word before the date to take it,
  // a participle clause opening after it holds events of its own (unless the participle is the word itself).
  if (best && i < words.length && participleBefore(date.end, words[i].start)) i = words.length;
  for (let j = i; j < words.length && words[j].start === words[i].start && words[j].end <= sentence.end; j++) {
    consider(words[j], words[j].start - date.end + CLAUSE_BREAK_COST * breaksIn(date.end, words[j].start));
  }
  return best ? { word: best, cost: bestCost } : null;
}

/**
 * ", the day", ", the first day", ", that same date": an apposition right after a date that names what the date was
 * the day of. Not "the day after" or "the day before" (another day).
 */
const DAY_APPOSITION = onFirstUse(
  () =>
    new RegExp(
      String.raw`^\s*,\s+(?:the|that)\s+(?:\p{Ll}+\s+)?(?:${alternation(DAY_NOUNS)})(?![${LETTERS}\p{N}])(?!\s+(?:after|before)(?![${LETTERS}\p{N}]))`,
      'u',
    ),
);

/**
 * The event a date's apposition names ("on 9 December 2003, the day the Convention opened for signature"): the
 * first event word in the apposition's clause, which outranks any word nearer the date ("ratify, doing so on …").
 */
function namedByApposition(folded: string, words: readonly EventWord[], date: Span, sentence: Range): Nearest | null {
  const lead = DAY_APPOSITION().exec(folded.slice(date.end, sentence.end));
  if (!lead) return null;
  const from = date.end + lead[0].length;
  const clauseEnd = folded.slice(from, sentence.end).search(CLAUSE_BREAK_AT());
  const to = clauseEnd < 0 ? sentence.end : from + clauseEnd;
  // A named event before any other past form in the clause ("the first day the pact on modified crops was open for
  // signature" is the opening's, not the modifying's); a past form only when the clause names nothing else.
  const inClause: EventWord[] = [];
  for (let i = firstIndex(words, (w) => w.start >= from); i < words.length && words[i].end <= to; i++)
    inClause.push(words[i]);
  const word = inClause.find((w) => w.kind !== 'other') ?? inClause[0];
  return word ? { word, cost: 0 } : null;
}

/** The acts a gathering can be the occasion of: what states do together, not the entry into force that follows. */
const OCCASION_ACTS: ReadonlySet<DateEventKind> = new Set(['adoption', 'signing_opened', 'signature', 'ratification']);

/** "adopted at a UN conference in Kyoto": an act, an occasion link, then a gathering named in a few words. */
const OCCASION = onFirstUse(
  () => new RegExp(String.raw`^\s+(?:${alternation(OCCASION_LINKS)})\s[^,;:—–]{0,60}$`, 'iu'),
);

/**
 * The act a gathering is the occasion of: a gathering word led by "at" or "during" from the event word just before
 * it ("was agreed at a UN summit in Lima in 2014" is the agreement's date), else the gathering. An entry into force
 * is never an act done at a gathering, only marked by one ("will mark the entry into force at a ceremony on Monday"
 * dates the ceremony), so it is not an occasion's act.
 */
function occasionOf(folded: string, words: readonly EventWord[], nearest: Nearest | null, sentence: Range) {
  if (nearest?.word.kind !== 'gathering') return nearest;
  const last = words[firstIndex(words, (w) => w.start >= nearest.word.start) - 1];
  // Of the readings of that word ("adopted" is an adoption and a past form), the one listed first.
  const before = last && words[firstIndex(words, (w) => w.start >= last.start)];
  if (!before || before.start < sentence.start || !OCCASION_ACTS.has(before.kind)) return nearest;
  return OCCASION().test(folded.slice(before.end, nearest.word.start)) ? { ...nearest, word: before } : nearest;
}

/**
 * A milestone happens once, so of several dates that reach for one milestone word ("3 January 2019: the amendment
 * entered into force on 1 January 2019") only the nearest is its date, and those naming the same day again
 * ("today, 25 June 2021"); each other one takes the next nearest word ("adopted on 2 April and opened for signature
 * on 3 June": 2 April is the adoption's) that is not a milestone word another date holds ("Peru joined in May the
 * pact, adopted in 2018 and binding since 2020": both words are held by their own years, so May is neither), or no
 * event when none is left.
 */
function oneDatePerMilestone(
  nearest: readonly (Nearest | null)[],
  values: readonly string[],
  nearestBut: (at: number, skip: ReadonlySet<number>) => Nearest | null,
): (EventWord | null)[] {
  const owner = new Map<number, number>();
  nearest.forEach((n, i) => {
    if (!n || !MILESTONES.has(n.word.kind)) return;
    const held = owner.get(n.word.start);
    if (held === undefined || n.cost < nearest[held]!.cost) owner.set(n.word.start, i);
  });
  const heldByAnother = (n: Nearest | null, i: number): n is Nearest => {
    if (!n || !MILESTONES.has(n.word.kind)) return false;
    const held = owner.get(n.word.start);
    return held !== undefined && values[held] !== values[i];
  };
  return nearest.map((n, i) => {
    const skip = new Set<number>();
    let word = n;
    while (heldByAnother(word, i) && !skip.has(word.word.start)) {
      skip.add(word.word.start);
      word = nearestBut(i, skip);
    }
    return word?.word ?? null;
  });
}

/**
 * Between a word of need and the entry into force it names: "for", then at most a determiner or a possessive ("needed
 * for its entry into force"), or "to" before the verb ("the votes it still requires to come into force").
 */
const NEEDED_FOR = onFirstUse(
  () => new RegExp(String.raw`^\s+(?:for\s+(?:(?:its|the|their)\s+)?(?:[${LETTERS}-]+['’]s\s+)?|to\s+)$`, 'u'),
);

/**
 * Whether an entry-into-force word only names what something is needed for ("the 60 ratifications required for its
 * entry into force on Friday", "the instrument needed for entry into force", "the votes it still requires to come
 * into force"): a condition, not an event, so it dates nothing and the date goes to the act of the clause.
 */
function isCondition(analysis: TextAnalysis, word: EventWord): boolean {
  if (word.kind !== 'entry_into_force') return false;
  const needs = analysis.marks(NEEDED);
  const need = needs[firstIndex(needs, (n) => n.start >= word.start) - 1];
  return !!need && word.start - need.end <= 24 && NEEDED_FOR().test(analysis.folded.slice(need.end, word.start));
}

/** "and" alone between two event words: "adopted and opened for signature". */
const JOINED_BY_AND = onFirstUse(() => /^\s+and\s+$/);

/**
 * The milestone word joined to an event word by "and" just before it ("adopted and opened for signature on 10
 * December 1982"): the two share the date that follows.
 */
function joinedMilestone(folded: string, words: readonly EventWord[], word: EventWord): EventWord | null {
  const before = words[firstIndex(words, (w) => w.start >= word.start) - 1];
  // Of the readings at that offset, the one listed first ("adopted" is an adoption before it is a past form).
  const joined = before && words[firstIndex(words, (w) => w.start >= before.start)];
  return joined && MILESTONES.has(joined.kind) && JOINED_BY_AND().test(folded.slice(joined.end, word.start))
    ? joined
    : null;
}

/** How far after a year the treaty it qualifies may start: "the 1997 Kyoto Protocol", "the 1992 biodiversity convention". */
const TREATY_AFTER_YEAR = 40;

/** The treaty named right after a year that qualifies it, if any. */
const treatyAfterYear = (treaties: readonly TreatyMention[], date: Span) =>
  treaties.find((t) => t.end > date.end && t.start - date.end <= TREATY_AFTER_YEAR);

/**
 * Whose year a year before a treaty is: the treaty named right after it, the article's own by key; else, for a
 * treaty noun, the article's own when its name has that noun and the sentence names no other treaty. Never the
 * article's own when another instrument's name holds its name.
 */
function yearOfTreaty(analysis: TextAnalysis, date: Span, sentence: Range, inputs: EventInputs): 'main' | 'other' {
  const { main } = inputs;
  // An instrument whose name holds the main treaty's ("the Kigali Amendment to the Montreal Protocol") may be what
  // the article is about: a year of the treaty it amends is then not read as the article's.
  if (main && inputs.treaties.some((t) => t.key !== main.key && t.name.includes(main.name))) return 'other';
  const named = treatyAfterYear(inputs.treaties, date);
  if (named) return main && named.key === main.key ? 'main' : 'other';
  const nouns = analysis.marks(TREATY_NOUNS);
  const noun = nouns[firstIndex(nouns, (n) => n.start >= date.end)];
  if (!main || !noun || noun.start - date.end > TREATY_AFTER_YEAR) return 'other';
  const word = analysis.folded.slice(noun.start, noun.end).toLowerCase();
  const ownNoun = main.name
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .includes(word);
  const another = inputs.treaties.some((t) => t.start >= sentence.start && t.end <= sentence.end && t.key !== main.key);
  return ownNoun && !another ? 'main' : 'other';
}

/**
 * Every event word of the text in order, each with its kind: found once, one pass per family; an adoption told in
 * other words ("the convention, concluded in Rome", "approved by the General Assembly") reads as an adoption word.
 */
function eventWords(analysis: TextAnalysis, treaties: readonly Span[]): EventWord[] {
  const words: EventWord[] = [];
  EVENT_WORDS.forEach(({ kind, family }, priority) => {
    for (const { start, end } of analysis.marks(family)) words.push({ start, end, kind, priority });
  });
  for (const { start, end } of adoptionInOtherWords(analysis, treaties)) {
    words.push({ start, end, kind: 'adoption', priority: 0 });
  }
  for (const re of [OTHER_PAST_FORM(), OPENING_PAST_FORM()]) {
    for (const m of matchesIn(analysis.folded, re)) {
      words.push({ start: m.index, end: m.index + m[0].length, kind: 'other', priority: EVENT_WORDS.length });
    }
  }
  // A word of a treaty's name names no event ("the Convention on … in Respect of Intercountry Adoption").
  const named = [...treaties].sort((a, b) => a.start - b.start);
  const inName = (w: Span) => {
    const t = named[firstIndex(named, (n) => n.start > w.start) - 1];
    return !!t && t.end >= w.end;
  };
  return words.filter((w) => !inName(w)).sort((a, b) => a.start - b.start || a.priority - b.priority);
}

/**
 * The dates with the sentence they stand in, the event their clause names (with the rule that decided it, the
 * treaties the sentence names and, for a milestone, its place), and whether each can be the day a count held.
 */
export function withEvents(
  analysis: TextAnalysis,
  dates: readonly DateMention[],
  inputs: EventInputs,
  publishedDay: string | null,
): DateMention[] {
  const { folded, text } = analysis;
  const words = eventWords(analysis, inputs.treaties).filter((w) => !isCondition(analysis, w));
  const breaksIn = clauseBreaks(analysis, words);
  const sequelIn = sequelPhrases(analysis);
  const participles = participleOpenings(folded);
  const participleBefore = (from: number, to: number) => {
    const first = participles[firstIndex(participles, (p) => p.start >= from)];
    return !!first && first.end < to;
  };
  const leadsOwnClause = (date: Span) => OWN_CLAUSE_LEAD().test(text.slice(Math.max(0, date.start - 80), date.start));
  const treaties = [...inputs.treaties].sort((a, b) => a.start - b.start);
  const countries = [...inputs.countries].sort((a, b) => a.start - b.start);
  const places = new Map<number, string | null>();
  const placeOf = (index: number): string | null => {
    if (!places.has(index)) {
      const sentence = analysis.sentences[index];
      places.set(index, placeIn(text, sentence, inside(countries, sentence)));
    }
    return places.get(index) ?? null;
  };
  /** Whether one of the leads (sorted by start) stands right before a date, with only "on" between them. */
  const leadsTo = (leads: readonly Range[], date: Span) => {
    const lead = leads[firstIndex(leads, (m) => m.start >= date.start) - 1];
    return !!lead && date.start - lead.end <= 5 && /^\s+(?:on\s+)?$/i.test(folded.slice(lead.end, date.start));
  };
  // "since 1 May", "from on 3 June": a period-start word with only "on" between it and the date.
  const startsPeriod = (date: Span) => leadsTo(analysis.marks(PERIOD_STARTS), date);
  // The same, or a date whose own text opens with the word ("since 2011" read whole).
  const opensPeriod = (date: Span) => {
    const starts = analysis.marks(PERIOD_STARTS);
    return startsPeriod(date) || starts[firstIndex(starts, (m) => m.start >= date.start)]?.start === date.start;
  };
  // "the Convention of 2 July 2019": a treaty noun with "of" after it.
  const treatyOf = analysis.marks(TREATY_NOUNS).flatMap((m) => matchOf(folded, m));
  // The same, when the date is read with its "of" ("the Protocol of 2014"): that "of" is the noun's.
  const inTreatyName = (date: Span) =>
    leadsTo(treatyOf, date) || treatyOf[firstIndex(treatyOf, (m) => m.end > date.start)]?.end === date.start + 2;
  // Where a treaty noun or name ends: a participle clause after one describes the treaty.
  const treatyEnds = new Set([...analysis.marks(TREATY_NOUNS), ...treaties].map((t) => t.end));
  // "runs until 27 May": an until-word with only "on" between it and the date.
  const endsPeriod = (date: Span) => leadsTo(analysis.marks(OPEN_UNTIL), date);
  const denials = [...analysis.marks(NEGATIONS), ...analysis.marks(REFUSALS)].sort((a, b) => a.end - b.end);
  const sentenceOf = (date: Span) => analysis.sentences[rangeAt(analysis.sentences, date.start)];
  const nearestTo = (date: Span, skip: ReadonlySet<number> = NO_SKIP) => {
    const sentence = sentenceOf(date);
    if (!sentence) return null;
    const named = namedByApposition(folded, words, date, sentence);
    if (named && !skip.has(named.word.start)) return named;
    const nearest = nearestWord(sequelIn, breaksIn, leadsOwnClause, participleBefore, words, date, sentence, skip);
    return occasionOf(folded, words, nearest, sentence);
  };
  // Two different years for the article's own treaty ("the 1997 Convention … the 1992 Convention") tell two
  // treaties of one noun apart, and which is whose is not read: neither is the own treaty's.
  const yearsOfTreaties = dates.map((date) =>
    date.rule === TREATY_YEAR_FORM ? yearOfTreaty(analysis, date, sentenceOf(date) ?? date, inputs) : null,
  );
  const ownYears = new Set(dates.filter((_, i) => yearsOfTreaties[i] === 'main').map((d) => d.value));
  if (ownYears.size > 1) {
    for (const [i, year] of yearsOfTreaties.entries()) if (year === 'main') yearsOfTreaties[i] = 'other';
  }
  // A year that qualifies a treaty reaches for no word: the treaty it names is its event.
  const wordOf = oneDatePerMilestone(
    dates.map((date) => (date.rule === TREATY_YEAR_FORM ? null : nearestTo(date))),
    dates.map((date) => date.value),
    (at, skip) => nearestTo(dates[at], skip),
  );
  return dates.map((date, at) => {
    const index = rangeAt(analysis.sentences, date.start);
    if (index < 0) return date;
    const sentence = analysis.sentences[index];
    const paragraph = analysis.paragraphs[rangeAt(analysis.paragraphs, date.start)] ?? sentence;
    const word = wordOf[at];
    const context: EventContext = {
      word,
      sentenceNames: (f) => namesIn(analysis.marks(f), sentence),
      paragraphNames: (f) => namesIn(analysis.marks(f), paragraph),
      forOneParty: !!word && forOneParty(folded, word, countries),
      denied: !!word && deniedAt(folded, denials, word),
      endsPeriod: endsPeriod(date),
      startsPeriod: opensPeriod(date),
      ofAnotherAct: !!word && withAnotherAct(analysis, word),
      inTreatyName: inTreatyName(date),
      yearOfTreaty: yearsOfTreaties[at],
      signedAsAWhole: !!word && signedAsAWhole(analysis, word, sentence, { treaties, countries }),
      signedByACount: !!word && signedByACount(analysis, word, sentence),
      isDay: /^\d{4}-\d{2}-\d{2}$/.test(date.value),
      inNamedAside: inNamedAside(text, date, sentence),
    };
    const decided = firstMatch(DATE_EVENTS, context);
    // The treaties the event can be about: those named before the end of its date and word. One named only after
    // both ("the accord took effect on 2 May 2020, and the later protocol on fishing quotas …") is the subject of a
    // clause of its own. A year that qualifies a treaty reaches to the treaty it names ("the 1987 Montreal
    // Protocol" in a report on an amendment to it is the protocol's).
    const qualified = date.rule === TREATY_YEAR_FORM ? treatyAfterYear(inputs.treaties, date) : undefined;
    const reach = Math.max(date.end, word?.end ?? date.end, qualified?.end ?? date.end);
    const named = inside(treaties, sentence)
      .filter((t) => t.start < reach)
      .map((t) => t.key);
    const place = decided && MILESTONES.has(decided.reading.kind) ? placeOf(index) : null;
    const statesDay =
      /^\d{4}-\d{2}-\d{2}$/.test(date.value) &&
      (!publishedDay || date.value <= publishedDay) &&
      !startsPeriod(date) &&
      !inTreatyAside(folded, date, sentence, treatyEnds);
    const { text: written, value, start, end, rule, why } = date;
    const read: DateMention = { text: written, value, start, end, rule, sentence, statesDay };
    if (word)
      read.why = why
        ? { ...why, event: text.slice(word.start, word.end) }
        : { event: text.slice(word.start, word.end) };
    else if (why) read.why = why;
    if (decided) {
      const event: DateEvent = { kind: decided.reading.kind, rule: decided.rule };
      const also = word && MILESTONES.has(decided.reading.kind) ? joinedMilestone(folded, words, word) : null;
      if (also && also.kind !== event.kind) event.also = [also.kind];
      if (named.length) event.treaties = [...new Set(named)];
      if (place) event.place = place;
      read.event = event;
    }
    return read;
  });
}
