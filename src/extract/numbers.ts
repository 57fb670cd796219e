/** The numbers extractor: counts in the text with what they count (their kind), their qualifier and their rule. */
import { matchesIn } from '../text/matches.js';
import type { TextAnalysis } from './analysis.js';
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
} from './lexicon/acts.js';
import { alternation, familiesIn, wordsOf, LETTERS } from './lexicon/family.js';
import { ENTERED_INTO_FORCE, ENTRY_INTO_FORCE } from './lexicon/force.js';
import { INTENTIONS, NEGATIONS } from './lexicon/negation.js';
import * as numberWords from './lexicon/numbers.js';
import * as quantity from './lexicon/quantity.js';
import {
  ABSTAINING,
  BARE_NUMBER_VERBS,
  COMPARING,
  CONTRASTING,
  CURRENCY_SIGNS,
  FALLING,
  INCREMENT_WORDS,
  LABEL_NOUNS,
  LARGE_SCALES,
  MEMBER_NOUNS,
  OTHER_TIME_UNITS,
  PERCENT_WORDS,
  PERFECT_AUXILIARIES,
  RANK_NOUNS,
  SO_FAR,
  STATE_NOUN,
  STATE_NOUNS,
  VOTING,
} from './lexicon/quantity.js';
import { ACT_ADJUNCTS, PASSIVE_ADVERBS } from './lexicon/clauses.js';
import { STATUS_AS_OF } from './lexicon/record.js';
import { DAY_BEFORE, PRESENT_TIME, SAME_DAY, STEP_PERIODS, THIS_STEP } from './lexicon/time.js';
import { BECOMING, PARENT_BOUND_INSTRUMENTS, PARENT_INSTRUMENTS } from './lexicon/stance.js';
import {
  DISTINCT_INSTRUMENTS,
  INSTRUMENT_CONTRASTS,
  INTERCHANGEABLE_INSTRUMENTS,
  OTHER_INSTRUMENT_MARKS,
  TREATY_BINDS,
  TREATY_HOLDS,
  TREATY_NOUNS,
  TREATY_PLURALS,
} from './lexicon/treaty.js';
import { patternsIn, type NumberContext } from './numbers/context.js';
import { numbersIn, type Found } from './numbers/found.js';
import { COUNT_RULES } from './numbers/kinds.js';
import { ORDINAL_RULES } from './numbers/ordinals.js';
import { ACTS, COUNT_NOUN } from './numbers/patterns.js';
import { qualifierOf } from './numbers/qualifier.js';
import { numberValue } from './numbers/value.js';
import { onFirstUse } from './rules/onFirstUse.js';
import { firstMatch } from './rules/rule.js';
import type { ExtractorSpec } from './rules/version.js';
import { rangeAt, type Range } from './text.js';
import { aboutAnotherTreaty, referencesIn, sameTreaty, TREATIES_SPEC } from './treaties.js';
import type { NumberKind, NumberMention, TreatyMention } from './types.js';

/** What the numbers extractor is made of; its version (EXTRACTORS in index.ts) is a hash of this. */
export const NUMBERS_SPEC: ExtractorSpec = {
  name: 'numbers',
  families: [
    ...familiesIn(numberWords),
    ...familiesIn(quantity),
    SIGNING,
    SIGNATURE_NOUNS,
    SIGNATURES_GIVEN,
    RATIFYING,
    ACCEDING,
    ACCEPTING,
    JOINING,
    DEPOSITING,
    HANDING_OVER,
    WITHDRAWING,
    INTENTIONS,
    NEGATIONS,
    TREATY_NOUNS,
    TREATY_PLURALS,
    TREATY_HOLDS,
    TREATY_BINDS,
    INSTRUMENT_CONTRASTS,
    OTHER_INSTRUMENT_MARKS,
    PARENT_BOUND_INSTRUMENTS,
    PARENT_INSTRUMENTS,
    DAY_BEFORE,
    PASSIVE_ADVERBS,
    STEP_PERIODS,
    THIS_STEP,
    ENTRY_INTO_FORCE,
    ENTERED_INTO_FORCE,
    STATUS_AS_OF,
    ACT_ADJUNCTS,
    SAME_DAY,
    BECOMING,
    PRESENT_TIME,
    ...TREATIES_SPEC.families,
  ],
  tables: [ORDINAL_RULES, COUNT_RULES],
  data: { scales: numberWords.SCALE_VALUES },
};

