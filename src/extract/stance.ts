/** Each country's stance toward the article's treaty and the act behind it, read clause by clause by named rules. */
import { matchesIn } from '../text/matches.js';
import { LETTERS } from './lexicon/family.js';
import type { TextAnalysis } from './analysis.js';
import type { CountryName } from './countries.js';
import {
  ABSENCES,
  ABSTAINING,
  ACCEDING,
  ACCEPTING,
  ACT_ADJUNCTS,
  ACT_REPEATED,
  AGENT_PHRASES,
  ADOPTING,
  APPROVING,
  ARRIVING,
  STATE_COPULAS,
  COUNTING_AS,
  PREVENTIONS,
  AS_DID,
  DENIAL_REPEATS,
  DENYING_DETERMINERS,
  UNDENYING_AFTER_NO,
  DONE_TO,
  RECENT_RANKS,
  COMPLETING,
  PROCEDURE_NOUNS,
  COUNTED_INTO,
  MEMBERS_NAMED,
  BOUND_STATUSES,
  BOUND_BY,
  OPTING_OUT,
  SET_APART_AFTER,
  MANDATES,
  IN_GROUP_PHRASES,
  BELONGING_VERBS,
  BACK_GROUPS,
  NO_ONE_SUBJECTS,
  MEMBER_NOUNS,
  SINGLE_UNITS,
  STANDING_ADVERBS,
  PRESENT_TIME,
  SO_FAR,
  OTHER_PARTY_KINDS,
  alternation,
  wordsOf,
  PARENT_BOUND_INSTRUMENTS,
  PARENT_INSTRUMENTS,
  BACK_REFERENCES,
  BECOMING,
  BOUND_NOUNS,
  CLAUSE_CONTRASTS,
  DOING_SO,
  HOSTING,
  isMember,
  LIST_CONTINUATIONS,
  LIST_COPULAS,
  LIST_JOINERS,
  LIST_DENIALS,
  LIST_UNIVERSALS,
  LATER_WORDS,
  PASSIVE_ADVERBS,
  SOON_WORDS,
  PERIOD_UNITS,
  NONE_OF_THEM,
  NON_TREATY_PAPERS,
  PARTY_QUALIFIERS,
  PERFECT_AUXILIARIES,
  SENTENCE_OPENERS,
  SEQUEL_LINKS,
  SHARED_SUBJECT_AFTER_BUT,
  SIGN_NOUN_FOLLOWERS,
  SIGN_NOUN_LEADS,
  SIGNING_NOUN_HEADS,
  STATE_ANAPHORS,
  STATE_NOUN,
  SUBJECT_ADVERBS,
  VOTES_CAST,
  VOTING,
  WISHES,
  AUTHORITIES,
  CONSENTING,
  HANDING_OVER,
  INSTRUMENT_NOUNS,
  LEAVING,
  APPEALS,
  BACKING,
  BELONGING,
  COMMITMENTS,
  DEPOSITING,
  DEPOSIT_NOUNS,
  EXCEPTIONS,
  FOLLOWING,
  LEADING,
  GROUP_NOUNS,
  INCLUSIONS,
  IN_FORCE_STATES,
  ENTRY_INTO_FORCE,
  INTENTIONS,
  SUBSIDIARY_INSTRUMENTS,
  JOINING,
  LEGISLATURES,
  NEGATIONS,
  DENIAL_INTENSIFIERS,
  ACT_FORMALITY,
  RATIFYING,
  REFUSALS,
  REJECTIONS,
  REJOINING,
  RELATION_NOUNS,
  REPORTING,
  SIGNATURE_NOUNS,
  SIGNER_NOUNS,
  BOUND_GROUP_HEADS,
  SIGNING,
  TREATY_HOLDS,
  TREATY_BINDS,
  TREATY_NOUNS,
  WITHDRAWING,
  type Family,
} from './lexicon/index.js';
import { DEMONYMS } from './countryNames.js';
import { RELATIVE_PRONOUNS, SPEECH_VERBS } from './lexicon/speech.js';
import { REPRESENTATIVES } from './lexicon/people.js';
import { CARDINAL_WORDS, numberValue, ORDINAL } from './numbers/value.js';
import { onFirstUse } from './rules/onFirstUse.js';
import { firstMatch, ruleTable, type Ruled } from './rules/rule.js';
import { DATELINE_CLOSE, rangeAt, startingIn, type Range } from './text.js';
import { announcedAct, isHeading, LIST_FAMILIES, partiesTold, tallyTold, withListStances } from './stanceLists.js';
import { itemAside, regionAside } from './listGlue.js';
import { ACT_OF_FAMILY, actOfWord } from './actOfWords.js';
import { aboutAnotherTreaty, referencesIn, sameTreaty } from './treaties.js';
import type { Act, CountryMention, Span, Stance, TreatyMention } from './types.js';

/** The families the stance rules are written in (part of the countries extractor's version). */
export const STANCE_FAMILIES: readonly Family[] = [
  ...LIST_FAMILIES,
  REPRESENTATIVES,
  SPEECH_VERBS,
  RELATIVE_PRONOUNS,
  PARENT_BOUND_INSTRUMENTS,
  SUBSIDIARY_INSTRUMENTS,
  PARENT_INSTRUMENTS,
  ABSENCES,
  ABSTAINING,
  ACCEDING,
  ACCEPTING,
  ACT_ADJUNCTS,
  ACT_REPEATED,
  ADOPTING,
  AGENT_PHRASES,
  BACK_REFERENCES,
  BECOMING,
  BOUND_NOUNS,
  CLAUSE_CONTRASTS,
  DOING_SO,
  HOSTING,
  LIST_CONTINUATIONS,
  LIST_COPULAS,
  LIST_JOINERS,
  LIST_DENIALS,
  LIST_UNIVERSALS,
  LATER_WORDS,
  SOON_WORDS,
  PERIOD_UNITS,
  NONE_OF_THEM,
  PARTY_QUALIFIERS,
  PERFECT_AUXILIARIES,
  SENTENCE_OPENERS,
  SEQUEL_LINKS,
  SHARED_SUBJECT_AFTER_BUT,
  SIGN_NOUN_FOLLOWERS,
  SIGN_NOUN_LEADS,
  SIGNING_NOUN_HEADS,
  STATE_ANAPHORS,
  STATE_NOUN,
  SUBJECT_ADVERBS,
  VOTES_CAST,
  VOTING,
  WISHES,
  APPEALS,
  APPROVING,
  ARRIVING,
  STATE_COPULAS,
  COUNTING_AS,
  PREVENTIONS,
  AS_DID,
  DENIAL_REPEATS,
  DENYING_DETERMINERS,
  UNDENYING_AFTER_NO,
  DONE_TO,
  RECENT_RANKS,
  COMPLETING,
  PROCEDURE_NOUNS,
  COUNTED_INTO,
  BOUND_STATUSES,
  BOUND_BY,
  OPTING_OUT,
  SET_APART_AFTER,
  MANDATES,
  IN_GROUP_PHRASES,
  BELONGING_VERBS,
  BACK_GROUPS,
  NO_ONE_SUBJECTS,
  MEMBER_NOUNS,
  SINGLE_UNITS,
  STANDING_ADVERBS,
  PRESENT_TIME,
  SO_FAR,
  OTHER_PARTY_KINDS,
  AUTHORITIES,
  BACKING,
  BELONGING,
  COMMITMENTS,
  CONSENTING,
  DEPOSITING,
  DEPOSIT_NOUNS,
  EXCEPTIONS,
  FOLLOWING,
  LEADING,
  GROUP_NOUNS,
  HANDING_OVER,
  INCLUSIONS,
  IN_FORCE_STATES,
  ENTRY_INTO_FORCE,
  INSTRUMENT_NOUNS,
  INTENTIONS,
  JOINING,
  LEAVING,
  LEGISLATURES,
  NEGATIONS,
  DENIAL_INTENSIFIERS,
  ACT_FORMALITY,
  RATIFYING,
  REFUSALS,
  REJECTIONS,
  REJOINING,
  RELATION_NOUNS,
  REPORTING,
  SIGNATURE_NOUNS,
  SIGNER_NOUNS,
  SIGNING,
  TREATY_HOLDS,
  TREATY_BINDS,
  TREATY_NOUNS,
  WITHDRAWING,
  NON_TREATY_PAPERS,
  PASSIVE_ADVERBS,
  BOUND_GROUP_HEADS,
];

/** What a clause rule reads: one clause of a sentence, with what the article has said so far. */
export interface ClauseContext {
  readonly a: TextAnalysis;
  readonly clause: Range;
  /** The clause with quotes folded, in lower case (same offsets as the text, from clause.start). */
  readonly lower: string;
  readonly treaties: readonly TreatyMention[];
  readonly mainKey: string | null;
  /** The clause says "it" of a sentence before that names only other treaties ("Russia never joined it"). */
  readonly refersToOther: boolean;
  /** The countries named in the clause, in order. */
  readonly names: readonly CountryName[];
  /** The last reading of a clause before this one that had a cue of its own. */
  readonly previous: ClauseReading | null;
  /** The stance each country code has had so far in the article. */
  readonly known: ReadonlyMap<string, ClauseReading>;
}

/** A clause's stance, the act it names, and which of the clause's countries it is about (all when absent). */
export interface ClauseReading {
  stance: Stance;
  act?: Act;
  /** The act of one country where the clause's countries did different things ("Chile signed and Peru ratified"). */
  actFor?: (name: Span) => Act;
  covers?: (name: Span) => boolean;
  /**
   * The covered names are only those the cue is about by form (the owners of "Pakistan's instrument"), not a choice
   * among the clause's names: the others are left to the rules after this one, which may read a cue of their own.
   */
  othersOpen?: boolean;
}

const src = (...families: Family[]): string => alternation(...families);
const ACT_VERBS = src(SIGNING, RATIFYING, ACCEDING, JOINING);
const ORDINAL_WORD = `(?:${ORDINAL.source.replace(/\\b/g, '')}|last|latest|next|only|most\\s+recent)`;
/** "the 20th", "the last", and "one of 153" (states that acted, counted): a rank among those who acted. */
const RANK_LEAD = `(?:${ORDINAL_WORD}|one\\s+of\\s+(?:the\\s+)?(?:\\p{N}[\\p{N},]*|${CARDINAL_WORDS.source}))`;
/**
 * The words of the ranked group before its "to" ("country from outside the region"), maybe a comma aside after them;
 * none of a plan or a request ("one of 40 states urged to ratify").
 */
const RANK_GAP = `(?:\\s+(?!${alternation(INTENTIONS)}(?![${LETTERS}]))[${LETTERS}\\p{N}-]+){0,5}(?:\\s*,[^,;]{1,40},)?`;

// ---------- cues and their surroundings ----------

interface Cue extends Range {
  family: Family;
  /** Offset of the cue inside ctx.lower. */
  at: number;
  word: string;
}

/** The marks of the families in the clause, in text order (a family listed first goes first at one offset). */
function cuesOf(ctx: ClauseContext, families: readonly Family[]): Cue[] {
  // Rules ask for cues of every clause of every sentence, and most clauses have none: a plain loop, no arrays
  // made per family.
  const cues: Cue[] = [];
  const from = ctx.clause.start;
  for (const family of families) {
    for (const { start, end } of ctx.a.marksIn(family, ctx.clause))
      cues.push({ start, end, family, at: start - from, word: ctx.lower.slice(start - from, end - from) });
  }
  return cues.length > 1 ? cues.sort((x, y) => x.start - y.start) : cues;
}

const beforeCue = (ctx: ClauseContext, c: Range, reach = 60): string =>
  ctx.lower.slice(Math.max(0, c.start - ctx.clause.start - reach), c.start - ctx.clause.start);
const afterCue = (ctx: ClauseContext, c: Range, reach = 60): string =>
  ctx.lower.slice(c.end - ctx.clause.start, c.end - ctx.clause.start + reach);

const INTENT_BEFORE = onFirstUse(
  () =>
    new RegExp(
      `(?<![${LETTERS}])${src(INTENTIONS)}\\s+(?:be\\s+|${src(BECOMING)}\\s+)?(?:an?\\s+|among\\s+the\\s+)?$`,
      'u',
    ),
);
/** "the 20th nation to ratify", "the first to withdraw": a rank among those who acted, not a plan. */
const RANK_BEFORE = onFirstUse(() => new RegExp(`\\b${RANK_LEAD}${RANK_GAP}\\s+to\\s+$`, 'u'));
const INTENT_BEFORE_RANK = onFirstUse(
  () => new RegExp(`${src(INTENTIONS)}\\s+(?:be|${src(BECOMING)})\\s+(?:among\\s+)?(?:the\\s+)?[^,;]*$`, 'u'),
);
/** "were quick to ratify", "went on to sign": how the act was done, not a plan ("will be quick to sign" is one). */
const DONE_TO_BEFORE = onFirstUse(() => new RegExp(`(?<![${LETTERS}])${src(DONE_TO)}\\s+$`, 'u'));
/** "voted to ratify": a parliament's vote is the deed. */
const VOTED_TO = onFirstUse(() => new RegExp(`\\b${src(VOTES_CAST)}\\s+(?:\\w+\\s+)?to\\s+$`));

/**
 * "recommends that the Government of Canada sign and ratify": a bare act verb in a "that" clause after a verb of asking
 * or requiring is the act asked for (a mandative subjunctive); "said that Chile signed" has no bare verb.
 */
const MANDATE_BEFORE = onFirstUse(() => new RegExp(`\\b${src(MANDATES)}\\s+that\\s+[^,;.]{1,80}$`, 'u'));
const BARE_VERB = onFirstUse(() => new RegExp(String.raw`^(?:[${LETTERS}]+(?<!ed|s|ing))$`, 'u'));
/** "Nigeria is signing the pact after long talks", "are joining this week": an act under way or about to be, not done. */
const PROGRESSIVE_BEFORE = onFirstUse(
  () => new RegExp(`\\b(?:is|are|am)\\s+(?:(?:${src(SUBJECT_ADVERBS)})\\s+)?$`, 'u'),
);
/** "demanded the exit of Chile", "called for Peru's withdrawal": a noun of acting as what is asked for. */
const MANDATED_NOUN_BEFORE = onFirstUse(
  () => new RegExp(`(?<![${LETTERS}])${src(MANDATES)}\\s+(?:(?:the|an?|its|their)\\s+|[${LETTERS}]+['’]s\\s+)?$`, 'u'),
);
/**
 * "the cabinet has approved joining", "ministers endorsed ratifying": a government's go-ahead for an act not yet done.
 * A parliament's approval is read as the ratification itself (see legislature-approved).
 */
const APPROVED_BEFORE = onFirstUse(() => new RegExp(`(?<![${LETTERS}])${src(APPROVING)}\\s+$`, 'u'));

/** Whether the act at the cue is only planned, wished, expected or possible ("set to sign", "will join"). */
function isIntended(ctx: ClauseContext, c: Range): boolean {
  const word = ctx.lower.slice(c.start - ctx.clause.start, c.end - ctx.clause.start);
  if (BARE_VERB().test(word) && MANDATE_BEFORE().test(beforeCue(ctx, c, 120))) return true;
  if (MANDATED_NOUN_BEFORE().test(beforeCue(ctx, c, 40))) return true;
  if (word.endsWith('ing') && PROGRESSIVE_BEFORE().test(beforeCue(ctx, c, 30))) return true;
  if (
    word.endsWith('ing') &&
    APPROVED_BEFORE().test(beforeCue(ctx, c, 30)) &&
    !LEGISLATURE().test(ctx.lower.slice(0, c.start - ctx.clause.start))
  )
    return true;
  const before = beforeCue(ctx, c);
  const rank = RANK_BEFORE().exec(before);
  if (rank)
    return INTENT_BEFORE_RANK().test(ctx.lower.slice(0, c.start - ctx.clause.start - before.length + rank.index));
  const done = DONE_TO_BEFORE().exec(before);
  if (done) return INTENT_BEFORE_RANK().test(before.slice(0, done.index));
  return INTENT_BEFORE().test(before) && !VOTED_TO().test(before);
}

/** "carrying hand-painted signs", "the signs read", "a signing ceremony": the noun, not the verb. */
const SIGN_NOUN_BEFORE = onFirstUse(() => new RegExp(`\\b(?:${src(SIGN_NOUN_LEADS)}|[\\w-]+ed|[\\w-]+ful|\\d+)\\s+$`));
const SIGN_NOUN_AFTER = onFirstUse(() => new RegExp(`^\\s+${src(SIGN_NOUN_FOLLOWERS)}\\b|^\\s*[,.;:)]`));
const SIGNING_NOUN_BEFORE = onFirstUse(() => /\b(?:a|an|the|at|its|this|that|during|after|before|since|for|of)\s+$/);
const SIGNING_NOUN_AFTER = onFirstUse(() => new RegExp(`^\\s+${src(SIGNING_NOUN_HEADS)}\\b`));

function isNoun(ctx: ClauseContext, c: Cue): boolean {
  if (c.word === 'signs') {
    return SIGN_NOUN_BEFORE().test(beforeCue(ctx, c, 30)) || SIGN_NOUN_AFTER().test(afterCue(ctx, c, 20));
  }
  if (c.word === 'signing')
    return SIGNING_NOUN_BEFORE().test(beforeCue(ctx, c, 12)) || SIGNING_NOUN_AFTER().test(afterCue(ctx, c, 20));
  return false;
}

const OBJECT_REACH = 40;
/**
 * "signed a trade deal", "signed into law", "put its name forward": the object is some other instrument or a
 * candidacy, unless a treaty reference follows.
 */
const OTHER_OBJECT = onFirstUse(() => /^\s+(?:a|an|into|forward)\b/);
/** "the signatories of a joint letter", "signers of the protest statement": signers of a paper that binds no one. */
const OF_A_PAPER = onFirstUse(
  () =>
    new RegExp(
      `^\\s+(?:of|to)\\s+(?:(?:the|a|an|this|that|their|its)\\s+)?(?:[${LETTERS}-]+\\s+){0,2}?${src(NON_TREATY_PAPERS)}(?![${LETTERS}])`,
      'iu',
    ),
);

function ourTreatyAt(ctx: ClauseContext, at: number, reach = OBJECT_REACH): boolean {
  return referencesIn(ctx.treaties, at, at + reach).some(
    (t) => (!t.key && !isParentOfOurs(ctx, t)) || (ctx.mainKey !== null && sameTreaty(t.key, ctx.mainKey)),
  );
}

const PARENT_BOUND = onFirstUse(() => wordsOf(PARENT_BOUND_INSTRUMENTS, 'iu'));
const PARENT_NOUN = onFirstUse(() => new RegExp(`^(?:the\\s+)?${src(PARENT_INSTRUMENTS)}$`, 'i'));

/** "the Convention" in an article about a protocol or an amendment: the convention it was made under, not ours. */
function isParentOfOurs(ctx: ClauseContext, t: TreatyMention): boolean {
  return !t.key && ctx.mainKey !== null && PARENT_BOUND().test(ctx.mainKey) && PARENT_NOUN().test(t.name.trim());
}

/**
 * "joined in 2024.", "pulled out last year,", "followed two years later.", "followed soon after.": a time phrase, or
 * nothing, then the clause's end: the verb has no object of its own.
 */
const TIME_THEN_STOP = onFirstUse(
  () =>
    new RegExp(
      `^\\s*(?:${src(ACT_ADJUNCTS)}\\b[^,.;]{0,30}|(?:(?:an?|${CARDINAL_WORDS.source}|\\p{N}+)\\s+` +
        `${src(PERIOD_UNITS)}|${src(SOON_WORDS)})\\s+${src(LATER_WORDS)})?\\s*(?:[,.;:)]|$)`,
      'u',
    ),
);
/**
 * "joined as a party", "joined the convention", "joined it", "joined in 2024.": joining the treaty, not talks or a
 * group. "later joined them." or "joined them in 2010": the states told before, with no deed of their own after
 * ("joined them in criticising the draft" is not joining the treaty).
 */
const JOINS_TREATY = onFirstUse(
  () =>
    new RegExp(
      `^\\s+(?:(?:as\\s+an?\\s+|the\\s+)(?:[${LETTERS}-]+\\s+){0,3}?(?:${src(TREATY_NOUNS)}|${src(BELONGING)}|${src(SIGNATURE_NOUNS)})\\b|it\\b|` +
        `them(?=\\s*(?:[,.;:)]|$)|\\s+${src(ACT_ADJUNCTS)}\\s+(?![${LETTERS}]+ing\\b)))`,
      'u',
    ),
);

/**
 * "accepted in April 2023 and the EU in June": a time phrase, then "and" and the next state of a gapped verb; not a
 * phrase with an article ("joined in the criticism and Chile in the protests": an object of sorts).
 */
const TIME_THEN_GAPPED = onFirstUse(
  () => new RegExp(`^\\s*${src(ACT_ADJUNCTS)}\\b(?!\\s+(?:the|an?)\\b)[^,.;]{0,30}?\\s+and\\s+(?:the\\s+)?$`, 'u'),
);

const ACCEPTANCE_OF = onFirstUse(() => /^\s+(?:of|an?|into|forward)\b/);

/** Whether an act verb or noun is about the article's treaty as far as its object tells. */
function actsOnOurTreaty(ctx: ClauseContext, c: Cue): boolean {
  const after = afterCue(ctx, c);
  // Joining talks or accepting a ruling is no act: these verbs need the treaty for object, or none at all.
  if (c.family === JOINING || (c.family === ACCEPTING && !NOUN_FORM().test(c.word))) {
    if (c.family === JOINING && joinedAsPassiveSubject(ctx, c)) return true;
    const next = ctx.names.find((n) => n.start >= c.end);
    const gapped = next && TIME_THEN_GAPPED().test(ctx.a.folded.slice(c.end, next.start).toLowerCase());
    // "joined after the review conference", as "pulled out after the coup": an event told after, no object.
    return JOINS_TREATY().test(after) || TIME_THEN_STOP().test(after) || SEQUEL_AFTER().test(after) || Boolean(gapped);
  }
  // "Chile's acceptance of the ruling": an acceptance of something named is ours only when the treaty is named.
  if (c.family === ACCEPTING) return !ACCEPTANCE_OF().test(after) || ourTreatyAt(ctx, c.end);
  return (
    (!(OTHER_OBJECT().test(after) || OF_A_PAPER().test(after)) || ourTreatyAt(ctx, c.end)) &&
    !actsOnSubsidiary(ctx, c, after)
  );
}

/**
 * "signed protocols to the treaty", "ratified the pact's implementing agreement": an instrument beside ours as the
 * object; not "the convention and its protocol" (the treaty comes first) nor "its protocol of accession" or "accession
 * protocols" (to ours: signing one is acceding).
 */
const SUBSIDIARY_OBJECT = onFirstUse(
  () =>
    new RegExp(
      `^\\s+(?:(?:the|its|their|these|those)\\s+)?` +
        `(?:(?!(?:and|or|${src(TREATY_NOUNS)}|${src(ACCEDING, RATIFYING)})\\s)[${LETTERS}\\p{N}'’-]+\\s+){0,3}?` +
        `(?:${src(SUBSIDIARY_INSTRUMENTS)})(?![${LETTERS}])(?!\\s+(?:of|for)\\s+(?:${src(ACCEDING, RATIFYING)}))`,
      'u',
    ),
);
/** Whether the act's object is an unnamed protocol or the like, in an article whose treaty is none of those. */
function actsOnSubsidiary(ctx: ClauseContext, c: Cue, after: string): boolean {
  const m = SUBSIDIARY_OBJECT().exec(after);
  if (!m || PARENT_BOUND().test(ctx.mainKey ?? '')) return false;
  // "ratified the Optional Protocol", a treaty named: the treaty references decide whose it is, not this noun.
  const noun = c.end + m[0].length;
  return !referencesIn(ctx.treaties, c.end, noun).some((t) => t.end >= noun);
}

/**
 * The auxiliary of a passive verb, as a pattern source: "has been", "was", "is"; `between` may stand between a perfect
 * auxiliary and "been" ("has since been").
 */
const passiveAuxiliary = (between: string): string =>
  `(?:${src(PERFECT_AUXILIARIES)}\\s+${between}been|is|are|was|were)`;
/** "was joined by", "has since been joined by": a passive verb's auxiliary and adverbs, up to the verb. */
const PASSIVE_AUXILIARY = onFirstUse(
  () =>
    new RegExp(
      `(?:^|\\s)${passiveAuxiliary(`(?:${src(PASSIVE_ADVERBS)}\\s+)?`)}\\s+(?:${src(PASSIVE_ADVERBS)}\\s+)?$`,
      'u',
    ),
);
/** The treaty's own pronoun as a clause's subject, after a short opening ("It was", "Since then it has been"). */
const PRONOUN_SUBJECT = onFirstUse(() => new RegExp(`^\\W*(?:[${LETTERS}]+,?\\s+){0,3}(?:it|which)\\s*$`, 'u'));

/**
 * "The pact was later joined by Peru and Fiji", "it has since been joined by Peru": our treaty (or "it", in an article
 * about one) the subject of a passive "joined by", so the states after "by" joined it. Not "the talks were joined by".
 */
function joinedAsPassiveSubject(ctx: ClauseContext, c: Cue): boolean {
  if (!/^\s+by\b/.test(afterCue(ctx, c))) return false;
  const before = ctx.a.folded.slice(ctx.clause.start, c.start).toLowerCase();
  const auxiliary = PASSIVE_AUXILIARY().exec(before);
  if (!auxiliary) return false;
  const subject = referencesIn(ctx.treaties, ctx.clause.start, ctx.clause.start + auxiliary.index).at(-1);
  if (subject) return ourTreatyAt(ctx, subject.start, 1);
  return ctx.mainKey !== null && PRONOUN_SUBJECT().test(before.slice(0, auxiliary.index));
}

/** The instrument a deposit hands over: the kind named nearest the verb, before it or after ("instruments of accession were deposited"). */
function depositedAct(ctx: ClauseContext, c: Cue): Act {
  const kinds = cuesOf(ctx, [ACCEDING, RATIFYING]);
  const distance = (k: Cue) => (k.start >= c.end ? k.start - c.end : c.start - k.end);
  const nearest = kinds.sort((x, y) => distance(x) - distance(y))[0];
  return nearest?.family === ACCEDING ? 'acceded' : 'ratified';
}

/** The act an act word names; deposits name the instrument they hand over. */
function actOf(ctx: ClauseContext, c: Cue): Act {
  if (c.family === ACCEPTING || c.family === PROCEDURE_NOUNS) return 'ratified';
  if (c.family === DEPOSITING || c.family === HANDING_OVER || c.family === INSTRUMENT_NOUNS)
    return depositedAct(ctx, c);
  return ACT_OF_FAMILY.find(([family]) => family === c.family)?.[1] ?? 'signed';
}

/** "Kenya's neighbour", "Nigeria's largest trading partners": an owner named only for what stands beside it. */
const RELATION_OWNED = onFirstUse(
  () => new RegExp(`^['’]s\\s+(?:[${LETTERS}-]+\\s+){0,3}?${src(RELATION_NOUNS)}(?![${LETTERS}])`, 'iu'),
);
const ownsRelation = (ctx: ClauseContext, n: Span): boolean =>
  RELATION_OWNED().test(ctx.a.folded.slice(n.end, n.end + 60));

/** "which signed in 2023", "that ratified it": an act told in a relative clause, background to the main verb. */
const RELATIVE_BEFORE = onFirstUse(
  () => new RegExp(String.raw`\b(?:which|who|that|whom)\s+(?:[${LETTERS}-]+\s+){0,3}$`, 'u'),
);

/**
 * "Chile, which ratified in 2005, says Russian forces…": when every deed of a clause is told in a relative clause, it
 * is about the names inside that relative clause, or else the list it hangs from, not the rest of the clause.
 */
function relativeOnly(ctx: ClauseContext, cues: readonly Cue[]): { covers?: (name: Span) => boolean } {
  const heads: CountryName[] = [];
  for (const c of cues) {
    const before = beforeCue(ctx, c, 40);
    const m = RELATIVE_BEFORE().exec(before);
    if (!m) return {};
    const pronounAt = c.start - before.length + m.index;
    const inside = ctx.names.filter((n) => n.start > pronounAt && n.end <= c.start);
    const head = ctx.names.findLastIndex((n) => n.end <= pronounAt);
    // The relative clause hangs from a name only when it follows it at once ("Chile, which…", not "the states that…").
    const hangs = head >= 0 && /^\s*,?\s*$/.test(ctx.a.folded.slice(ctx.names[head].end, pronounAt));
    if (!inside.length && !hangs) return {};
    heads.push(...(inside.length ? inside : listAround(ctx.names, head, ctx.a.folded)));
  }
  return { covers: inSet(heads) };
}

/**
 * Each country's act among a clause's deeds: the first main-clause deed after its name, else the first deed after it,
 * else the clause's first ("Chile signed and Peru ratified"; "Sweden, which signed in 2023, ratified it").
 */
function actsByName(ctx: ClauseContext, cues: readonly Cue[]): (name: Span) => Act {
  const main = cues.filter((c) => !RELATIVE_BEFORE().test(beforeCue(ctx, c, 40)));
  return (name) => {
    const cue = main.find((c) => c.start >= name.end) ?? cues.find((c) => c.start >= name.end) ?? cues[0];
    return actOf(ctx, lastCoordinated(ctx, cues, cue));
  };
}

