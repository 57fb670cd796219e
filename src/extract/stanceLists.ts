/** Stances read for a whole list of countries: the items no clause rule read take the act that governs the list. */
import { matchesIn } from '../text/matches.js';
import { LETTERS } from './lexicon/family.js';
import type { TextAnalysis } from './analysis.js';
import type { CountryName } from './countries.js';
import {
  ABSENCES,
  ABSTAINING,
  ACCEDING,
  ALTERNATIVE_JOINERS,
  APPEALS,
  ATTENDING,
  DISCUSSING,
  AWAITING,
  BACK_GROUPS,
  BOUND_BY,
  TREATY_NOUNS,
  BOUND_NOUNS,
  COMPANION_JOINERS,
  INSTRUMENT_NOUNS,
  LIST_COPULAS,
  DEPOSITING,
  HOSTING,
  INTENTIONS,
  LIST_ADDITIONS,
  LIST_JOINERS,
  MANDATES,
  NEGATIONS,
  RATIFYING,
  REFUSALS,
  REJECTIONS,
  SIGNATURE_NOUNS,
  SIGNER_NOUNS,
  BOUND_GROUP_HEADS,
  SIGNING,
  VOTING,
  WITHDRAWING,
  LEAVING,
  WISHES,
  AIMS,
  MEMBERS_NAMED,
  MONTHS,
  GROUP_NOUNS,
  LIST_UNIVERSALS,
  NECESSITY_MODALS,
  NEEDED,
  PREVENTIONS,
  SUPPOSING,
  THRESHOLD_NOUNS,
  REGION_GROUP_LEADS,
  REGIONS,
  alternation,
  isMember,
  type Family,
} from './lexicon/index.js';
import { POSSESSIVE_PRONOUNS, RELATIVE_PRONOUNS } from './lexicon/speech.js';
import { onFirstUse } from './rules/onFirstUse.js';
import { firstMatch, ruleTable, type Ruled } from './rules/rule.js';
import { rangeAt, startingIn, type Range } from './text.js';
import { CARDINAL_WORDS, numberValue, ORDINAL } from './numbers/value.js';
import { referencesIn, sameTreaty } from './treaties.js';
import { ACT_OF_FAMILY } from './actOfWords.js';
import { itemAside, regionAside } from './listGlue.js';
import type { Act, TreatyMention } from './types.js';
import type { ClauseReading } from './stance.js';

/** The families the list rules are written in beside the stance rules' own (part of the countries extractor's version). */
export const LIST_FAMILIES: readonly Family[] = [
  ALTERNATIVE_JOINERS,
  BACK_GROUPS,
  COMPANION_JOINERS,
  INSTRUMENT_NOUNS,
  LIST_COPULAS,
  LIST_ADDITIONS,
  ATTENDING,
  DISCUSSING,
  AWAITING,
  AIMS,
  MEMBERS_NAMED,
  MONTHS,
  LIST_UNIVERSALS,
  NECESSITY_MODALS,
  NEEDED,
  PREVENTIONS,
  SUPPOSING,
  THRESHOLD_NOUNS,
  REGION_GROUP_LEADS,
  REGIONS,
  POSSESSIVE_PRONOUNS,
];

/** What a list rule reads: one run of countries in a clause, each item with the reading its clause gave it. */
export interface ListContext {
  readonly a: TextAnalysis;
  /** The clause that holds the list (its reading governs every item). */
  readonly clause: Range;
  readonly items: readonly CountryName[];
  readonly readings: readonly Ruled<ClauseReading>[];
  /** The last reading with a stance of the clauses before, back to the start of the sentence before; null if none. */
  readonly told: ClauseReading | null;
  readonly treaties: readonly TreatyMention[];
  readonly mainKey: string | null;
}

const src = (...families: Family[]): string => alternation(...families);

/**
 * What may stand between two items of one list: commas, semicolons, "and", "as well as", "plus", "together with", "&",
 * an article, and a short parenthesis or date after an item ("Chile (2019), Peru (2021) and Fiji", "Chile, in 2019;
 * Peru, in May 2021"). A semicolon stands between items only once the clauses it splits are joined (joinedAtSemicolons).
 */
const ITEM_GLUE = onFirstUse(
  () =>
    new RegExp(
      `^(?:\\s*(?:,|;|&|\\b${src(LIST_JOINERS, LIST_ADDITIONS, COMPANION_JOINERS)}\\b|\\bthe\\b|${itemAside()})\\s*)*$`,
      'iu',
    ),
);
/** "Chile or Peru": alternatives are no list of states that all did one thing. */
const ALTERNATIVE = onFirstUse(() => new RegExp(`\\b${src(ALTERNATIVE_JOINERS)}\\b`, 'iu'));

/** The runs of two or more names joined only by list glue, each inside one of the ranges (clauses). */
export function listRuns(text: string, names: readonly CountryName[], clauses: readonly Range[]): number[][] {
  const runs: number[][] = [];
  for (const c of clauses) {
    const inside = startingIn(names, c.start, c.end).map((n) => names.indexOf(n));
    let run: number[] = [];
    for (const i of inside) {
      const glued = run.length > 0 && ITEM_GLUE().test(text.slice(names[run[run.length - 1]].end, names[i].start));
      if (!glued) {
        if (run.length > 1) runs.push(run);
        run = [];
      }
      run.push(i);
    }
    if (run.length > 1) runs.push(run);
  }
  return runs.filter((r) => !ALTERNATIVE().test(text.slice(names[r[0]].end, names[r[r.length - 1]].start)));
}

/** The acting words a list's act is read from: all but joining ("joined the talks" is no act on a treaty of itself). */
const ACT_FAMILIES = ACT_OF_FAMILY.filter(([, act]) => act !== 'joined');
const ACT_WORD = onFirstUse(
  () => new RegExp(ACT_FAMILIES.map(([f]) => `(?<![${LETTERS}])(${src(f)})(?![${LETTERS}])`).join('|'), 'iu'),
);
/**
 * ACT_WORD made global, for matchesIn only. matchesIn starts where the pattern's lastIndex stands, which `test` or
 * `exec` on a global pattern leave where their last match in another text ended: a clause's reading would hang on
 * the texts read before it.
 */