/** After a number: a share, an amount, a duration or an age ("45%", "2 million", "five years", "a 10-year"). */
const NOT_A_COUNT_AFTER = onFirstUse(
  () =>
    new RegExp(
      String.raw`^(?:\s*%|\s+${alternation(PERCENT_WORDS, LARGE_SCALES, OTHER_TIME_UNITS)}\b|` +
        String.raw`-${alternation(OTHER_TIME_UNITS)}\b)`,
      'iu',
    ),
);
const MONEY_BEFORE = onFirstUse(() => new RegExp(String.raw`${alternation(CURRENCY_SIGNS)}\s*$`, 'u'));
/** "Annex 2 states", "Article 23": a number naming a part or an item, not a count. */
const LABEL_BEFORE = onFirstUse(() => new RegExp(String.raw`(?<![${LETTERS}])${alternation(LABEL_NOUNS)}\s+$`, 'u'));
const YEAR = onFirstUse(() => /^(?:1[5-9]\d\d|20\d\d)$/);
/** "one abstention", "one vote against": "one" as a count of votes. */
const ONE_VOTE = onFirstUse(() => new RegExp(String.raw`^\s+${alternation(VOTING, ABSTAINING)}\b`, 'iu'));
/** "one more country", "one other state", "one more ratification" or signature: a single state or consent added. */
const ONE_MORE_STATE = onFirstUse(
  () =>
    new RegExp(
      String.raw`^\s+${alternation(INCREMENT_WORDS)}\s+(?:${alternation(STATE_NOUN)}\b|${alternation(RATIFYING, SIGNATURE_NOUNS)})`,
      'iu',
    ),
);
/** "five Andean Community members", "the six Gulf Cooperation Council states": members of a body named before them. */
const NAMED_MEMBERS = onFirstUse(
  () => new RegExp(String.raw`^\s+(?:\p{Lu}[${LETTERS}-]*\s+){1,3}${alternation(MEMBER_NOUNS, STATE_NOUNS)}\b`, 'u'),
);
/** "the fiftieth State", "the 30th Contracting State": an ordinal of a state, capitalised or not. */
const RANKED_STATE = onFirstUse(() => new RegExp(String.raw`^\s+${alternation(STATE_NOUN, RANK_NOUNS)}\b`, 'iu'));

/** The rule that reads the whole a count is part of ("of the 53 member states"). */
const WHOLE_RULE = 'whole-of-part';

/** How far either side of a number its sentence is read: far more than any sentence a reporter writes. */
const NUMBER_REACH = 400;
/**
 * How far before a number the phrase it ends is read ("bringing the total number of instruments of ratification,
 * acceptance or accession to").
 */
const BEFORE_REACH = 100;
/** How much of the sentence before a pronoun may refer back into: its last clause or two. */
const PREVIOUS_REACH = 200;

function excluded(sentence: string, n: Found, value: number): boolean {
  if (!Number.isFinite(value)) return true;
  const after = sentence.slice(n.end);
  const before = sentence.slice(Math.max(0, n.start - BEFORE_REACH), n.start);
  if (NOT_A_COUNT_AFTER().test(after) || MONEY_BEFORE().test(before) || LABEL_BEFORE().test(before)) return true;
  // A bare year is a date, and "one" is more often a pronoun than a count.
  if (YEAR().test(n.written) && !COUNT_NOUN().test(after)) return true;
  if (/^one$/i.test(n.written) && !COUNT_NOUN().test(after) && !ONE_VOTE().test(after) && !ONE_MORE_STATE().test(after))
    return true;
  // A number word opening a name ("Five Eyes") is not a count; "the fiftieth State to ratify" ranks a state, and
  // "five Andean Community members" counts the members of a named body.
  const counted = COUNT_NOUN().test(after) || NAMED_MEMBERS().test(after) || (n.ordinal && RANKED_STATE().test(after));
  return /^\p{L}/u.test(n.written) && /^\s+\p{Lu}/u.test(after) && !counted;
}

const TREATY_NOUN = onFirstUse(() => wordsOf(TREATY_NOUNS, 'iu'));
/** "…have signed it", "acceded to it": an act on the treaty named last, by pronoun. */
const ACT_ON_IT = onFirstUse(() => new RegExp(String.raw`\b${ACTS}\s+(?:to\s+)?it\b`, 'iu'));
/** A sentence that speaks of a treaty only by pronoun, as the object of an act. */
const REFERS_BACK = (sentence: string) => ACT_ON_IT().test(sentence) && !TREATY_NOUN().test(sentence);