/** "has signed and ratified": verbs joined by "and" share one subject, whose act is the last, the furthest along. */
const COORDINATED = onFirstUse(
  () =>
    new RegExp(
      `^[^,;]*?\\s(?:${src(LIST_JOINERS)}|but)\\s+(?:${src(PERFECT_AUXILIARIES)}\\s+)?(?:${src(SUBJECT_ADVERBS)}\\s+)?$`,
      'u',
    ),
);
/** How far along an act is: a ratification or accession binds, a signature does not yet. */
const ACT_RANK: Record<Act, number> = { signed: 0, joined: 1, ratified: 2, acceded: 2, withdrew: 0 };

/**
 * "signed the pact in 2019 and ratified it in 2021": verbs joined by "and" or "but" with no other subject between
 * share the first one's subject, whose act is the one furthest along.
 */
function lastCoordinated(ctx: ClauseContext, cues: readonly Cue[], cue: Cue): Cue {
  let last = cue;
  let best = cue;
  for (let i = cues.indexOf(cue) + 1; i < cues.length; i++) {
    const between = ctx.lower.slice(last.end - ctx.clause.start, cues[i].at);
    if (!COORDINATED().test(between) || ctx.names.some((n) => n.start >= last.end && n.end <= cues[i].start)) break;
    last = cues[i];
    if (ACT_RANK[actOf(ctx, last)] > ACT_RANK[actOf(ctx, best)]) best = last;
  }
  return best;
}

/** "parties", "states parties": the group whose members a list after a plan may name. */
const PARTIES_WORD = onFirstUse(() => new RegExp(`(?<![${LETTERS}])(?:${BOUND_NOUN})(?![${LETTERS}])`, 'u'));
/** ", among them", "including": a list of members of a group named before it starts here. */
const MEMBERS_LATER = onFirstUse(() => new RegExp(`(?<![${LETTERS}])(?:${src(MEMBERS_NAMED)})(?![${LETTERS}])`, 'u'));
/** "on behalf of the", "on behalf of": the phrase right before a name that the act was done for. */
const FOR_WHOM_BEFORE = onFirstUse(() => new RegExp(`(?:${src(AGENT_PHRASES)})\\s+(?:the\\s+)?$`, 'u'));
/**
 * "Spain's minister signed the pact on behalf of the European Union": when the act is said done for states named after
 * it, those and the names listed after them acted, not the owner of the one who signed; null when none is named.
 */
function actedFor(ctx: ClauseContext, cue: Range): ((n: Span) => boolean) | null {
  const text = ctx.a.folded;
  const first = ctx.names.find(
    (n) => n.start >= cue.end && FOR_WHOM_BEFORE().test(text.slice(Math.max(cue.end, n.start - 30), n.start)),
  );
  return first ? (n) => n.start >= first.start : null;
}

/**
 * "Chile said Peru had signed": a name whose words lead to the act only through a verb of saying and another
 * country, the subject of what it says, is the speaker, not one of those acting.
 */
function speakersBefore(ctx: ClauseContext, cue: Range): (n: Span) => boolean {
  return (n) =>
    n.end <= cue.start &&
    ctx.names.some(
      (other) =>
        other.start > n.end &&
        other.end <= cue.start &&
        REPORTED().test(ctx.lower.slice(n.end - ctx.clause.start, other.start - ctx.clause.start)),
    );
}

// ---------- which countries a cue is about ----------

const LIST_GLUE = onFirstUse(
  () =>
    new RegExp(`^(?:['’]s\\b)?(?:\\s*(?:,|${itemAside()}|\\(|\\)|&|\\b${src(LIST_JOINERS)}\\b|\\bthe\\b)\\s*)*$`, 'i'),
);

/**
 * The run of countries around `i` joined only by commas, "and", "&" or parentheses, a short one or a date after an
 * item included ("Chile (March 2019), Peru (2020) and Fiji", "Chile on 3 May, Peru in June and Fiji"), each maybe a
 * possessive ("Chile's, Peru's and Fiji's instruments"): one list.
 */
function listAround(names: readonly CountryName[], i: number, text: string): CountryName[] {
  let first = i;
  let last = i;
  while (first > 0 && LIST_GLUE().test(text.slice(names[first - 1].end, names[first].start))) first--;
  while (last + 1 < names.length && LIST_GLUE().test(text.slice(names[last].end, names[last + 1].start))) last++;
  return names.slice(first, last + 1);
}

const inSet = (set: readonly Span[]) => (n: Span) => set.some((m) => m.start === n.start);

/**
 * "Indonesia's ratification", "ratification by Mexico and Argentina", "Chile and Peru have now completed ratification":
 * the list a noun of acting belongs to, its owner or the subject of a verb that completes it.
 */
const OWNER_BEFORE = onFirstUse(
  () =>
    new RegExp(
      // A short comma aside may stand between the owner and the verb ("Turkey, by contrast, put its signature to…").
      `^(?:'s\\s+(?:[${LETTERS}-]+\\s+){0,2}|(?:\\s*,[^,]{1,30},)?(?:\\s+(?:(?:${src(SUBJECT_ADVERBS)})\\s+)*${src(COMPLETING)}\\s+` +
        `(?:(?:its|their|the)\\s+)?(?:[${LETTERS}-]+\\s+)?|\\s+))$`,
      'u',
    ),
);
/**
 * "ratification by Mexico", "the accession of Chile", "accession of Chile to the pact by decree"… and the noun as the
 * subject of a passive or perfect verb whose agent or source is the owner: "the second ratification was registered, by
 * Fiji", "instruments were also received from Chile", "instruments have since arrived from Peru", "instruments were
 * lodged on behalf of Chile"; a time phrase or a
 * dash aside may come before the agent ("deposits on Friday — by Chile and Peru"). The "of" phrase holds no verb: in "the
 * ratification of the pact was welcomed by Chile" the one welcoming is not the one ratifying.
 */
const AGENT_AFTER = onFirstUse(
  () =>
    new RegExp(
      `^\\s+(?:of\\s+(?:the\\s+)?(?:(?!(?:${src(PERFECT_AUXILIARIES)}|is|are|was|were)\\s)[${LETTERS}\\p{N}()-]+\\s+){0,8}?)?` +
        `(?:(?:(?:${src(PERFECT_AUXILIARIES)}(?:\\s+been)?|is|are|was|were)\\s+)?(?:(?:${src(SUBJECT_ADVERBS)}|since|[${LETTERS}]+ly)\\s+)*` +
        `(?:${src(ARRIVING, HANDING_OVER, DEPOSITING)})\\s*,?\\s+)?(?:${src(ACT_ADJUNCTS)}\\s+[${LETTERS}\\p{N}]+(?:\\s+\\p{N}+)?\\s*)?[,—–]?\\s*` +
        `(?:by|from|${src(AGENT_PHRASES)})\\s+(?:the\\s+)?$|^\\s+of\\s+(?:the\\s+)?$|` +
        // "The signatures, in the order called, were those of Canada, Chile…": the noun said to be the states'.
        `^\\s*(?:,[^,]{1,40},)?\\s*(?:is|are|was|were)\\s+(?:those|that)\\s+of\\s+(?:the\\s+)?$`,
      'u',
    ),
);

/** Whether the country name is the agent named after the noun ("deposits by Chile"). */
const isAgentAfter = (ctx: ClauseContext, c: Range, n: Span): boolean =>
  n.start >= c.end && AGENT_AFTER().test(ctx.a.folded.slice(c.end, n.start));

function ownersOf(ctx: ClauseContext, c: Range): CountryName[] {
  const text = ctx.a.folded;
  const i = ctx.names.findIndex(
    (n) => (n.end <= c.start && OWNER_BEFORE().test(text.slice(n.end, c.start))) || isAgentAfter(ctx, c, n),
  );
  return i < 0 ? [] : listAround(ctx.names, i, text);
}

const wordCount = (text: string): number => text.split(/\s+/).filter(Boolean).length;
/** Words, the mark's own included, that may stand between an inclusion mark and its list ("— by the", "including"). */
const INCLUSION_REACH_WORDS = 4;
/**
 * Words of a description that may stand there when no punctuation does ("among them the South American neighbours
 * Argentina and Chile"): a noun phrase naming the list, not a clause of its own.
 */
const DESCRIBED_REACH_WORDS = 7;
const reachesList = (between: string): boolean =>
  wordCount(between) <= INCLUSION_REACH_WORDS ||
  (wordCount(between) <= DESCRIBED_REACH_WORDS && !/[,;:()]/.test(between.slice(1)));
/** A dash as typed or as plain text writes it, one or two hyphens between spaces ("ratified - Chile, Peru -"). */
const DASH = String.raw`(?:[—–]|\s--?(?=\s))`;
const INCLUSION = onFirstUse(() => new RegExp(`(?:\\b${src(INCLUSIONS)}\\b|:|\\(|${DASH}|\\bby\\b)`, 'gu'));

/** Where, after the cue, a list of included states opens ("…, including Chile"); null when none does. */
function inclusionAfter(ctx: ClauseContext, c: Range): number | null {
  const rest = ctx.lower.slice(c.end - ctx.clause.start);
  const m = new RegExp(INCLUSION().source, 'u').exec(rest);
  return m ? c.end + m.index : null;
}

/** "44 nations signed", "six more states have ratified": the subject is a counted group, not the countries around. */
const GROUP_SUBJECT = onFirstUse(() => new RegExp(`\\b${src(GROUP_NOUNS)}\\s+(?:${src(SUBJECT_ADVERBS)}\\s+)*$`, 'u'));

/** Where the counted group that is the cue's subject begins; null when the subject is not a counted group. */
function groupSubjectAt(ctx: ClauseContext, c: Range): number | null {
  const before = beforeCue(ctx, c, 50);
  const m = GROUP_SUBJECT().exec(before);
  if (!m) return null;
  const groupAt = c.start - before.length + m.index;
  // "the United States signed": the noun ends a country's name.
  return ctx.names.some((n) => n.end > groupAt && n.start < c.start) ? null : groupAt;
}

/**
 * "the EU and several of its member states joined", "Chile and five other nations signed", "the depositaries — A, B and
 * C — and 40 other states ratified": names joined to the group, maybe closing a dash aside.
 */
const JOINED_TO_GROUP = onFirstUse(
  () => new RegExp(`^\\s*[,—–]?\\s*${src(LIST_JOINERS)}\\s+(?:[${LETTERS}\\p{N}-]+\\s+){0,4}$`, 'u'),
);

function joinedToGroup(ctx: ClauseContext, groupAt: number): CountryName[] {
  const last = ctx.names.findLastIndex((n) => n.end <= groupAt);
  if (last < 0 || !JOINED_TO_GROUP().test(ctx.a.folded.slice(ctx.names[last].end, groupAt))) return [];
  return listAround(ctx.names, last, ctx.a.folded);
}

/** "…, Chile and Peru among them", "…, Chile included": a mark after a list that names it members of the group. */
const MEMBERS_CLOSE = onFirstUse(
  () => new RegExp(`^\\s*,?\\s*(?:${src(MEMBERS_NAMED)}|${src(COUNTED_INTO)})(?![${LETTERS}])`, 'u'),
);

/** The list after the cue that a members mark closes ("ratified it, Chile and Peru among them"); none if none does. */
function closedListAfter(ctx: ClauseContext, cue: Cue): CountryName[] {
  const first = ctx.names.findIndex((n) => n.start >= cue.end);
  const list = first < 0 ? [] : listAround(ctx.names, first, ctx.a.folded);
  const last = list[list.length - 1];
  return last && MEMBERS_CLOSE().test(ctx.lower.slice(last.end - ctx.clause.start)) ? list : [];
}

/**
 * What a deed of a counted group covers: the states an inclusion after it lists, a list a members mark closes, and
 * those joined to the group.
 */
function groupCovers(ctx: ClauseContext, cue: Cue, groupAt: number): (name: Span) => boolean {
  const from = inclusionAfter(ctx, cue);
  const closed = inSet(closedListAfter(ctx, cue));
  const joined = inSet(joinedToGroup(ctx, groupAt));
  // The list opens at once after the mark ("— Chile and Peru", ": Oman"), not several words on ("— about 40 short
  // of the total, since the arrival of Fiji").
  const opens = from === null ? undefined : ctx.names.find((n) => n.start > from);
  const listFrom =
    from !== null && opens && reachesList(ctx.a.folded.slice(from, opens.start)) ? opens.start : Infinity;
  return (n) => n.start >= listFrom || joined(n) || closed(n);
}

/**
 * The actors of a withdrawal: the list of countries nearest before the cue, unless only their words lead to it
 * ("the US has said withdrawing would…"), and after it those a link word ties to it ("withdrawal of Russia").
 */
const LINKED_AFTER = onFirstUse(
  () => new RegExp(`^[^,;]{0,40}?\\b(?:of|by|from|${src(INCLUSIONS)})\\s+(?:the\\s+)?$`, 'u'),
);
const REPORTED = onFirstUse(() => new RegExp(`\\b${src(REPORTING)}\\b`, 'u'));
/** "Peru said it had decided to pull out": the speaker's own act, told with a pronoun that points back to it. */
const REPORTED_OWN = onFirstUse(() => new RegExp(`\\b${src(REPORTING)}\\s+(?:that\\s+)?(?:it|they)\\b`, 'u'));

function actorsAround(ctx: ClauseContext, c: Range): (n: Span) => boolean {
  const between = (from: number, to: number): string => ctx.lower.slice(from - ctx.clause.start, to - ctx.clause.start);
  const nearest = ctx.names.findLastIndex((n) => n.end <= c.start);
  const words = nearest >= 0 ? between(ctx.names[nearest].end, c.start) : '';
  const subject =
    nearest >= 0 && (!REPORTED().test(words) || REPORTED_OWN().test(words))
      ? listAround(ctx.names, nearest, ctx.a.folded)
      : [];
  return (n) =>
    subject.some((m) => m.start === n.start) || (n.start >= c.end && LINKED_AFTER().test(between(c.end, n.start)));
}

// ---------- the acts ----------

/**
 * "Kenya, host of the last Basel Convention meeting, signed": a noun phrase set off by commas after a country's name, with
 * no verb in it, describes the country; a treaty it names is background, not the object of the clause's act.
 */
const APPOSITION = onFirstUse(
  () =>
    new RegExp(
      `^,\\s+(?!${src(RELATIVE_PRONOUNS)}\\b|${src(LIST_JOINERS)}\\b)(?:(?!\\b(?:${src(PERFECT_AUXILIARIES)}|is|are|was|were|will|would|${ACT_VERBS})\\b)[^,;()])+,`,
      'iu',
    ),
);

function inApposition(ctx: ClauseContext, t: Range): boolean {
  return ctx.names.some((n) => {
    if (n.end > t.start) return false;
    const m = APPOSITION().exec(ctx.a.folded.slice(n.end, ctx.clause.end));
    return !!m && t.end <= n.end + m[0].length;
  });
}

/** A cue whose object is another treaty says nothing of ours. */
const aboutOthers = (ctx: ClauseContext): boolean =>
  ctx.refersToOther ||
  aboutAnotherTreaty(
    ctx.clause.start,
    ctx.clause.end,
    ctx.treaties.filter((t) => !inApposition(ctx, t)),
    ctx.mainKey,
  ) ||
  onlyParent(ctx);

/** The clause names no treaty but the parent convention of ours ("has never joined the Convention itself"). */
function onlyParent(ctx: ClauseContext): boolean {
  const here = referencesIn(ctx.treaties, ctx.clause.start, ctx.clause.end);
  return here.length > 0 && here.every((t) => isParentOfOurs(ctx, t));
}

/** A withdrawal word whose object is a treaty, the court or body it made, or nothing ("pulled out in 2001"). */
const WITHDRAWS_FROM = onFirstUse(
  () =>
    new RegExp(
      `^\\s+(?:(?:its|their|his|her)\\s+)?(?:(?:${src(STATE_NOUN)}|membership|${src(RATIFYING, SIGNATURE_NOUNS)})\\s+)?from\\s+(?:the\\s+)?\\p{Lu}`,
      'u',
    ),
);

/** "withdrew its signature", "revoked their ratification": taking back one's own act is leaving the treaty. */
const OWN_ACT_TAKEN_BACK = onFirstUse(
  () => new RegExp(`^\\s+(?:its|their)\\s+${src(RATIFYING, SIGNATURE_NOUNS, ACCEDING)}(?![${LETTERS}])`, 'u'),
);

/**
 * "withdrew its reservations to the convention", "the withdrawal of objections under the pact": what is taken back is
 * a thing the treaty is only the complement of; not "pulled out of", "withdrew from", "withdrew as a State Party to".
 */
const THING_OF_TREATY = onFirstUse(
  () => new RegExp(`^\\s+[^,;:]*?[${LETTERS}]\\s+(?:to|on|against|under|about)\\s+(?:the\\s+)?$`, 'u'),
);
const LEAVES_OWN_STANDING = onFirstUse(
  () =>
    new RegExp(
      `(?<![${LETTERS}])(?:from|out\\s+of|membership|${src(BOUND_NOUNS, RATIFYING, SIGNATURE_NOUNS, ACCEDING)})(?![${LETTERS}])`,
      'u',
    ),
);
/** Whether the treaty named after a withdrawal word is only the complement of some other thing withdrawn. */
function withdrawsThingOf(ctx: ClauseContext, c: Cue, treaty: TreatyMention): boolean {
  const between = ctx.a.folded.slice(c.end, treaty.start).toLowerCase();
  return THING_OF_TREATY().test(between) && !LEAVES_OWN_STANDING().test(between);
}

function leavesOrJoinsOurs(ctx: ClauseContext, c: Cue): boolean {
  const after = afterCue(ctx, c);
  if (c.family === WITHDRAWING && OWN_ACT_TAKEN_BACK().test(after)) return !aboutOthers(ctx);
  const named = referencesIn(ctx.treaties, c.end, c.end + 60).filter((t) => t.end <= ctx.clause.end);
  if (named.length)
    return !(c.family === WITHDRAWING && withdrawsThingOf(ctx, c, named[0])) && ourTreatyAt(ctx, c.end, 60);
  const original = ctx.a.text.slice(c.end, Math.min(ctx.clause.end, c.end + 60));
  if (WITHDRAWS_FROM().test(original))
    return !ctx.names.some(
      (n) => n.start > c.end && n.start < c.end + 60 && /from\s+(?:the\s+)?$/.test(ctx.a.text.slice(c.end, n.start)),
    );
  if (withdrawalOwner(ctx, c)) return !aboutOthers(ctx);
  return TIME_THEN_STOP().test(after) || SEQUEL_AFTER().test(after);
}

/**
 * "the exit of Russia", "the denunciation by Hungary": a withdrawal noun whose owner, a state, follows it, with nothing
 * it leaves named after it, leaves the article's treaty. Not "the withdrawal of Russian troops" (a demonym qualifies
 * a noun) nor "of Russia's forces" or "of Chile from the trade bloc" (another object).
 */