const ACT_WORDS = onFirstUse(() => new RegExp(ACT_WORD().source, 'giu'));
const actOfMatch = (m: RegExpExecArray | RegExpMatchArray): Act => ACT_FAMILIES[m.slice(1).findIndex(Boolean)][1];
/** "30 ratifications", "twenty states have signed": a count of acts, the count first. */
const COUNTED_ACTS = onFirstUse(
  () =>
    new RegExp(
      `(?<![${LETTERS}\\p{N}])(\\p{N}+|${CARDINAL_WORDS.source})\\s+(?:[${LETTERS}-]+\\s+){0,2}?(?:${ACT_FAMILIES.map(([f]) => src(f)).join('|')})(?![${LETTERS}])`,
      'giu',
    ),
);
/**
 * Words that make the clause about something else than a deed of the list: a denial, a plan, a request, a refusal, a
 * rejection, an absence, a departure, hosting, attending, or a vote (a vote on the text is not the act). A clause holding one of them is left to the clause rules.
 */
const NOT_A_DEED = onFirstUse(
  () =>
    new RegExp(
      `(?<![${LETTERS}])(?:${src(NEGATIONS, INTENTIONS, AWAITING, VOTING, ABSTAINING, WISHES, APPEALS, MANDATES, REFUSALS, REJECTIONS, ABSENCES, WITHDRAWING, LEAVING, HOSTING, ATTENDING, DISCUSSING)})(?![${LETTERS}])|\\?`,
      'giu',
    ),
);
const clauseText = (ctx: ListContext): string => ctx.a.folded.slice(ctx.clause.start, ctx.clause.end);
/**
 * Whether the text holds a word that makes it no deed ("May" the month is not the modal). With `bareToAside`, a bare
 * "to" does not count ("acceded to the pact", "raising the total to 40"): for a part of a sentence that tells a tally,
 * whose own act is read apart for an infinitive.
 */
function deniedOrPlanned(text: string, bareToAside = false): boolean {
  return matchesIn(text, NOT_A_DEED()).some(
    (m) =>
      !isMember(MONTHS, m[0]) &&
      !(m[0].toLowerCase() === 'to' && (bareToAside || TO_AN_OBJECT().test(text.slice(m.index)))),
  );
}
/** "Accessions to the pact:", "signatures to its text": a "to" before an article or a possessive opens no infinitive. */
const TO_AN_OBJECT = onFirstUse(() => new RegExp(`^to\\s+(?:the|${src(POSSESSIVE_PRONOUNS)})(?![${LETTERS}])`, 'iu'));
/** "to sign", "to be ratified": an act in the infinitive is a purpose or a plan, not what the list did. */
const INFINITIVE_BEFORE = onFirstUse(() => new RegExp(String.raw`\bto\s+(?:[${LETTERS}]+\s+)?$`, 'iu'));

/** "which Chile and Peru opened", "who": a relative pronoun between an act and the list puts the list in a clause of its own. */
const RELATIVE_BETWEEN = onFirstUse(
  () => new RegExp(`(?<![${LETTERS}])(?:${src(RELATIVE_PRONOUNS)}|that|where)(?![${LETTERS}])`, 'iu'),
);
/** "progress towards accession", "a push for ratification": an act as the goal of something else, not done. */
const AIMED_AT_BEFORE = onFirstUse(() => new RegExp(`(?<![${LETTERS}])${src(AIMS)}\\s+$`, 'iu'));
/** "Norway and Iceland registered their ratifications": after the list, its own verb of handing its act over. */
const OWN_ACT_AFTER = onFirstUse(
  () =>
    new RegExp(
      String.raw`^\s+(?:(?:have|has|had)\s+)?(?:[${LETTERS}]+ly\s+)?[${LETTERS}]+ed\s+(?:their|its)\s+(?:[${LETTERS}-]+\s+)?$`,
      'iu',
    ),
);

/** Whether an act word at `m` governs the list: before it with no relative clause between, or after it as its own. */
function governs(ctx: ListContext, at: Range): boolean {
  const text = ctx.a.folded;
  const first = ctx.items[0];
  const last = ctx.items[ctx.items.length - 1];
  if (at.end <= first.start)
    return (
      !RELATIVE_BETWEEN().test(text.slice(at.end, first.start)) && !AIMED_AT_BEFORE().test(text.slice(0, at.start))
    );
  return at.start >= last.end && OWN_ACT_AFTER().test(text.slice(last.end, at.start));
}

/** The one act the clause's acting words name, all of them governing the list; null when they name none or more. */
function soleAct(ctx: ListContext): Act | null {
  const text = ctx.a.folded.slice(ctx.clause.start, ctx.clause.end);
  const acts = new Set<Act>();
  for (const m of matchesIn(text, ACT_WORDS())) {
    const at = { start: ctx.clause.start + m.index, end: ctx.clause.start + m.index + m[0].length };
    if (INFINITIVE_BEFORE().test(text.slice(0, m.index)) || !governs(ctx, at)) return null;
    acts.add(actOfMatch(m));
  }
  return acts.size === 1 ? [...acts][0] : null;
}

/**
 * "The latest ratifications came from:", "Signatures so far:": the act a line ending in a colon announces for the
 * list lines after it, when its acting words name one act and nothing makes it no deed; null otherwise.
 */
export function announcedAct(line: string): ClauseReading | null {
  const acts = new Set<Act>();
  for (const m of matchesIn(line, ACT_WORDS())) {
    if (INFINITIVE_BEFORE().test(line.slice(0, m.index))) return null;
    acts.add(actOfMatch(m));
  }
  // The costly test for a denial or a plan runs last, on the few lines that name one act.
  return acts.size === 1 && !deniedOrPlanned(line) ? { stance: 'signed', act: [...acts][0] } : null;
}

/** Whether the clause names our treaty, by a name or a bare treaty noun. */
function namesOurTreaty(ctx: ListContext): boolean {
  return referencesIn(ctx.treaties, ctx.clause.start, ctx.clause.end).some(
    (t) => !t.key || (ctx.mainKey !== null && sameTreaty(t.key, ctx.mainKey)),
  );
}
/** "…by the leaders of", "…by envoys of", "…by": the list as the agents of a passive act. */
const AGENTS_BEFORE = onFirstUse(
  () => new RegExp(`(?<![${LETTERS}])by\\s+(?:the\\s+)?(?:[${LETTERS}-]+\\s+of\\s+(?:the\\s+)?)?$`, 'iu'),
);