/**
 * Where a sentence that names two treaties turns from one to the other ("The Kigali Amendment has 160 parties, while
 * the plastics treaty has 37"): a count belongs to the treaty named in its own part.
 */
const TREATY_TURN = onFirstUse(
  () =>
    new RegExp(
      String.raw`;|,\s+(?:${alternation(COMPARING)}|(?=(?:it|they)\s))\b|\s${alternation(CONTRASTING)}\s`,
      'giu',
    ),
);

/** The connective a part of the sentence opens with. */
const TREATY_TURN_START = onFirstUse(() => new RegExp(String.raw`^(?:;|,\s+${alternation(COMPARING)}?)\s*`, 'iu'));

/** The part of the sentence `s` around offset `at` (in the text) that TREATY_TURN leaves. */
function partAround(folded: string, s: Range, at: number): Range {
  let start = s.start;
  let end = s.end;
  for (const m of matchesIn(folded.slice(s.start, s.end), TREATY_TURN())) {
    const cut = s.start + m.index;
    if (cut < at) start = cut;
    else {
      end = cut;
      break;
    }
  }
  return { start, end };
}

/**
 * Whether the count at `at` in a sentence that names treaties is about another one: the treaty its own part of the
 * sentence names ("The Kigali Amendment has 160 parties, while …"); for a part that opens on "it" or says "it" before the
 * count, the treaty the text spoke of before ("It has 40 parties, compared with 195 for …"); else what the sentence as a whole is about.
 */
function otherTreatyAt(
  folded: string,
  s: Range,
  at: number,
  about: { sentence: boolean; before: boolean },
  references: readonly TreatyMention[],
  mainKey: string | null,
): boolean {
  const part = partAround(folded, s, at);
  if (referencesIn(references, part.start, part.end).length)
    return aboutAnotherTreaty(part.start, part.end, references, mainKey);
  // "As of May it had 190 parties; only the X Convention has more": "it" before the count, in a part that names no
  // treaty, is the treaty spoken of before, not the one a later part names.
  const opensOnIt = /^\W*(?:it|its)\b/i.test(folded.slice(part.start, part.end).replace(TREATY_TURN_START(), ''));
  const itBefore = /\b(?:it|its)\b/i.test(folded.slice(part.start, at));
  return opensOnIt || itBefore ? about.before : about.sentence;
}

/**
 * "…the Ozone Convention, which has 198 parties", "Its older sibling, the Whaling Convention, has 88 parties": a count
 * a treaty holds, with nothing but a comma or a relative pronoun between the treaty's name and its verb (or its
 * possessive: "the Whaling Convention's 88 parties"), belongs to that treaty whatever else the sentence names ("The pact complements the Ozone Convention, which has 198 parties"
 * is no count of the pact's).
 */
const HELD_BY_NAME_BEFORE = onFirstUse(
  () =>
    new RegExp(
      String.raw`^(?:['’]s?\s+|\s*,?\s*(?:(?:which|that)\s+)?(?:now\s+)?${alternation(TREATY_HOLDS)}\s+(?:now\s+)?|` +
        // "Unlike the Paris Agreement, signed by 195 countries, …": an act told of the name in an apposition; so is
        // what it has ("the Grasslands Convention, with 150 parties, …"), and states that are the subject of a
        // relative clause on it ("the Sand Protocol, which the 12 countries of the Sahel have ratified").
        String.raw`\s*,\s*(?:${alternation(SO_FAR)}\s+)?(?:(?:${ACTS})\s+by|with)\s+|\s*,\s*(?:which|that)\s+(?:the\s+)?)$`,
      'iu',
    ),
);
/**
 * "The Statute itself has 123 States Parties", "the convention itself, in force since 2005, has 176 parties": "itself"
 * sets an instrument against the one the article is about (a protocol's or an amendment's parent), so its count is
 * another treaty's, whatever name it goes by.
 */
const PARENT_HOLDS_BEFORE = onFirstUse(
  () =>
    new RegExp(
      String.raw`\b${alternation(TREATY_NOUNS)}\s+${alternation(INSTRUMENT_CONTRASTS)}\b(?:\s*,[^.;,]{1,60},)?\s+(?:(?:now|still)\s+)?` +
        String.raw`(?:${alternation(TREATY_HOLDS)}|${alternation(PERFECT_AUXILIARIES)}\s+(?:${alternation(SO_FAR)}\s+)?been\s+` +
        String.raw`(?:${alternation(SO_FAR)}\s+)?(?:${ACTS})\s+by)\s+(?:now\s+)?$`,
      'iu',
    ),
);

