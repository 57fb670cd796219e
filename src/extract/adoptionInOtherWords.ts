/** Adoption told in other words: a treaty concluded, agreed or finalised, or a text approved by a body of states. */
import { LETTERS } from './lexicon/family.js';
import type { TextAnalysis } from './analysis.js';
import { APPROVING_AS_A_BODY, BODIES_OF_STATES, CONCLUDING, LEGISLATURES, TREATY_NOUNS } from './lexicon/index.js';
import { onFirstUse } from './rules/onFirstUse.js';
import { firstIndex } from './sorted.js';
import { rangeAt, type Range } from './text.js';

/**
 * What may stand between the treaty and a past form said of it: a comma and a relative pronoun, a passive
 * auxiliary, an adverb ("the convention, concluded", "the pact, which was agreed", "the accord was formally sealed").
 */
const SAID_OF_LEAD = onFirstUse(
  () =>
    /(?:\s*,\s*(?:(?:which|that)\s+)?|\s+)(?:(?:was|were|is|are|has\s+been|had\s+been|have\s+been|been)\s+)?(?:\p{Ll}+ly\s+)?$/u,
);
/** "It was concluded in Rome": the pronoun for the treaty as the subject of the passive. */
const IT_BEFORE = onFirstUse(() => new RegExp(String.raw`(?:^|[^${LETTERS}\p{N}])it\s*$`, 'iu'));
/** Nothing but quotation marks or a bracket before a participle that opens its sentence ("Agreed in Paris, the …"). */
const SENTENCE_OPENING = onFirstUse(() => /^[\s"'“‘(]*$/u);
/** "it" opening the clause after a participle clause: "Concluded in 1998, it binds 124 states". */
const IT_AFTER = onFirstUse(() => new RegExp(String.raw`^\s*it(?![${LETTERS}\p{N}])`, 'iu'));
/**
 * A promise, a statement or a partner after an agreeing word: "agreed with", "concluded that", or "to" and a verb before
 * its clause ends ("agreed to ratify", "agreed in May to extend it").
 */
const NOT_OF_A_TEXT = onFirstUse(
  () =>
    new RegExp(
      String.raw`^(?:\s+(?:with|that)(?![${LETTERS}\p{N}])|[^,;:—–()]*?(?<![${LETTERS}\p{N}])to\s+\p{Ll})`,
      'iu',
    ),
);
/**
 * The object right after an active verb, a preposition and a few words before it: "agreed on the new pact". Not after
 * a possessive ("Xi and Obama sealed their agreement"): the pact of those named, not the treaty.
 */
const OBJECT_LEAD = onFirstUse(() => /^\s+(?:on\s+)?(?!(?:their|his|her|our)\s)(?:[^\s,;:—–()]+\s+){0,3}$/u);
/** "by" and a few words before an agent: "approved on 3 May by the UN General Assembly". */
const AGENT_LEAD = onFirstUse(() => /^(?:\s+[^\s,;:—–()]+){0,5}?\s+by\s+(?:[^\s,;:—–()]+\s+){0,3}$/u);
/** What ends a clause: between a body and its verb, nothing of it may stand. */
const CLAUSE_END = onFirstUse(() => /[,;:—–()]/);
/** A possessive after a treaty noun: "the treaty's ratification" is the object, not the treaty. */
const POSSESSIVE = onFirstUse(() => new RegExp(String.raw`^['’]s(?![${LETTERS}])`, 'u'));
/**
 * A preposition (and a determiner) before the treaty: it completes another noun, which is the subject ("the talks on
 * the treaty concluded on Friday" tells the talks ended).
 */
const COMPLEMENT_OF = onFirstUse(
  () =>
    new RegExp(
      String.raw`(?<![${LETTERS}\p{N}])(?:of|on|to|for|about|over|under|from|with)\s+(?:(?:the|a|an|its|this|that)\s+)?(?:[${LETTERS}]+\s+){0,2}$`,
      'u',
    ),
);
/** What completes a treaty noun up to the comma after it: "on fishing", "of the Andean states". */
const TREATY_COMPLEMENT = onFirstUse(
  () => new RegExp(String.raw`^\s+(?:on|of|for|against)\s+(?:[${LETTERS}'’-]+\s+){0,3}[${LETTERS}'’-]+$`, 'u'),
);
/** A plural noun: treaties in general, not the one the participle is said of. */
const PLURAL = onFirstUse(() => /s$/);
/** How many commas (of participle clauses and the dates in them) may stand before the clause the subject leads. */
const OPENING_CLAUSES = 6;
/** How far before its verb a body of states may stand as the subject: "The U.N. General Assembly on Tuesday approved". */
const SUBJECT_REACH = 60;
const OBJECT_REACH = 40;

/** The first of the marks (sorted by start) that starts in a range, or none. */
function firstStartingIn(marks: readonly Range[], from: number, to: number): Range | undefined {
  const mark = marks[firstIndex(marks, (m) => m.start >= from)];
  return mark && mark.start < to ? mark : undefined;
}

/**
 * Whether a concluding word is said of the treaty itself: a participle or passive right after the treaty ("the
 * convention, concluded in 1998", "the pact was agreed"), a participle opening the sentence whose clause the treaty
 * then leads ("Agreed in Paris in 2015, the accord …"), or an active verb with the treaty as its object ("delegates
 * finalised the convention"). Not "agreed to", "concluded that" or "agreed with".
 */
function concludesTheTreaty(analysis: TextAnalysis, word: Range, sentence: Range, treaties: readonly Range[]): boolean {
  const { folded } = analysis;
  const after = folded.slice(word.end, sentence.end);
  if (NOT_OF_A_TEXT().test(after)) return false;
  const before = folded.slice(sentence.start, word.start);
  const lead = SAID_OF_LEAD().exec(before);
  const subjectEnd = sentence.start + (lead ? lead.index : before.length);
  // One treaty: "the roughly 3,000 investment treaties concluded before that date" are others.
  const named = [
    ...analysis.marks(TREATY_NOUNS).filter((m) => !PLURAL().test(folded.slice(m.start, m.end))),
    ...treaties,
  ];
  // "The accord on fishing, sealed in Quito": before a comma, the treaty may end its noun phrase with a complement.
  const endsPhrase = (t: Range) =>
    t.end === subjectEnd || (!!lead?.[0].includes(',') && TREATY_COMPLEMENT().test(folded.slice(t.end, subjectEnd)));
  const subject = named.find(endsPhrase);
  if (lead && subject && !COMPLEMENT_OF().test(folded.slice(Math.max(0, subject.start - 24), subject.start)))
    return true;
  if (lead && IT_BEFORE().test(before.slice(0, lead.index))) return true;
  const sorted = [...named].sort((a, b) => a.start - b.start);
  if (SENTENCE_OPENING().test(before)) {
    // The clause the treaty leads may follow a second participle clause: "Concluded in 1973, and in force since
    // 1975, the treaty …".
    for (
      let comma = after.indexOf(','), n = 0;
      comma >= 0 && n < OPENING_CLAUSES;
      comma = after.indexOf(',', comma + 1), n++
    ) {
      const from = word.end + comma + 1;
      if (IT_AFTER().test(folded.slice(from, sentence.end))) return true;
      const treaty = firstStartingIn(sorted, from, Math.min(sentence.end, from + OBJECT_REACH));
      if (treaty && !CLAUSE_END().test(folded.slice(from, treaty.start))) return true;
    }
    return false;
  }
  const object = firstStartingIn(sorted, word.end, Math.min(sentence.end, word.end + OBJECT_REACH));
  return (
    !!object &&
    OBJECT_LEAD().test(folded.slice(word.end, object.start)) &&
    !POSSESSIVE().test(folded.slice(object.end, object.end + 3))
  );
}

/**
 * Whether an approving word has a body of states as its agent: after "by" in its clause ("approved by the General
 * Assembly"), or as its subject before it in its clause ("the World Health Assembly on Monday endorsed"); never a
 * chamber of one state ("the National Assembly approved").
 */
function approvedByABody(analysis: TextAnalysis, word: Range, sentence: Range): boolean {
  const { folded } = analysis;
  const chambers = analysis.marks(LEGISLATURES);
  const ofAChamber = (body: Range) => chambers.some((c) => c.start <= body.start && c.end >= body.end);
  const bodies = analysis.marks(BODIES_OF_STATES).filter((b) => !ofAChamber(b));
  const agent = firstStartingIn(bodies, word.end, sentence.end);
  if (agent && AGENT_LEAD().test(folded.slice(word.end, agent.start))) return true;
  const subject = bodies[firstIndex(bodies, (b) => b.start >= word.start) - 1];
  return (
    !!subject &&
    subject.start >= sentence.start &&
    word.start - subject.end <= SUBJECT_REACH &&
    !CLAUSE_END().test(folded.slice(subject.end, word.start)) &&
    !firstStartingIn(chambers, subject.end, word.start)
  );
}

/**
 * The words of a text that tell a treaty's adoption in other words than adopting: a concluding word said of the
 * treaty, or an approving word whose agent is a body of states, in a sentence that names a treaty. `treaties` are
 * the spans of the treaties the text names.
 */
export function adoptionInOtherWords(analysis: TextAnalysis, treaties: readonly Range[]): Range[] {
  const found: Range[] = [];
  const treatyNouns = analysis.marks(TREATY_NOUNS);
  const sentenceOf = (at: number) => analysis.sentences[rangeAt(analysis.sentences, at)];
  const namesTreaty = (s: Range) =>
    !!firstStartingIn(treatyNouns, s.start, s.end) || treaties.some((t) => t.start >= s.start && t.end <= s.end);
  for (const word of analysis.marks(CONCLUDING)) {
    const sentence = sentenceOf(word.start);
    if (sentence && concludesTheTreaty(analysis, word, sentence, treaties)) found.push(word);
  }
  for (const word of analysis.marks(APPROVING_AS_A_BODY)) {
    const sentence = sentenceOf(word.start);
    if (sentence && namesTreaty(sentence) && approvedByABody(analysis, word, sentence)) found.push(word);
  }
  return found.sort((a, b) => a.start - b.start);
}