/** Whether the clause names another treaty than ours. */
function namesOtherTreaty(ctx: ListContext): boolean {
  return referencesIn(ctx.treaties, ctx.clause.start, ctx.clause.end).some(
    (t) => t.key && !(ctx.mainKey && sameTreaty(t.key, ctx.mainKey)),
  );
}

const unread = (r: Ruled<ClauseReading>): boolean => r.rule === 'no-cue';
/** A clause as the clause rules read it. */
type ReadRange = Range & Ruled<ClauseReading>;

/** A count before the list in its clause ("about fourteen", "The 20", "fourteen of those"); a year is no count. */
const COUNT = onFirstUse(
  () =>
    new RegExp(
      `(?<![${LETTERS}\\p{N}])(?!(?:1[89]|20)\\d\\d(?!\\p{N}))(?:\\p{N}+|${CARDINAL_WORDS.source})(?![${LETTERS}\\p{N}])`,
      'iu',
    ),
);
/**
 * "…, including", "…: among them", "…: in Africa,": the list names members of what comes before it, maybe opening on
 * the region its first group is from.
 */
const MEMBERS_BEFORE = onFirstUse(
  () =>
    new RegExp(
      `(?:(?<![${LETTERS}])${src(MEMBERS_NAMED)}|:)\\s*,?\\s*(?:${regionAside()}\\s*[,:]?\\s*)?(?:the\\s+)?$`,
      'iu',
    ),
);
/** "Chile and Peru among them", "Chile and Peru were among them": the mark after the list. */
const MEMBERS_AFTER = onFirstUse(
  () => new RegExp(`^\\s*,?\\s*(?:(?:are|were|is|was)\\s+)?${src(MEMBERS_NAMED)}(?![${LETTERS}])`, 'iu'),
);
/**
 * "Chile and Peru were among them", "…, Fiji among those.": the mark that ends the list's clause points back to a
 * group told before; not "among those who objected" (a group of its own).
 */
const AMONG_THOSE_AFTER = onFirstUse(
  () =>
    new RegExp(
      `^\\s*,?\\s*(?:(?:are|were|is|was)\\s+)?among\\s+${src(BACK_GROUPS)}(?![${LETTERS}])\\s*(?:[,.;:]|$)`,
      'iu',
    ),
);

/** "fourteen of those", "the 30", "those twelve states": a lead whose count is the group told before, not a new one. */
const TIED_LEAD = onFirstUse(
  () =>
    new RegExp(
      `(?:(?<![${LETTERS}])of\\s+(?:${src(BACK_GROUPS)})(?![${LETTERS}])|^\\W*(?:among\\s+)?(?:the|those|these)\\s+${COUNT_WORD})`,
      'iu',
    ),
);
/** "…, said it was weak", "…, have boycotted it": words after the list, past "among them", that tell its own deed. */
const PREDICATE_AFTER = onFirstUse(
  () => new RegExp(`^\\s*,?\\s*(?:${src(MEMBERS_NAMED)})?\\s*,?\\s*[${LETTERS}]`, 'iu'),
);
/**
 * Whether the list and a new count before it ("Ten nations, including A and B, said…") are the subject of a deed of
 * their own: a group counted afresh that did something else, not members of the group that acted.
 */
function newGroupWithOwnDeed(ctx: ListContext, lead: string): boolean {
  const rest = ctx.a.folded.slice(ctx.items[ctx.items.length - 1].end, ctx.clause.end);
  return PREDICATE_AFTER().test(rest) && !TIED_LEAD().test(lead) && !PARTITIVE().test(lead);
}

/** The clause's words before the list, when the list names members of what they speak of and no act word is near. */
function leadOfMembers(ctx: ListContext): string | null {
  const text = ctx.a.folded;
  const first = ctx.items[0];
  const last = ctx.items[ctx.items.length - 1];
  const lead = text.slice(ctx.clause.start, first.start);
  const marked =
    MEMBERS_BEFORE().test(lead) || MEMBERS_AFTER().test(text.slice(last.end, ctx.clause.end)) || PARTITIVE().test(lead);
  const clause = clauseText(ctx);
  return marked && !ACT_WORD().test(clause) && !deniedOrPlanned(clause) && !namesOtherTreaty(ctx) ? lead : null;
}

/**
 * "the parties", "its signatories", "those bound", a lead "Bound by it today:": the states bound by or signed to a
 * treaty; not "the Conference of the Parties". A bound group is captured (first or second group), signers are not.
 */
const BOUND_GROUP = onFirstUse(
  () =>
    new RegExp(
      `(?<!\\bof\\s+(?:the\\s+)?)(?<![${LETTERS}-])(?:(${src(BOUND_NOUNS, BOUND_GROUP_HEADS)})|${src(SIGNER_NOUNS)})(?![${LETTERS}])|` +
        `^\\W*(${src(BOUND_BY)})\\s+(?:it|the\\s+(?:[${LETTERS}-]+\\s+)?${src(TREATY_NOUNS)})(?![${LETTERS}])`,
      'iu',
    ),
);

/** "Of the 30 parties, A and B…", "Of its signatories, A…": a clause opening on the group the list is drawn from. */
const PARTITIVE = onFirstUse(
  () =>
    new RegExp(
      `^\\W*of\\s+(?:the|its|their)\\s+(?:(?:\\p{N}+|${CARDINAL_WORDS.source})\\s+)?(?:(${src(BOUND_NOUNS)})|${src(SIGNER_NOUNS)})\\s*,\\s*$`,
      'iu',
    ),
);