/** The nouns an instrument is called by: the ones reporters use for one text ("the treaty") and the distinct ones. */
const INSTRUMENT_NOUNS = alternation(INTERCHANGEABLE_INSTRUMENTS, DISTINCT_INSTRUMENTS);
/**
 * "a separate 1994 agreement", "another protocol", "an optional protocol": an instrument brought in beside the
 * article's (which the text calls "the" treaty), its noun at most three words after the mark.
 */
const OTHER_INSTRUMENT = String.raw`\b${alternation(OTHER_INSTRUMENT_MARKS)}\s+(?:[\p{L}\p{N}'’-]+\s+){0,3}?${INSTRUMENT_NOUNS}\b`;
/**
 * What follows an instrument that holds a count: "has", "now binds", "has been ratified by", "was joined by only".
 */
const HOLDS_OR_ACTED_ON_BY = (): string =>
  String.raw`(?:(?:now|still|already)\s+)?(?:${alternation(TREATY_HOLDS, TREATY_BINDS)}|` +
  String.raw`(?:${alternation(PERFECT_AUXILIARIES)}\s+been|was|were)\s+(?:${ACTS})\s+by)\s+(?:(?:now|only|just)\s+)?`;
/**
 * "A separate 1994 agreement rewriting Part XI has 147 parties", "another protocol, on trade, has been ratified by 40":
 * a count such an instrument holds, or whose act is on it, with no "it" nor treaty noun between them.
 */
const HELD_BY_OTHER_INSTRUMENT = onFirstUse(
  () =>
    new RegExp(
      OTHER_INSTRUMENT +
        String.raw`(?:(?!\b(?:it|${alternation(TREATY_NOUNS)})\b)[^.;:]){0,80}?\s${HOLDS_OR_ACTED_ON_BY()}$`,
      'iu',
    ),
);
/** "Forty-four countries also signed an optional protocol": the first act after the states is on another instrument. */
const ACT_ON_OTHER_INSTRUMENT = onFirstUse(
  () =>
    new RegExp(String.raw`^(?:(?!\b(?:${ACTS})\b)[^.;:]){0,40}?\b(?:${ACTS})\s+(?:to\s+)?${OTHER_INSTRUMENT}`, 'iu'),
);

/**
 * "the protocol has 198 parties", "the protocol's 198 parties", "the convention, in force since 1994, has 168": a count
 * held by an instrument called by its bare noun in lower case (group 1), not by its name.
 */
const BARE_INSTRUMENT_HOLDS = onFirstUse(
  () =>
    new RegExp(
      String.raw`\b[Tt]he\s+(${INSTRUMENT_NOUNS})(?:['’]s\s+|(?:\s*,[^.;,]{1,60},)?\s+${HOLDS_OR_ACTED_ON_BY()})$`,
      'u',
    ),
);
/** "… parties to the protocol", "… members of the convention": the count's own noun, then the bare instrument's. */
const PARTIES_OF_BARE_INSTRUMENT = onFirstUse(
  () =>
    new RegExp(
      String.raw`^\s+(?:[${LETTERS}-]+\s+)?${alternation(STATE_NOUNS)}\s+(?:to|of)\s+the\s+` +
        String.raw`(${INSTRUMENT_NOUNS})\b(?!['’])`,
      'u',
    ),
);
const INSTRUMENT_NOUN = onFirstUse(() => new RegExp(String.raw`\b${INSTRUMENT_NOUNS}\b`, 'iu'));

/**
 * The instrument noun the article's treaty is headed by ("amendment" for "the Kigali Amendment to the Montreal
 * Protocol", "protocol" for "the Optional Protocol to the Convention on …"): the first in its name.
 */
function headNounOf(references: readonly TreatyMention[], mainKey: string | null): string | null {
  const main = mainKey === null ? undefined : references.find((t) => sameTreaty(t.key, mainKey));
  return main ? (INSTRUMENT_NOUN().exec(main.name)?.[0].toLowerCase() ?? null) : null;
}