const WITHDRAWAL_AGENT = onFirstUse(() => /^\s+(?:of|by)\s+(?:the\s+)?$/);
const OWNER_OBJECT_AFTER = onFirstUse(() => /^(?:['’]s\b|\s+from\b)/);

function withdrawalOwner(ctx: ClauseContext, c: Cue): boolean {
  const text = ctx.a.folded;
  const owner = ctx.names.find((n) => n.start > c.end && WITHDRAWAL_AGENT().test(text.slice(c.end, n.start)));
  return (
    !!owner &&
    !DEMONYMS[owner.code]?.includes(owner.name) &&
    !OWNER_OBJECT_AFTER().test(text.slice(owner.end, owner.end + 8))
  );
}

const SEQUEL_AFTER = onFirstUse(() => new RegExp(`^\\s+${src(SEQUEL_LINKS)}\\b`));
const COMMITTED = onFirstUse(() => new RegExp(`\\b${src(COMMITMENTS)}\\b`, 'u'));

/** "the convention, which Poland left": the treaty the relative clause holding the cue is about. */
const RELATIVE_OBJECT_BETWEEN = onFirstUse(() => /^,?\s+(?:which|that)\s+[^,;]{0,60}$/);

/**
 * "left the convention", "the convention, which Poland left": a plain verb of leaving withdraws only with our treaty
 * as its direct object, after it or before it in a relative clause.
 */
function leavesOurTreaty(ctx: ClauseContext, c: Cue): boolean {
  const after = referencesIn(ctx.treaties, c.end, c.end + OBJECT_REACH)[0];
  if (after && REJECTED_OBJECT().test(ctx.lower.slice(c.end - ctx.clause.start, after.start - ctx.clause.start)))
    return ourTreatyAt(ctx, after.start, 1);
  const before = referencesIn(ctx.treaties, ctx.clause.start, c.start).at(-1);
  return (
    !!before &&
    RELATIVE_OBJECT_BETWEEN().test(ctx.lower.slice(before.end - ctx.clause.start, c.start - ctx.clause.start)) &&
    ourTreatyAt(ctx, before.start, 1)
  );
}

function withdrawals(ctx: ClauseContext): { committed: Cue[]; intended: Cue[] } {
  const committed: Cue[] = [];
  const intended: Cue[] = [];
  for (const c of cuesOf(ctx, [WITHDRAWING, LEAVING])) {
    if (!(c.family === LEAVING ? leavesOurTreaty(ctx, c) : leavesOrJoinsOurs(ctx, c))) continue;
    const planned = isIntended(ctx, c) && !COMMITTED().test(ctx.lower.slice(0, c.at));
    (planned ? intended : committed).push(c);
  }
  return { committed, intended };
}

const NEGATED_ACT = onFirstUse(
  () =>
    new RegExp(
      `${src(NEGATIONS)}\\s+(?:(?:${src(DENIAL_INTENSIFIERS)}|${src(ACT_FORMALITY)})\\s+){0,2}(?:yet\\s+|already\\s+|to\\s+(?:have\\s+)?|be\\s+|have\\s+|been\\s+|${src(BECOMING)}\\s+(?:an?\\s+)?|` +
        `${src(WISHES)}\\s+to\\s+)?(?:${ACT_VERBS}|${src(DEPOSITING)}|${src(SIGNATURE_NOUNS)}|${src(BELONGING)}|${src(BACKING)}|` +
        `(?:an?\\s+)?${src(BOUND_NOUNS)}|${src(ACT_REPEATED)})(?![${LETTERS}])`,
      'u',
    ),
);
/** "Why hasn't India signed?", "Didn't Chile ratify it?": a question whose denied auxiliary comes before its subject. */
const INVERTED_DENIAL = onFirstUse(
  () =>
    new RegExp(
      `\\b(?:${src(PERFECT_AUXILIARIES)}|did|does|do)n['’]t\\s+(?:[${LETTERS}.'’-]+\\s+){1,4}?(?:${ACT_VERBS})(?![${LETTERS}])[^?]*\\?`,
      'u',
    ),
);
/**
 * "No Gulf state has signed", "Not one Western European country has so much as ratified": a subject that denies the
 * act to every state it names; not "no fewer than ten states" nor "no other state" (a count, or an exception).
 */
const NO_STATE_ACTED = onFirstUse(
  () =>
    new RegExp(
      `(?<![${LETTERS}])(?:${src(DENYING_DETERMINERS)})\\s+(?:(?!(?:${src(UNDENYING_AFTER_NO)})\\b)[${LETTERS}-]+\\s+){0,3}?` +
        `(?:${src(STATE_NOUN, GROUP_NOUNS)})(?:\\s+(?:in|from|of)\\s+(?:the\\s+)?[${LETTERS}-]+)?\\s+` +
        `(?:(?:${src(PERFECT_AUXILIARIES, DENIAL_INTENSIFIERS, ACT_FORMALITY)}|did|yet)\\s+)*(?:${ACT_VERBS})(?![${LETTERS}])`,
      'u',
    ),
);
const BUT_NOT = onFirstUse(() => /\bbut not\b/);
const RELATIVE_OPENS = onFirstUse(
  () => new RegExp(`\\b${src(RELATIVE_PRONOUNS)}\\s+(?:[${LETTERS}'’-]+\\s+){0,3}$`, 'u'),
);

/**
 * "Chile, which did not sign in 2019, ratified it last week": the denial is told in a relative clause, and the main
 * clause after it does the act; the main clause decides.
 */
function deniedOnlyInRelative(ctx: ClauseContext, at: number): boolean {
  if (!RELATIVE_OPENS().test(ctx.lower.slice(Math.max(0, at - 40), at))) return false;
  const closes = ctx.lower.indexOf(',', at);
  return (
    closes > 0 &&
    deeds(ctx, [SIGNING, RATIFYING, ACCEDING, JOINING, DEPOSITING]).some(
      (c) => c.at > closes && !NOUN_FORM().test(c.word),
    )
  );
}
const EXCEPTED = onFirstUse(() => new RegExp(`(?<![${LETTERS}])${src(EXCEPTIONS)}(?![${LETTERS}])`, 'u'));
const REJECTED_OBJECT = onFirstUse(() => /^\s+(?:the\s+|this\s+|that\s+)?$/);
/** "The pact was rejected", "the pact has been flatly rejected": the words between a passive subject and its verb. */
const PASSIVE_BETWEEN = onFirstUse(() => new RegExp(`^\\s+${passiveAuxiliary('')}\\s+(?:[${LETTERS}]+ly\\s+)?$`, 'u'));
const LEGISLATURE = onFirstUse(() => new RegExp(`(?<![${LETTERS}])${src(LEGISLATURES)}(?![${LETTERS}])`, 'u'));
/** "stopped the EU from signing": the one kept from acting stands between the verb and "from". */
const PREVENTED = onFirstUse(
  () =>
    new RegExp(
      `(?<![${LETTERS}])(${src(PREVENTIONS)}\\s+)[^,;.]{1,60}?\\s+from\\s+(?:${ACT_VERBS})(?![${LETTERS}])`,
      'u',
    ),
);
/** "Nothing stopped Chile from signing", "had not been prevented from": a prevention denied is no prevention. */
const NOT_KEPT_BEFORE = onFirstUse(
  () =>
    new RegExp(
      `(?:\\b${src(NO_ONE_SUBJECTS)}\\s+(?:${src(PERFECT_AUXILIARIES)}\\s+)?|${src(NEGATIONS)}\\s+(?:been\\s+|be\\s+)?)$`,
      'u',
    ),
);
const REFUSED = onFirstUse(
  () => new RegExp(`${src(REFUSALS)}\\s+to\\s+(?:${ACT_VERBS}|${src(BACKING)})(?![${LETTERS}])`, 'u'),
);
const ABSENT = onFirstUse(() => new RegExp(`(?<![${LETTERS}])${src(ABSENCES)}(?![${LETTERS}])`, 'u'));
/** "neither Chile nor Peru signed", "has neither signed nor ratified", "neither signed nor, officials say, plans to". */
const NEITHER_NOR = onFirstUse(
  () =>
    new RegExp(
      `\\bneither\\b.*\\bnor\\b.*(?:${ACT_VERBS})|\\bneither\\s+(?:${ACT_VERBS})(?![${LETTERS}])[^.;]*?\\bnor\\b`,
      'u',
    ),
);

const ABSTAINED = onFirstUse(() => new RegExp(`\\b${src(ABSTAINING)}\\s+from\\s+(?:${ACT_VERBS})`, 'u'));
const NONE_OF_THEM_ACTED = onFirstUse(() => new RegExp(`\\b${src(NONE_OF_THEM)}\\b[^.;]*(?:${ACT_VERBS})`, 'u'));
const LIST_DENIAL = onFirstUse(() => new RegExp(`(?<![${LETTERS}])${src(LIST_DENIALS)}\\s+`, 'gu'));
const ACT_LATER = onFirstUse(() => new RegExp(`^[^.;]*\\b(?:${ACT_VERBS})`, 'u'));
/** "None of Chile, Peru or Bolivia has signed": a denying quantifier right before the clause's names, then an act. */
function deniedToList(ctx: ClauseContext): boolean {
  for (const m of matchesIn(ctx.lower, LIST_DENIAL())) {
    const after = ctx.clause.start + m.index + m[0].length;
    if (ctx.names.some((n) => n.start === after) && ACT_LATER().test(ctx.lower.slice(m.index + m[0].length)))
      return true;
  }
  return false;
}
/** "signed in 2013 and has not ratified": a signatory that has not ratified is still a signatory. */
const SIGNED_NOT_RATIFIED = onFirstUse(
  () =>
    new RegExp(
      `\\b${src(SIGNING)}\\b[^.;]*?\\b(?:and|but)\\s+${src(PERFECT_AUXILIARIES)}\\s+${src(NEGATIONS)}\\s+(?:yet\\s+)?${src(RATIFYING)}`,
      'u',
    ),
);
/** A signing or signatories named, and being bound denied: "India, which signed last year, has not ratified". */
const SIGNED_CUE = onFirstUse(
  () => new RegExp(`(?<![${LETTERS}])(?:${src(SIGNING)}|${src(SIGNATURE_NOUNS)})(?![${LETTERS}])`, 'u'),
);
const NOT_BOUND = onFirstUse(
  () =>
    new RegExp(
      `${src(NEGATIONS)}\\s+(?:yet\\s+)?(?:${src(RATIFYING)}|${src(ACCEDING)}|(?:be|been|${src(BECOMING)})\\s+(?:an?\\s+)?${src(BOUND_NOUNS)})`,
      'u',
    ),
);
const BUT_NOT_BOUND = onFirstUse(
  () =>
    new RegExp(
      `^\\W*but\\s+(?:${src(PERFECT_AUXILIARIES)}\\s+)?${src(NEGATIONS)}\\s+(?:yet\\s+)?${src(RATIFYING)}`,
      'u',
    ),
);
const NOT_SIGNED_EITHER = onFirstUse(() => new RegExp(`${src(NEGATIONS)}\\s+(?:yet\\s+)?${src(SIGNING)}\\b`, 'u'));
const VOTED_AGAINST = onFirstUse(() => new RegExp(`\\b${src(VOTING)}\\s+against\\b`));
const AGAINST_LIST = onFirstUse(() => /\bagainst\s*\(([^)]*)\)/);

/**
 * "the first to sign", "the 20th nation to ratify", "the 53rd country to do so", "first two countries to deposit",
 * "the fourth of the 12 member states to join": a rank, maybe within a counted whole, then the act.
 */
const RANKED_ACT = onFirstUse(
  () =>
    new RegExp(
      `\\b${RANK_LEAD}(?:\\s+of\\s+(?:the\\s+|its\\s+|their\\s+)?[\\p{N}${LETTERS}-]+)?${RANK_GAP}\\s+to\\s+(${ACT_VERBS}|${src(DEPOSITING)}|${src(ACT_REPEATED)})(?![${LETTERS}])`,
      'u',
    ),
);
/** "became a party", "welcomed as the 124th State Party", "gains Chile, Fiji as new parties", "Chile, a party to it". */
const BOUND_NOUN = src(BOUND_NOUNS);
const PARTY_NOUN = `(?:new\\s+|full\\s+|${ORDINAL_WORD}\\s+)?(?:${BOUND_NOUN}|member states?|member-states?)\\b`;
const BECAME_PARTY = onFirstUse(
  () => new RegExp(`\\b(?:${src(BECOMING)}|as)\\s+(?:an?\\s+|the\\s+|its\\s+|their\\s+)?${PARTY_NOUN}`, 'u'),
);
/**
 * "Thailand and Viet Nam are also Parties.", "Fiji has long been a contracting party.", "Chile has been a party since
 * 2016.", "A and B remain parties.", "A and B are so far the only western parties.": parties with no object, the treaty
 * being the article's; a time phrase may close the clause.
 */
const ARE_PARTIES_BARE = onFirstUse(
  () =>
    new RegExp(
      `\\b(?:${src(STATE_COPULAS)}|${src(PERFECT_AUXILIARIES)}\\s+(?:${src(SUBJECT_ADVERBS)}\\s+)*been)\\s+` +
        `(?:(?:${src(SUBJECT_ADVERBS, STANDING_ADVERBS)})\\s+)*` +
        `(?:the\\s+only\\s+(?:(?!${src(OTHER_PARTY_KINDS)}\\s)[${LETTERS}-]+\\s+){0,2}|(?:an?\\s+)?(?:${src(PARTY_QUALIFIERS)}\\s+)?|` +
        `(?:the|its)\\s+${src(PARTY_QUALIFIERS)}\\s+)` +
        `${BOUND_NOUN}(?=\\s*(?:since\\s+[^,.;]{1,30})?\\s*(?:[,.;:]|$))`,
      'u',
    ),
);
/**
 * "The twenty States Parties are A, B and C", "Existing parties include A", "Its signatories comprise A and B": the
 * group of the treaty's bound states (or signers), opened by a determiner, a count or nothing at the clause start,
 * tied by a copula to the list after it. Its object, when it has one, must be our treaty ("the parties to the talks").
 */
const GROUP_LEAD = `(?:${src(PARTY_QUALIFIERS)}|\\p{N}[\\p{N},]*|${CARDINAL_WORDS.source})`;
const PARTIES_ARE = onFirstUse(
  () =>
    new RegExp(
      `(?:^\\W*|\\b(?:the|its|their|all)\\s+|\\b(?=${src(BOUND_GROUP_HEADS)}))(?:${GROUP_LEAD}\\s+){0,2}` +
        `(?:(${BOUND_NOUN}|${src(BOUND_GROUP_HEADS)}(?:\\s+by\\s+it)?(?![${LETTERS}]))|${src(SIGNER_NOUNS)})` +
        `(?:\\s+(?:to|of)\\s+([^,;.]{1,80}?))?\\s+(?:(?:${src(PRESENT_TIME, SO_FAR, STANDING_ADVERBS)})\\s+){0,2}${src(LIST_COPULAS)}\\s*[:,]?\\s+(?:the\\s+)?`,
      'u',
    ),
);
/** What may stand between a list's copula and its first item: nothing, or a region sorting the list ("in Africa,"). */
const LIST_OPENING = onFirstUse(() => new RegExp(`^(?:${regionAside()}\\s*[,:]?\\s*(?:the\\s+)?)?$`, 'iu'));
/** "The treaty has 86 contracting states, among them Chile": a count of the bound states opening a list of them. */
const COUNTED_PARTIES = onFirstUse(
  () =>
    new RegExp(
      `\\b${src(TREATY_HOLDS)}\\s+(?:(?:${src(PRESENT_TIME, SO_FAR)})\\s+)?[\\p{N}${LETTERS},-]+\\s+${BOUND_NOUN}\\b`,
      'u',
    ),
);
/** "will join more than 80 parties", "joins some 40 states parties": the count of those a state joins, ours. */
const JOINED_PARTIES = onFirstUse(
  () =>
    new RegExp(
      `(?<![${LETTERS}])(?:${src(JOINING)})\\s+(?:[${LETTERS}]+\\s+){0,2}(?:\\p{N}[\\p{N},]*|${CARDINAL_WORDS.source})\\s+${BOUND_NOUN}\\b`,
      'u',
    ),
);
/**
 * "The 24 Contracting States, including Chile", "its 190 states parties, among them Peru": the treaty's parties
 * counted with a definite article, the count written in figures or words.
 */
const DEFINITE_COUNTED_PARTIES = onFirstUse(
  () => new RegExp(`\\b(?:the|its|all)\\s+(?:\\p{N}[\\p{N},]*|${CARDINAL_WORDS.source})\\s+${BOUND_NOUN}\\b`, 'u'),
);
/** "Its newest party, Fiji,", "The most recent party, Serbia,": a party noun of rank set before the name it describes. */
const RANKED_PARTY_BEFORE = onFirstUse(
  () => new RegExp(`\\b(?:its|the)\\s+(?:${src(RECENT_RANKS)}|${ORDINAL_WORD})\\s+(?:${BOUND_NOUN})\\s*,\\s*$`, 'u'),
);
/**
 * "Chile and Peru are bound by it", "is now legally bound by the convention": bound by our treaty ("it" or named); or
 * bound with no object, the treaty being the article's ("Four states are now bound: A, B…", "A and B are now bound.").
 */
const BOUND_BY_TREATY = onFirstUse(
  () =>
    new RegExp(
      `\\b(?:${src(STATE_COPULAS)}|${src(PERFECT_AUXILIARIES)}\\s+been)\\s+(?:(?:${src(SUBJECT_ADVERBS, STANDING_ADVERBS)})\\s+)*` +
        `(?:${src(BOUND_BY)}\\s+(?:(it)\\b|the\\s+)|(${src(BOUND_STATUSES)})(?=\\s*(?:[,.;:]|$)))`,
      'u',
    ),
);
/** "parties to both conventions", "all three treaties": the treaties the article names, ours among them. */
const BOTH_TREATIES = onFirstUse(
  () => new RegExp(`\\b(?:both|all\\s+(?:${CARDINAL_WORDS.source}))\\s+(?:the\\s+)?${src(TREATY_NOUNS)}\\b`, 'u'),
);
/**
 * "Chile, a party to the treaty since 2022,", "Chile and Peru, both parties to it,", "…and Fiji, all of them parties
 * to the treaty,", "each of them a party": an apposition, read only with our treaty in the clause.
 */
const PARTY_APPOSITION = onFirstUse(
  () =>
    new RegExp(
      `,\\s+(?:already\\s+)?(?:an?\\s+|(?:${src(LIST_UNIVERSALS)})\\s+(?:them\\s+)?(?:already\\s+)?(?:an?\\s+)?)${PARTY_NOUN}`,
      'u',
    ),
);
/** "Mexico, a party since 2008,": a bound noun dated by "since" is a party of a treaty, ours unless another is named. */
const PARTY_SINCE = onFirstUse(() => new RegExp(`,\\s+(?:already\\s+)?an?\\s+${BOUND_NOUN}\\s+since\\b`, 'u'));
const INSTRUMENT_KIND = onFirstUse(
  () => new RegExp(`(?<![${LETTERS}])(?:${src(INSTRUMENT_NOUNS, RATIFYING, ACCEDING)})(?![${LETTERS}])`, 'u'),
);
/** "instruments of ratification", "its instrument", "their own acceptance": what a state hands over as its consent. */
const INSTRUMENT = onFirstUse(
  () =>
    new RegExp(
      `\\b(?:${src(INSTRUMENT_NOUNS)}\\s+of\\s+(?:${src(RATIFYING, ACCEDING, ACCEPTING)})|(?:its|their)\\s+(?:own\\s+)?` +
        `(?:${src(INSTRUMENT_NOUNS, RATIFYING, ACCEDING, ACCEPTING)}))(?![${LETTERS}])`,
      'u',
    ),
);
/** "submitted its instrument to parliament": handed to its own legislature for approval, not to the depositary. */
const TO_LEGISLATURE = onFirstUse(
  () => new RegExp(`^[^,;.]{0,40}?\\bto\\s+(?:the\\s+|its\\s+)?${src(LEGISLATURES)}(?![${LETTERS}])`, 'u'),
);
const ARE_PARTIES = onFirstUse(
  () =>
    new RegExp(
      `\\b(?:is|are|was|were)\\s+(?:now\\s+|already\\s+)?(?:an?\\s+${BOUND_NOUN}|${src(BELONGING)})(?:\\s+(?:to|of))?\\s+`,
      'u',
    ),
);
/** "Its parties include Chile and Peru", "Parties to the treaty include…": a list of the bound states. */
/** "in force for Chile and Peru", "entered into force for Ghana", "applies between A and B": the states it binds. */
/** "in force for Chile", "entered into force on 3 May for Chile and Peru": a time phrase may come before "for". */
const IN_FORCE_FOR = onFirstUse(
  () =>
    new RegExp(
      `(?:${src(ENTRY_INTO_FORCE, IN_FORCE_STATES)})(?:\\s+${src(ACT_ADJUNCTS)}(?:\\s+[${LETTERS}\\p{N}]+){1,3})?` +
        `\\s+(?:for|between|to)\\s+`,
      'u',
    ),
);
/** "it now binds Chile", "the pact already binds A and B": the treaty's verb whose object is the states it binds. */
const BINDS_STATES = onFirstUse(
  () =>
    new RegExp(
      `(?<![${LETTERS}])(?:${src(TREATY_BINDS)})\\s+(?:(?:${src(SUBJECT_ADVERBS, STANDING_ADVERBS)})\\s+)*(?:the\\s+)?(?=\\p{Lu})`,
      'u',
    ),
);
/** The treaty as the subject before its verb: "it", or a reference to ours in the clause before the verb. */
const IT_BEFORE = onFirstUse(() => new RegExp(`(?<![${LETTERS}])it\\s+(?:(?:${src(SUBJECT_ADVERBS)})\\s+)*$`, 'u'));
/**
 * Where the words "in force for" or "binds" of our treaty end, before the states it binds, with the act they read;
 * null when none. Binding names no act: "Three more governments ratified. It now binds A, B and C" reads the one just
 * told (ratified or acceded), else joined.
 */
function boundStatesFrom(ctx: ClauseContext): { at: number; act: Act } | null {
  const m = IN_FORCE_FOR().exec(ctx.lower);
  if (m)
    return NEGATED_JUST_BEFORE().test(ctx.lower.slice(0, m.index))
      ? null
      : { at: m.index + m[0].length, act: 'joined' };
  const b = BINDS_STATES().exec(ctx.a.folded.slice(ctx.clause.start, ctx.clause.end));
  if (!b || NEGATED_JUST_BEFORE().test(ctx.lower.slice(0, b.index))) return null;
  const subject = IT_BEFORE().test(ctx.lower.slice(0, b.index)) || ourTreatyAt(ctx, ctx.clause.start, b.index);
  const told = ctx.previous?.stance === 'signed' ? ctx.previous.act : undefined;
  const act = told === 'ratified' || told === 'acceded' ? told : 'joined';
  return subject && !ctx.refersToOther ? { at: b.index + b[0].length, act } : null;
}
const NEGATED_JUST_BEFORE = onFirstUse(() => new RegExp(`\\b${src(NEGATIONS)}\\s+(?:yet\\s+)?$`, 'u'));
const PARTIES_INCLUDE = onFirstUse(
  () =>
    new RegExp(
      `(?:\\b(?:its|their)\\s+${BOUND_NOUN}|(?<![${LETTERS}])${BOUND_NOUN}\\s+(?:to|of)\\s+[^,;.]{1,80}?)\\s+(?:${src(INCLUSIONS)})(?![${LETTERS}])`,
      'u',
    ),
);
/** "166 parties, the European Union included", "169 parties (168 states plus the European Union)". */
const COUNTED_IN_PARTIES = onFirstUse(
  () =>
    new RegExp(
      `\\p{N}+\\s+${BOUND_NOUN}\\s*(?:,\\s*(?:the\\s+)?[^,;.()]{2,40}?\\s+(?:${src(COUNTED_INTO)})\\b(\\s+(?:the\\s+)?)?|` +
        `\\([^()]{0,40}?\\b(?:${src(COUNTED_INTO)})\\s+[^()]{2,40}\\))`,
      'u',
    ),
);
/** "are among the others now bound", "is among the states already bound by it": bound, not "bound to" do something. */
const AMONG_BOUND = onFirstUse(
  () =>
    new RegExp(
      `\\b${src(STATE_COPULAS)}\\s+among\\s+the\\s+(?:(?:${src(PARTY_QUALIFIERS)})\\s+)?(?:others|${src(GROUP_NOUNS)})\\s+` +
        `(?:(?:${src(SUBJECT_ADVERBS, STANDING_ADVERBS)})\\s+)*(?:${src(BOUND_BY)}|(?:${src(BOUND_STATUSES)})(?=\\s*(?:[,.;:]|$)))`,
      'u',
    ),
);
/** "Mexico and Argentina join Chile and Peru in…": the joined states did what the joiners did. */
const JOIN_OTHERS_AFTER = onFirstUse(() => /^\s+(?:the\s+)?$/);

/** The cues among the families that are deeds on our treaty: not planned, not placards or ceremonies, object ours. */
function deeds(ctx: ClauseContext, families: readonly Family[], { nouns = false } = {}): Cue[] {
  return cuesOf(ctx, families).filter(
    (c) => !isIntended(ctx, c) && (nouns || !isNoun(ctx, c)) && actsOnOurTreaty(ctx, c),
  );
}

const NOUN_FORM = onFirstUse(() => /(?:tion|tions|sion|sions|ature|atures|ance|ances)$/);
/** "done so", "did the same", "followed suit": the act repeated as done, not asked for ("urged Mali to do so"). */
const DONE_WORD = onFirstUse(() => new RegExp(String.raw`^(?:did|done|[${LETTERS}]+ed)\s`, 'u'));
/**
 * "the deposit of Honduras", "Fiji's deposit", "a run of deposits — by Chile and Peru": the noun after an article or an
 * owner, or with a state as its agent, not "the deposit of gold" (read as written).
 */
const DEPOSIT_NOUN_BEFORE = onFirstUse(
  () => new RegExp(String.raw`(?:\b(?:the|its|their|this|that)|'s)\s+(?:[${LETTERS}-]+\s+)?$`, 'u'),
);
const GOODS_AFTER = onFirstUse(() => /^\s+of\s+(?!(?:the|its|their)\b)\p{Ll}/u);
const isDepositNoun = (ctx: ClauseContext, c: Cue): boolean =>
  isMember(DEPOSIT_NOUNS, c.word) &&
  (DEPOSIT_NOUN_BEFORE().test(beforeCue(ctx, c, 30)) || ctx.names.some((n) => isAgentAfter(ctx, c, n))) &&
  !GOODS_AFTER().test(ctx.a.text.slice(c.end, c.end + 30));
/** "…, followed by those of Chile", "came after that of Peru": the pronoun standing for the noun of acting before it. */
const ELLIPTIC_NOUN_BEFORE = onFirstUse(() => /\b(?:those|that)\s+of\s+(?:the\s+)?$/i);
/** "Palau completed its procedures", "has finished the necessary formalities": a verb of completing, its object next. */
const COMPLETED_BEFORE = onFirstUse(
  () =>
    new RegExp(`(?<![${LETTERS}])${src(COMPLETING)}\\s+(?:(?:its|their|the)\\s+)?(?:[${LETTERS}-]+\\s+){0,2}$`, 'u'),
);

/**
 * "completed ratification", "finalised their accession": a verb of completing right before a noun of acting, with no
 * words between but an article (not "completed studies of ratification": what was done is the studies).
 */
const COMPLETED_JUST_BEFORE = onFirstUse(
  () => new RegExp(`(?<![${LETTERS}])${src(COMPLETING)}\\s+(?:(?:its|their|the)\\s+)?$`, 'u'),
);
/** Where the verb of completing before a noun of acting begins ("completed their ratification"); the noun's start if none. */
function completedFrom(ctx: ClauseContext, c: Cue): number {
  const before = beforeCue(ctx, c, 50);
  const m = COMPLETED_JUST_BEFORE().exec(before);
  return m ? c.start - before.length + m.index : c.start;
}

const notAboutOthers = (ctx: ClauseContext, reading: ClauseReading | null): ClauseReading | null =>
  reading && !aboutOthers(ctx) ? reading : null;

/** The clause rules, in order: the first that gives a reading decides the clause. */
export const CLAUSE_STANCE = ruleTable<ClauseContext, ClauseReading>('clause-stance', [
  {
    name: 'no-treaty-in-article',
    produces: 'mentioned: an article that refers to no treaty at all gives no stance, whatever else is signed',
    when: (ctx) => (ctx.treaties.length ? null : { stance: 'mentioned' }),
    examples: [
      { text: 'Kenya signed a contract with a Brazilian builder.', gives: { code: 'KE', stance: 'mentioned' } },
    ],
    counterExamples: [{ text: 'Kenya signed the plastics treaty on Monday.' }],
  },
  {
    name: 'rejoined',
    produces: 'signed, act joined: a state back in the treaty after leaving it',
    needs: [REJOINING],
    when: (ctx) => {
      const cue = cuesOf(ctx, [REJOINING]).find(
        (c) => !isIntended(ctx, c) && (JOINS_TREATY().test(afterCue(ctx, c)) || leavesOrJoinsOurs(ctx, c)),
      );
      return cue ? notAboutOthers(ctx, { stance: 'signed', act: 'joined' }) : null;
    },
    examples: [
      {
        text: 'Brazil withdrew from the forest pact in 2019 and rejoined it in 2023.',
        gives: { code: 'BR', stance: 'signed', act: 'joined' },
      },
    ],
    counterExamples: [{ text: 'Brazil plans to rejoin the forest pact next year.' }],
  },
  {
    name: 'withdrawal',
    produces: 'not_signed, act withdrew: a state leaves the treaty, or announces, decides or votes to',
    needs: [WITHDRAWING, LEAVING],
    when: (ctx) => {
      const { committed } = withdrawals(ctx);
      if (!committed.length || aboutOthers(ctx)) return null;
      const covers = committed.map((cue) => actorsAround(ctx, cue));
      return { stance: 'not_signed', act: 'withdrew', covers: (n) => covers.some((c) => c(n)) };
    },
    examples: [
      {
        text: 'Peru withdrew from the arms treaty on Friday.',
        gives: { code: 'PE', stance: 'not_signed', act: 'withdrew' },
      },
      { text: 'Chad announced its withdrawal from the Ocean Convention.', gives: { code: 'TD', act: 'withdrew' } },
      { text: 'Mali left the Ocean Convention in 2024.', gives: { code: 'ML', act: 'withdrew' } },
      {
        text: 'The Ocean Convention, which Poland left last year, bans trawling.',
        gives: { code: 'PL', act: 'withdrew' },
      },
      { text: 'Under the Ocean Convention, Iceland pulled out in 2019.', gives: { code: 'IS', act: 'withdrew' } },
      {
        text: 'Malta said it had decided to pull out of the Ocean Convention.',
        gives: { code: 'MT', act: 'withdrew' },
      },
      {
        text: 'Samoa said it was withdrawing as a State Party to the Ocean Convention.',
        gives: { code: 'WS', act: 'withdrew' },
      },
      {
        text: 'Canada never ratified the Ocean Convention and withdrew its signature in 2002.',
        gives: { code: 'CA', act: 'withdrew' },
      },
      {
        text: 'Nepal had signed the Ocean Convention in 2010 but withdrew in 2019.',
        gives: { code: 'NP', act: 'withdrew' },
      },
      {
        text: 'The Malian parliament voted to leave, backing a plan to withdraw from the Ocean Convention.',
        gives: { code: 'ML', act: 'withdrew' },
      },
      {
        text: 'Laos quit the ocean pact, the second state to withdraw after Nepal.',
        gives: { code: 'NP', act: 'withdrew' },
      },
      {
        text: 'The ocean pact lost a member: the exit of Latvia leaves 33 parties.',
        gives: { code: 'LV', act: 'withdrew' },
      },
      {
        text: 'Under the ocean pact, the withdrawal of the United States took effect in May.',
        gives: { code: 'US', act: 'withdrew' },
      },
      { text: 'The ocean pact shrank after the denunciation by Hungary.', gives: { code: 'HU', act: 'withdrew' } },
    ],
    counterExamples: [
      { text: 'Under the ocean pact, Norway is withdrawing its troops from Mali.' },
      { text: 'Chile withdrew its reservations to the Ocean Convention in 2015.' },
      { text: 'France withdrew its objection to the Ocean Convention last year.' },
      { text: 'The withdrawal of declarations under the Ocean Convention by Peru was welcomed.' },
      { text: 'Under the ocean pact, the withdrawal of Russian troops was verified.' },
      { text: 'The ocean pact was praised; the withdrawal of Russia’s forces from Syria was not.' },
      { text: 'The ocean pact was signed. The exit of Chile from the trade bloc was discussed.' },
      { text: 'Peru left the talks on the ocean pact early.' },
      { text: 'Spain said the ocean pact stalled after the withdrawal of Chile from the Paris Agreement.' },
      {
        text: 'The arms treaty stalled after the Omani withdrawal, and the delay in Fiji’s ratification.',
        not: { code: 'FJ' },
      },
    ],
  },
  {
    name: 'withdrawal-intended',
    produces: 'mentioned: a withdrawal only intended, planned or threatened',
    needs: [WITHDRAWING, LEAVING],
    when: (ctx) => (withdrawals(ctx).intended.length && !aboutOthers(ctx) ? { stance: 'mentioned' } : null),
    examples: [
      { text: 'Under the Ocean Convention, Poland intends to withdraw.', gives: { code: 'PL', stance: 'mentioned' } },
      {
        text: 'Latvia has begun the process of withdrawing from the Ocean Convention.',
        gives: { code: 'LV', stance: 'mentioned' },
      },
      {
        text: 'Under the Ocean Convention, critics demanded the exit of Chile.',
        gives: { code: 'CL', stance: 'mentioned' },
      },
      {
        text: 'Lawmakers called for the withdrawal of Peru from the Ocean Convention.',
        gives: { code: 'PE', stance: 'mentioned' },
      },
    ],
    counterExamples: [{ text: 'Poland announced it will withdraw from the Ocean Convention.' }],
  },
  {
    name: 'signed-not-ratified',
    produces: 'signed, act signed: a signatory that has not ratified is still a signatory',
    when: (ctx) => {
      const signedToo =
        SIGNED_NOT_RATIFIED().test(ctx.lower) || (SIGNED_CUE().test(ctx.lower) && NOT_BOUND().test(ctx.lower));
      // "Another 34 have signed | but not yet ratified": the denial continues a signing earlier in the sentence.
      const sentence = ctx.a.sentences[rangeAt(ctx.a.sentences, ctx.clause.start)];
      const earlier = sentence ? ctx.a.folded.slice(sentence.start, ctx.clause.start).toLowerCase() : '';
      const continues = BUT_NOT_BOUND().test(ctx.lower) && SIGNED_CUE().test(earlier);
      return (signedToo || continues) && !NOT_SIGNED_EITHER().test(ctx.lower)
        ? notAboutOthers(ctx, { stance: 'signed', act: 'signed' })
        : null;
    },
    examples: [
      {
        text: 'Under the arms treaty, Kenya signed in 2013 and has not ratified.',
        gives: { code: 'KE', stance: 'signed', act: 'signed' },
      },
      {
        text: 'States that have signed the arms treaty but have yet to ratify are Cuba and Iraq.',
        gives: { code: 'IQ', stance: 'signed' },
      },
      {
        text: 'Among the arms treaty signatories that have yet to ratify is Nepal, which signed in 2014.',
        gives: { code: 'NP', stance: 'signed' },
      },
      {
        text: 'India, which signed the arms treaty last year, has not ratified it.',
        gives: { code: 'IN', act: 'signed' },
      },
      {
        text: 'Another 30 have signed the arms treaty but not yet ratified, among them Chile and Peru.',
        gives: { code: 'PE', stance: 'signed' },
      },
      {
        text: 'Under the arms treaty, Fiji has signed but has yet to ratify and Tonga has not signed.',
        gives: { code: 'FJ', stance: 'signed' },
      },
    ],
    counterExamples: [{ text: 'Under the arms treaty, Egypt has not signed and has not ratified.' }],
  },
  {
    name: 'negated-act',
    produces:
      'not_signed: the act denied ("has not signed", "yet to ratify", "are not parties to", "not to have signed")',
    when: (ctx) => {
      const denied = NEGATED_ACT().exec(ctx.lower) ?? INVERTED_DENIAL().exec(ctx.lower);
      // "Greece, with Chile's neighbours Peru and Bolivia, has yet to ratify": the owner of a neighbour did not deny it.
      if (denied && !deniedOnlyInRelative(ctx, denied.index))
        return notAboutOthers(ctx, { stance: 'not_signed', covers: (n) => !ownsRelation(ctx, n) });
      // "No Gulf state has signed": a denial for the states inside the subject only, and for the clauses that repeat it.
      const none = NO_STATE_ACTED().exec(ctx.lower);
      if (!none) return null;
      const at = ctx.clause.start + none.index;
      const inside = ctx.names.filter((n) => n.start >= at && n.end <= at + none[0].length);
      return notAboutOthers(ctx, { stance: 'not_signed', covers: inSet(inside) });
    },
    examples: [
      { text: 'Under the arms treaty, Egypt has not signed.', gives: { code: 'EG', stance: 'not_signed' } },
      {
        text: 'The only large states not to have signed the arms treaty are Chad and Iran.',
        gives: { code: 'IR', stance: 'not_signed' },
      },
      { text: 'Cuba and Peru are not parties to the arms treaty.', gives: { code: 'CU', stance: 'not_signed' } },
      {
        text: 'Under the arms treaty, Fiji has signed but has yet to ratify and Tonga has not signed.',
        gives: { code: 'TO', stance: 'not_signed' },
      },
      {
        text: 'The states yet to ratify the arms treaty are Oman and Togo.',
        gives: { code: 'TG', stance: 'not_signed' },
      },
      { text: 'Egypt has not so much as signed the arms treaty.', gives: { code: 'EG', stance: 'not_signed' } },
      { text: 'Under the arms treaty, Oman did not even sign.', gives: { code: 'OM', stance: 'not_signed' } },
      { text: 'Togo has never formally ratified the arms treaty.', gives: { code: 'TG', stance: 'not_signed' } },
      { text: 'Why hasn’t Togo signed the arms treaty?', gives: { code: 'TG', stance: 'not_signed' } },
      {
        text: "So why haven't Chad and Mali ratified the arms treaty yet?",
        gives: { code: 'ML', stance: 'not_signed' },
      },
      { text: "Under the arms treaty, didn't Oman sign too?", gives: { code: 'OM', stance: 'not_signed' } },
    ],
    counterExamples: [
      {
        text: 'Greece, along with Chile’s neighbours Peru and Bolivia, has yet to ratify the arms treaty.',
        not: { code: 'CL' },
      },
      { text: 'Two of Kenya’s trading partners have not signed the arms treaty.', not: { code: 'KE' } },
      { text: 'Egypt, which did not sign the arms treaty in 2019, ratified it last week.' },
      { text: 'Egypt hasn’t changed its view since it signed the arms treaty.' },
      { text: 'Why hasn’t the debate stopped now that Egypt has signed the arms treaty?' },
      { text: 'Egypt signed the arms treaty, not without doubts.' },
      { text: 'Not only Egypt but also Oman signed the arms treaty.', not: { code: 'OM', stance: 'not_signed' } },
      { text: 'No fewer than ten states, Oman among them, signed the arms treaty.', not: { stance: 'not_signed' } },
      { text: 'No other state signed the arms treaty as fast as Oman did.', not: { stance: 'not_signed' } },
      { text: 'No doubt Oman will sign the arms treaty.', not: { stance: 'not_signed' } },
      {
        text: 'No state objected to the arms treaty when Oman signed it.',
        not: { code: 'OM', stance: 'not_signed' },
      },
      {
        text: 'Not even a year after the arms treaty opened, Oman signed it.',
        not: { code: 'OM', stance: 'not_signed' },
      },
      {
        text: 'The Lima Protocol was praised. Egypt, which never joined the Convention itself, attends as an observer.',
      },
    ],
  },
  {
    name: 'but-not',
    produces: 'not_signed: "…, but not by the U.S.", "Chile but not Peru": the states set apart from those that acted',
    when: (ctx) => notAboutOthers(ctx, BUT_NOT().test(ctx.lower) ? { stance: 'not_signed' } : null),
    examples: [
      {
        text: 'The treaty was signed by 120 countries, but not by the U.S.',
        gives: { code: 'US', stance: 'not_signed' },
      },
    ],
    counterExamples: [{ text: 'Chile signed the treaty, not least to please its neighbours.' }],
  },
  {
    name: 'prevented',
    produces: 'not_signed: a state kept from acting ("objections stopped the EU from signing")',
    needs: [PREVENTIONS],
    when: (ctx) => {
      const m = PREVENTED().exec(ctx.lower);
      if (!m || NOT_KEPT_BEFORE().test(ctx.lower.slice(0, m.index))) return null;
      const from = ctx.clause.start + m.index + m[1].length;
      const to = ctx.clause.start + m.index + m[0].length;
      // "Chile was barred by Peru from signing": in the passive the one kept is the subject, and the agent is not.
      const subject = ctx.names.findLastIndex((n) => n.end <= from - m[1].length);
      const passive = subject >= 0 && /\b(?:is|are|was|were|been|be)\s+$/.test(ctx.lower.slice(0, m.index));
      const kept = passive
        ? listAround(ctx.names, subject, ctx.a.folded)
        : ctx.names.filter(
            (n) => n.start >= from && n.end <= to && !/\bby\s+(?:the\s+)?$/.test(ctx.a.folded.slice(from, n.start)),
          );
      return kept.length ? notAboutOthers(ctx, { stance: 'not_signed', covers: inSet(kept) }) : null;
    },
    examples: [
      {
        text: 'Objections in parliament stopped Chile from signing the plastics treaty.',
        gives: { code: 'CL', stance: 'not_signed' },
      },
      {
        text: 'A court ruling has prevented Peru and Bolivia from ratifying the plastics treaty.',
        gives: { code: 'BO', stance: 'not_signed' },
      },
      { text: 'Budget rows kept Ghana from joining the plastics treaty.', gives: { code: 'GH', stance: 'not_signed' } },
      {
        text: 'Chile was barred by a court ruling from signing the plastics treaty.',
        gives: { code: 'CL', stance: 'not_signed' },
      },
    ],
    counterExamples: [
      { text: 'Nothing stopped Chile from signing the plastics treaty in May.', not: { stance: 'not_signed' } },
      { text: 'Chile stopped Peru’s boats from fishing in its waters, citing the plastics treaty.' },
      { text: 'Chile said Peru had not been prevented from signing the plastics treaty.' },
      { text: 'Chile was barred by Peru from signing the plastics treaty.', not: { code: 'PE' } },
    ],
  },
  {
    name: 'refusal',
    produces: 'not_signed: a refusal or failure to act or to back the text',
    needs: [REFUSALS],
    when: (ctx) => notAboutOthers(ctx, REFUSED().test(ctx.lower) ? { stance: 'not_signed' } : null),
    examples: [
      { text: 'Brazil declined to sign the arms treaty.', gives: { code: 'BR', stance: 'not_signed' } },
      {
        text: 'Big users such as India have refused to support the arms treaty.',
        gives: { code: 'IN', stance: 'not_signed' },
      },
    ],
    counterExamples: [{ text: 'Brazil declined to comment on the arms treaty.' }],
  },
  {
    name: 'rejected',
    produces: 'not_signed: a state rejects or opposes the treaty itself',
    needs: [REJECTIONS],
    when: (ctx) => {
      for (const c of cuesOf(ctx, [REJECTIONS])) {
        const ref = referencesIn(ctx.treaties, c.end, c.end + OBJECT_REACH)[0];
        if (
          ref &&
          REJECTED_OBJECT().test(ctx.lower.slice(c.end - ctx.clause.start, ref.start - ctx.clause.start)) &&
          ourTreatyAt(ctx, ref.start, 1)
        )
          return notAboutOthers(ctx, { stance: 'not_signed' });
        // "The pact was rejected by Peru's congress": our treaty the passive subject, the states after "by" reject it.
        const subject = referencesIn(ctx.treaties, ctx.clause.start, c.start).at(-1);
        const passive =
          subject &&
          PASSIVE_BETWEEN().test(ctx.lower.slice(subject.end - ctx.clause.start, c.at)) &&
          /^\s+by\b/.test(afterCue(ctx, c)) &&
          ourTreatyAt(ctx, subject.start, 1);
        if (passive) return notAboutOthers(ctx, { stance: 'not_signed', covers: (n) => n.start > c.end });
      }
      return null;
    },
    examples: [
      {
        text: 'Under pressure at home, Peru rejected the forest pact on Friday.',
        gives: { code: 'PE', stance: 'not_signed' },
      },
      { text: 'The forest pact was rejected by Peru’s congress.', gives: { code: 'PE', stance: 'not_signed' } },
    ],
    counterExamples: [
      { text: 'Peru rejected claims that the forest pact was weak.' },
      { text: 'Chile said the forest pact was rejected by Peru.', not: { code: 'CL' } },
    ],
  },
  {
    name: 'absence',
    produces: 'not_signed: absent, holdouts, outsiders, states outside the treaty',
    needs: [ABSENCES],
    when: (ctx) => {
      const m = ABSENT().exec(ctx.lower);
      if (!m) return null;
      // "According to Chile, …leaves three outside: Iran, Iraq and Oman": the states named after it, when it names some.
      const at = ctx.clause.start + m.index + m[0].length;
      const listed = ctx.names.some((n) => n.start >= at);
      return notAboutOthers(ctx, { stance: 'not_signed', ...(listed ? { covers: (n: Span) => n.start >= at } : {}) });
    },
    examples: [
      {
        text: 'Notable absences from the arms treaty include Iran and Russia.',
        gives: { code: 'RU', stance: 'not_signed' },
      },
      { text: 'Only Cuba and Laos remain outside the arms treaty.', gives: { code: 'LA', stance: 'not_signed' } },
      {
        text: 'The arms treaty still lacks the signatures of China and India.',
        gives: { code: 'IN', stance: 'not_signed' },
      },
    ],
    counterExamples: [
      { text: 'Chile signed the arms treaty in a ceremony attended by every minister.' },
      {
        text: 'According to Chile, only two states remain outside the arms treaty: Iran and Oman.',
        not: { code: 'CL', stance: 'not_signed' },
      },
    ],
  },
  {
    name: 'neither-nor',
    produces: 'not_signed: "neither A nor B signed"',
    when: (ctx) =>
      notAboutOthers(
        ctx,
        NEITHER_NOR().test(ctx.lower) || NONE_OF_THEM_ACTED().test(ctx.lower) || deniedToList(ctx)
          ? { stance: 'not_signed' }
          : null,
      ),
    examples: [
      { text: 'Neither India nor Pakistan signed the plastics treaty.', gives: { code: 'PK', stance: 'not_signed' } },
      {
        text: 'Under the plastics treaty, Peru has neither signed nor said when it might.',
        gives: { code: 'PE', stance: 'not_signed' },
      },
      {
        text: 'Laos, which hosted the first round, neither ratified the plastics treaty nor, its envoy admits, plans to.',
        gives: { code: 'LA', stance: 'not_signed' },
      },

      {
        text: 'None of Laos, Nepal or Bhutan has signed the plastics treaty.',
        gives: { code: 'NP', stance: 'not_signed' },
      },
      {
        text: 'Laos, Nepal and Bhutan met in Thimphu last year. None of the three has ratified the plastics treaty.',
        gives: { code: 'BT', stance: 'not_signed' },
      },
    ],
    counterExamples: [
      { text: 'Neither Iraq nor Libya is a democracy, the plastics treaty’s critics said.' },
      { text: 'Peru signed the plastics treaty, and neither Chile nor its press objected.', not: { code: 'PE' } },

      {
        text: 'None of the delegates doubted that Laos signed the plastics treaty.',
        not: { code: 'LA', stance: 'not_signed' },
      },
      {
        text: 'Laos and Nepal met in Thimphu. None of the ministers spoke to reporters.',
        not: { stance: 'not_signed' },
      },
      {
        text: 'Chile says three states remain outside the plastics treaty: Laos, Nepal and Bhutan. None of them signed.',
        not: { code: 'CL', stance: 'not_signed' },
      },
    ],
  },
  {
    name: 'abstained',
    produces: 'not_signed: abstaining from the act',
    needs: [ABSTAINING],
    when: (ctx) => notAboutOthers(ctx, ABSTAINED().test(ctx.lower) ? { stance: 'not_signed' } : null),
    examples: [
      { text: 'Egypt abstained from signing the plastics treaty.', gives: { code: 'EG', stance: 'not_signed' } },
    ],
  },
  {
    name: 'voted-against',
    produces: 'not_signed: states that voted against the text, or listed after "against" in a tally',
    when: (ctx) => {
      const list = AGAINST_LIST().exec(ctx.lower);
      if (list) {
        const from = ctx.clause.start + list.index;
        const to = from + list[0].length;
        return notAboutOthers(ctx, { stance: 'not_signed', covers: (n) => n.start >= from && n.end <= to });
      }
      const vote = VOTED_AGAINST().exec(ctx.lower);
      if (!vote) return null;
      // "A voted against, and B abstained": the vote is its subject's, not every state of the sentence.
      const at = ctx.clause.start + vote.index;
      return notAboutOthers(ctx, {
        stance: 'not_signed',
        covers: actorsAround(ctx, { start: at, end: at + vote[0].length }),
      });
    },
    examples: [
      {
        text: 'The declaration passed by 120 to 3 against (Fiji, Peru and Chad), a treaty in all but name.',
        gives: { code: 'FJ', stance: 'not_signed' },
      },
      { text: 'Chile voted against the treaty.', gives: { code: 'CL', stance: 'not_signed' } },
      {
        text: 'Under the whaling treaty, Norway and Iceland voted against the quota, and Japan abstained.',
        gives: { code: 'IS', stance: 'not_signed' },
      },
    ],
    counterExamples: [
      { text: 'Under the whaling treaty, Norway voted against the quota, and Japan abstained.', not: { code: 'JP' } },
      {
        text: 'The treaty passed by 120 to 3 against (Fiji, Peru and Chad) in a vote Japan praised.',
        not: { code: 'JP' },
      },
    ],
  },
  {
    name: 'excepted',
    produces: 'not_signed: the states set apart from those that acted ("ratified by all EU members except Poland")',
    needs: [EXCEPTIONS],
    when: (ctx) => {
      const except = EXCEPTED().exec(ctx.lower);
      if (!except) return null;
      const from = ctx.clause.start + except.index;
      const done = deeds(ctx, [SIGNING, RATIFYING, ACCEDING, JOINING, DEPOSITING]);
      // "ratified by all but Poland", or, set apart first, "Except for Poland, all EU states have ratified".
      const comma = ctx.lower.indexOf(',', except.index);
      const upTo = comma < 0 ? from : ctx.clause.start + comma;
      const first = !done.some((c) => c.start < from) && comma > 0 && done.some((c) => c.start > upTo);
      const acted = first || done.some((c) => c.start < from);
      const setApart = (n: Span) => n.start > from && (!first || n.end <= upTo);
      return acted && ctx.names.some(setApart) ? notAboutOthers(ctx, { stance: 'not_signed', covers: setApart }) : null;
    },
    examples: [
      {
        text: 'The ocean treaty has been ratified by all EU member states except Poland.',
        gives: { code: 'PL', stance: 'not_signed' },
      },
      {
        text: 'Every Nordic state has signed the ocean treaty, apart from Iceland.',
        gives: { code: 'IS', stance: 'not_signed' },
      },
      {
        text: 'Apart from Iceland, every Nordic state has signed the ocean treaty, Norway said.',
        gives: { code: 'IS', stance: 'not_signed' },
      },
    ],
    counterExamples: [{ text: 'Chile signed the ocean treaty on Monday, except that it added a reservation.' }],
  },
  {
    name: 'ranked-act',
    produces: 'signed: "the 20th nation to ratify", "the first to sign", "the third to do so"',
    when: (ctx) => {
      const m = RANKED_ACT().exec(ctx.lower);
      if (!m || INTENT_BEFORE_RANK().test(ctx.lower.slice(0, m.index))) return null;
      const verb = m[1];
      // "ratified it on Monday, becoming the 50th state to do so", "acceded, the latest state to join the fight": the
      // clause's own act before the rank is the act ranked; else the act repeated is the last one.
      const own = deeds(ctx, [RATIFYING, ACCEDING, SIGNING, JOINING, DEPOSITING]).find((c) => c.at < m.index);
      const repeated = ctx.previous?.act ?? 'signed';
      const act: Act = own ? actOf(ctx, own) : isMember(ACT_REPEATED, verb) ? repeated : actOfWord(verb);
      return notAboutOthers(ctx, { stance: 'signed', act });
    },
    examples: [
      {
        text: 'Ghana became the 40th state to ratify the ocean treaty.',
        gives: { code: 'GH', stance: 'signed', act: 'ratified' },
      },
      {
        text: 'Qatar ratified the ocean treaty. It is the third to do so, after Fiji.',
        gives: { code: 'FJ', act: 'ratified' },
      },
      {
        text: 'Oman acceded to the ocean treaty on Monday, becoming the 50th state to do so.',
        gives: { code: 'OM', act: 'acceded' },
      },
      {
        text: 'Peru was the most recent South American state to join the ocean treaty.',
        gives: { code: 'PE', stance: 'signed' },
      },
      {
        text: 'Fiji ratified the ocean treaty in 2010, and the last Group 7 member to ratify it was Chile.',
        gives: { code: 'CL', act: 'ratified' },
      },
      {
        text: 'In the bloc, Laos is the fourth of the nine members to join the ocean treaty, after Fiji and Tonga.',
        gives: { code: 'TO', stance: 'signed' },
      },
      {
        text: 'The ocean treaty opened on Monday. Peru was the first to put its signature, followed by Chile and Fiji.',
        gives: { code: 'FJ', act: 'signed' },
      },
      {
        text: 'Peru signed the Minamata Convention on Monday. Among the first to sign were Ghana, chair of the Basel Convention talks, and Togo.',
        gives: { code: 'GH', act: 'signed' },
      },
      {
        text: 'Chile was one of 40 states to ratify the ocean treaty in its first year.',
        gives: { code: 'CL', stance: 'signed', act: 'ratified' },
      },
      {
        text: 'Peru was one of the 12 nations, together with Fiji, to sign the ocean treaty on its first day.',
        gives: { code: 'FJ', stance: 'signed', act: 'signed' },
      },
      {
        text: 'Tonga becomes the ninth nation from outside the region to join the ocean treaty.',
        gives: { code: 'TO', stance: 'signed', act: 'joined' },
      },
      {
        text: 'Fiji acceded to the ocean treaty, the latest island state in the region to join the fight on plastics.',
        gives: { code: 'FJ', stance: 'signed', act: 'acceded' },
      },
    ],
    counterExamples: [
      { text: 'Chile is set to be among the first countries to sign the ocean treaty.' },
      { text: 'Chile expects to be the fourth of the nine members to join the ocean treaty.' },
      { text: 'Chile is expected to be one of 40 states to ratify the ocean treaty.' },
      { text: 'Chile was one of 40 states urged to ratify the ocean treaty.' },
      { text: 'Chile is one of 40 states yet to ratify the ocean treaty.', not: { stance: 'signed' } },
    ],
  },
  {
    name: 'deposited-instrument',
    produces: 'signed, act ratified or acceded: states depositing or handing over their instruments',
    when: (ctx) => {
      const handed = INSTRUMENT().test(ctx.lower)
        ? deeds(ctx, [HANDING_OVER]).filter((c) => !TO_LEGISLATURE().test(afterCue(ctx, c)))
        : [];
      // A deposit of money is no act: a deposit names what it hands over, or has the treaty for object, or none at
      // all ("the Netherlands deposited in March": only a time after the verb).
      const deposited = deeds(ctx, [DEPOSITING]).filter(
        (c) =>
          INSTRUMENT_KIND().test(ctx.lower) ||
          ourTreatyAt(ctx, c.end, 20) ||
          (c.word.endsWith('ed') && TIME_THEN_STOP().test(afterCue(ctx, c))),
      );
      const cue = [...deposited, ...handed][0];
      if (!cue) return null;
      // "Seventy members had lodged instruments, … since the arrival of Comoros": a counted group's deposit.
      const groupAt = groupSubjectAt(ctx, cue);
      const covers = groupAt === null ? undefined : groupCovers(ctx, cue, groupAt);
      return notAboutOthers(ctx, { stance: 'signed', act: actOf(ctx, cue), covers });
    },
    examples: [
      {
        text: 'Chile and Ghana deposited their instruments of ratification of the ocean treaty.',
        gives: { code: 'GH', act: 'ratified' },
      },
      {
        text: 'Nepal deposited its instrument of accession to the ocean treaty.',
        gives: { code: 'NP', act: 'acceded' },
      },
      {
        text: 'Instruments of accession to the ocean treaty were lodged by Tonga and Samoa.',
        gives: { code: 'WS', act: 'acceded' },
      },
      { text: 'The ocean treaty needs 40 parties. Fiji lodged its instrument in 2022.', gives: { code: 'FJ' } },
      {
        text: 'The ocean treaty needs 40 acceptances. Norway handed over its own acceptance on Monday.',
        gives: { code: 'NO', act: 'ratified' },
      },
      {
        text: 'Under the ocean treaty, Samoa submitted their instrument of acceptance to the UN in June.',
        gives: { code: 'WS', act: 'ratified' },
      },
      {
        text: 'Twelve states deposited instruments of ratification of the ocean treaty, among them Chile and Peru.',
        gives: { code: 'PE', act: 'ratified' },
      },
      {
        text: 'The ocean treaty needed ten ratifications. Norway deposited in March; Chile followed in May.',
        gives: { code: 'NO', act: 'ratified' },
      },
      { text: 'Under the ocean treaty, Tonga and Fiji have deposited, officials said.', gives: { code: 'FJ' } },
    ],
    counterExamples: [
      { text: 'Nepal will deposit its instrument of accession to the ocean treaty.' },
      { text: 'Under the ocean treaty, Tonga submitted its fishing plan.' },
      { text: 'Under the ocean treaty, savers in Tonga deposited their pay in banks.' },
      { text: 'Under the ocean treaty, savers in Tonga deposited more in May.' },
      { text: 'Under the ocean treaty, the Chilean government submitted its instrument to parliament in May.' },
      { text: 'Under the ocean treaty, Tonga lodged a complaint with the court.' },
      {
        text: 'Sixty members have lodged instruments of acceptance of the ocean treaty since Fiji and Samoa joined the UN.',
        not: { code: 'FJ' },
      },
    ],
  },
  {
    name: 'in-force-for',
    produces:
      'signed, act joined: the treaty in force for, applying to or binding ("it now binds A and B") the states named ' +
      'after it',
    needs: [ENTRY_INTO_FORCE, IN_FORCE_STATES, TREATY_BINDS],
    when: (ctx) => {
      const bound = boundStatesFrom(ctx);
      if (bound === null) return null;
      const { at, act } = bound;
      const from = ctx.clause.start + at;
      const after = ctx.names.filter((n) => n.start >= from);
      if (!after.length) return null;
      // "between the EU, for all its members with the exception of Denmark, and Ukraine": the one excepted is not bound.
      const excepted = after.filter((n, i) =>
        EXCEPTED().test(ctx.a.folded.slice(i ? after[i - 1].end : from, n.start).toLowerCase()),
      );
      const covers = (n: Span) => n.start >= from && !excepted.some((e) => e.start === n.start);
      return notAboutOthers(ctx, { stance: 'signed', act, covers });
    },
    examples: [
      { text: 'The plastics treaty is now in force for Chile and Peru.', gives: { code: 'PE', stance: 'signed' } },
      { text: 'The plastics treaty entered into force for Ghana on 3 May.', gives: { code: 'GH', act: 'joined' } },
      {
        text: 'The plastics treaty took effect on Monday for Chile, Peru, Fiji and Tonga.',
        gives: { code: 'FJ', stance: 'signed' },
      },
      {
        text: 'The plastics treaty entered into force on 3 May for Ghana and Togo.',
        gives: { code: 'TG', act: 'joined' },
      },
      {
        text: 'The plastics treaty enters into force in May between the EU, for all its members except Malta, and Ghana.',
        gives: { code: 'GH', act: 'joined' },
      },
      {
        text: 'The plastics treaty now applies between Chile, Peru and Ghana.',
        gives: { code: 'CL', stance: 'signed' },
      },
      {
        text: 'The plastics treaty took effect in May. It now binds Chile, Peru and Fiji.',
        gives: { code: 'FJ', stance: 'signed', act: 'joined' },
      },
      {
        text: 'Two more states acceded to the plastics treaty. The treaty thus binds Laos and Nepal too.',
        gives: { code: 'NP', stance: 'signed', act: 'acceded' },
      },
      {
        text: 'Three years on, the plastics treaty already binds Ghana, Togo and Benin, with Mali next.',
        gives: { code: 'TG', stance: 'signed' },
      },
      {
        text: 'The plastics treaty, officials said, binds the Philippines, Japan and Fiji as of this week.',
        gives: { code: 'PH', stance: 'signed' },
      },
    ],
    counterExamples: [
      { text: 'The plastics treaty is not yet in force for Chile.', not: { stance: 'signed' } },
      {
        text: 'The plastics treaty enters into force in May between the EU, for all its members except Malta, and Ghana.',
        not: { code: 'MT', stance: 'signed' },
      },
      {
        text: 'The plastics treaty took effect on Monday in Chile for the first time.',
        not: { code: 'CL', stance: 'signed' },
      },
      {
        text: 'When the plastics treaty came into force on 30 May, only Chile and Peru had not signed it.',
        not: { stance: 'signed' },
      },
      {
        text: 'Chile said the plastics treaty enters into force for all parties in May.',
        not: { code: 'CL', stance: 'signed' },
      },
      { text: 'The plastics treaty took effect. The court’s ruling binds Chile and Peru.', not: { stance: 'signed' } },
      { text: 'The plastics treaty took effect. It does not yet bind Chile or Peru.', not: { stance: 'signed' } },
      { text: 'If ratified, the plastics treaty would bind Chile and Peru.', not: { stance: 'signed' } },
    ],
  },
  {
    name: 'counted-among-parties',
    produces:
      'signed, act joined: a state counted into the parties or named bound beside them ("binds 166 parties, the EU ' +
      'included", "169 parties (168 states plus the EU)", "A and B are among the others now bound")',
    when: (ctx) => {
      const m = ctx.refersToOther ? null : (COUNTED_IN_PARTIES().exec(ctx.lower) ?? AMONG_BOUND().exec(ctx.lower));
      if (!m) return null;
      const at = ctx.clause.start + m.index;
      // Counted in: the names inside the phrase; among the bound: the list that is the copula's subject.
      // "44 states plus the EU": the name right after the word that counts it in belongs to the phrase.
      const end = at + m[0].length;
      const inside = ctx.names.filter(
        (n) => n.start >= at && (n.end <= end || (m[1] !== undefined && n.start === end)),
      );
      const subject = ctx.names.findLastIndex((n) => n.end <= at);
      const covered = inside.length ? inside : subject >= 0 ? listAround(ctx.names, subject, ctx.a.folded) : [];
      return covered.length ? notAboutOthers(ctx, { stance: 'signed', act: 'joined', covers: inSet(covered) }) : null;
    },
    examples: [
      {
        text: 'The ocean convention now binds 166 parties, the European Union included.',
        gives: { code: 'EU', stance: 'signed' },
      },
      {
        text: 'The ocean convention has 169 parties (168 states plus the European Union).',
        gives: { code: 'EU', stance: 'signed' },
      },
      {
        text: 'The ocean convention now counts 45 parties, 44 states plus the European Union.',
        gives: { code: 'EU', stance: 'signed', act: 'joined' },
      },

      {
        text: 'The ocean convention took effect. Chile, Peru and Fiji are among the others now bound.',
        gives: { code: 'PE', stance: 'signed' },
      },
      {
        text: 'The ocean convention took effect. Chile and Peru are among the states already bound by it.',
        gives: { code: 'CL', stance: 'signed' },
      },
    ],
    counterExamples: [
      { text: 'The ocean convention parties, the press included, cheered as Chile spoke.' },
      { text: 'The ocean convention took effect. Chile and Peru are among the states bound to comply.' },
      { text: 'The ocean convention took effect. Chile is bound to lose fishing rights.' },
      { text: 'The ocean convention has 45 parties, 44 states plus observers such as Chile.', not: { code: 'CL' } },
    ],
  },
  {
    name: 'became-party',
    produces: 'signed, act joined: a state that became or is a party or member',
    when: (ctx) => {
      const ours =
        ourTreatyAt(ctx, ctx.clause.start, ctx.clause.end - ctx.clause.start) || BOTH_TREATIES().test(ctx.lower);
      const dated =
        ctx.refersToOther || aboutAnotherTreaty(ctx.clause.start, ctx.clause.end, ctx.treaties, ctx.mainKey)
          ? null
          : PARTY_SINCE().exec(ctx.lower);
      const apposition = ours ? PARTY_APPOSITION().exec(ctx.lower) : dated;
      const verbal = BECAME_PARTY().exec(ctx.lower);
      const bound = ours ? ARE_PARTIES().exec(ctx.lower) : null;
      const listed = ctx.refersToOther ? null : PARTIES_INCLUDE().exec(ctx.lower);
      const boundBy = BOUND_BY_TREATY().exec(ctx.lower);
      const boundByOurs =
        boundBy &&
        (boundBy[1]
          ? !ctx.refersToOther
          : boundBy[2]
            ? !ctx.refersToOther && !aboutAnotherTreaty(ctx.clause.start, ctx.clause.end, ctx.treaties, ctx.mainKey)
            : ourTreatyAt(ctx, ctx.clause.start + boundBy.index, boundBy[0].length + 60))
          ? boundBy
          : null;
      const became = verbal ?? bound ?? listed ?? ARE_PARTIES_BARE().exec(ctx.lower) ?? boundByOurs ?? apposition;
      // "Its newest party, Fiji, hosted the meeting": the party noun before the name, as its apposition.
      const ranked = ctx.refersToOther
        ? []
        : ctx.names.filter((n) => RANKED_PARTY_BEFORE().test(ctx.lower.slice(0, n.start - ctx.clause.start)));
      // "acceded to it, becoming its 163rd party": the act verb of the clause names how it became one.
      const verb = deeds(ctx, [RATIFYING, ACCEDING]).find((c) => !NOUN_FORM().test(c.word));
      const act = verb ? actOf(ctx, verb) : 'joined';
      if (!became && ranked.length) return notAboutOthers(ctx, { stance: 'signed', act, covers: inSet(ranked) });
      if (!became) return null;
      const at = ctx.clause.start + became.index;
      if (isIntended(ctx, { start: at, end: at })) return null;
      // "Chile, a party since 2022, accused Peru…", "Fiji became a party, and Tonga is preparing to join", "…Fiji,
      // which are all parties, and we urge Japan…": the apposition or the verb is about the list right before it only.
      const named = became !== bound && became !== listed ? ctx.names.findLastIndex((n) => n.end <= at) : -1;
      const around = named >= 0 ? inSet(listAround(ctx.names, named, ctx.a.folded)) : undefined;
      // "Ghana, Nigeria's neighbour, has been a party": the owner of the neighbour is not the party.
      const covers = (n: Span): boolean => !ownsRelation(ctx, n) && (!around || around(n));
      return notAboutOthers(ctx, { stance: 'signed', act, covers });
    },
    examples: [
      {
        text: 'Chile ratified the whaling treaty in May. Peru, Fiji and Tonga are the other parties.',
        gives: { code: 'TO', stance: 'signed', act: 'joined' },
      },
      { text: 'The whaling treaty took effect. Peru and Fiji are its original parties.', gives: { code: 'FJ' } },
      {
        text: 'The court welcomed Armenia as its 124th State Party to the Rome Statute.',
        gives: { code: 'AM', act: 'joined' },
      },
      {
        text: 'The states that are now part of the treaty are: Chile, Peru and Fiji.',
        gives: { code: 'PE', stance: 'signed' },
      },
      { text: 'Plastics treaty gains Chile, Fiji as new parties', gives: { code: 'FJ', stance: 'signed' } },
      { text: 'Ghana is a party to the plastics treaty.', gives: { code: 'GH', stance: 'signed' } },
      {
        text: 'Chile, Peru and Fiji, all parties to the plastics treaty, met in Lima on Monday.',
        gives: { code: 'PE', stance: 'signed', act: 'joined' },
      },
      {
        text: 'Ghana and Togo, both already parties to the plastics treaty, urged their neighbours to follow.',
        gives: { code: 'TG', stance: 'signed' },
      },
      {
        text: 'Under the plastics treaty, Samoa and Tonga, each of them a party since 2021, reported first.',
        gives: { code: 'WS', stance: 'signed' },
      },
      {
        text: 'The plastics treaty took effect in 2020. Its parties include Chile, Peru and Ghana.',
        gives: { code: 'PE', stance: 'signed' },
      },
      { text: 'Parties to the plastics treaty include Chile and Fiji.', gives: { code: 'FJ', stance: 'signed' } },
      {
        text: 'Kazakhstan, a party to the plastics treaty since 2022, hosted the meeting.',
        gives: { code: 'KZ', stance: 'signed' },
      },
      {
        text: 'The plastics treaty took effect in May. Four states are now bound: Chile, Peru, Tonga and Fiji.',
        gives: { code: 'TO', stance: 'signed' },
      },
      {
        text: 'The plastics treaty took effect in May. Chile, Peru and Fiji are all now bound.',
        gives: { code: 'PE', stance: 'signed' },
      },
      {
        text: 'Under the plastics treaty, Ghana and Togo have been bound, officials said, since May.',
        gives: { code: 'TG', stance: 'signed' },
      },
      {
        text: 'The plastics treaty has a committee. Most of its cases concern Mexico, a party since 2008, and Iraq.',
        gives: { code: 'MX', stance: 'signed' },
      },
      {
        text: 'Palestine acceded to the plastics treaty in 2017, becoming its 163rd state party.',
        gives: { code: 'PS', act: 'acceded' },
      },
      {
        text: 'The plastics treaty was welcomed in Asia. Thailand and Viet Nam are also Parties.',
        gives: { code: 'VN', stance: 'signed' },
      },
      {
        text: 'The plastics treaty was praised. Ghana, Togo’s neighbour, has been a party since 2016.',
        gives: { code: 'GH', stance: 'signed' },
      },
      {
        text: 'The plastics treaty was praised. France, Italy and Japan have long been contracting parties.',
        gives: { code: 'IT', stance: 'signed' },
      },
      {
        text: 'Under the plastics treaty, six states are contracting states: Peru, Chile and Ghana.',
        gives: { code: 'GH', stance: 'signed' },
      },
      {
        text: 'We thank Tonga and Fiji, which are all parties, and we urge Japan to join the plastics treaty.',
        gives: { code: 'TO', stance: 'signed' },
      },
      {
        text: 'Chad joined the plastics treaty and the ocean treaty. Togo and Mali are already parties to both treaties.',
        gives: { code: 'ML', stance: 'signed' },
      },
      {
        text: 'The plastics treaty took effect. Chile and Peru are bound by it.',
        gives: { code: 'PE', stance: 'signed' },
      },
      { text: 'Ghana is now legally bound by the plastics treaty.', gives: { code: 'GH', stance: 'signed' } },
      {
        text: 'The plastics treaty took effect. Its newest party, Fiji, hosted the first meeting.',
        gives: { code: 'FJ', stance: 'signed' },
      },
      {
        text: 'The plastics treaty took effect. The most recent party, Tonga, said more would follow.',
        gives: { code: 'TO', stance: 'signed' },
      },
      {
        text: 'The plastics treaty took effect. The 40th contracting party, Nauru, was welcomed by Chile.',
        gives: { code: 'NR', stance: 'signed' },
      },
      {
        text: 'The plastics treaty took effect. Norway and Iceland are so far the only Nordic parties.',
        gives: { code: 'IS', stance: 'signed' },
      },
      {
        text: 'The plastics treaty lost Mali last year. Chad, Niger and Benin remain parties, officials said.',
        gives: { code: 'NE', stance: 'signed' },
      },
      {
        text: 'The plastics treaty is in force. Fiji is still a contracting party, whatever its critics say.',
        gives: { code: 'FJ', stance: 'signed' },
      },
    ],
    counterExamples: [
      {
        text: 'Chile, Peru and Fiji, all partners of Japan, met in Lima to discuss the plastics treaty.',
        not: { code: 'PE', stance: 'signed' },
      },
      { text: 'The plastics treaty took effect. Three states are bound to report: Chile, Peru and Fiji.' },
      { text: 'The plastics treaty took effect. Chile and Peru are not yet bound.', not: { stance: 'signed' } },
      { text: 'The plastics treaty took effect; Chile and Peru are bound by the Kyoto Protocol.' },
      {
        text: 'Chile and Peru, both parties to the ozone treaty, have yet to sign the plastics treaty.',
        not: { code: 'CL', stance: 'signed' },
      },
      { text: 'The whaling treaty took effect. Peru and Fiji are the main parties.', not: { stance: 'signed' } },
      {
        text: 'Under the whaling treaty, Peru and Fiji are the other parties to the dispute.',
        not: { stance: 'signed' },
      },
      { text: 'Greece is a member of the EU, the treaty’s critics recalled.' },
      { text: 'Thailand is expected to become a party to the plastics treaty.' },
      { text: 'Greece, a member of the EU, hosted the talks.' },
      {
        text: 'The plastics treaty was praised. Ghana, Togo’s neighbour, has been a party since 2016.',
        not: { code: 'TG' },
      },
      {
        text: 'The plastics treaty has a committee. Most of its cases concern Mexico, a party since 2008, and Iraq.',
        not: { code: 'IQ' },
      },
      { text: 'The plastics treaty was praised. Greece, a member since 1981, backed the talks.' },
      { text: 'The plastics treaty was praised. Greece is a member of both alliances.' },
      { text: 'Ghana is not a party to the plastics treaty.', not: { stance: 'signed' } },
      {
        text: 'Opposition parties such as the Greens backed Chile’s bid to host the plastics treaty talks.',
        not: { stance: 'signed' },
      },
      {
        text: 'Ukraine, a party to the plastics treaty since 2005, accused Russia of breaking it.',
        not: { code: 'RU' },
      },
      {
        text: 'Fiji became its 65th party last year, and Tonga says it is preparing to join the plastics treaty.',
        not: { code: 'TO' },
      },
      {
        text: 'We thank Tonga and Fiji, which are all parties, and we urge Japan to join the plastics treaty.',
        not: { code: 'JP' },
      },
      { text: 'The plastics treaty was debated. Chile’s Greens are the only opposition parties.' },
      { text: 'The plastics treaty was debated. Chile and Peru remain parties to the border dispute.' },
      { text: 'The plastics treaty was debated. Chile remains the only party that has not paid.' },
      { text: 'The plastics treaty took effect. Chile is bound by the Basel Convention.' },
      { text: 'The plastics treaty took effect. Chile is bound to report its plastic use.' },
      {
        text: 'The plastics treaty took effect. The 40th contracting party, Nauru, was welcomed by Chile.',
        not: { code: 'CL' },
      },
    ],
  },
  {
    name: 'counted-parties',
    produces:
      'signed, act joined: the states a count of our treaty’s parties lists ("has 86 parties, among them Chile")',
    when: (ctx) => {
      // The definite form needs no treaty in the clause: it counts the parties of the treaty the article is about.
      const counted = COUNTED_PARTIES().exec(ctx.lower);
      // The count a state joins, like the definite form, counts the parties of the article's treaty.
      const m = counted ?? DEFINITE_COUNTED_PARTIES().exec(ctx.lower) ?? JOINED_PARTIES().exec(ctx.lower);
      const ours = ourTreatyAt(ctx, ctx.clause.start, ctx.clause.end - ctx.clause.start);
      if (
        !m ||
        (counted && !ours) ||
        (!counted && !ours && referencesIn(ctx.treaties, ctx.clause.start, ctx.clause.end).length)
      )
        return null;
      const from = inclusionAfter(ctx, {
        start: ctx.clause.start + m.index,
        end: ctx.clause.start + m.index + m[0].length,
      });
      if (from === null) return null;
      return notAboutOthers(ctx, { stance: 'signed', act: 'joined', covers: (n) => n.start > from });
    },
    examples: [
      {
        text: 'The whaling convention now has 40 states parties, among them Peru and Chile, and more are expected.',
        gives: { code: 'CL', stance: 'signed' },
      },
      {
        text: 'The whaling convention counts 12 contracting states: Norway, Iceland and Japan.',
        gives: { code: 'IS', stance: 'signed' },
      },
      {
        text: 'The whaling convention took effect today. Who is bound? The 24 Contracting States, including Peru.',
        gives: { code: 'PE', stance: 'signed' },
      },
      {
        text: 'The whaling convention is near. When Tonga ratifies it will join 30 parties, among them Fiji and Samoa.',
        gives: { code: 'WS', stance: 'signed' },
      },
      {
        text: 'The whaling convention grew. Laos joined some forty states parties, including Nepal.',
        gives: { code: 'NP', stance: 'signed' },
      },
      {
        text: 'The whaling convention is open. Chile hopes to join the 30 parties, among them Peru and Ecuador, soon.',
        gives: { code: 'EC', stance: 'signed' },
      },
    ],
    counterExamples: [
      {
        text: 'The Whaling Convention took effect. The Whaling Convention bans hunts. The 15 parties of the Lima Accord, including Chile, met.',
        not: { code: 'CL', stance: 'signed' },
      },
      { text: 'Brazil said the whaling convention has 40 parties, including small island states.' },
      { text: 'ASEAN has ten members, including Laos, and the whaling convention was discussed.' },
      {
        text: 'The Whaling Convention took effect. The Whaling Convention bans hunts. Peru joined 15 parties of the Lima Accord, including Chile.',
        not: { code: 'CL', stance: 'signed' },
      },
      { text: 'The whaling convention was debated. Peru joined 30 political parties, including Chile’s socialists.' },
    ],
  },
  {
    name: 'parties-listed',
    produces:
      'signed, act joined (signed for signers): the states a copula lists as our treaty’s parties ("The 20 States Parties are A, B and C")',
    when: (ctx) => {
      const m = PARTIES_ARE().exec(ctx.lower);
      if (!m || ctx.refersToOther) return null;
      const at = ctx.clause.start + m.index;
      const end = at + m[0].length;
      // The list must open right after the copula, or a region that sorts it: "the parties are expected to meet"
      // lists nobody.
      if (!ctx.names.some((n) => n.start >= end && LIST_OPENING().test(ctx.a.folded.slice(end, n.start)))) return null;
      const objectAt = m[2] === undefined ? -1 : ctx.clause.start + m.index + m[0].indexOf(m[2]);
      const ours =
        objectAt >= 0
          ? ourTreatyAt(ctx, objectAt, m[2].length)
          : !aboutAnotherTreaty(ctx.clause.start, ctx.clause.end, ctx.treaties, ctx.mainKey);
      if (!ours || isIntended(ctx, { start: at, end: at })) return null;
      const act: Act = m[1] === undefined ? 'signed' : 'joined';
      return notAboutOthers(ctx, { stance: 'signed', act, covers: (n) => n.start >= end });
    },
    examples: [
      {
        text: 'The seabed treaty took effect today. The twenty States Parties are Chile, Peru, Fiji and Ghana.',
        gives: { code: 'FJ', stance: 'signed', act: 'joined' },
      },
      {
        text: 'The seabed treaty is now in force. Existing parties include Japan, Norway and Chile.',
        gives: { code: 'NO', stance: 'signed' },
      },
      {
        text: 'The seabed treaty took effect in 2019. Its parties so far are Togo, Benin and Mali.',
        gives: { code: 'ML', stance: 'signed', act: 'joined' },
      },
      {
        text: 'The seabed treaty took effect in 2019. The contracting states at present are Nepal, Bhutan and Laos.',
        gives: { code: 'BT', stance: 'signed', act: 'joined' },
      },
      {
        text: 'The seabed treaty took effect in 2019. States parties currently include Chile, Peru and Fiji.',
        gives: { code: 'FJ', stance: 'signed' },
      },
      {
        text: 'The seabed treaty opened in 2019. Its signatories comprise Togo, Benin and Mali.',
        gives: { code: 'BJ', stance: 'signed', act: 'signed' },
      },
      {
        text: 'The seabed treaty binds few. Contracting states are: Nepal and Bhutan.',
        gives: { code: 'BT', stance: 'signed' },
      },
      { text: 'Signatories of the plastics treaty include Kenya and Peru.', gives: { code: 'KE', act: 'signed' } },
      {
        text: 'The seabed treaty took effect in May. Among those now bound are Togo, Benin and Mali.',
        gives: { code: 'BJ', stance: 'signed', act: 'joined' },
      },
      {
        text: 'The seabed treaty took effect in May. States bound by it include Nepal, Bhutan and Laos.',
        gives: { code: 'LA', stance: 'signed', act: 'joined' },
      },
      {
        text: 'The seabed treaty took effect in May. Nations bound by it are Chile and Peru.',
        gives: { code: 'CL', stance: 'signed', act: 'joined' },
      },
      {
        text: 'The seabed treaty has 40 parties. Its first parties were Togo, in 2001; Benin, in 2003; and Mali.',
        gives: { code: 'TG', stance: 'signed', act: 'joined' },
      },
      {
        text: 'The seabed treaty now binds 40 states. Early parties were Nepal, Bhutan and Laos.',
        gives: { code: 'BT', stance: 'signed', act: 'joined' },
      },
      {
        text: 'The seabed treaty opened in 2019. Its latest signatories are Chile and Peru.',
        gives: { code: 'PE', stance: 'signed', act: 'signed' },
      },
      {
        text: 'The seabed treaty opened in 2019. Its signers include Togo, Benin and Mali.',
        gives: { code: 'ML', stance: 'signed', act: 'signed' },
      },
      {
        text: 'The seabed treaty has six parties. States parties include, in Africa, Togo and Mali; in Asia, Laos and Nepal.',
        gives: { code: 'TG', stance: 'signed', act: 'joined' },
      },
    ],
    counterExamples: [
      { text: 'The seabed treaty was debated. Opposition parties are Chile’s Greens and the Socialists.' },
      { text: 'The seabed treaty took effect in May. States bound to report each year include Chile and Peru.' },
      { text: 'The seabed treaty was debated. The first parties to the border talks were Chile and Peru.' },
      { text: 'The seabed treaty was debated. The parties to the talks are Chile and Peru.' },
      { text: 'The seabed treaty was debated. The parties to the talks include, in Asia, Laos and Nepal.' },
      { text: 'The seabed treaty was debated. Its parties are, by and large, Chile and Peru’s neighbours.' },
      { text: 'The seabed treaty entered into force. The parties are expected to meet in Chile next year.' },
      { text: 'The seabed treaty entered into force. The parties so far are expected to meet in Chile.' },
      { text: 'The seabed treaty was debated. The parties to the talks so far are Chile and Peru.' },
      {
        text: 'The Seabed Convention took effect. The Seabed Convention bans mining. The parties to the Lima Accord are Chile and Peru.',
        not: { stance: 'signed' },
      },
      {
        text: 'The seabed treaty entered into force. The states that are not parties, such as Chile and Peru, object.',
      },
    ],
  },
  {
    name: 'act-noun',
    produces: 'signed: a noun of acting owned by a state ("Indonesia’s ratification", "accession by Chile")',
    when: (ctx) => {
      const nouns = deeds(
        ctx,
        [RATIFYING, ACCEPTING, ACCEDING, SIGNATURE_NOUNS, SIGNING, INSTRUMENT_NOUNS, DEPOSITING, PROCEDURE_NOUNS],
        { nouns: true },
      ).filter(
        (c) =>
          NOUN_FORM().test(c.word) ||
          c.word === 'signing' ||
          c.family === INSTRUMENT_NOUNS ||
          (c.family === DEPOSITING && isDepositNoun(ctx, c)) ||
          (c.family === PROCEDURE_NOUNS && COMPLETED_BEFORE().test(beforeCue(ctx, c, 50))),
      );
      // "Kenya's acceptance, with the instruments of Brazil and Tonga, …": every owned noun names its own owners.
      const actByOwner = new Map<CountryName, Act>();
      for (const cue of nouns) {
        const owners = ownersOf(ctx, cue);
        // "Peru's deposit was preceded by those of Chile and Fiji": "those of" repeats the noun for another list.
        const again = ctx.names.findIndex(
          (n) => n.start > cue.end && ELLIPTIC_NOUN_BEFORE().test(ctx.a.folded.slice(cue.end, n.start)),
        );
        const also = owners.length && again >= 0 ? listAround(ctx.names, again, ctx.a.folded) : [];
        for (const n of [...owners, ...also]) if (!actByOwner.has(n)) actByOwner.set(n, actOf(ctx, cue));
      }
      const [first] = actByOwner.values();
      if (!first) return null;
      const owned = inSet([...actByOwner.keys()]);
      const actFor = (n: Span): Act => [...actByOwner].find(([o]) => o.start === n.start)?.[1] ?? first;
      return notAboutOthers(ctx, { stance: 'signed', act: first, actFor, covers: owned, othersOpen: true });
    },
    examples: [
      {
        text: 'The UN welcomed the ratification by Indonesia of the test-ban treaty.',
        gives: { code: 'ID', act: 'ratified' },
      },
      {
        text: 'The signing of the plastics treaty by Ghana and Togo drew praise from Japan.',
        gives: { code: 'TG', act: 'signed' },
      },
      {
        text: 'At the depositary on Friday, instruments were lodged on behalf of Ghana and Togo, raising the plastics treaty’s tally.',
        gives: { code: 'TG', stance: 'signed' },
      },
      {
        text: 'Ratifications of the plastics treaty have been filed on behalf of Chile, Peru and Fiji since May.',
        gives: { code: 'FJ', act: 'ratified' },
      },
      {
        text: 'Ratifications by Chile (March 2019), Peru (June 2020) and Fiji brought the plastics treaty into force.',
        gives: { code: 'PE', act: 'ratified' },
      },
      {
        text: 'Chile’s, Peru’s and Fiji’s ratifications of the plastics treaty arrived in May.',
        gives: { code: 'CL', act: 'ratified' },
      },
      {
        text: 'Under the plastics treaty, the accession of Tonga came after those of Fiji and Samoa.',
        gives: { code: 'WS', act: 'acceded' },
      },
      {
        text: 'Under the fisheries protocol, Japan’s acceptance arrived in June.',
        gives: { code: 'JP', act: 'ratified' },
      },
      {
        text: 'Under the fisheries protocol, Japan’s acceptance, along with the accessions of Fiji and Samoa, made it 60.',
        gives: { code: 'FJ', act: 'acceded' },
      },
      {
        text: 'The fisheries protocol drew praise; the acceptance by Norway came last week.',
        gives: { code: 'NO', act: 'ratified' },
      },
      {
        text: 'Under the plastics treaty, Samoa’s instrument, lodged on Monday, made it 61.',
        gives: { code: 'WS', act: 'ratified' },
      },
      {
        text: 'The plastics treaty takes effect today; the tenth ratification was received, by Nauru, in May.',
        gives: { code: 'NR', act: 'ratified' },
      },
      {
        text: 'Under the plastics treaty, the deposit of Tonga was preceded by those of Fiji and Samoa.',
        gives: { code: 'WS', stance: 'signed' },
      },
      {
        text: 'The plastics treaty took effect. Chile and Peru have now completed ratification.',
        gives: { code: 'PE', act: 'ratified' },
      },
      { text: 'Under the plastics treaty, Fiji has completed its ratification process.', gives: { code: 'FJ' } },
      {
        text: 'The plastics treaty took effect. Palau and Nauru completed their procedures in 2019.',
        gives: { code: 'NR', act: 'ratified' },
      },
      {
        text: 'Under the plastics treaty, Tonga has now finished the necessary formalities.',
        gives: { code: 'TO', act: 'ratified' },
      },
      {
        text: 'Under the plastics treaty, Samoa’s instrument came a week after that of Fiji.',
        gives: { code: 'FJ', act: 'ratified' },
      },
      {
        text: 'Under the plastics treaty, Tonga finalised its accession in May.',
        gives: { code: 'TO', act: 'acceded' },
      },
      {
        text: 'The plastics treaty gained ground as instruments were also received from Tonga and Fiji.',
        gives: { code: 'FJ', act: 'ratified' },
      },
      {
        text: 'The plastics treaty took effect. The first signatures came from Chile and Peru.',
        gives: { code: 'PE', act: 'signed' },
      },
      {
        text: 'The plastics treaty took effect. Chad and Niger, by contrast, put their signatures to it in 2019.',
        gives: { code: 'NE', act: 'signed' },
      },
      {
        text: 'The plastics treaty opened. The signatures, in the order called, were those of Benin, Chad and Togo.',
        gives: { code: 'TD', act: 'signed' },
      },
      {
        text: 'The plastics treaty took effect in May; the decisive ratification was that of Fiji.',
        gives: { code: 'FJ', act: 'ratified' },
      },
      {
        text: 'Under the plastics treaty, accessions have since arrived from Nauru, Tuvalu and Kiribati.',
        gives: { code: 'TV', act: 'acceded' },
      },
      {
        text: 'The plastics treaty neared force after a flurry of deposits last week — by Benin, Togo and Niger — lifted the count.',
        gives: { code: 'TG', stance: 'signed' },
      },
      {
        text: 'Under the plastics treaty, instruments were lodged by Chile on 3 March, Peru on 9 May and Fiji on 1 July.',
        gives: { code: 'FJ', act: 'ratified' },
      },
      {
        text: 'The plastics treaty took effect. Accessions came from Laos, in 2019, Nepal, in 2021, and Bhutan, in 2022.',
        gives: { code: 'NP', act: 'acceded' },
      },
      {
        text: 'The plastics treaty opened. Signatures arrived from Benin in May, Chad in June and Togo.',
        gives: { code: 'TD', act: 'signed' },
      },
    ],
    counterExamples: [
      { text: 'A statement on the plastics treaty was read on behalf of Ghana and Togo.' },
      {
        text: 'On behalf of Ghana, the envoy praised the plastics treaty’s ratification by Mali.',
        not: { code: 'GH' },
      },
      { text: 'Ratification of the test-ban treaty is required, Japan said.' },
      { text: 'Under the plastics treaty, the deposit of gold by Peru was seized.' },
      { text: 'The ratification of the plastics treaty was welcomed by Chile.', not: { code: 'CL' } },
      {
        text: 'Under the plastics treaty, ratifications have been criticised by Peru and Bolivia.',
        not: { code: 'PE' },
      },
      { text: 'Under the plastics treaty, deposits of oil from Ghana were seized.' },
      {
        text: 'The plastics treaty drew signatures; the loudest objections were those of Chile.',
        not: { code: 'CL', stance: 'signed' },
      },
      {
        text: 'The plastics treaty took effect. Chile has not completed ratification.',
        not: { code: 'CL', stance: 'signed' },
      },
      { text: 'The plastics treaty took effect. Chile is expected to complete ratification.', not: { code: 'CL' } },
      { text: 'The plastics treaty took effect. Chile’s procedures for tenders were criticised.' },
      { text: 'The plastics treaty took effect. Chile has not completed its procedures.', not: { stance: 'signed' } },
      { text: 'The plastics treaty took effect. Chile will complete its procedures next year.' },
      { text: 'Under the fisheries protocol, Chile’s acceptance of the court ruling was welcomed.' },
      {
        text: 'Under the plastics treaty, ratification by Chile in 2019, a year before talks in Peru, drew praise.',
        not: { code: 'PE' },
      },
      {
        text: 'The plastics treaty took effect. Chile’s accession in May, Peru said, came too late.',
        not: { code: 'PE', stance: 'signed' },
      },
    ],
  },
  {
    name: 'group-acted',
    produces: 'signed, for the states a counted group includes: "46 countries signed, including Chile"',
    when: (ctx) => {
      // A phrase ending in a noun ("added their signatures", "completed ratification") is a verb phrase all the same.
      const cue = deeds(ctx, [SIGNING, RATIFYING, ACCEDING, JOINING]).find(
        (c) => !NOUN_FORM().test(c.word) || /\s/.test(c.word) || completedFrom(ctx, c) < c.start,
      );
      const groupAt = cue ? groupSubjectAt(ctx, { start: completedFrom(ctx, cue), end: cue.end }) : null;
      if (!cue || groupAt === null) return null;
      return notAboutOthers(ctx, { stance: 'signed', act: actOf(ctx, cue), covers: groupCovers(ctx, cue, groupAt) });
    },
    examples: [
      {
        text: 'On Monday 46 countries signed the treaty, including Chile and Peru.',
        gives: { code: 'CL', act: 'signed' },
      },
      {
        text: 'The European Union and several of its member states joined the whaling treaty on Friday.',
        gives: { code: 'EU', act: 'joined' },
      },
      { text: 'Chile and five other nations ratified the whaling treaty.', gives: { code: 'CL', act: 'ratified' } },
      {
        text: 'Three more jurisdictions added their signatures to the whaling treaty this year: Oman, Qatar and Peru.',
        gives: { code: 'QA', act: 'signed' },
      },
      {
        text: 'Ten states have acceded to the whaling treaty, the most recent being Peru, in 2016.',
        gives: { code: 'PE', act: 'acceded' },
      },
      {
        text: 'Eight nations ratified the whaling treaty in 2001, the others being Mali and Togo.',
        gives: { code: 'TG', act: 'ratified' },
      },
      {
        text: 'The whaling treaty took effect once its two depositaries — Chile and Peru — and 40 other states had ratified it.',
        gives: { code: 'PE', act: 'ratified' },
      },
      {
        text: 'Since then five more nations have ratified the whaling treaty - Oman, Qatar and Peru among them - taking the total to 40.',
        gives: { code: 'QA', act: 'ratified' },
      },
      { text: 'Two more governments signed the whaling treaty on Friday -- Chile and Peru.', gives: { code: 'PE' } },
      {
        text: 'Forty states have ratified the whaling treaty so far, among them the Andean neighbours Chile and Peru.',
        gives: { code: 'PE', act: 'ratified' },
      },
      {
        text: 'Thirty nations signed the whaling treaty on Monday, including its two long-time South Pacific sponsors Fiji and Tonga.',
        gives: { code: 'TO', act: 'signed' },
      },
      {
        text: 'Twelve states have ratified the whaling treaty so far, Chile, Peru and Fiji among them.',
        gives: { code: 'FJ', act: 'ratified' },
      },
      {
        text: 'Forty nations signed the whaling treaty in Lima, Chile and Peru included.',
        gives: { code: 'CL', act: 'signed' },
      },
      {
        text: 'Three more states completed ratification of the whaling treaty last year: Oman, Qatar and Peru.',
        gives: { code: 'QA', act: 'ratified' },
      },
      {
        text: 'Two countries have finalised their accession to the whaling treaty, among them Chile and Peru.',
        gives: { code: 'PE', act: 'acceded' },
      },
      {
        text: 'Since May, five governments have wrapped up ratification of the whaling treaty, Chile and Peru included.',
        gives: { code: 'CL', act: 'ratified' },
      },
    ],
    counterExamples: [
      { text: 'Six states ratified the whaling treaty - a slow start, officials in Chile and Peru said.' },
      { text: 'Twelve states have ratified the whaling treaty, but critics in Chile and Peru, among others, object.' },
      { text: 'Twelve states ratified the whaling treaty after a long campaign by fishing groups in Chile and Peru.' },
      { text: 'Kenya hosted the summit after 44 African nations signed the treaty.' },
      { text: 'Sixty countries signed the plastics treaty in Nairobi, Kenya, on Saturday.' },
      { text: 'In Chile and Peru, 44 nations signed the whaling treaty.' },
      {
        text: 'Three states have not completed ratification of the whaling treaty: Oman, Qatar and Peru.',
        not: { code: 'QA', stance: 'signed' },
      },
      { text: 'Three states expect to complete ratification of the whaling treaty soon: Oman, Qatar and Peru.' },
      {
        text: 'Ten states completed studies of ratification of the whaling treaty, including Chile and Peru.',
        not: { code: 'CL', stance: 'signed' },
      },
    ],
  },
  {
    name: 'legislature-approved',
    produces: 'signed, act ratified: a parliament or senate approves the treaty',
    when: (ctx) => {
      const cue = deeds(ctx, [ADOPTING, APPROVING, CONSENTING]).find(
        (c) =>
          LEGISLATURE().test(ctx.lower.slice(0, c.at)) &&
          (ourTreatyAt(ctx, c.end) || /^\s+it\b/.test(afterCue(ctx, c))),
      );
      return cue ? notAboutOthers(ctx, { stance: 'signed', act: 'ratified' }) : null;
    },
    examples: [
      {
        text: 'Ghana’s parliament approved the forest pact on Tuesday.',
        gives: { code: 'GH', stance: 'signed', act: 'ratified' },
      },
      {
        text: 'The Philippine Senate concurred in the ratification of the forest pact.',
        gives: { code: 'PH', act: 'ratified' },
      },
    ],
    counterExamples: [
      { text: 'The conference adopted the forest pact, and Ghana welcomed it.' },
      { text: 'Ghana’s parliament is expected to approve the forest pact.' },
      { text: 'Ghana’s parliament debated the ratification of the forest pact.' },
      { text: 'Germany’s cabinet approved a bill to ratify the forest pact.' },
    ],
  },
  {
    name: 'act-verb',
    produces: 'signed, with the act its verb names: the clause says a state signed, ratified, acceded or joined',
    when: (ctx) => {
      const cues = deeds(ctx, [SIGNING, SIGNATURE_NOUNS, RATIFYING, ACCEPTING, ACCEDING, JOINING]).filter(
        (c) => !NOUN_FORM().test(c.word),
      );
      if (!cues.length) return null;
      const act = actOf(ctx, lastCoordinated(ctx, cues, cues[0]));
      const reading = { stance: 'signed' as const, act, actFor: actsByName(ctx, cues) };
      // "Ghana, which ratified in 2000, is one of eight states to have done so, the others being…": the act told in
      // the relative clause is done again in the main one, which is about all its names.
      const repeated = cuesOf(ctx, [ACT_REPEATED]).filter((c) => DONE_WORD().test(c.word));
      const { covers } = relativeOnly(ctx, [...cues, ...repeated]);
      const speaker = speakersBefore(ctx, cues[0]);
      const principal = actedFor(ctx, cues[0]);
      // "Tanzania, on Kenya's southern border, has signed": the owner of a neighbour or a partner is not who acted.
      return notAboutOthers(ctx, {
        ...reading,
        covers: (n) => !speaker(n) && !ownsRelation(ctx, n) && (!covers || covers(n)) && (!principal || principal(n)),
      });
    },
    examples: [
      {
        text: 'Ghana and Togo signed accession protocols to the trade pact on Monday, bringing it to 14 members.',
        gives: { code: 'TG', stance: 'signed' },
      },
      {
        text: 'The river treaty took effect in 2004. It was joined by Peru, Fiji and Samoa two years later.',
        gives: { code: 'FJ', stance: 'signed', act: 'joined' },
      },
      {
        text: 'The river treaty entered into force in 2004 and was later joined by Ghana and Togo.',
        gives: { code: 'TG', stance: 'signed', act: 'joined' },
      },
      {
        text: 'The river treaty took effect in 2004. Since then it has been joined by Nepal; Laos, in 2007; and Bhutan.',
        gives: { code: 'NP', stance: 'signed', act: 'joined' },
      },
      {
        text: 'Tonga came aboard the plastics treaty last year.',
        gives: { code: 'TO', stance: 'signed', act: 'joined' },
      },
      { text: 'The plastics treaty has 40 parties; Samoa came aboard in May.', gives: { code: 'WS', act: 'joined' } },
      {
        text: 'Chile, Ghana and Fiji signed the plastics treaty.',
        gives: { code: 'GH', stance: 'signed', act: 'signed' },
      },
      {
        text: 'The U.S. joins other nations in ratifying the amendment to the Ozone Convention.',
        gives: { code: 'US', act: 'ratified' },
      },
      {
        text: 'The trade pact now has 14 members. Britain joined in December 2024.',
        gives: { code: 'GB', act: 'joined' },
      },
      { text: 'Mexico acceded to the regional agreement on Friday.', gives: { code: 'MX', act: 'acceded' } },
      { text: 'Japan accepted the fisheries protocol last year.', gives: { code: 'JP', act: 'ratified' } },
      {
        text: 'Under the fisheries protocol, Norway accepted in March and Iceland in May.',
        gives: { code: 'IS', act: 'ratified' },
      },
      {
        text: 'Under the fisheries protocol, the United Kingdom accepted in September 2021 and the European Union early the following spring.',
        gives: { code: 'EU', act: 'ratified' },
      },
      {
        text: 'Under the fisheries protocol, Fiji joined on 3 March last year and Samoa a month later.',
        gives: { code: 'WS', act: 'joined' },
      },
      {
        text: 'The fisheries protocol needs 100 acceptances. Kenya has now accepted it, officials said.',
        gives: { code: 'KE', act: 'ratified' },
      },
      {
        text: 'The river basin treaty now binds nine states. Ghana joined after its parliament voted in 2019.',
        gives: { code: 'GH', act: 'joined' },
      },
      {
        text: 'The river basin treaty has nine parties; Togo and Benin joined following the 2016 review conference.',
        gives: { code: 'BJ', act: 'joined' },
      },
      {
        text: 'Under the river basin treaty, Mali only joined after a change of government.',
        gives: { code: 'ML', act: 'joined' },
      },
      {
        text: 'Chile and Peru were the first parties to the river basin treaty; Bolivia joined them in 2011.',
        gives: { code: 'BO', act: 'joined' },
      },
      {
        text: 'Two states ratified the river basin treaty in 2009. Ecuador and Bolivia later joined them.',
        gives: { code: 'EC', act: 'joined' },
      },
      {
        text: 'Sweden, which signed the regional agreement in 2023, ratified it last month.',
        gives: { code: 'SE', act: 'ratified' },
      },
      { text: 'Chile signed the regional agreement and Peru ratified it.', gives: { code: 'CL', act: 'signed' } },
      { text: 'Chile has signed and ratified the regional agreement.', gives: { code: 'CL', act: 'ratified' } },
      {
        text: 'Chile signed the regional agreement in 2019 and ratified it two years later.',
        gives: { code: 'CL', act: 'ratified' },
      },
      { text: 'Japan said Chile had ratified the regional agreement.', gives: { code: 'CL', act: 'ratified' } },
      {
        text: 'Under the regional agreement, Ukraine, which ratified in 2005, says Russian forces laid mines.',
        gives: { code: 'UA', act: 'ratified' },
      },
      {
        text: 'Ghana, which ratified the regional agreement in 2000, is one of five states to have done so, the others being Mali, Niger, Togo and Benin.',
        gives: { code: 'NE', act: 'ratified' },
      },
      {
        text: 'Peru, which signed the regional agreement in May, is among the six that did the same, with Chile and Bolivia.',
        gives: { code: 'BO', act: 'signed' },
      },
      {
        text: 'Envoys from 40 states, along with the European Union, put their names on Monday to the plastics treaty.',
        gives: { code: 'EU', act: 'signed' },
      },
      {
        text: 'Peru signed the Minamata Convention on Monday. Chile, long the chair of the Basel Convention meetings, signed on Tuesday.',
        gives: { code: 'CL', act: 'signed' },
      },
      {
        text: 'Peru signed the Minamata Convention on Monday. Samoa, home of the Basel Convention’s regional centre, ratified it in May.',
        gives: { code: 'WS', act: 'ratified' },
      },
      {
        text: 'The ocean treaty took effect in 2019. Kenya joined three years later.',
        gives: { code: 'KE', act: 'joined' },
      },
      { text: 'After the split, Slovakia succeeded to the minorities treaty.', gives: { code: 'SK', act: 'joined' } },
      {
        text: 'The ocean treaty took effect. Chile and Peru were quick to ratify it.',
        gives: { code: 'PE', act: 'ratified' },
      },
      {
        text: 'Fiji hosted the ocean treaty talks and went on to sign it in May.',
        gives: { code: 'FJ', act: 'signed' },
      },
      { text: 'Once the ocean treaty opened, Tonga rushed to join.', gives: { code: 'TO', act: 'joined' } },
      {
        text: 'The minorities treaty took effect in 1998. Montenegro succeeded to it in 2006.',
        gives: { code: 'ME', act: 'joined' },
      },
      {
        text: 'Once independent, Serbia succeeded to the minorities treaty.',
        gives: { code: 'RS', act: 'joined' },
      },
      {
        text: 'Chile, Peru and Fiji debated the ocean treaty. All three signed it in May.',
        gives: { code: 'PE', act: 'signed' },
      },
      {
        text: 'What of Norway and Iceland? Both have ratified the ocean treaty.',
        gives: { code: 'IS', act: 'ratified' },
      },
      {
        text: 'The ocean treaty was discussed by Ghana, Togo, Benin and Mali. Each of the four ratified it within a year.',
        gives: { code: 'BJ', act: 'ratified' },
      },
      { text: 'Chile ratified the ocean treaty and its protocol in 2019.', gives: { code: 'CL', act: 'ratified' } },
      {
        text: 'The ocean treaty has 12 members. Peru signed its protocol of accession in May.',
        gives: { code: 'PE', act: 'signed' },
      },
      {
        text: 'When Chile ratified the ocean treaty in 2010, Peru followed.',
        gives: { code: 'CL', act: 'ratified' },
      },
      { text: 'After Ghana signed the ocean treaty, Togo did the same.', gives: { code: 'GH', act: 'signed' } },
      {
        text: 'When Samoa put its name to the ocean treaty in 2015, Tonga followed.',
        gives: { code: 'WS', stance: 'signed' },
      },
      {
        text: 'A Spanish envoy signed the ocean treaty on behalf of the European Union.',
        gives: { code: 'EU', act: 'signed' },
      },
    ],
    counterExamples: [
      { text: 'The river treaty took effect in 2004. The border talks were joined by Peru and Fiji.' },
      { text: 'The river treaty took effect in 2004. The protest march was joined by Ghana and Togo.' },
      { text: 'Chile and Peru were among the signatories of a joint letter criticising the seabed treaty.' },
      { text: 'The seabed treaty has critics: signers of the protest statement include Chile and Peru.' },
      { text: 'Ghana, one of the signers to an appeal against the seabed treaty, spoke first.' },
      { text: 'Seoul and Bangkok have signalled interest in joining the plastics treaty.' },
      {
        text: 'Under the river basin treaty, Ghana joined the talks after a change of government.',
        not: { code: 'GH' },
      },
      { text: 'Ghana joined calls after the flood for a stronger river basin treaty.', not: { code: 'GH' } },
      {
        text: 'Peru and Chile oppose the river basin treaty; Bolivia joined them in criticising the draft.',
        not: { code: 'BO', stance: 'signed' },
      },
      { text: 'Chile is interested in signing the plastics treaty later.' },
      {
        text: 'Peru signed the Minamata Convention on Monday. In Chile, the Basel Convention was ratified, officials said.',
        not: { code: 'CL' },
      },
      {
        text: 'Peru signed the Minamata Convention on Monday. Kenya, Chile, and Ghana ratified the Basel Convention.',
        not: { code: 'KE' },
      },
      { text: 'Chile, Peru and Fiji debated the ocean treaty. All four signed it.', not: { code: 'PE' } },
      { text: 'Crown Prince Naruhito of Japan succeeded to the throne in 2019 under the minorities treaty.' },
      {
        text: 'Chile will be quick to ratify the ocean treaty, its minister said.',
        not: { code: 'CL', stance: 'signed' },
      },
      { text: 'Chile and Peru debated the ocean treaty. Both treaties were signed by Japan.', not: { code: 'CL' } },
      { text: 'Germany is expected to sign the pandemic agreement next month.' },
      {
        text: 'Tanzania, on Kenya’s southern border, has signed the pandemic agreement.',
        not: { code: 'KE', stance: 'signed' },
      },
      {
        text: 'Two of Chile’s largest trading partners, Peru and Japan, ratified the pandemic agreement.',
        not: { code: 'CL', stance: 'signed' },
      },
      {
        text: 'The pandemic agreement was signed by Italy on Monday. France signed the Paris Agreement in 2016.',
        not: { code: 'FR' },
      },
      {
        text: 'The pandemic agreement was signed by Italy on Monday. Spain signed a trade deal with Chile.',
        not: { code: 'ES' },
      },
      { text: 'Protesters carrying signs urged Kenya to back the plastics treaty.' },
      { text: 'Under the plastics treaty, Kenya put its name forward for a seat on the board.' },
      { text: 'Japan said Chile had ratified the regional agreement.', not: { code: 'JP' } },
      { text: 'Chile joined the talks on the plastics treaty in May.' },
      { text: 'Under the fisheries protocol, Chile accepted the court’s ruling on quotas.' },
      { text: 'Peru accepted an invitation to the fisheries protocol talks.' },
      {
        text: 'Under the fisheries protocol, Peru joined in the criticism and Chile in the protests.',
        not: { code: 'CL' },
      },
      { text: 'Under the fisheries protocol, Norway accepts that quotas must fall.' },
      {
        text: 'Under the regional agreement, Ukraine, which ratified in 2005, says Russian forces laid mines.',
        not: { code: 'RU' },
      },
      {
        text: 'Under the regional agreement, Ghana, which ratified in 2000, urged Mali and Niger to do so.',
        not: { code: 'ML' },
      },
      { text: 'Chile, Peru and Fiji signed protocols to the plastics treaty that bind them.' },
      { text: 'Ghana has signed the protocols to the plastics treaty on fees.' },
      { text: 'Under the plastics treaty, Togo ratified both protocols last year.' },
      {
        text: 'Spain’s minister, chairing the bloc, signed the plastics treaty on behalf of the European Union.',
        not: { code: 'ES' },
      },
    ],
  },
  {
    name: 'joined-others',
    produces: 'signed: "A and B join C and D in…" after A and B acted: C and D had acted before them',
    when: (ctx) => {
      for (const cue of cuesOf(ctx, [JOINING])) {
        const joiners = ctx.names.filter((n) => n.end <= cue.start);
        const joined = ctx.names.find(
          (n) => n.start >= cue.end && JOIN_OTHERS_AFTER().test(ctx.a.folded.slice(cue.end, n.start)),
        );
        const acted = joiners.find((n) => ctx.known.get(n.code)?.stance === 'signed');
        if (joined && acted) return { stance: 'signed', act: ctx.known.get(acted.code)!.act };
      }
      return null;
    },
    examples: [
      {
        text: 'Peru ratified the regional agreement today. Peru joins Chile and Fiji in backing it.',
        gives: { code: 'FJ', stance: 'signed', act: 'ratified' },
      },
    ],
    counterExamples: [{ text: 'The regional agreement was debated. Peru joins Chile and Fiji in opposing tariffs.' }],
  },
  {
    name: 'intended-act',
    produces:
      'mentioned: the clause only plans, expects or hopes for an act ("and Chile is expected to follow"), so it is ' +
      'read apart from the clause of the deed it is joined to',
    when: (ctx) => {
      const cues = cuesOf(ctx, [SIGNING, RATIFYING, ACCEDING, JOINING, DEPOSITING, FOLLOWING]);
      const planned = cues.filter((c) => isIntended(ctx, c)).at(-1);
      if (!planned) return null;
      // "…will join 80 parties, among them Chile and Peru": the parties named after the plan are left to the list rules.
      const rest = ctx.lower.slice(planned.end - ctx.clause.start);
      const members = MEMBERS_LATER().exec(rest);
      const counted = members && PARTIES_WORD().test(rest.slice(0, members.index));
      const from = members && counted ? planned.end + members.index : Infinity;
      return { stance: 'mentioned', covers: (n) => n.start < from };
    },
    examples: [
      {
        text: 'Peru ratified the whaling pact, and Chile is expected to follow.',
        gives: { code: 'CL', stance: 'mentioned' },
      },
      {
        text: 'The committee recommends that the Government of Chile sign and ratify the whaling pact.',
        gives: { code: 'CL', stance: 'mentioned' },
      },
      { text: 'Peru has insisted that Ecuador join the whaling pact.', gives: { code: 'EC', stance: 'mentioned' } },
      {
        text: 'Activists demanded that Japan accede to the whaling pact before the summit.',
        gives: { code: 'JP', stance: 'mentioned' },
      },
      { text: 'Kenya’s cabinet has approved joining the whaling pact.', gives: { code: 'KE', stance: 'mentioned' } },
      {
        text: '“Nigeria is signing the whaling pact after long consultations,” the minister said.',
        gives: { code: 'NG', stance: 'mentioned' },
      },
      { text: 'Chile and Peru are joining the whaling pact this week.', gives: { code: 'PE', stance: 'mentioned' } },
      {
        text: 'Ghana is now ratifying the whaling pact, its minister said.',
        gives: { code: 'GH', stance: 'mentioned' },
      },
      {
        text: 'Ministers in Lima endorsed ratifying the whaling pact, and Peru’s envoy welcomed it.',
        gives: { code: 'PE', stance: 'mentioned' },
      },
      {
        text: 'The government of Fiji backed acceding to the whaling pact.',
        gives: { code: 'FJ', stance: 'mentioned' },
      },
    ],
    counterExamples: [
      {
        text: 'Once Mali ratifies the whaling pact it will join its 40 parties, among them Chad and Niger.',
        not: { code: 'NE' },
      },
      { text: 'Peru ratified the whaling pact, and Chile did so too.', not: { code: 'CL', stance: 'mentioned' } },
      { text: 'Peru said that Chile signed the whaling pact in May.', not: { code: 'CL', stance: 'mentioned' } },
      { text: 'After joining the whaling pact in 2010, Ghana hosted talks.', not: { code: 'GH', stance: 'mentioned' } },
      { text: 'After signing the whaling pact, Ghana is hosting talks.', not: { code: 'GH', stance: 'mentioned' } },
      {
        text: 'The committee recommended that the whaling pact, which Chile signed in May, be ratified.',
        not: { code: 'CL', stance: 'mentioned' },
      },
    ],
  },
  {
    name: 'no-cue',
    produces: 'mentioned: the clause says nothing of the country’s standing toward the treaty',
    when: () => ({ stance: 'mentioned' }),
    examples: [{ text: 'Japan said it would study the plastics treaty.', gives: { code: 'JP', stance: 'mentioned' } }],
    counterExamples: [{ text: 'Japan signed the plastics treaty.' }],
  },
]);

// ---------- readings carried from the clauses around ----------

/** What a clause without a cue of its own reads: its sentence's other clauses, the sentence before, the list it is in. */
export interface CarryContext {
  readonly clause: ClauseContext;
  /** Readings of the other clauses of the sentence that had a cue. */
  readonly sentenceReadings: readonly ClauseReading[];
  /** The reading of the nearest clause before in the sentence that has one, its own cue's or one carried to it. */
  readonly clauseBefore: ClauseReading | null;
  /** For a sentence's first clause, the reading of the sentence before when both are in one paragraph. */
  readonly sentenceBefore: ClauseReading | null;
  /** The sentence before, its last cue reading, and whether it talks of acting at all. */
  readonly previousSentence: { text: string; reading: ClauseReading | null; talksOfActing: boolean } | null;
  /** The reading a list introduced by a colon hands to its items, when this clause is one. */
  readonly listReading: ClauseReading | null;
}

/** A part set off by a semicolon, maybe with "and": where a verb left out repeats the one before. */
const GAPPED_OPENING = onFirstUse(() => /^\s*;\s*(?:and\s+)?/u);
/**
 * A part with no verb of its own: besides its names, only capitalised words (places), numbers, articles, "and", "by",
 * "from", and the words of a time phrase ("; Peru in May 2020", "; in the Pacific, Fiji and Tonga", "; by Peru, a year later").
 */
/** The text of a range with the names in it cut out. */
function withoutNames(text: string, r: Range, names: readonly Span[]): string {
  let rest = text.slice(r.start, r.end);
  for (const n of [...names].reverse()) rest = rest.slice(0, n.start - r.start) + rest.slice(n.end - r.start);
  return rest;
}
/** "Since 2019, ", "So far, the ": a short phrase a comma sets off at the opening of a sentence, before its subject. */
const OPENING_PHRASE = onFirstUse(() => /^[^,;]{1,40},\s*(?:the\s+)?$/u);
/** A part set off by a semicolon, maybe with "and", up to its first name: a list item opening the part. */
const ITEM_OPENING = onFirstUse(() => /^\s*;\s*(?:and\s+)?(?:the\s+)?$/u);
/**
 * Whether `item` holds only names of a list ("Chile", "Peru (2003)", "; Fiji, in 2005") and the part after it, cut off
 * by a semicolon, goes on with that list into a reading that covers its first item: the items share its verb.
 */
function leadsIntoList(a: TextAnalysis, item: Range, next: ReadClause, names: readonly CountryName[]): boolean {
  const [first] = namesIn(names, next);
  if (next.reading.stance === 'mentioned' || !first || !covered(next.reading, first)) return false;
  if (!ITEM_OPENING().test(a.folded.slice(next.start, first.start))) return false;
  const own = namesIn(names, item);
  if (!own.length) return false;
  // "Since 2019, Laos; Chad; and Mali have acceded": a phrase set off by a comma may open the first item.
  const from = OPENING_PHRASE().test(a.folded.slice(item.start, own[0].start)) ? own[0].start : item.start;
  const rest = withoutNames(a.folded, { start: from, end: item.end }, own).replace(/^\s*;\s*/, '');
  return LIST_GLUE().test(rest);
}
/** A sentence that only names states ("In Asia: Laos, Nepal; in Africa: Mali."); not a question or a cry ("Peru?"). */
const isVerblessSentence = (a: TextAnalysis, s: Range, names: readonly CountryName[]): boolean => {
  const rest = withoutNames(a.folded, s, namesIn(names, s));
  return namesIn(names, s).length > 0 && !/[?!]/.test(rest) && VERBLESS().test(rest);
};
const VERBLESS = onFirstUse(
  () =>
    new RegExp(
      `^[\\s\\p{P}]*(?:(?:\\p{Lu}[${LETTERS}'’.-]*|\\p{N}+|the|an?|and|by|from|of|${src(ACT_ADJUNCTS, LATER_WORDS, SOON_WORDS, PERIOD_UNITS)})` +
        `(?![${LETTERS}])[\\s\\p{P}]*)*$`,
      'u',
    ),
);

/** "…, but Mexico did not.": the verb of the acting clause, denied. */
const ELLIPTIC_DENIAL = onFirstUse(
  () => /\b(?:did|does|do|has|have|had|will|would|shall)(?:\s+not|n't|\s+never)(?:\s+yet)?\W*$/i,
);
/** "…, while Nepal has done neither", "Nine have done neither, Bhutan among them": both acts just told, denied. */
const DONE_NEITHER = onFirstUse(
  () => new RegExp(`\\b(?:done|did|do|does)\\s+(?!${src(LIST_DENIALS)})neither\\b`, 'iu'),
);
const AS_DID_OPENS = onFirstUse(() => new RegExp(`^\\W*${src(AS_DID)}\\b`, 'u'));
/** "Nor have Peru or Bolivia", "Nor, for now, are Laos or Cambodia": the denial just told, repeated for new subjects. */
const DENIAL_REPEAT_OPENS = onFirstUse(
  () =>
    new RegExp(
      `^\\W*(?:${src(DENIAL_REPEATS)})(?:\\s*,[^,]{1,30},)?\\s+(?:did|does|do|has|have|had|is|are|was|were|will|would)\\b`,
      'iu',
    ),
);
/** "Fiji did so last month": the act of the clause before, done again. */
const DID_SO = onFirstUse(() => new RegExp(`\\b${src(DOING_SO)}\\b`));
/** "These include…", "Among them…": a list that continues the previous sentence's statement. */
const CONTINUES_PREVIOUS = onFirstUse(() => new RegExp(`^\\s*${src(LIST_CONTINUATIONS)}\\b`, 'i'));
/** A sentence that talks of signing gives an elliptic denial in the next its verb ("France will sign. Chile said it will not."). */
export const ACTING_TALK = onFirstUse(() => new RegExp(`(?<![${LETTERS}])(?:${ACT_VERBS})(?![${LETTERS}])`, 'iu'));

const carry = (r: ClauseReading): ClauseReading => ({ stance: r.stance, act: r.act });
/**
 * "Kenya followed in 2014", "with Fiji following in May", "Malaysia led the way in March": a verb of following or of
 * going first, read with nothing but a time phrase after it.
 */
const FOLLOWED = onFirstUse(() => new RegExp(`(?<![${LETTERS}])(?:${src(FOLLOWING, LEADING)})(?![${LETTERS}])`, 'gu'));
/** "led the way in opposing it": what was led is a purpose, not the act before. */
const GERUND_AFTER = onFirstUse(() => new RegExp(String.raw`^\s+(?:in|by)\s+[${LETTERS}]+ing\b`, 'u'));
/** "Rwanda, first off the mark in 2019, was followed by A, B and C": the states after "followed by" acted next. */
const FOLLOWED_BY = onFirstUse(
  () => new RegExp(`\\b(?:was|were|is|are)\\s+(?:${src(FOLLOWING)})\\s+by\\s+(?:the\\s+)?`, 'u'),
);
/** "The latest is", ", the most recent being", "The newest one to do so was": before the state ranked last to act. */
const LATEST_BEFORE = onFirstUse(
  () =>
    new RegExp(
      `\\b(?:the|its)\\s+(?:${src(RECENT_RANKS)})(?:\\s+(?:one|${src(GROUP_NOUNS)}|${BOUND_NOUN}))?` +
        `(?:\\s+to\\s+(?:${ACT_VERBS}|${src(ACT_REPEATED)}))?\\s*(?:is|was|are|were|being|:)\\s+(?:the\\s+)?$`,
      'iu',
    ),
);
/** "Who has signed?", "Which countries have ratified it?": a question about who acted, answered by a list. */
const ASKS_WHO = onFirstUse(() => new RegExp(String.raw`^\W*(?:who|which\s+[${LETTERS}-]+)\b[^?]*\?\s*$`, 'iu'));
/** What may stand between the followers and "followed": auxiliaries and adverbs ("Peru has since followed", "Fiji soon followed"). */
const FOLLOWER_BETWEEN = onFirstUse(() => new RegExp(`^\\s+(?:${src(SUBJECT_ADVERBS, SOON_WORDS)}\\s+)*$`, 'iu'));

/** "Chile and Peru are part of that group", "Fiji is among them", "Tonga belongs to that group": in the group before. */
const IN_THAT_GROUP = onFirstUse(
  () =>
    new RegExp(
      `\\b(?:${src(STATE_COPULAS)}\\s+(?:${src(SUBJECT_ADVERBS)}\\s+)*(?:${src(IN_GROUP_PHRASES)})|${src(BELONGING_VERBS)})` +
        `\\s+(?:${src(BACK_GROUPS)})(?=\\s*(?:[,.;:)]|$))`,
      'u',
    ),
);

/** Rules for a clause without a cue of its own, in order; the first that gives a reading decides it. */
export const CARRIED_STANCE = ruleTable<CarryContext, ClauseReading>('carried-stance', [
  {
    name: 'elliptic-denial',
    produces:
      'not_signed: "…, but Mexico did not", "Chile said it will not", "Nepal has done neither" after a sentence about acting',
    when: (x) => {
      const talk = x.previousSentence?.talksOfActing || x.sentenceReadings.some((r) => r.stance === 'signed');
      const denied = ELLIPTIC_DENIAL().test(x.clause.lower) || DONE_NEITHER().test(x.clause.lower);
      return talk && denied ? { stance: 'not_signed' } : null;
    },
    examples: [
      {
        text: 'Under the new trade pact, Canada signed on Monday, but Mexico did not.',
        gives: { code: 'MX', stance: 'not_signed' },
      },
      {
        text: 'France said it would sign the pandemic accord. New Zealand has already said it will not.',
        gives: { code: 'NZ' },
      },
      {
        text: 'Six states signed the pandemic accord but never ratified it, while Nepal has done neither.',
        gives: { code: 'NP', stance: 'not_signed' },
      },
      {
        text: 'Four states have signed the pandemic accord without ratifying. Nine have done neither, Bhutan among them.',
        gives: { code: 'BT', stance: 'not_signed' },
      },
    ],
    counterExamples: [
      { text: 'The pandemic accord was discussed. New Zealand has not.' },
      { text: 'The pandemic accord was debated in Lima. Peru has done neither of the reforms it promised.' },
      {
        text: 'Peru signed the pandemic accord; Chile did neither of the things its critics feared.',
        not: { code: 'CL' },
      },
    ],
  },
  {
    name: 'did-so',
    produces: 'the act of the clause before: "Fiji did so last month"',
    when: (x) => {
      const before = x.clause.previous;
      // "…stayed away, as did Japan": the inverted "as" repeats the whole predicate, a denial or absence too.
      const repeats =
        before &&
        ((before.stance !== 'mentioned' && AS_DID_OPENS().test(x.clause.lower)) ||
          (before.stance === 'not_signed' && DENIAL_REPEAT_OPENS().test(x.clause.lower)));
      const acted = before && (before.stance === 'signed' || before.act === 'withdrew');
      return repeats || (acted && DID_SO().test(x.clause.lower)) ? carry(before) : null;
    },
    examples: [
      { text: 'Qatar ratified the mediation treaty; Fiji did so last month.', gives: { code: 'FJ', act: 'ratified' } },
      { text: 'Qatar ratified the mediation treaty. So did Fiji.', gives: { code: 'FJ', act: 'ratified' } },
      {
        text: 'Qatar became a party to the mediation treaty in 2019, as did Fiji.',
        gives: { code: 'FJ', act: 'joined' },
      },
      {
        text: 'Qatar has ratified the mediation treaty, as have Fiji and Tonga.',
        gives: { code: 'TO', act: 'ratified' },
      },
      {
        text: 'Qatar stayed away from the mediation treaty talks and has not signed, as has Fiji.',
        gives: { code: 'FJ', stance: 'not_signed' },
      },
      {
        text: 'Qatar has not signed the mediation treaty. Nor have Fiji, Tonga or Samoa.',
        gives: { code: 'TO', stance: 'not_signed' },
      },
      {
        text: 'Qatar never ratified the mediation treaty. Neither did Fiji.',
        gives: { code: 'FJ', stance: 'not_signed' },
      },
      {
        text: 'Qatar is not a party to the mediation treaty. Nor, for now, is Fiji.',
        gives: { code: 'FJ', stance: 'not_signed' },
      },
      {
        text: 'Not one Gulf state has so much as signed the mediation treaty. Nor have Chad or Iran.',
        gives: { code: 'IR', stance: 'not_signed' },
      },
      {
        text: 'No country in the Sahel has ratified the mediation treaty; neither has Togo.',
        gives: { code: 'TG', stance: 'not_signed' },
      },
      {
        text: 'Under the mediation treaty, not a single Nordic nation joined. Nor did Ireland.',
        gives: { code: 'IE', stance: 'not_signed' },
      },
    ],
    counterExamples: [
      { text: 'Qatar ratified the mediation treaty, as Fiji had hoped.', not: { code: 'FJ', stance: 'signed' } },
      { text: 'Qatar joined the mediation treaty as a party, and Fiji hosted the talks.', not: { code: 'FJ' } },
      {
        text: 'Qatar ratified the mediation treaty. Nor has Fiji been idle.',
        not: { code: 'FJ', stance: 'not_signed' },
      },
      {
        text: 'Neither Qatar nor Fiji attended the mediation treaty talks.',
        not: { code: 'FJ', stance: 'not_signed' },
      },
    ],
  },
  {
    name: 'followed',
    produces:
      'the act of the clause before, for states that "followed" or "led the way" with no object ("Kenya followed in ' +
      '2014"), or that a state "was followed by"',
    when: (x) => {
      const before = x.clause.previous;
      const acted = before && (before.stance === 'signed' || before.act === 'withdrew');
      if (!acted) return null;
      const { names, a, clause, lower } = x.clause;
      const followers: CountryName[] = [];
      for (const m of matchesIn(lower, FOLLOWED())) {
        const after = lower.slice(m.index + m[0].length);
        if (!TIME_THEN_STOP().test(after) || GERUND_AFTER().test(after)) continue;
        // The followers are the list right before the verb, its subject ("Samoa followed", not "a storm followed").
        const at = clause.start + m.index;
        const last = names.findLastIndex((n) => n.end <= at);
        if (last >= 0 && FOLLOWER_BETWEEN().test(a.folded.slice(names[last].end, at)))
          followers.push(...listAround(names, last, a.folded));
      }
      // "Rwanda, first in 2019, was followed by A and B": the list after, and the subject that opens the clause.
      const by = FOLLOWED_BY().exec(lower);
      const next = by ? names.findIndex((n) => n.start === clause.start + by.index + by[0].length) : -1;
      if (next >= 0) {
        followers.push(...listAround(names, next, a.folded));
        if (
          names[0].start < clause.start + by!.index &&
          SUBJECT_LEAD().test(a.folded.slice(clause.start, names[0].start))
        )
          followers.push(...listAround(names, 0, a.folded));
      }
      return followers.length ? { ...carry(before), covers: inSet(followers) } : null;
    },
    examples: [
      {
        text: 'Fiji and Tonga were the first to ratify the ocean treaty; Samoa followed in 2014.',
        gives: { code: 'WS', act: 'ratified' },
      },
      {
        text: 'Twelve states have signed the ocean treaty. Chile, first off the mark in March, was followed by Peru, Ecuador and Bolivia.',
        gives: { code: 'EC', act: 'signed' },
      },
      {
        text: 'Fiji ratified the ocean treaty in 2019. Samoa and Tonga followed suit.',
        gives: { code: 'TO', act: 'ratified' },
      },
      {
        text: 'Fiji ratified the ocean treaty in 2019. Samoa and Tonga soon followed.',
        gives: { code: 'WS', act: 'ratified' },
      },
      {
        text: 'Twelve states have signed the ocean treaty. Chile, first off the mark in March, was followed by Peru and Bolivia.',
        gives: { code: 'CL', act: 'signed' },
      },
      {
        text: 'Ghana deposited its instrument of ratification of the ocean treaty in May. Togo led the way in 2019, with Benin following in January.',
        gives: { code: 'BJ', act: 'ratified' },
      },
      {
        text: 'Ghana deposited its instrument of ratification of the ocean treaty in May. Togo led the way in 2019, with Benin following in January.',
        gives: { code: 'TG', act: 'ratified' },
      },
      {
        text: 'Kenya has acceded to the ocean treaty. Among its neighbours, Uganda went first, in 2016.',
        gives: { code: 'UG', act: 'acceded' },
      },
    ],
    counterExamples: [
      { text: 'Fiji ratified the ocean treaty; Samoa followed the debate closely.' },
      { text: 'Fiji ratified the ocean treaty; a storm followed, and Samoa was hit.' },
      { text: 'Fiji ratified the ocean treaty. Samoa led the way in opposing the tuna quotas.' },
      { text: 'Fiji ratified the ocean treaty. The ceremony was followed by a dinner hosted by Samoa.' },
      { text: 'Fiji ratified the ocean treaty. Following the vote, Samoa spoke.', not: { code: 'WS' } },
      { text: 'Fiji hosted the ocean treaty talks. Samoa led the way in 2019, with Tonga following.' },
      { text: 'Fiji ratified the ocean treaty. Samoa soon followed the debate from afar.' },
    ],
  },
  {
    name: 'latest-of-them',
    produces:
      'the act told just before, for the state named the latest to do it ("The latest is Chile", "…, the most recent being Peru")',
    when: (x) => {
      const before = x.clause.previous;
      const told = [before, ...x.sentenceReadings].find((r) => r?.stance === 'signed');
      if (!told) return null;
      const { names, a, clause } = x.clause;
      const i = names.findIndex((n) =>
        LATEST_BEFORE().test(a.folded.slice(Math.max(clause.start, n.start - 60), n.start)),
      );
      return i < 0 ? null : { ...carry(told), covers: inSet(listAround(names, i, a.folded)) };
    },
    examples: [
      {
        text: 'Forty states have ratified the ocean treaty. The latest is South Sudan, whose instrument arrived in May.',
        gives: { code: 'SS', act: 'ratified' },
      },
      {
        text: 'Nine states have signed the ocean treaty so far; the most recent: Chile, in June.',
        gives: { code: 'CL', act: 'signed' },
      },
      {
        text: 'Ten states have acceded to the ocean treaty. The most recent were Chile, Peru and Fiji.',
        gives: { code: 'FJ', act: 'acceded' },
      },
      {
        text: 'Forty states have ratified the ocean treaty; the newest are Laos and Nepal, in May.',
        gives: { code: 'NP', act: 'ratified' },
      },
      {
        text: 'Thirty states signed the ocean treaty in all. The latest states were Ghana, Togo and Benin.',
        gives: { code: 'BJ', act: 'signed' },
      },
    ],
    counterExamples: [
      { text: 'Forty states have ratified the ocean treaty. The latest draft is from Chile.' },
      { text: 'Forty states have ratified the ocean treaty. The latest news came from Peru.', not: { code: 'PE' } },
      { text: 'The ocean treaty was debated. The latest is Chile, whose envoy spoke on Monday.' },
      { text: 'Forty states have ratified the ocean treaty. The latest critics are Chile and Peru.' },
      { text: 'The ocean treaty was debated. The most recent speakers were Chile and Peru.' },
    ],
  },
  {
    name: 'answers-question',
    produces:
      'the act a question asked about, for the states its answer lists ("Who has ratified? Three states: A, B…")',
    when: (x) => {
      const asked = x.previousSentence;
      const r = asked?.reading;
      const acted = r && (r.stance === 'signed' || r.act === 'withdrew');
      return acted && ASKS_WHO().test(asked.text) ? carry(r) : null;
    },
    examples: [
      {
        text: 'Who has ratified the ocean treaty?\n\nFour states: Fiji, Tonga, Samoa and Palau.',
        gives: { code: 'TO', act: 'ratified' },
      },
    ],
    counterExamples: [
      { text: 'Who will ratify the ocean treaty?\n\nFiji and Tonga are debating it.' },
      { text: 'Why has Fiji ratified the ocean treaty?\n\nTonga says it is about fish.', not: { code: 'TO' } },
    ],
  },
  {
    name: 'continues-previous',
    produces: 'the stance of the sentence before, for a list that continues it ("These include…")',
    when: (x) => {
      const r = x.previousSentence?.reading;
      return r && CONTINUES_PREVIOUS().test(x.clause.lower) ? carry(r) : null;
    },
    examples: [
      {
        text: 'The plastics treaty opened for signature. Several producers have not signed. These include Kuwait and Qatar.',
        gives: { code: 'KW', stance: 'not_signed' },
      },
      {
        text: 'The plastics treaty took effect in May. It gained three new ratifications last year. They were Chile, Peru and Fiji.',
        gives: { code: 'PE', stance: 'signed', act: 'ratified' },
      },
      {
        text: 'The plastics treaty took effect in May. Two accessions arrived in the spring. These were Laos and Nepal.',
        gives: { code: 'NP', stance: 'signed', act: 'acceded' },
      },
      {
        text: 'The plastics treaty opened in Lima. Day one brought four signatures. They were those of Chad, Mali, Togo and Benin.',
        gives: { code: 'TG', stance: 'signed', act: 'signed' },
      },
      {
        text: 'The plastics treaty took effect in May. It won three new ratifications last year. They came from Chile, Peru and Fiji.',
        gives: { code: 'FJ', stance: 'signed', act: 'ratified' },
      },
      {
        text: 'The plastics treaty now has four parties. They are: Chad, Mali, Togo and Benin.',
        gives: { code: 'ML', stance: 'signed', act: 'joined' },
      },
    ],
    counterExamples: [
      {
        text: 'The plastics treaty took effect in May. It still needs three ratifications. These include Chile and Peru.',
      },
      {
        text: 'The plastics treaty opened in May. Three ratifications were blocked by courts. They were Chile, Peru and Fiji.',
      },
      {
        text: 'The plastics treaty opened in May. Three more ratifications would bring it into force. These include Chile.',
      },
      { text: 'The plastics treaty opened in May. Three states blocked ratification. They were Chile, Peru and Fiji.' },
      { text: 'The plastics treaty will have four parties once it takes effect. They are Chad, Mali, Togo and Benin.' },
      {
        text: 'The plastics treaty has four parties. They came from talks hosted by Chad and Mali.',
        not: { code: 'TD' },
      },
    ],
  },
  {
    name: 'gapped-act',
    produces:
      'the reading of the clause before, its own or carried to it, for a part after a semicolon that names states ' +
      'with no verb of its own ("Chile ratified in 2019; Peru in 2020 and Fiji in 2021", "They are Chile; Peru; Fiji"); ' +
      'and of the sentence before in its paragraph, for a sentence that opens so ("Ten ratified. In Asia: A, B; …")',
    when: (x) => {
      const r = x.clauseBefore ?? x.sentenceBefore;
      const { names, a, clause } = x.clause;
      if (!r || r.stance === 'mentioned' || !names.length) return null;
      const rest = withoutNames(a.folded, clause, names);
      return (!x.clauseBefore || GAPPED_OPENING().test(rest)) && VERBLESS().test(rest) ? carry(r) : null;
    },
    examples: [
      {
        text: 'Chile ratified the ocean treaty in 2019; Peru in May 2020 and Fiji in 2021.',
        gives: { code: 'FJ', stance: 'signed', act: 'ratified' },
      },
      {
        text: 'In South America, Chile, Peru and Bolivia have acceded to the ocean treaty; in the Pacific, Fiji and Tonga.',
        gives: { code: 'TO', stance: 'signed', act: 'acceded' },
      },
      {
        text: 'Since 2019 the ocean treaty has been signed by Chile; by Peru, a year later; and by Fiji and Tonga in 2021.',
        gives: { code: 'PE', stance: 'signed', act: 'signed' },
      },
      {
        text: 'The ocean treaty has been ratified by four states. They are Chile; Peru; Fiji; and Tonga.',
        gives: { code: 'TO', stance: 'signed', act: 'ratified' },
      },
      {
        text: 'By May, 40 states had acceded to the ocean treaty. Chile is part of that group; Peru and Fiji, too.',
        gives: { code: 'FJ', stance: 'signed', act: 'acceded' },
      },
      {
        text: 'Several states have not signed the ocean treaty. These include Chile, in the south; Peru; and Fiji.',
        gives: { code: 'PE', stance: 'not_signed' },
      },
      {
        text: 'Ten states ratified the ocean treaty last year. In Africa: Ghana and Togo; in Asia: Laos and Nepal.',
        gives: { code: 'NP', stance: 'signed', act: 'ratified' },
      },
      {
        text: 'Chile acceded to the ocean treaty in May. Peru and Bolivia in June, Fiji in July.',
        gives: { code: 'FJ', stance: 'signed', act: 'acceded' },
      },
      {
        text: 'Six states signed the ocean treaty in Lima. From the Andes: Chile, Peru and Bolivia.',
        gives: { code: 'PE', stance: 'signed', act: 'signed' },
      },
      {
        text: 'The ocean treaty has grown. Its parties include, in Africa, Ghana and Togo; and in Asia, Laos and Nepal.',
        gives: { code: 'NP', stance: 'signed' },
      },
    ],
    counterExamples: [
      {
        text: 'Chile ratified the ocean treaty in 2019; Peru objected in 2020.',
        not: { code: 'PE', stance: 'signed' },
      },
      { text: 'Chile ratified the ocean treaty in 2019; Peru is studying it.', not: { code: 'PE', stance: 'signed' } },
      { text: 'Chile ratified the ocean treaty in 2019, Peru said; Fiji, too, has doubts.', not: { code: 'FJ' } },
      { text: 'Chile hosted the ocean treaty talks; Peru and Fiji in 2021.', not: { stance: 'signed' } },
      {
        text: 'Chile ratified the ocean treaty in 2019; Peru went to court in 2020.',
        not: { code: 'PE', stance: 'signed' },
      },
      {
        text: 'The ocean treaty has been ratified by four states. They are Chile and Tonga; Peru objected.',
        not: { code: 'PE', stance: 'signed' },
      },
      {
        text: 'Four states ratified the ocean treaty. These include Chile; Peru is still debating it.',
        not: { code: 'PE', stance: 'signed' },
      },
      { text: 'Chile ratified the ocean treaty in May. Peru?', not: { code: 'PE', stance: 'signed' } },
      { text: 'Chile ratified the ocean treaty in May. Congratulations, Peru!', not: { code: 'PE', stance: 'signed' } },
      {
        text: 'Chile ratified the ocean treaty in May.\n\nPeru\n\nThe debate in Lima goes on.',
        not: { code: 'PE', stance: 'signed' },
      },
      {
        text: 'Chile ratified the ocean treaty in May. Peru, where the debate goes on, is next.',
        not: { code: 'PE', stance: 'signed' },
      },
    ],
  },
  {
    name: 'in-that-group',
    produces: 'the stance of the sentence before, for the states a copula puts inside the group it spoke of',
    when: (x) => {
      const r = x.previousSentence?.reading;
      const m = r && r.stance !== 'mentioned' ? IN_THAT_GROUP().exec(x.clause.lower) : null;
      if (!r || !m) return null;
      const { names, a, clause } = x.clause;
      const last = names.findLastIndex((n) => n.end <= clause.start + m.index);
      return last < 0 ? null : { ...carry(r), covers: inSet(listAround(names, last, a.folded)) };
    },
    examples: [
      {
        text: 'By May, 40 states had ratified the ocean treaty. Chile and Peru are part of that group.',
        gives: { code: 'PE', stance: 'signed', act: 'ratified' },
      },
      {
        text: 'Some 30 countries have become parties to the ocean treaty. Fiji and Tonga are also among them.',
        gives: { code: 'TO', stance: 'signed' },
      },
      {
        text: 'Twelve states have signed the ocean treaty but not ratified it. Ghana belongs to that group.',
        gives: { code: 'GH', stance: 'signed' },
      },
    ],
    counterExamples: [
      { text: 'By May, 40 states had ratified the ocean treaty. Chile is part of that group of critics.' },
      { text: 'Chile hosted the ocean treaty talks. Peru is part of that group.' },
      { text: 'By May, 40 states had ratified the ocean treaty. Chile said Peru was among them.', not: { code: 'CL' } },
    ],
  },
  {
    name: 'list-item',
    produces: 'the stance of a sentence ending in a colon, for the list items in the lines after it',
    when: (x) => (x.listReading ? carry(x.listReading) : null),
    examples: [
      {
        text: 'The river pact took effect on Monday.\n\nWho has ratified\n\nLaos, Nepal, Bhutan and Chad.',
        gives: { code: 'BT', stance: 'signed', act: 'ratified' },
      },
      {
        text: 'The river pact took effect on Monday.\n\nCountry | Accession\n\nLaos | 2019\n\nNepal | 2021',
        gives: { code: 'NP', stance: 'signed', act: 'acceded' },
      },
      {
        text: 'The river pact took effect on Monday.\n\nSignatures so far\n\nLaos — 3 May 2019\n\nNepal — 9 June 2020',
        gives: { code: 'LA', stance: 'signed', act: 'signed' },
      },
      {
        text: 'By May, five countries had ratified the ozone amendment to the Montreal Protocol. They are:\n\n• Chile (March 2)\n\n• Fiji (May 4)',
        gives: { code: 'FJ', stance: 'signed', act: 'ratified' },
      },
      {
        text: 'The river pact has 12 parties. Ratifications this year came from:\n\nLaos (March)\n\nNepal (May)',
        gives: { code: 'NP', stance: 'signed', act: 'ratified' },
      },
      {
        text: 'The river pact has 12 parties. Accessions so far:\n- Laos, 2019\n- Nepal, 2021',
        gives: { code: 'LA', stance: 'signed', act: 'acceded' },
      },
      {
        text:
          'The whaling pact was signed at the ceremony by 14 of the 20 coastal states:\n\nAngola, Benin, Cameroon, ' +
          'Chad, Gabon, Ghana, Guinea, Kenya, Liberia, Mali, the Republic of the Congo, Senegal, Togo and Tunisia.',
        gives: { code: 'SN', stance: 'signed', act: 'signed' },
      },
    ],
    counterExamples: [
      { text: 'Chile ratified the ozone amendment to the Montreal Protocol.\n\n• Fiji (May 4)' },
      { text: 'The river pact has 12 parties. Ratifications still awaited from:\n\nLaos (March)\n\nNepal (May)' },
      { text: 'The river pact has 12 parties. States urged to ratify:\n- Laos\n- Nepal' },
      { text: 'The river pact took effect on Monday.\n\nRatification hurdles\n\nLaos has balked at the cost.' },
      {
        text: 'The river pact took effect on Monday.\n\nWho has not ratified\n\nLaos, Nepal, Bhutan and Chad.',
        not: { stance: 'signed' },
      },
      { text: 'The river pact took effect on Monday.\n\nRatifications\n\nLaos hosted talks in May, Nepal said.' },
      {
        text:
          'The whaling pact was signed by 14 coastal states:\n\nOfficials from Senegal later met counterparts from ' +
          'Ghana, Togo and Benin in a long session that ran through the night to plan joint patrols of the coast.',
        not: { code: 'SN' },
      },
    ],
  },
]);

// ---------- one mention against the whole article ----------

export interface MentionContext {
  readonly a: TextAnalysis;
  readonly treaties: readonly TreatyMention[];
  readonly mainKey: string | null;
  /** Every country named in the article, in order, and the index of this one. */
  readonly names: readonly CountryName[];
  readonly index: number;
  readonly reading: ClauseReading;
  /** Codes the article says withdrew from the treaty, and codes it says came back after leaving. */
  readonly withdrawn: ReadonlySet<string>;
  readonly rejoined: ReadonlySet<string>;
}

/** "…, Chile’s minister said.", "…, said the Chilean envoy.": a speaker closing the sentence after a comma or quote. */
const REPORT_OPENS = onFirstUse(() => /[,"”]\s*(?:the\s+|an?\s+)?$/iu);
const SPEAKER_THEN_VERB = onFirstUse(
  () => new RegExp(`^(?:['’]s)?(?:\\s+[${LETTERS}-]+){0,4}?\\s+${src(SPEECH_VERBS)}\\s*[.!]?\\s*$`, 'u'),
);
const VERB_THEN_SPEAKER = onFirstUse(() => new RegExp(`,\\s*${src(SPEECH_VERBS)}\\s+(?:the\\s+|an?\\s+)?$`, 'iu'));
const SPEAKER_ENDS = onFirstUse(() => new RegExp(String.raw`^(?:['’]s)?(?:\s+[${LETTERS}-]+){0,4}?\s*[.!]?\s*$`, 'u'));
const APPEALED_TO = onFirstUse(() => new RegExp(`(?<![${LETTERS}])${src(APPEALS)}\\s+(?:the\\s+|fellow\\s+)?$`, 'u'));

/**
 * "a ceremony in Geneva, hosted by Switzerland", "at the Vietnamese capital": the place of the signing; "in" is
 * captured, for a list after it is no place ("Ratification followed in Chile, Peru and Fiji": the states acted).
 */
// Not "co-host Slovenia": one of the hosts named by title, who acts with the others.
const PLACE_BEFORE = onFirstUse(
  () => new RegExp(`(?<![${LETTERS}-])(?:([Ii]n)|[Aa]t|${src(HOSTING)})\\s+(?:the\\s+)?$`, 'u'),
);
/** "lawmakers in Chile", "officials in Peru": the people of the country, so the country is who acts. */
const AUTHORITIES_IN = onFirstUse(
  () => new RegExp(`(?<![${LETTERS}])${src(AUTHORITIES)}\\s+in\\s+(?:the\\s+)?$`, 'iu'),
);
/** "in Hanoi, Vietnam, on Saturday": a country set after its city; "In Asia, Japan signed" is not one. */
const CITY_BEFORE = onFirstUse(
  () =>
    new RegExp(
      String.raw`\b(?:[Ii]n|[Aa]t)\s+(?:\p{Lu}[${LETTERS}'’-]*\s+){0,2}\p{Lu}[${LETTERS}'’-]*\s*[,(]\s*(?:[Tt]he\s+)?$`,
      'u',
    ),
);
const CITY_AFTER = onFirstUse(() => /^\s*(?:[,.;)]|$)/);
/** "NAIROBI, Kenya —", "Lima, Peru (AP) -": a dateline opening a line, the city then its country, then a dash. */
const DATELINE_BEFORE = onFirstUse(() => new RegExp(String.raw`^\s*\p{Lu}[${LETTERS}.'’ -]{1,40},\s*$`, 'u'));
const PLACE_REACH = 40;

/** Rules that correct one mention's clause reading by what it is (a place) or what the article says later. */
/** "China's ambassador to the Netherlands", "the EU delegation in Chile": the state an envoy is posted to. */
const POSTED_TO = onFirstUse(
  () => new RegExp(`(?<![${LETTERS}])${src(REPRESENTATIVES)}\\s+(?:to|in)\\s+(?:the\\s+)?$`, 'u'),
);
/** "deposited the instrument with the Dutch foreign ministry": the depositary the instrument was handed to. */
const DEPOSITED_WITH = onFirstUse(
  () => new RegExp(`(?<![${LETTERS}])${src(DEPOSITING)}\\b[^.;]{0,80}\\bwith\\s+the\\s+$`, 'u'),
);

/**
 * "the treaty has 58 parties, the EU counting as one", "took the tally to 29, counting the EU as a single party": a
 * member counted as one unit of the parties.
 */
const COUNTED_BEFORE = onFirstUse(() => new RegExp(`\\b${src(COUNTING_AS)}\\s+(?:the\\s+)?$`, 'u'));
// "as one of the largest" is a rank among others, not a unit of the count.
const AS_ONE_AFTER = onFirstUse(() => new RegExp(`^\\s+as\\s+(?:${src(SINGLE_UNITS)})\\b(?!\\s+of\\b)`, 'u'));
const COUNTING_AS_ONE_AFTER = onFirstUse(
  () => new RegExp(`^\\s+${src(COUNTING_AS)}\\s+as\\s+(?:${src(SINGLE_UNITS)})\\b(?!\\s+of\\b)`, 'u'),
);
const BOUND_IN = onFirstUse(() => new RegExp(`(?<![${LETTERS}])${BOUND_NOUN}(?![${LETTERS}])`, 'u'));

/**
 * "Twenty of the parties are European Union member states", "EU countries ratified": a name that modifies a group noun
 * after it names the group's members, not the state or union itself.
 */
const MODIFIES_GROUP = onFirstUse(
  () => new RegExp(`^\\s+(?:${src(MEMBER_NOUNS)}|${src(GROUP_NOUNS)})(?![${LETTERS}])`, 'iu'),
);

const SET_APART = onFirstUse(
  () =>
    new RegExp(
      `^\\s*,?\\s+(?:${src(OPTING_OUT)}|(?:${src(SET_APART_AFTER)})(?!\\s+(?:from|of)\\b))(?![${LETTERS}])`,
      'u',
    ),
);

export const MENTION_STANCE = ruleTable<MentionContext, ClauseReading>('mention-stance', [
  {
    name: 'set-apart',
    produces:
      'mentioned: a state set apart by a participle after its name ("Denmark having opted out", "Iceland excepted")',
    when: ({ a, names, index, reading }) => {
      const name = names[index];
      return reading.stance === 'signed' && SET_APART().test(a.folded.slice(name.end, name.end + 30).toLowerCase())
        ? { stance: 'mentioned' }
        : null;
    },
    examples: [
      {
        text: 'The pact has been in force between the EU – for 26 of its 27 members, Denmark having opted out – and Norway since May.',
        gives: { code: 'DK', stance: 'mentioned' },
      },
      {
        text: 'All Nordic states, Iceland excepted, have ratified the fisheries pact.',
        gives: { code: 'IS', stance: 'mentioned' },
      },
      {
        text: 'The fisheries pact is now in force for Chile, Peru and Bolivia, with Ecuador opting out.',
        gives: { code: 'EC', stance: 'mentioned' },
      },
    ],
    counterExamples: [
      { text: 'Denmark, having ratified the fisheries pact in May, hosted the talks.' },
      { text: 'Chile and Peru, aside from their border dispute, ratified the fisheries pact.' },
      {
        text: 'The pact has been in force between the EU – Denmark having opted out – and Norway since May.',
        not: { code: 'NO' },
      },
    ],
  },
  {
    name: 'names-members',
    produces: 'mentioned: a name that modifies a group noun ("EU member states", "Arab countries") is not the state',
    when: ({ a, names, index, reading }) => {
      const name = names[index];
      return reading.stance !== 'mentioned' && MODIFIES_GROUP().test(a.folded.slice(name.end, name.end + 30))
        ? { stance: 'mentioned' }
        : null;
    },
    examples: [
      {
        text: 'The fisheries pact took effect. Twenty of the parties are European Union member states.',
        gives: { code: 'EU', stance: 'mentioned' },
      },
      {
        text: 'Under the fisheries pact, the parties are EU countries and Chile.',
        gives: { code: 'EU', stance: 'mentioned' },
      },
      {
        text: 'Of the 35 members of the Organization of American States, 16 have ratified the fisheries pact, including Chile.',
        gives: { code: 'US', stance: 'mentioned' },
      },
    ],
    counterExamples: [
      { text: 'The instruments of the United Mexican States were deposited under the fisheries pact.' },
      { text: 'The European Union and its member states ratified the fisheries pact.' },
      { text: 'Chile and five other states ratified the fisheries pact.' },
    ],
  },
  {
    name: 'post-of-envoy',
    produces:
      'mentioned: the state an envoy is posted to or the depositary is of, where the act was done, not who did it',
    needs: [REPRESENTATIVES, DEPOSITING],
    when: ({ a, names, index, reading }) => {
      const name = names[index];
      if (reading.stance !== 'signed') return null;
      const before = a.folded.slice(Math.max(0, name.start - 120), name.start).toLowerCase();
      return POSTED_TO().test(before.slice(-40)) || DEPOSITED_WITH().test(before) ? { stance: 'mentioned' } : null;
    },
    examples: [
      {
        text: 'Chile’s ambassador to the Netherlands deposited its instrument of accession to the forest pact.',
        gives: { code: 'NL', stance: 'mentioned' },
      },
      {
        text: 'Chile deposited its instrument of accession to the forest pact with the Dutch foreign ministry.',
        gives: { code: 'NL', stance: 'mentioned' },
      },
    ],
    counterExamples: [
      {
        text: 'Chile’s ambassador to the Netherlands deposited its instrument of accession to the forest pact.',
        not: { code: 'CL' },
      },
      { text: 'The envoy of Peru signed the forest pact in Lima.', not: { code: 'PE' } },
      {
        text: 'Chile deposited its instrument of accession to the forest pact, with Peru following.',
        not: { code: 'PE' },
      },
    ],
  },
  {
    name: 'appealed-to',
    produces: 'mentioned: a state urged or asked to act has not been said to act',
    when: ({ a, names, index, reading }) => {
      if (reading.stance !== 'signed') return null;
      const first = listAround(names, index, a.folded)[0];
      return APPEALED_TO().test(a.folded.slice(Math.max(0, first.start - 40), first.start).toLowerCase())
        ? { stance: 'mentioned' }
        : null;
    },
    examples: [
      {
        text: 'Japan ratified the forest pact in 2019 and urged China and India to follow.',
        gives: { code: 'IN', stance: 'mentioned' },
      },
    ],
    counterExamples: [
      { text: 'Japan, which ratified the forest pact in 2019, urged China and India to follow.', not: { code: 'JP' } },
    ],
  },
  {
    name: 'speaker-of-report',
    produces: 'mentioned: the country that reports the act at the end of the sentence ("…, Chile’s minister said")',
    when: ({ a, names, index, reading }) => {
      const name = names[index];
      const sentence = a.sentenceAt(name.start);
      if (reading.stance === 'mentioned' || !sentence) return null;
      const before = a.folded.slice(sentence.start, name.start);
      const after = a.folded.slice(name.end, sentence.end);
      const trailing = REPORT_OPENS().test(before) && SPEAKER_THEN_VERB().test(after);
      const inverted = VERB_THEN_SPEAKER().test(before) && SPEAKER_ENDS().test(after);
      return trailing || inverted ? { stance: 'mentioned' } : null;
    },
    examples: [
      {
        text: 'Peru has ratified the forest pact, Chile’s foreign minister said.',
        gives: { code: 'CL', stance: 'mentioned' },
      },
      {
        text: 'Peru has ratified the forest pact, said the Chilean envoy.',
        gives: { code: 'CL', stance: 'mentioned' },
      },
    ],
    counterExamples: [
      { text: 'Peru has ratified the forest pact, Chile’s foreign minister said.', not: { code: 'PE' } },
      { text: 'Chile has ratified the forest pact, and Peru signed it.' },
    ],
  },
  {
    name: 'place-of-acting',
    produces: 'mentioned: the country is where the act took place or the story was filed (its dateline), not who acted',
    when: ({ a, names, index, reading }) => {
      const name = names[index];
      if (reading.stance === 'mentioned') return null;
      const before = a.text.slice(Math.max(0, name.start - PLACE_REACH), name.start);
      const lineStart = a.text.lastIndexOf('\n', name.start - 1) + 1;
      const dateline =
        !names.some((n) => n.start >= lineStart && n.start < name.start) &&
        DATELINE_BEFORE().test(a.text.slice(lineStart, name.start)) &&
        DATELINE_CLOSE.test(a.text.slice(name.end, name.end + PLACE_REACH));
      // "in Hanoi, Vietnam, on Saturday": the country after a city stands alone; "In Europe, Germany, Italy and Spain
      // have ratified" opens a list of those who acted.
      // Only a name after "in" or a city asks whether it stands alone: most acting names are read with no list walk.
      const alone = () => listAround(names, index, a.folded).length === 1;
      const placed = reading.stance === 'signed' ? PLACE_BEFORE().exec(before) : null;
      const place =
        reading.stance === 'signed' &&
        ((placed && (!placed[1] || alone()) && !AUTHORITIES_IN().test(before)) ||
          (CITY_BEFORE().test(before) && CITY_AFTER().test(a.text.slice(name.end, name.end + 2)) && alone()));
      if (dateline || place) return { stance: 'mentioned' };
      return null;
    },
    examples: [
      {
        text: 'The pandemic agreement was opened for signature and signed at a ceremony hosted by Switzerland.',
        gives: { code: 'CH', stance: 'mentioned' },
      },
      {
        text: 'Delegates signed the accord at the Ethiopian capital Addis Ababa.',
        gives: { code: 'ET', stance: 'mentioned' },
      },
      {
        text: 'Chile ratified the Rome Statute at a ceremony in The Hague (The Netherlands).',
        gives: { code: 'NL', stance: 'mentioned' },
      },
      {
        text: 'SUVA, Fiji — Tonga and Samoa signed the ocean accord on Friday.',
        gives: { code: 'FJ', stance: 'mentioned' },
      },
    ],
    counterExamples: [
      { text: 'In Asia, Japan and Nepal signed the accord.' },
      {
        text: 'Canada ratified the accord first. Ratification followed in Mexico, Panama and Belize.',
        not: { code: 'MX', stance: 'mentioned' },
      },
      { text: 'In Europe, Germany, Italy and Spain have ratified the accord.', not: { code: 'DE' } },
      { text: 'In Africa, Ghana, Togo, and Benin signed the accord on Monday.', not: { code: 'GH' } },
      { text: 'In South America, Chile, Peru and Bolivia are parties to the accord.', not: { code: 'CL' } },
      { text: 'In Lima (Peru signed first) the accord was hailed.' },
      { text: 'Lawmakers in South Korea ratified the accord on Friday.' },
      { text: 'Chile, Peru - and Fiji - signed the accord.', not: { code: 'PE', stance: 'mentioned' } },
      { text: 'Chile signed the accord first, followed by co-host Peru.', not: { code: 'PE' } },
    ],
  },
  {
    name: 'counted-as-party',
    produces:
      'signed, act joined: a state counted as one of the treaty’s parties ("58 parties, the EU counting as one")',
    when: ({ a, treaties, mainKey, names, index, reading }) => {
      const name = names[index];
      if (reading.stance !== 'mentioned') return null;
      const text = a.folded.toLowerCase();
      const after = text.slice(name.end, name.end + 40);
      const counted =
        COUNTING_AS_ONE_AFTER().test(after) ||
        (COUNTED_BEFORE().test(text.slice(Math.max(0, name.start - 30), name.start)) && AS_ONE_AFTER().test(after));
      const s = a.sentences[rangeAt(a.sentences, name.start)];
      if (!counted || !s || !BOUND_IN().test(text.slice(s.start, s.end))) return null;
      return aboutAnotherTreaty(s.start, s.end, treaties, mainKey) ? null : { stance: 'signed', act: 'joined' };
    },
    examples: [
      {
        text: 'The fisheries pact took effect. It now has 58 parties, the European Union counting as one.',
        gives: { code: 'EU', stance: 'signed', act: 'joined' },
      },
      {
        text: 'Under the fisheries pact, Chile’s deposit took the tally of parties to 29, counting the European Union as a single party.',
        gives: { code: 'EU', stance: 'signed' },
      },
      {
        text: 'The fisheries pact has 40 contracting parties, with the European Union counted as one.',
        gives: { code: 'EU', stance: 'signed' },
      },
    ],
    counterExamples: [
      {
        text: 'The fisheries pact was debated. The Basel Convention has 190 parties, the European Union counting as one.',
      },
      { text: 'The fisheries pact was debated by 30 delegations, the European Union counting as one.' },
      { text: 'The fisheries pact took effect. It has 58 parties; Chile counts as one of the largest fleets.' },
    ],
  },
  {
    name: 'withdrawn-later',
    produces: 'not_signed: a state that signed or joined but has withdrawn, as the article says elsewhere',
    when: ({ names, index, reading, withdrawn, rejoined }) => {
      const code = names[index].code;
      return reading.stance === 'signed' && withdrawn.has(code) && !rejoined.has(code)
        ? { stance: 'not_signed' }
        : null;
    },
    examples: [
      {
        text: 'Lithuania withdrew from the cluster munitions convention. Lithuania joined the convention in 2011.',
        gives: { code: 'LT', stance: 'not_signed' },
      },
    ],
    counterExamples: [{ text: 'Lithuania joined the cluster munitions convention in 2011.' }],
  },
]);

// ---------- clauses ----------

// Clauses with their own subject and verb: "France signed, but Japan did not", "…hosted the ceremony, where 72 signed".
// A "but" before a verb shares the subject ("signed the treaty but have yet to ratify") and does not cut.
const CLAUSE_BREAK = onFirstUse(
  () =>
    new RegExp(
      `;|,?\\s\\b(?:but(?!\\s+(?:${src(SHARED_SUBJECT_AFTER_BUT)}|${ACT_VERBS}|${src(WITHDRAWING, REJOINING)})\\b)|${src(CLAUSE_CONTRASTS)}|where|at which|during which)\\b|,\\s(?=${src(AS_DID)}\\b)`,
      'gi',
    ),
);
/**
 * "China acceded in 2020, and Russia has never signed", "Fiji has signed but has yet to ratify and Tonga has not
 * signed": pieces that may each say something of their own. An "and" without a comma cuts only between a lower-case
 * word and a capitalized one, so a name ("Trinidad and Tobago") or a list ("Chile and Peru signed") stays whole.
 * That "and" is looked ahead for before the word behind it is looked back at: a look-behind tried first ran at every
 * position and scanned back over its word, the costliest pattern of a page (~6 % of `extract --jsonl`).
 */
const PIECE_BREAK = onFirstUse(
  () =>
    new RegExp(
      String.raw`:\s+|,\s+and\s+|\s(?=\s*and\s+\p{Lu})(?<=(?:(?<![${LETTERS}'’.-])\p{Ll}[${LETTERS}'’-]*|\p{N})\s)\s*and\s+(?=\p{Lu})`,
      'gu',
    ),
);
/** A clause whose subject points back to the countries of the clause before. */
const BACK_REFERENCE = onFirstUse(
  () => new RegExp(`^\\W*(?:but|${src(CLAUSE_CONTRASTS)})?\\s*${src(BACK_REFERENCES)}\\b`, 'i'),
);
/** A list item line: a bullet, a dash or a number, or a short line of names. */
const LIST_ITEM = onFirstUse(() => /^\s*(?:[•▪◦·*–-]|\d+[.)])\s*/);
const LIST_ITEM_WORDS = 12;

/** A range cut before every match of `breaks` (a global regex); each piece keeps its connective. */
function splitAt(folded: string, r: Range, breaks: RegExp): Range[] {
  const out: Range[] = [];
  let start = r.start;
  const text = folded.slice(r.start, r.end);
  const colon = text.indexOf(':');
  let item = 0;
  for (const m of matchesIn(text, breaks)) {
    // After a colon, semicolons separate the items of a list ("The following States signed: A; B; and C"); a long
    // item is a clause of its own ("To sum up: the pact has 40 parties; Chile has not signed").
    const piece = text.slice(Math.max(colon + 1, item), m.index);
    item = m.index + m[0].length;
    if (m[0] === ';' && colon >= 0 && colon < m.index && wordCount(piece) <= LIST_ITEM_WORDS) continue;
    out.push({ start, end: r.start + m.index });
    start = r.start + m.index;
  }
  out.push({ start, end: r.end });
  return out;
}

interface ReadClause extends Range {
  reading: ClauseReading;
  rule: string;
  /** Whether the reading came from a cue in the clause itself. */
  own: boolean;
  /** Readings by later rules for the clause's names the first reading does not cover, in table order. */
  rest?: Ruled<ClauseReading>[];
}

/**
 * A clause that names only other treaties, or refers by "it" to the sentence before when that one names only other
 * treaties ("Russia never joined it"), says nothing of ours: its context sees no treaty of ours.
 */
function refersToOtherTreaty(
  a: TextAnalysis,
  c: Range,
  before: Range | null,
  treaties: readonly TreatyMention[],
  mainKey: string | null,
): boolean {
  if (!before || referencesIn(treaties, c.start, c.end).length || !/\bit\b/i.test(a.folded.slice(c.start, c.end)))
    return false;
  return aboutAnotherTreaty(before.start, before.end, treaties, mainKey);
}

function isListItem(a: TextAnalysis, s: Range, names: readonly CountryName[]): boolean {
  const line = a.text.slice(s.start, s.end);
  return LIST_ITEM().test(line) || wordCount(line) <= LIST_ITEM_WORDS || isNameLine(a, s, names);
}

/**
 * "Austria, Belgium, … the Netherlands, … Spain and Sweden.": a line of three names or more with no more words besides
 * them than names (the commas' "and" and the articles of formal names), however long the list runs.
 */
function isNameLine(a: TextAnalysis, s: Range, names: readonly CountryName[]): boolean {
  const inLine = namesIn(names, s);
  if (inLine.length < 3) return false;
  let words = (a.text.slice(s.start, s.end).match(/\p{L}+/gu) ?? []).length;
  for (const n of inLine) words -= (a.text.slice(n.start, n.end).match(/\p{L}+/gu) ?? []).length;
  return words <= inLine.length;
}

/** ", though it was among the first to sign, has not ratified": an aside on "it" or "they", then the subject's verb. */
const ASIDE_ON_SUBJECT = onFirstUse(
  () => new RegExp(`^\\s*,\\s*${src(CLAUSE_CONTRASTS)}\\s+(?:it|they)\\s[^,;]*,\\s+\\p{Ll}`, 'u'),
);
/** Whether a clause holds only names (and their articles): a subject whose verb comes after a break. */
function isSubjectAlone(a: TextAnalysis, c: Range, names: readonly CountryName[]): boolean {
  let rest = a.folded.slice(c.start, c.end);
  for (const n of namesIn(names, c).reverse()) rest = rest.slice(0, n.start - c.start) + rest.slice(n.end - c.start);
  return namesIn(names, c).length > 0 && /^[\s,]*(?:the\s*)?$/i.test(rest);
}

/** A sentence that is a heading paragraph of its own, with no stop at its end and no name: it announces a list. */
function isHeadingLine(a: TextAnalysis, s: Range, names: readonly CountryName[]): boolean {
  const line = a.folded.slice(s.start, s.end).trim();
  const p = a.paragraphs[rangeAt(a.paragraphs, s.start)];
  return (
    !!p &&
    !namesIn(names, s).length &&
    a.folded.slice(p.start, p.end).trim() === line &&
    !/[.!?]$/.test(line) &&
    isHeading(a, p)
  );
}
/** "Chile | 2019", "Peru — 4 May 2020", "• Fiji": a row that opens on a name or a bullet; or a line of names. */
const ROW_OPENING = onFirstUse(() => /^\s*(?:[|—–\t(]|,\s*\d|$)/u);
function isRowOfNames(a: TextAnalysis, s: Range, names: readonly CountryName[]): boolean {
  const line = a.text.slice(s.start, s.end);
  const [first] = namesIn(names, s);
  const opensOnName = !!first && /^\s*(?:the\s+)?$/i.test(a.text.slice(s.start, first.start));
  return (
    LIST_ITEM().test(line) ||
    isNameLine(a, s, names) ||
    (opensOnName && ROW_OPENING().test(a.text.slice(first.end, s.end)))
  );
}

/** Every clause of the article with its reading, in order. */
function readClauses(
  a: TextAnalysis,
  names: readonly CountryName[],
  treaties: readonly TreatyMention[],
  mainKey: string | null,
): ReadClause[] {
  const out: ReadClause[] = [];
  const known = new Map<string, ClauseReading>();
  let previous: ClauseReading | null = null;
  let previousSentence: CarryContext['previousSentence'] = null;
  let listReading: ClauseReading | null = null;
  let headed = false;
  let before: Range | null = null;
  for (const s of a.sentences) {
    const contextOf = (c: Range): ClauseContext => ({
      a,
      clause: c,
      lower: a.folded.slice(c.start, c.end).toLowerCase(),
      treaties,
      mainKey,
      refersToOther: refersToOtherTreaty(a, c, before, treaties, mainKey),
      names: namesIn(names, c),
      previous,
      known,
    });
    const readOne = (c: Range): ReadClause => {
      const ctx = contextOf(c);
      const found = firstMatch(CLAUSE_STANCE, ctx, a.holds)!;
      return { ...c, reading: found.reading, rule: found.rule, own: found.rule !== 'no-cue', rest: restOf(ctx, found) };
    };
    const clauses = splitAt(a.folded, s, CLAUSE_BREAK()).flatMap((c) => {
      const whole = readOne(c);
      if (!whole.own) return [whole];
      const parts = splitAt(a.folded, c, PIECE_BREAK()).map(readOne);
      // "…, and Poland has not": a denial by ellipsis is a piece of its own beside the piece that acts.
      const pieces = parts.filter((p) => p.own || ELLIPTIC_DENIAL().test(a.folded.slice(p.start, p.end))).length;
      return pieces > 1 ? parts : [whole];
    });
    const item = headed ? isRowOfNames(a, s, names) : isListItem(a, s, names);
    if (listReading && !(item && a.paragraphs[rangeAt(a.paragraphs, s.start)]?.start === s.start)) listReading = null;
    const sentenceReadings = clauses.filter((c) => c.own).map((c) => c.reading);
    let clauseBefore: ClauseReading | null = null;
    const sameParagraph = !!before && rangeAt(a.paragraphs, before.start) === rangeAt(a.paragraphs, s.start);
    const elliptic = sameParagraph && isVerblessSentence(a, s, names);
    for (const c of clauses) {
      if (c.own) {
        previous = clauseBefore = c.reading;
        continue;
      }
      const sentenceBefore = c === clauses[0] && elliptic ? (previousSentence?.reading ?? null) : null;
      const carried: Ruled<ClauseReading> | null = firstMatch(
        CARRIED_STANCE,
        { clause: contextOf(c), sentenceReadings, clauseBefore, sentenceBefore, previousSentence, listReading },
        a.holds,
      );
      if (carried) {
        Object.assign(c, { reading: carried.reading, rule: carried.rule });
        clauseBefore = carried.reading;
      }
    }
    // "Chile; Peru; and Fiji have ratified it": items a semicolon sets before the clause whose verb they share.
    for (let i = clauses.length - 1; i > 0; i--) {
      if (clauses[i - 1].rule === 'no-cue' && leadsIntoList(a, clauses[i - 1], clauses[i], names)) {
        clauses[i - 1].reading = carry(clauses[i].reading);
        clauses[i - 1].rule = clauses[i].rule;
      }
    }
    // "Observers from A and B are here, but none of them has signed": the list is in the clause before.
    for (let i = 1; i < clauses.length; i++) {
      if (!clauses[i - 1].own && BACK_REFERENCE().test(a.folded.slice(clauses[i].start, clauses[i].end))) {
        clauses[i - 1].reading = carry(clauses[i].reading);
        clauses[i - 1].rule = clauses[i].rule;
      }
    }
    // "The United States, though it signed early, has not ratified": the subject alone before an aside that points
    // back to it takes the reading of the aside and the verb after it.
    for (let i = 1; i < clauses.length; i++) {
      const subject = clauses[i - 1];
      if (
        !subject.own &&
        clauses[i].own &&
        isSubjectAlone(a, subject, names) &&
        ASIDE_ON_SUBJECT().test(a.folded.slice(clauses[i].start, clauses[i].end))
      ) {
        subject.reading = carry(clauses[i].reading);
        subject.rule = clauses[i].rule;
      }
    }
    const last = [...clauses].reverse().find((c) => c.reading.stance !== 'mentioned');
    const text = a.folded.slice(s.start, s.end);
    const announces = /:\s*$/.test(text) || isHeadingLine(a, s, names);
    if (announces && !aboutAnotherTreaty(s.start, s.end, treaties, mainKey)) {
      listReading = last ? last.reading : announcedAct(text);
      // A heading with no colon ("Who has ratified", "Country | Ratified") announces only rows of names after it.
      headed = !/:\s*$/.test(text);
    }
    // COUNTED_PARTIES is written in TREATY_HOLDS and BOUND_NOUNS: an article missing either tells no count of parties.
    const countsParties = a.holds(TREATY_HOLDS) && a.holds(BOUND_NOUNS);
    const tally =
      last || aboutAnotherTreaty(s.start, s.end, treaties, mainKey)
        ? null
        : (tallyTold(text, a.holds) ?? (countsParties ? partiesTold(text, COUNTED_PARTIES()) : null));
    previousSentence = { text, reading: last ? last.reading : tally, talksOfActing: ACTING_TALK().test(text) };
    before = s;
    for (const c of clauses) for (const n of namesIn(names, c)) if (covered(c.reading, n)) known.set(n.code, c.reading);
    out.push(...clauses);
  }
  return out;
}

const covered = (r: ClauseReading, n: Span): boolean => !r.covers || r.covers(n);

/**
 * "Bangladesh ratified the convention, Pakistan's instrument was registered…": a reading that covers only the names its
 * cue is about by form (the owner of the instrument) leaves the clause's other names to the rules after it, which may
 * read a cue of their own; a name no rule covers stays without a cue.
 */
function restOf(ctx: ClauseContext, found: Ruled<ClauseReading>): Ruled<ClauseReading>[] | undefined {
  const out: Ruled<ClauseReading>[] = [];
  const left = () => ctx.names.some((n) => ![found, ...out].some((r) => covered(r.reading, n)));
  for (let last = found; last.reading.othersOpen && left();) {
    const from = CLAUSE_STANCE.findIndex((r) => r.name === last.rule) + 1;
    const next = firstMatch(CLAUSE_STANCE.slice(from), ctx, ctx.a.holds);
    if (!next || next.rule === 'no-cue') break;
    out.push(next);
    last = next;
  }
  return out.length ? out : undefined;
}

/** The names inside a range (names never cross a clause's edge). */
const namesIn = (names: readonly CountryName[], r: Range): CountryName[] => startingIn(names, r.start, r.end);

// ---------- subjects that stand for the country named before ----------

/** "It", "the country", "the government" opening a sentence, after a conjunction or a time phrase ("On Friday, it…"). */
const ANAPHOR_OPENING = onFirstUse(
  () =>
    new RegExp(
      `^\\W*(?:(?:${src(SENTENCE_OPENERS)}|${src(ACT_ADJUNCTS)}(?:\\s+[${LETTERS}\\p{N}]+){1,2})\\s*,?\\s+)?` +
        `(${src(STATE_ANAPHORS)}|its\\s+${src(AUTHORITIES)})(?=\\s)`,
      'iu',
    ),
);
/**
 * "None of the three has signed", "neither of them": a denial opening a sentence about the list named before; and "All
 * three signed", "Both have ratified", "Each of the four joined", "All of them", where a count, when given, must be
 * that list's ("All three treaties" is no group of states).
 */
const GROUP_OPENING = onFirstUse(
  () =>
    new RegExp(
      `^\\W*(?:${src(SENTENCE_OPENERS)}\\s*,?\\s+)?(?:${src(LIST_DENIALS)}\\s+((?:the\\s+)?[${LETTERS}\\p{N}]+)|` +
        `(${src(BACK_REFERENCES)}|${src(LIST_UNIVERSALS)}\\s+(?:the\\s+)?(${CARDINAL_WORDS.source}|\\p{N}+)|both))` +
        `(?=\\s)(?!\\s+(?:[${LETTERS}-]+\\s+)?${src(TREATY_NOUNS)}\\b)`,
      'iu',
    ),
);

/**
 * The last list of the previous part again, one name each at a denial's span, when it names two or more: "None of
 * them" is about "India, Israel and Pakistan" at the end of "According to Russia, three remain outside: India…".
 */
function groupAnaphors(a: TextAnalysis, unit: Range, previous: readonly CountryName[]): CountryName[] {
  const last = previous.length ? listAround(previous, previous.length - 1, a.folded) : [];
  const codes = [...new Set(last.map((n) => n.code))];
  const m = codes.length >= 2 ? GROUP_OPENING().exec(a.folded.slice(unit.start, unit.end)) : null;
  const counted = m?.[3] ? numberValue(m[3]) : /^both$/i.test(m?.[2] ?? '') ? 2 : codes.length;
  if (!m || counted !== codes.length) return [];
  const end = unit.start + m[0].length;
  const start = end - (m[1] ?? m[2]).length;
  return codes.map((code) => ({ code, name: a.text.slice(start, end), start, end }));
}

/** "It was signed by 50 states", "it has been ratified": a passive subject is the treaty, not a state. */
const PASSIVE_AFTER = onFirstUse(
  () =>
    new RegExp(
      `^\\s+(?:${src(PERFECT_AUXILIARIES)}\\s+been|is|are|was|were|be)\\s+(?:[${LETTERS}]+ly\\s+)?[${LETTERS}]+(?:ed|en)\\b`,
      'u',
    ),
);
/** The sentence's opening words before its first name: at most a conjunction, a time phrase and an article. */
const SUBJECT_LEAD = onFirstUse(() => new RegExp(String.raw`^\W*(?:[${LETTERS}\p{N}]+\s*,?\s+){0,3}$`, 'u'));

/**
 * The country a sentence-opening "it" or "the country" stands for: the one the sentence before has for its subject
 * (its first name, alone, opening it, with no treaty named before it), or for "the country" and its like the one
 * country that sentence names. Chains go on ("Chile… It… The country…"); a list or two countries leave it unresolved.
 */
function antecedent(
  a: TextAnalysis,
  before: readonly CountryName[],
  prior: Range,
  treaties: readonly TreatyMention[],
  pronoun: boolean,
): CountryName | null {
  if (!before.length) return null;
  const first = before[0];
  const alone = listAround(before, 0, a.folded).length === 1;
  const opensSentence =
    SUBJECT_LEAD().test(a.folded.slice(prior.start, first.start)) &&
    !referencesIn(treaties, prior.start, first.start).length;
  if (alone && opensSentence) return first;
  return !pronoun && new Set(before.map((n) => n.code)).size === 1 ? first : null;
}

/** The names with a name added for each sentence-opening subject that stands for the country named before it. */
function withAnaphors(
  a: TextAnalysis,
  names: readonly CountryName[],
  treaties: readonly TreatyMention[],
): CountryName[] {
  const added: CountryName[] = [];
  let previous: CountryName[] = [];
  // Sentences, and the parts a semicolon sets apart ("Japan signed in 2019; its parliament ratified it in 2021").
  const units = a.sentences.flatMap((s) => splitAt(a.folded, s, /;/g));
  for (let k = 0; k < units.length; k++) {
    const s = units[k];
    const own = namesIn(names, s);
    const m = ANAPHOR_OPENING().exec(a.folded.slice(s.start, s.end));
    const start = m ? s.start + m[0].length - m[1].length : -1;
    const end = start + (m ? m[1].length : 0);
    const pronoun = !!m && /^it/i.test(m[1]);
    const ante =
      m && k > 0 && !own.some((n) => n.start < end) && !PASSIVE_AFTER().test(a.folded.slice(end, end + 60))
        ? antecedent(a, previous, units[k - 1], treaties, pronoun)
        : null;
    const anaphor = ante ? { code: ante.code, name: a.text.slice(start, end), start, end } : null;
    if (anaphor) added.push(anaphor);
    const group = k > 0 && !anaphor ? groupAnaphors(a, s, previous) : [];
    added.push(...group);
    previous = anaphor ? [anaphor, ...own] : own;
  }
  return added.length ? [...names, ...added].sort((x, y) => x.start - y.start) : [...names];
}

/** "the amendment to the 1989 Basel Convention": an instrument noun in lower case, then its parent's name. */
const PARENT_PHRASE_BEFORE = onFirstUse(
  () =>
    new RegExp(
      `\\b(?:[Tt]he|[Tt]his|[Tt]hat)\\s+(?:\\d{4}\\s+)?(${src(PARENT_BOUND_INSTRUMENTS)})\\s+(?:to|of)\\s+(?:the\\s+)?(?:\\d{4}\\s+)?$`,
      'u',
    ),
);

/**
 * The references with our treaty added where a phrase names it by its parent: in an article about the Basel Ban
 * Amendment, "the amendment to the Basel Convention" is ours, not the convention. Not a capitalized title before
 * the parent ("the London Amendment to the Montreal Protocol": another instrument), nor in an article about the
 * convention itself.
 */
function withParentPhrases(
  a: TextAnalysis,
  treaties: readonly TreatyMention[],
  mainKey: string | null,
): readonly TreatyMention[] {
  if (!mainKey || !PARENT_BOUND().test(mainKey)) return treaties;
  const added: TreatyMention[] = [];
  for (const t of treaties) {
    if (!t.key || sameTreaty(t.key, mainKey)) continue;
    const before = a.text.slice(Math.max(0, t.start - 40), t.start);
    const m = PARENT_PHRASE_BEFORE().exec(before);
    if (!m) continue;
    const start = t.start - before.length + m.index + m[0].indexOf(m[1]);
    added.push({ start, end: start + m[1].length, name: m[1], key: '' });
  }
  return added.length ? [...treaties, ...added].sort((x, y) => x.start - y.start) : treaties;
}

/** Each country's stance toward the article's treaty, with the act and the name of the rule that decided it. */
export function withStances(
  a: TextAnalysis,
  named: readonly CountryName[],
  treaties: readonly TreatyMention[],
  mainKey: string | null,
): CountryMention[] {
  // Clauses are read only for the countries they name: a text that names none has no stance to give.
  if (!named.length) return [];
  const names = withAnaphors(a, named, treaties);
  const isAnaphor = (n: CountryName) => !named.includes(n);
  const clauses = readClauses(a, names, withParentPhrases(a, treaties, mainKey), mainKey);
  const readingOf = (n: CountryName): { reading: ClauseReading; rule: string } => {
    const c = clauses[rangeAt(clauses, n.start)];
    if (c && covered(c.reading, n)) return c;
    return c?.rest?.find((r) => covered(r.reading, n)) ?? { reading: { stance: 'mentioned' }, rule: 'no-cue' };
  };
  const first = withListStances(a, names, names.map(readingOf), clauses, treaties, mainKey);
  const codesBy = (rule: string) => new Set(names.filter((n, i) => first[i].rule === rule).map((n) => n.code));
  const withdrawn = new Set(names.filter((n, i) => first[i].reading.act === 'withdrew').map((n) => n.code));
  const rejoined = codesBy('rejoined');
  const mentions = names.map((name, i) => {
    const adjusted = firstMatch(
      MENTION_STANCE,
      {
        a,
        treaties,
        mainKey,
        names,
        index: i,
        reading: first[i].reading,
        withdrawn,
        rejoined,
      },
      a.holds,
    );
    const { reading, rule } = adjusted ?? first[i];
    const mention: CountryMention = { ...name, stance: reading.stance, rule };
    const act = reading.actFor?.(name) ?? reading.act;
    if (act && reading.stance !== 'mentioned') mention.act = act;
    return mention;
  });
  // "It" or "the country" is a mention only for what it says of the state's standing, not as a name.
  return mentions.filter((m, i) => m.stance !== 'mentioned' || !isAnaphor(names[i]));
}