/** A count that is no year ("sixteen", "27"), captured. */
const COUNT_WORD = `(?!(?:1[89]|20)\\d\\d(?!\\p{N}))(\\p{N}+|${CARDINAL_WORDS.source})`;
/** "Among the sixteen are", "The 27 were", "those twelve states include": a definite count, then the list it holds. */
const DEFINITE_COUNT_BEFORE = onFirstUse(
  () =>
    new RegExp(
      `^\\W*(?:among\\s+)?(?:the|those|these)\\s+${COUNT_WORD}(?:\\s+[${LETTERS}-]+)?\\s+${src(LIST_COPULAS)}\\s*:?\\s*(?:the\\s+)?$`,
      'iu',
    ),
);
/** "Chile and Peru are among the 16", "…, Fiji among those twelve": the list, then the definite count that holds it. */
const DEFINITE_COUNT_AFTER = onFirstUse(
  () =>
    new RegExp(
      `^\\s*,?\\s*(?:(?:are|were)\\s+)?among\\s+(?:the|those|these)\\s+${COUNT_WORD}(?![${LETTERS}\\p{N}])`,
      'iu',
    ),
);
/** The value of the definite count that ties the list to a group counted before it; null when none does. */
function definiteCount(ctx: ListContext): number | null {
  const text = ctx.a.folded;
  const m =
    DEFINITE_COUNT_BEFORE().exec(text.slice(ctx.clause.start, ctx.items[0].start)) ??
    DEFINITE_COUNT_AFTER().exec(text.slice(ctx.items[ctx.items.length - 1].end, ctx.clause.end));
  return m ? numberValue(m[1]) : null;
}

/** "the sixteenth instrument", "the 27th ratification": the rank of the act or instrument that brought the tally to it. */
const RANKED_ACTS = onFirstUse(
  () =>
    new RegExp(
      `(?<![${LETTERS}\\p{N}])(${ORDINAL.source.replace(/\\b/g, '')})\\s+(?:[${LETTERS}-]+\\s+)?` +
        `(?:${[...ACT_FAMILIES.map(([f]) => f), INSTRUMENT_NOUNS].map((f) => src(f)).join('|')})(?![${LETTERS}])`,
      'giu',
    ),
);

/** The most words of a heading ("Who is in?", "Why now?", "Ratifications so far", "Country | Ratified"). */
const HEADING_WORDS = 8;
/** Whether a paragraph is a heading: one line of a few words. */
export const isHeading = (a: TextAnalysis, paragraph: Range): boolean => {
  const line = a.folded.slice(paragraph.start, paragraph.end).trim();
  return !line.includes('\n') && line.split(/\s+/).filter(Boolean).length <= HEADING_WORDS;
};

/**
 * The act of the tally a definite count repeats: the last count or rank of acts of that value ("16 states ratified",
 * "the sixteenth instrument arrived") from the start of the paragraph before the clause's (headings between passed
 * over), in a part of its sentence (cut at semicolons and colons) that nothing makes no deed. An instrument counts as
 * a ratification.
 */
function actOfTally(a: TextAnalysis, clause: Range, value: number): Act | null {
  let p = rangeAt(a.paragraphs, clause.start) - 1;
  while (p > 0 && isHeading(a, a.paragraphs[p])) p--;
  const from = a.paragraphs[Math.max(0, p)]?.start ?? 0;
  let act: Act | null = null;
  for (const s of a.sentences) {
    if (s.end <= from || s.start >= clause.start) continue;
    const sentence = a.folded.slice(s.start, Math.min(s.end, clause.start));
    for (const part of sentence.split(/[;:]/)) {
      if (deniedOrPlanned(part, true)) continue;
      for (const m of [...matchesIn(part, COUNTED_ACTS()), ...matchesIn(part, RANKED_ACTS())]) {
        const word = ACT_WORD().exec(m[0]);
        const before = part.slice(0, m.index + (word?.index ?? 0));
        if (numberValue(m[1]) === value && !INFINITIVE_BEFORE().test(before))
          act = word ? actOfMatch(word) : 'ratified';
      }
    }
  }
  return act;
}

/**
 * "Those states:", "The nations were", "All three —": a lead that points back to the counted group with nothing but
 * its noun or count before the list (not "The states most at risk are": a group of its own).
 */
const GROUP_TIED_LEAD = onFirstUse(
  () =>
    new RegExp(
      `^\\W*(?:(?:the|those|these)\\s+${src(GROUP_NOUNS)}|${src(LIST_UNIVERSALS)}\\s+(?:the\\s+)?(?:\\p{N}+|${CARDINAL_WORDS.source})` +
        `(?:\\s+${src(GROUP_NOUNS)})?)(?:\\s+${src(LIST_COPULAS)}|\\s*:|\\s*[—–]|\\s--?)\\s*(?:the\\s+)?$`,
      'iu',
    ),
);
/** The least items of a list whose length alone ties it to a count told before (two names are a pair, not a tally). */
const COUNTED_LIST_LEAST = 3;
/** A count and, later in its part of the sentence, an act word: "Eight of the 13 governments yesterday signed". */
const COUNT_THEN_ACT = onFirstUse(
  () =>
    new RegExp(
      `(?<![${LETTERS}\\p{N}])${COUNT_WORD}(?![${LETTERS}\\p{N}])[^.;:]{0,80}?(?<![${LETTERS}])(?:${ACT_FAMILIES.map(([f]) => src(f)).join('|')})(?![${LETTERS}])`,
      'giu',
    ),
);

/**
 * "three new ratifications", "27 accessions", "Two more signatures": a count set on a noun of acting, one word at most
 * between (not "Three states blocked ratification": there the count is of the states, and their deed another).
 */
const COUNTED_ACT_NOUNS = onFirstUse(
  () =>
    new RegExp(
      `(?<![${LETTERS}\\p{N}])${COUNT_WORD}\\s+(?:[${LETTERS}-]+\\s+)?(?=[${LETTERS}]*(?:tion|sion|ature|ance)s?(?![${LETTERS}]))` +
        `(?:${ACT_FAMILIES.map(([f]) => src(f)).join('|')})(?![${LETTERS}])`,
      'giu',
    ),
);