/**
 * Whether an instrument called by its bare noun is another text than the article's, by their nouns: a protocol or an
 * amendment beside a text of another kind ("the protocol has 198 parties" in a story on an amendment to it, "the
 * amendment has 150" in one on the protocol), or the convention beside a protocol. Nouns reporters use for one text
 * ("the treaty" for a protocol) say nothing.
 */
function anotherKindOfText(holder: string, head: string | null): boolean {
  if (head === null || holder === head) return false;
  const attached = (noun: string) => PARENT_BOUND_INSTRUMENTS.words.includes(noun);
  return attached(holder) || (attached(head) && PARENT_INSTRUMENTS.words.includes(holder));
}

/**
 * "provided that at least 20 Parties to the Montreal Protocol had ratified it": states counted as the parties (or
 * members) of a treaty named right after them, whose act is on "it", act on another instrument than the one they are
 * parties to: the count is of the treaty "it" stands for, not of the one that names them.
 */
const PARTIES_OF_NAMED = onFirstUse(
  () => new RegExp(String.raw`^\s+${alternation(STATE_NOUNS, MEMBER_NOUNS)}\s+(?:to|of)\s+(?:the\s+)?$`, 'iu'),
);
const ACT_ON_IT_AFTER = onFirstUse(() => new RegExp(String.raw`^[^.;]{0,40}?\b(?:${ACTS})\s+(?:to\s+)?it\b`, 'iu'));

/** Whether the count ending at `end` is of states named by the treaty after them, acting on "it". */
function partiesOfNamedActingOnIt(
  folded: string,
  s: Range,
  end: number,
  references: readonly TreatyMention[],
): boolean {
  const next = referencesIn(references, end, s.end)[0];
  return (
    !!next &&
    PARTIES_OF_NAMED().test(folded.slice(end, next.start)) &&
    ACT_ON_IT_AFTER().test(folded.slice(next.end, s.end))
  );
}

/** The treaty a count at `at` is held by ("the X, which has N"): the key of the reference, '' for a generic one. */
function holderOf(folded: string, s: Range, at: number, references: readonly TreatyMention[]): string | null {
  const here = referencesIn(references, s.start, at).filter((t) => t.end <= at);
  const last = here[here.length - 1];
  return last && HELD_BY_NAME_BEFORE().test(folded.slice(last.end, at)) ? last.key : null;
}

/** States leaving a treaty, or a count said to go down. */
const FELL = onFirstUse(() => wordsOf([WITHDRAWING, FALLING], 'iu'));

/** Kinds that describe the article's treaty, and so say nothing when the sentence is about another one. */
const TREATY_KINDS = new Set<NumberKind>([
  'signatory_count',
  'ratification_count',
  'entry_into_force_threshold',
  'entry_into_force_delay_days',
  'eu_member_signatories',
]);

/**
 * The counts in the text and what they count. `notHere`: sorted, disjoint spans taken by dates ("October 15");
 * `references`: treaty references in text order, read by instrument (treatyRegistry.ts: "the Y" of "X, better known as
 * the Y" under X's key), with the key of the article's treaty.
 */