/** "needs three ratifications", "would bring two accessions", "blocked three ratifications": a tally not held. */
const NO_TALLY_HELD = onFirstUse(
  () =>
    new RegExp(
      `(?<![${LETTERS}])(?:${src(NEEDED, NECESSITY_MODALS, SUPPOSING, PREVENTIONS, THRESHOLD_NOUNS)})(?![${LETTERS}])`,
      'iu',
    ),
);
/**
 * The act of a tally of acts a sentence with no stance of its own tells ("The pact gained three new ratifications last
 * year", "Last year brought two accessions"), for a list in the sentence after it ("They were A, B and C"); null when
 * none, or when the part that tells it is denied or planned ("still needs ten ratifications").
 */
export function tallyTold(sentence: string, holds: (f: Family) => boolean): ClauseReading | null {
  // Counted act nouns are members of the act families: an article that writes none of them tells no tally.
  if (!ACT_FAMILIES.some(([f]) => holds(f))) return null;
  for (const part of sentence.split(/[;:]/)) {
    // A part that counts no act nouns tells no tally whatever else it says: the costly tests run only on the rest.
    let held: boolean | undefined;
    for (const m of matchesIn(part, COUNTED_ACT_NOUNS())) {
      held ??= !deniedOrPlanned(part, true) && !NO_TALLY_HELD().test(part);
      if (!held) break;
      const word = ACT_WORD().exec(m[0]);
      if (word && !INFINITIVE_BEFORE().test(part.slice(0, m.index))) return { stance: 'signed', act: actOfMatch(word) };
    }
  }
  return null;
}

/**
 * A count of the treaty's parties a sentence with no stance of its own tells ("The pact now has 40 parties"), for a
 * list in the sentence after it ("They are: A, B and C"): its members joined. Null when the sentence denies, plans or
 * needs the count ("will have 40 parties once…"). `counted` is the pattern of such a count, on lower-case text.
 */
export function partiesTold(sentence: string, counted: RegExp): ClauseReading | null {
  const held =
    counted.test(sentence.toLowerCase()) && !deniedOrPlanned(sentence, true) && !NO_TALLY_HELD().test(sentence);
  return held ? { stance: 'signed', act: 'joined' } : null;
}

/** Whether the sentence before the list's clause counts as many states acting, before its act word, as the list names. */
function countedJustBefore(ctx: ListContext): boolean {
  const s = rangeAt(ctx.a.sentences, ctx.clause.start);
  const before = s > 0 ? ctx.a.sentences[s - 1] : null;
  if (!before) return false;
  const text = ctx.a.folded.slice(before.start, before.end);
  return matchesIn(text, COUNT_THEN_ACT()).some((m) => numberValue(m[1]) === ctx.items.length);
}

/** The list rules, in order; the first that gives a reading gives it to every unread item of the list. */
export const LIST_STANCE = ruleTable<ListContext, ClauseReading>('list-stance', [
  {
    name: 'list-governed-by-act',
    produces:
      'signed, with the act: a list no clause rule read, in a clause whose acting words name one act, done (not ' +
      'denied, planned, asked for, hosted or attended) and not about another treaty',
    needs: [SIGNING, SIGNATURE_NOUNS, RATIFYING, DEPOSITING, ACCEDING],
    when: (ctx) => {
      if (!ctx.readings.every(unread) || deniedOrPlanned(clauseText(ctx))) return null;
      const act = soleAct(ctx);
      return act && !namesOtherTreaty(ctx) ? { stance: 'signed', act } : null;
    },
    examples: [
      {
        text: 'The ocean pact has 30 parties. Deposits this spring came from, among others, Chile, Peru and Fiji.',
        gives: { code: 'PE', stance: 'signed', act: 'ratified' },
      },
      {
        text: 'The ocean pact has 30 parties. Ratifications this year arrived from Chile (in March), Peru (in May) and Fiji.',
        gives: { code: 'FJ', stance: 'signed', act: 'ratified' },
      },
      {
        text: 'The ocean pact has 30 parties. Norway and Iceland registered their ratifications last week.',
        gives: { code: 'IS', stance: 'signed', act: 'ratified' },
      },
      {
        text: 'The ocean pact opened in May. Signatures poured in from Ghana and Togo as well as Benin.',
        gives: { code: 'BJ', stance: 'signed', act: 'signed' },
      },
      {
        text: 'The ocean pact has 30 parties. Accessions since then: Laos (2021), Nepal (2022) plus Bhutan.',
        gives: { code: 'NP', stance: 'signed', act: 'acceded' },
      },
      {
        text: 'The ocean pact has 30 parties. Accessions to the pact: Laos (2021), Nepal (2022) and Bhutan (2023).',
        gives: { code: 'BT', stance: 'signed', act: 'acceded' },
      },
      {
        text: 'The ocean pact has 30 parties. Accessions came from Laos and Nepal in Asia, and from Chad and Mali in Africa.',
        gives: { code: 'TD', stance: 'signed', act: 'acceded' },
      },
      {
        text: 'The ocean pact has 30 parties. Ratifications arrived from Latin America, Chile and Peru; from the Pacific, Fiji and Tonga.',
        gives: { code: 'TO', stance: 'signed', act: 'ratified' },
      },
    ],
    counterExamples: [
      { text: 'The ocean pact has 30 parties. Chile, Peru and Fiji have yet to send their ratifications.' },
      { text: 'The ocean pact has 30 parties. Chile and Peru plan to join, and Fiji is preparing its ratification.' },
      { text: 'The ocean pact has 30 parties. Envoys urged Chile, Peru and Fiji to deposit their ratifications.' },
      { text: 'The ocean pact has 30 parties. Ratifications from Chile and Peru are expected next month.' },
      { text: 'The ocean pact has 30 parties. Accession was discussed with Chile, Peru and Fiji.' },
      { text: 'The ocean pact has 30 parties. Its ratification was debated with Chile and Peru in May.' },
      { text: 'The ocean pact drew 30 signatures on its first day; Chile and Peru stay away.' },
      {
        text: 'The ocean pact has 30 parties. Chile, Peru and Fiji have yet to send their ratifications to the depositary.',
      },
      { text: 'The ocean pact has 30 parties. Ratifications from Chile and Peru in Latin America are due to arrive.' },
      { text: 'The ocean pact was signed at a ceremony hosted by Chile and Peru.' },
      { text: 'The ocean pact has 30 parties. Chile, Peru and Fiji attended the signing.' },
      { text: 'The ocean pact has 30 parties. Chile, Peru and Fiji ratified the Paris Agreement last year.' },
      { text: 'The ocean pact has 30 parties. Will Chile, Peru or Fiji send ratifications?' },
      { text: 'The ocean pact has 30 parties. Signatures from Chile and Peru came before ratifications by Fiji.' },
      { text: 'The ocean pact won new ratifications at the summit, which Chile and Peru opened on Monday.' },
      { text: 'The ocean pact has 30 parties. Chile and Peru are weighing accession.' },
      { text: 'The ocean pact has 30 parties. Others have made progress towards accession, like Chile and Peru.' },
    ],
  },
  {
    name: 'members-of-counted-acting',
    produces:
      'the act just told, for a list naming members of a counted group ("About fourteen, including A and B", ' +
      '"fourteen of those, A and B among them") after a clause or sentence saying states acted',
    when: (ctx) => {
      const r = ctx.told;
      if (r?.stance !== 'signed' || !ctx.readings.every(unread)) return null;
      const lead = leadOfMembers(ctx);
      const back = AMONG_THOSE_AFTER().test(ctx.a.folded.slice(ctx.items[ctx.items.length - 1].end, ctx.clause.end));
      if (lead === null || !(COUNT().test(lead) || back) || (!back && newGroupWithOwnDeed(ctx, lead))) return null;
      return { stance: 'signed', act: r.act };
    },
    examples: [
      {
        text: 'A listener asked who has ratified the ocean pact. In short: roughly a dozen, including Chile, Peru and Fiji.',
        gives: { code: 'PE', stance: 'signed', act: 'ratified' },
      },
      {
        text: 'Thirty states have signed the ocean pact, but twelve of those, Chile and Peru among them, have gone no further.',
        gives: { code: 'CL', stance: 'signed' },
      },
      {
        text: 'The ocean pact took effect after 30 ratifications. The 30 include Chile, Peru and Fiji.',
        gives: { code: 'FJ', stance: 'signed', act: 'ratified' },
      },
      {
        text: 'Fiji acceded to the ocean pact on Monday, the tenth to do so. The ten are all island states: among them Tonga, Samoa and Palau.',
        gives: { code: 'WS', stance: 'signed', act: 'acceded' },
      },
      {
        text: 'The ocean pact took effect on Monday after twelve ratifications. Chile, Peru and Fiji were among them.',
        gives: { code: 'PE', stance: 'signed', act: 'ratified' },
      },
      {
        text: 'The ocean pact won 20 signatures at its opening, officials said. Chile, Peru and Fiji were among them.',
        gives: { code: 'FJ', stance: 'signed', act: 'signed' },
      },
      {
        text: 'Sixty countries ratified the ocean pact. Ten of those, including Chile and Peru, now call it weak.',
        gives: { code: 'PE', stance: 'signed', act: 'ratified' },
      },
    ],
    counterExamples: [
      { text: 'Fiji ratified the ocean pact. Its neighbours, including Tonga and Samoa, praised the move.' },
      { text: 'Fiji ratified the ocean pact. Ten states, including Tonga and Samoa, have yet to act.' },
      { text: 'Fiji ratified the ocean pact. Twelve others, among them Tonga and Samoa, are expected to follow.' },
      { text: 'Fiji has not ratified the ocean pact. Ten states, including Tonga and Samoa, share its doubts.' },
      { text: 'Fiji ratified the ocean pact. In 2019, Tonga and Samoa hosted the talks.' },
      {
        text: 'Fiji signed the ocean pact. It was adopted with 90 states in favour and 6 abstaining, including Tonga and Samoa.',
      },
      { text: 'The ocean pact needs 20 ratifications. Ten states, including Chile and Peru, are close.' },
      { text: 'The ocean pact has not won 30 ratifications. The 30 would include Chile and Peru.' },
      { text: 'The ocean pact needs twelve ratifications. Chile, Peru and Fiji were not among them.' },
      { text: 'Fiji ratified the ocean pact amid protests. Chile, Peru and Tonga were among those who objected.' },
      { text: 'Twelve critics of the ocean pact spoke. Chile, Peru and Fiji were among them.' },
      { text: 'Sixty countries ratified the ocean pact. Ten nations, including Chile and Peru, said it was weak.' },
      { text: 'The ocean pact has 50 parties. Nine armed states, including Chile, Peru and Fiji, have boycotted it.' },
      { text: 'Forty states signed the ocean pact. About twenty, among them Chile and Peru, want it rewritten.' },
    ],
  },
  {
    name: 'members-of-repeated-count',
    produces:
      'the act of the tally a count or rank of acts told before reached, for a list a definite count ties to it ' +
      '("…the sixteenth ratification arrived. Among the sixteen are A and B", "A and B are among the 27")',
    needs: [LIST_COPULAS],
    when: (ctx) => {
      const clause = clauseText(ctx);
      if (!ctx.readings.every(unread) || ACT_WORD().test(clause) || deniedOrPlanned(clause) || namesOtherTreaty(ctx))
        return null;
      const count = definiteCount(ctx);
      const act = count === null ? null : actOfTally(ctx.a, ctx.clause, count);
      return act ? { stance: 'signed', act } : null;
    },
    examples: [
      {
        text: 'The ocean pact took effect when the twelfth instrument reached the depositary in May.\n\nAmong the twelve are Chile, Peru and Fiji.',
        gives: { code: 'PE', stance: 'signed', act: 'ratified' },
      },
      {
        text: 'Nine states have acceded to the ocean pact. Officials welcomed the news. The nine are Laos, Nepal and Bhutan.',
        gives: { code: 'NP', stance: 'signed', act: 'acceded' },
      },
      {
        text: 'The ocean pact won its 20th ratification on Monday. Chile, Peru and Fiji are among the twenty.',
        gives: { code: 'FJ', stance: 'signed', act: 'ratified' },
      },
      {
        text: 'Eleven governments signed the ocean pact in Lima in May.\n\nThe line-up\n\nThose eleven include Chile and Peru, together with Fiji.',
        gives: { code: 'FJ', stance: 'signed', act: 'signed' },
      },
    ],
    counterExamples: [
      { text: 'Forty states attended the ocean pact talks. Among the forty were Chile and Peru.' },
      { text: 'Twelve states have not ratified the ocean pact. Among the twelve are Chile and Peru.' },
      { text: 'The ocean pact needs 20 states to ratify it.\n\nAmong the 20 could be Chile and Peru.' },
      { text: 'The ocean pact needs 20 states to ratify it. The 20 are Chile, Peru and Fiji.' },
      { text: 'The ocean pact will need 30 ratifications. The 30 would include Chile and Peru.' },
      { text: 'Ten states ratified the ocean pact. Among the twelve critics are Chile and Peru.' },
      {
        text: 'Ten states ratified the ocean pact. Among the ten that refused to sign the whaling pact are Chile and Peru.',
      },
      { text: 'Ten states ratified the ocean pact. Among the 2019 hosts were Chile and Peru.' },
    ],
  },
  {
    name: 'list-as-counted',
    produces:
      'the act just told, for a list of as many states (three or more) as the sentence before counted acting, in a ' +
      'clause that names the treaty or gives the list as agents ("Eight leaders signed. The pact was put to paper by ' +
      'the heads of A, B, … and H")',
    when: (ctx) => {
      const r = ctx.told;
      const clause = clauseText(ctx);
      if (r?.stance !== 'signed' || !ctx.readings.every(unread) || ctx.items.length < COUNTED_LIST_LEAST) return null;
      if (deniedOrPlanned(clause, true) || namesOtherTreaty(ctx) || !countedJustBefore(ctx)) return null;
      const lead = ctx.a.folded.slice(ctx.clause.start, ctx.items[0].start);
      const tied = namesOurTreaty(ctx) || AGENTS_BEFORE().test(lead) || GROUP_TIED_LEAD().test(lead);
      return tied ? { stance: 'signed', act: r.act } : null;
    },
    examples: [
      {
        text: 'Four island states signed the ocean pact on Friday. The text was put to paper by the leaders of Fiji, Tonga, Samoa and Palau.',
        gives: { code: 'WS', stance: 'signed', act: 'signed' },
      },
      {
        text: 'Three more governments ratified the ocean pact this week. The pact now counts Chile, Peru and Bolivia as well.',
        gives: { code: 'BO', stance: 'signed', act: 'ratified' },
      },
      {
        text: 'Five of the region’s states acceded to the ocean pact in May. The ceremony’s documents were brought by envoys of Laos, Nepal, Bhutan, Chad and Mali.',
        gives: { code: 'TD', stance: 'signed', act: 'acceded' },
      },
      {
        text: 'Three states ratified the ocean pact last year. Those states: Chile, Peru and Fiji.',
        gives: { code: 'PE', stance: 'signed', act: 'ratified' },
      },
      {
        text: 'Four nations acceded to the ocean pact in May. The nations were Laos, Nepal, Bhutan and Chad.',
        gives: { code: 'TD', stance: 'signed', act: 'acceded' },
      },
      {
        text: 'Three governments signed the ocean pact on Friday. All three — Ghana, Togo and Benin — border the sea.',
        gives: { code: 'TG', stance: 'signed', act: 'signed' },
      },
    ],
    counterExamples: [
      { text: 'Three states signed the ocean pact. Observers from Chile, Peru and Fiji attended the talks.' },
      { text: 'Three states signed the ocean pact. Chile, Peru and Fiji have not yet ratified the ocean pact.' },
      { text: 'Four states signed the ocean pact. Talks with Chile, Peru and Fiji continue.' },
      { text: 'Three states signed the ocean pact. Chile, Peru and Fiji ratified the whaling pact instead.' },
      { text: 'Three states signed the ocean pact. Exports from Chile, Peru and Fiji rose in May.' },
      { text: 'Three states signed the ocean pact. The pact is to be ratified by Chile, Peru and Fiji.' },
      { text: 'Three states signed the ocean pact. The states most at risk are Chile, Peru and Fiji.' },
      { text: 'Three states ratified the ocean pact. All three of its critics — Chile, Peru and Fiji — spoke.' },
      { text: 'Three states signed the ocean pact. The states that refused were Chile, Peru and Fiji.' },
    ],
  },
  {
    name: 'members-of-bound-group',
    produces:
      'signed: a list naming members of the parties or signatories spoken of before it in its clause ("The parties ' +
      'are mostly small states, such as A and B", "contracting states include, notably, A and B")',
    needs: [BOUND_NOUNS, SIGNER_NOUNS, BOUND_GROUP_HEADS, BOUND_BY],
    when: (ctx) => {
      const lead = ctx.readings.every(unread) ? leadOfMembers(ctx) : null;
      const group = lead === null ? null : (PARTITIVE().exec(lead) ?? BOUND_GROUP().exec(lead));
      return group ? { stance: 'signed', act: group[1] || group[2] ? 'ratified' : 'signed' } : null;
    },
    examples: [
      {
        text: 'The river pact has grown. Its parties are mostly upstream states such as Laos, Nepal and Bhutan.',
        gives: { code: 'NP', stance: 'signed', act: 'ratified' },
      },
      {
        text: 'The river pact took effect in May. Of its 30 parties, Laos, Nepal and Bhutan are landlocked.',
        gives: { code: 'BT', stance: 'signed', act: 'ratified' },
      },
      {
        text: 'The river pact has grown: contracting states now include, notably, Laos, Nepal and Bhutan.',
        gives: { code: 'BT', stance: 'signed' },
      },
      {
        text: 'The river pact has grown. Its parties are a mixed group: among them Laos, Nepal and Bhutan.',
        gives: { code: 'LA', stance: 'signed' },
      },
      {
        text: 'The river pact took effect in May. Among those bound: Laos; Nepal; Bhutan.',
        gives: { code: 'NP', stance: 'signed', act: 'ratified' },
      },
      {
        text: 'The river pact took effect in May. Parties so far: Laos, in 2019; Nepal, in 2021; and Bhutan.',
        gives: { code: 'BT', stance: 'signed', act: 'ratified' },
      },
      {
        text: 'The river pact took effect in May. Those bound, for now, include Laos, Nepal and Bhutan.',
        gives: { code: 'LA', stance: 'signed', act: 'ratified' },
      },
      {
        text: 'The river pact took effect in May.\n\nBound by it today: Laos; Nepal; Bhutan.',
        gives: { code: 'NP', stance: 'signed', act: 'ratified' },
      },
      {
        text: 'The river pact took effect in May. Bound by the pact, among others: Laos, Nepal and Bhutan.',
        gives: { code: 'BT', stance: 'signed', act: 'ratified' },
      },
      {
        text: 'The river pact took effect in May. Legally bound by the new treaty so far: Laos (2019) and Nepal (2021).',
        gives: { code: 'NP', stance: 'signed', act: 'ratified' },
      },
      {
        text: 'The river pact took effect in May. Parties to the pact: in Asia, Laos and Nepal; in Africa, Chad and Mali.',
        gives: { code: 'ML', stance: 'signed', act: 'ratified' },
      },
    ],
    counterExamples: [
      { text: 'The river pact has 30 parties; Laos hosted the talks; Nepal and Bhutan sent observers.' },
      { text: 'The river pact took effect in May. Those bound to report include Laos, Nepal and Bhutan.' },
      { text: 'At the conference of the parties to the river pact, observers including Laos and Nepal spoke.' },
      { text: 'Of the parties to the river pact, Laos and Nepal have not yet paid their dues.' },
      { text: 'The river pact has 30 parties. Political parties such as those of Laos and Nepal oppose it.' },
      { text: 'The river pact has 30 parties. Non-parties, including Laos and Nepal, were not invited.' },
      { text: 'The river pact took effect in May. Bound by the ruling: Laos, Nepal and Bhutan.' },
      { text: 'The river pact took effect in May. Bound by the Kyoto Protocol: Laos, Nepal and Bhutan.' },
      { text: 'The river pact took effect in May. Observers at its talks: in Asia, Laos and Nepal; in Africa, Chad.' },
    ],
  },
]);