export function extractNumbers(
  analysis: TextAnalysis,
  notHere: readonly Range[],
  references: readonly TreatyMention[] = [],
  mainKey: string | null = null,
): NumberMention[] {
  const { text, folded } = analysis;
  const out: NumberMention[] = [];
  const head = headNounOf(references, mainKey);
  // Counts of a named body's members ("27 EU member states"), which may be a part of the treaty's count.
  const bodyMembers = new Set<NumberMention>();
  // Whether the sentence before was about another treaty.
  let previousOther = false;
  let previous = '';
  for (const s of analysis.sentences) {
    const sentence = folded.slice(s.start, s.end);
    const thresholds = new Set<number>();
    // "…the New York Convention attracted 10 signatories. By now, 160 countries have signed it.": a sentence that
    // names no treaty and refers back by pronoun speaks of the treaty the sentence before named.
    const refersBack = !referencesIn(references, s.start, s.end).length && REFERS_BACK(sentence);
    const otherBefore = previousOther;
    const otherTreaty: boolean = refersBack ? previousOther : aboutAnotherTreaty(s.start, s.end, references, mainKey);
    previousOther = otherTreaty;
    const named = referencesIn(references, s.start, s.end).length > 0;
    // A sentence read whole by each of its numbers is searched once per pattern, not once per number and rule.
    const wholeSentence = patternsIn(sentence);
    for (const found of numbersIn(sentence)) {
      const start = s.start + found.start;
      if (rangeAt(notHere, start) >= 0 || rangeAt(notHere, s.start + found.end - 1) >= 0) continue;
      // Each number is read within its neighbourhood, so a run-on "sentence" of a megabyte stays linear.
      const from = Math.max(0, found.start - NUMBER_REACH);
      const near = sentence.slice(from, found.end + NUMBER_REACH);
      const n = { ...found, start: found.start - from, end: found.end - from };
      const value = n.value ?? numberValue(n.written);
      if (excluded(near, n, value)) continue;
      // The words right before a number: rules anchored at its start read no farther back (and stay linear).
      const before = near.slice(Math.max(0, n.start - BEFORE_REACH), n.start);
      const q = qualifierOf(before, near.slice(n.end));
      // What the number counts is read after its own qualifier ("75 or more countries").
      const after = near.slice(n.end + q.afterReach);
      const context: NumberContext = {
        sentence: near,
        before,
        after,
        lead: before.slice(0, before.length - q.reach),
        number: n,
        previous,
        has: near.length === sentence.length ? wholeSentence : patternsIn(near),
      };
      const ruled = firstMatch(n.ordinal ? ORDINAL_RULES : COUNT_RULES, context, analysis.holds);
      if (!ruled) continue;
      const { rule, reading } = ruled;
      const why = { ...reading.why };
      let kind = reading.kind;
      const about = { sentence: otherTreaty, before: otherBefore };
      const holder = named ? holderOf(folded, s, start - q.reach, references) : null;
      const parent = before.includes('itself') && PARENT_HOLDS_BEFORE().test(context.lead);
      const bare = BARE_INSTRUMENT_HOLDS().exec(context.lead) ?? PARTIES_OF_BARE_INSTRUMENT().exec(after);
      const beside =
        HELD_BY_OTHER_INSTRUMENT().test(context.lead) ||
        ACT_ON_OTHER_INSTRUMENT().test(after) ||
        (!!bare && anotherKindOfText(bare[1], head));
      const other =
        !(named && partiesOfNamedActingOnIt(folded, s, s.start + found.end, references)) &&
        (parent ||
          beside ||
          (holder !== null
            ? holder !== '' && !(mainKey !== null && sameTreaty(holder, mainKey))
            : named
              ? otherTreatyAt(folded, s, start, about, references, mainKey)
              : otherTreaty));
      if (other && TREATY_KINDS.has(kind)) {
        kind = 'other';
        why.treaty = parent
          ? "the instrument itself, set against the article's"
          : beside
            ? "an instrument brought in beside the article's"
            : 'another treaty';
      }
      // "Thirty-eight, as of this week. … “thirty-eight is not enough”": a bare number as a subject names the count
      // given before with that value.
      // So does a bare number after a definite word ("the fifteen account for 29% of tonnage", "only those five have
      // done so", "seven of the fifteen"): the states of a count given before, or of the threshold named before.
      const givenBefore =
        rule !== 'plain-number'
          ? null
          : BARE_SUBJECT().test(after)
            ? countGiven(out, value, STATE_COUNTS)
            : DEFINITE_BEFORE().test(context.lead) && BARE_AFTER().test(after)
              ? countGiven(out, value, NAMED_AGAIN)
              : null;
      if (givenBefore) {
        kind = givenBefore.kind;
        why.kind = `the count given before: ${givenBefore.text}`;
      }
      if (kind === 'entry_into_force_threshold') {
        if (thresholds.has(value)) continue;
        thresholds.add(value);
      }
      if (q.words) why.qualifier = q.words;
      const phraseStart = start - q.reach;
      const end = start + n.end - n.start + q.afterReach + reading.tail;
      const mention: NumberMention = {
        kind,
        value,
        qualifier: q.qualifier,
        text: text.slice(phraseStart, end),
        start: phraseStart,
        end,
        ...(reading.instrument && kind !== 'other' ? { instrument: reading.instrument } : {}),
        rule,
        why,
      };
      // A party count whose sentence speaks of states leaving is a count that went down, not a misread one.
      const fell = kind === 'ratification_count' && context.has(FELL());
      const pushed = { ...mention, ...(reading.increment ? { increment: true } : {}), ...(fell ? { fell: true } : {}) };
      out.push(pushed);
      if (STATE_COUNTS.has(kind) && membersOfNamedBody(after)) bodyMembers.add(pushed);
      // "Peru joined 40 other countries in ratifying": the 40 are an increment, the 41 they make with Peru a total.
      const total = reading.total;
      if (total && !(other && TREATY_KINDS.has(total.kind))) {
        const totalWhy = { ...why, total: `${value} and the subject` };
        out.push({ ...mention, kind: total.kind, value: value + total.add, why: totalWhy });
      }
    }
    previous = sentence.slice(-PREVIOUS_REACH);
  }
  return withPartsOfWholes(out, analysis.sentences, bodyMembers);
}