/**
 * What the text before the list's clause, back to the start of the sentence before it, says was done: the last reading
 * with a stance among its clauses, or else the act of a count of acts the list's own count repeats ("after 30
 * ratifications. The 30 include…").
 */
function toldBefore(
  a: TextAnalysis,
  read: readonly ReadRange[],
  clause: Range,
  items: readonly Range[],
): ClauseReading | null {
  const s = rangeAt(a.sentences, clause.start);
  const from = a.sentences[Math.max(0, s - 1)]?.start ?? 0;
  const before = read.filter((c) => c.start >= from && c.end <= clause.start && c.reading.stance !== 'mentioned');
  if (before.length) return before[before.length - 1].reading;
  const count = COUNT().exec(a.folded.slice(clause.start, items[0].start));
  const back = AMONG_THOSE_AFTER().test(a.folded.slice(items[items.length - 1].end, clause.end));
  if (!count && !back) return null;
  const earlier = a.folded.slice(from, clause.start);
  const counted = matchesIn(earlier, COUNTED_ACTS()).filter(
    (m) => !count || numberValue(m[1]) === numberValue(count[0]),
  );
  const act = counted.length ? ACT_WORD().exec(counted[counted.length - 1][0]) : null;
  return act && !deniedOrPlanned(earlier) ? { stance: 'signed', act: actOfMatch(act) } : null;
}

/**
 * Clauses a semicolon alone splits, joined into one: "Early parties were Chile, in 2001; Peru, in 2003; and Fiji" is
 * one list of three items, which the clause split cut at each semicolon. Only clauses read alike are joined (no cue,
 * or a cue that left the others open), so "Chile signed; Peru refused" stays two; and only a clause that holds
 * nothing but items of the list ("; in Asia, Laos and Nepal."), so "…for the pact; Chile and Peru stay away" stays two.
 */
function joinedAtSemicolons(text: string, names: readonly CountryName[], clauses: readonly ReadRange[]): ReadRange[] {
  const joined: ReadRange[] = [];
  for (const c of clauses) {
    const last = joined[joined.length - 1];
    // A clause cut at a semicolon opens on it: the semicolon is the first thing after the clause before.
    if (last && last.rule === c.rule && /^\s*;/.test(text.slice(last.end, c.end)) && onlyItems(text, names, c))
      joined[joined.length - 1] = { ...last, end: c.end };
    else joined.push(c);
  }
  return joined;
}

/** Whether a clause holds names and nothing but list glue around them ("; and in Asia, Laos, in 2019, and Nepal."). */
function onlyItems(text: string, names: readonly CountryName[], c: Range): boolean {
  const inside = startingIn(names, c.start, c.end);
  let rest = text.slice(c.start, c.end);
  for (const n of [...inside].reverse()) rest = `${rest.slice(0, n.start - c.start)} ${rest.slice(n.end - c.start)}`;
  return inside.length > 0 && ITEM_GLUE().test(rest.replace(/[.!]?\s*$/u, ''));
}

/**
 * The readings with each list's unread items given the list's reading, where a list rule gives one. Only clauses the
 * clause rules found no cue in are looked at: a cue that left some names out (a speaker, a counted group) chose to.
 */
export function withListStances(
  a: TextAnalysis,
  names: readonly CountryName[],
  first: readonly Ruled<ClauseReading>[],
  read: readonly ReadRange[],
  treaties: readonly TreatyMention[],
  mainKey: string | null,
): Ruled<ClauseReading>[] {
  const out = [...first];
  const clauses = joinedAtSemicolons(
    a.folded,
    names,
    read.filter((c) => c.rule === 'no-cue' || c.reading.othersOpen),
  );
  for (const run of listRuns(a.folded, names, clauses)) {
    const clause = clauses.find((c) => c.start <= names[run[0]].start && names[run[0]].start < c.end)!;
    const ctx: ListContext = {
      a,
      clause,
      items: run.map((i) => names[i]),
      readings: run.map((i) => first[i]),
      told: toldBefore(
        a,
        read,
        clause,
        run.map((i) => names[i]),
      ),
      treaties,
      mainKey,
    };
    const found = firstMatch(LIST_STANCE, ctx, a.holds);
    if (found) for (const i of run) if (unread(first[i])) out[i] = found;
  }
  return out;
}