/** A number standing alone as the subject of "to be": "thirty-eight is not enough". */
const BARE_SUBJECT = onFirstUse(() => new RegExp(String.raw`^\s+${alternation(BARE_NUMBER_VERBS)}\b`, 'i'));
/** Counts of states a later bare number may name again. */
const STATE_COUNTS = new Set<NumberKind>(['signatory_count', 'ratification_count']);
/** What "the fifteen" may name again: a count of states, or the states a threshold asks for. */
const NAMED_AGAIN = new Set<NumberKind>([...STATE_COUNTS, 'entry_into_force_threshold']);
/** "the fifteen", "those five", "all 27": a definite word right before a bare number. */
const DEFINITE_BEFORE = onFirstUse(() => /\b(?:the|those|these|all)\s+$/i);
/**
 * What follows a bare number that names a count again: a stop, or a lower-case word that is not a list's "and"/"or"
 * nor a range's "to" ("the two and a half million", "the 5 to 10").
 */
const BARE_AFTER = onFirstUse(() => /^(?:\s*[,.;:)–—]|\s*$|\s+(?!(?:and|or|to|per)\b)\p{Ll})/u);

function countGiven(
  before: readonly NumberMention[],
  value: number,
  kinds: ReadonlySet<NumberKind>,
): NumberMention | undefined {
  return before.find((m) => m.value === value && kinds.has(m.kind));
}

/** A name of one to three capitalized words right after a number ("EU", "Council of Europe" is not: "of"). */
const NAME_AFTER = onFirstUse(() => new RegExp(String.raw`^\s+((?:\p{Lu}[${LETTERS}.-]*\s+){1,3})`, 'u'));
const MEMBERS_OPENING = onFirstUse(() => new RegExp(String.raw`^${alternation(MEMBER_NOUNS)}\b`, 'iu'));

/** "27 EU Member States", "12 ASEAN members": the count is of the members of a body named between number and noun. */
function membersOfNamedBody(after: string): boolean {
  const name = NAME_AFTER().exec(after);
  if (!name) return false;
  const nameStart = name[0].length - name[1].length;
  // After one name word or more, the rest opens with a member noun ("EU | Member States").
  return matchesIn(name[1], /\S+\s+/g).some((word) =>
    MEMBERS_OPENING().test(after.slice(nameStart + word.index + word[0].length)),
  );
}

/**
 * "The convention has 127 parties. … Of the 55 states of the region, 22 are parties": a count out of a whole the
 * sentence names (not the UN's membership) is a part, not the treaty's count, when the article gives a larger count
 * of that kind elsewhere. Without one it is the count: "signed by 17 of the 53 member states" of a regional body. So is
 * a count of a named body's members ("all 27 EU member states are now parties") beside a larger count of its kind.
 */
function withPartsOfWholes(
  mentions: NumberMention[],
  sentences: readonly Range[],
  bodyMembers: ReadonlySet<NumberMention>,
): NumberMention[] {
  const sentenceOf = (m: NumberMention) => rangeAt(sentences, m.start);
  const wholes = mentions.filter((m) => m.rule === WHOLE_RULE && m.kind === 'other');
  if (!wholes.length && !bodyMembers.size) return mentions;
  return mentions.map((m) => {
    if (!STATE_COUNTS.has(m.kind)) return m;
    const larger = mentions.some((t) => t.kind === m.kind && t.value > m.value && sentenceOf(t) !== sentenceOf(m));
    if (!larger) return m;
    if (bodyMembers.has(m)) return { ...m, kind: 'other', why: { ...m.why, kind: 'members of a named body' } };
    const whole = wholes.find((w) => sentenceOf(w) === sentenceOf(m) && w.value > m.value);
    return whole ? { ...m, kind: 'other', why: { ...m.why, kind: `a part of ${whole.text}` } } : m;
  });
}
