/** Phrase patterns both number tables read, built from the lexicon's families. */
import { matchesIn } from '../../text/matches.js';
import { onFirstUse } from '../rules/onFirstUse.js';
import { ACCEDING, DEPOSITING, JOINING, RATIFYING, SIGNING, WITHDRAWING } from '../lexicon/acts.js';
import { alternation, isMember, wordsOf, WORDS_OPENING, LETTERS } from '../lexicon/family.js';
import { ENTERED_INTO_FORCE, ENTRY_INTO_FORCE } from '../lexicon/force.js';
import { TREATY_NOUNS } from '../lexicon/treaty.js';
import {
  BECOMING_BOUND,
  BOUND_LINKS,
  BOUND_MEMBERSHIP,
  BOUND_STATUSES,
  EU_NAMES,
  GENERAL_ASSEMBLY,
  MEETINGS,
  ORGANISATION_NOUNS,
  PARTY_NOUNS,
  SO_FAR,
  STATE_NOUNS,
  UN_NAMES,
} from '../lexicon/quantity.js';
import type { NumberKind } from '../types.js';
import type { KindReading } from './context.js';

export const w = alternation;
/**
 * A plural noun of states, with up to two words before it ("40 African states", "36 Annex 2 states"); a party noun
 * of two words is read whole ("92 States parties", not "92 States").
 */
export const NOT_A_MODIFIER = String.raw`(?!(?:of|out|and|or|to|in|from|for|by|with|the)\s)`;
export const STATES = String.raw`(?:${NOT_A_MODIFIER}[${LETTERS}\p{N}-]+\s+){0,2}?(?:${w(PARTY_NOUNS)}|${w(STATE_NOUNS)})\b`;
/** "40 countries", "40 African states": the number counts states. */
export const COUNT_NOUN = onFirstUse(() => new RegExp(String.raw`^\s+${STATES}`, 'iu'));
/** Acts a count of states is a count of. */
export const ACTS = w(SIGNING, RATIFYING, ACCEDING, JOINING, DEPOSITING);
/**
 * Membership of the treaty itself ("part of the treaty", "members of the convention", "part of it"), not of its talks
 * ("part of the treaty talks") nor of anything else ("part of the coalition").
 */
const MEMBERS_OF_TREATY = String.raw`${w(BOUND_MEMBERSHIP)}\s+(?:it\b|(?:the|this)\s+(?:(?!(?:the|a|an|on|of|for|to|in|at|by|with|from|about|under|behind|over|against|around|within)\s)[${LETTERS}'’-]+\s+){0,3}?${w(TREATY_NOUNS)}\b(?!\s+${w(MEETINGS)}\b))`;
/**
 * States becoming or being bound in other words than an act: a link and a status ("are now parties", "were contracting
 * states", "have become parties", "remain bound", "are therefore now bound", "are now part of the treaty"), or a phrase
 * of its own ("completed ratification").
 */
export const BOUND = String.raw`(?:${w(BOUND_LINKS)}\s+(?:(?:${w(SO_FAR)}|all|also)\s+){0,2}(?:${w(BOUND_STATUSES)}|${MEMBERS_OF_TREATY})|${w(BECOMING_BOUND)})`;
export const EIF = onFirstUse(() => wordsOf(ENTRY_INTO_FORCE, 'iu'));
/**
 * A withdrawal's taking effect: "a withdrawal takes effect on the ninetieth day after notice" gives no delay of the
 * treaty's entry into force. (Read forward from the withdrawal word: a look-behind would be tried at every position.)
 */
export const WITHDRAWAL_TAKES_EFFECT = onFirstUse(
  () =>
    new RegExp(
      String.raw`${WORDS_OPENING}${w(WITHDRAWING)}\s+(?:(?:will|would|shall|only|then|also|can)\s+)?${w(ENTRY_INTO_FORCE)}`,
      'iu',
    ),
);
/** An entry into force the sentence reports as done. */
export const EIF_DONE = onFirstUse(() => wordsOf(ENTERED_INTO_FORCE, 'iu'));
const UN = onFirstUse(() => wordsOf(UN_NAMES, 'gu'));
const ASSEMBLY_NAMED = onFirstUse(() => wordsOf(GENERAL_ASSEMBLY, 'iu'));
/** The capitalized name right after the UN's ("UN Economic Commission for Europe", "UN Food and Agriculture …"). */
const NAME_AFTER = onFirstUse(() => new RegExp(String.raw`^(?:\s+(?:\p{Lu}[${LETTERS}-]*|and|for|on|of))+`, 'u'));
/** Whether the UN named at a match is the UN itself, not the first word of another body's name. */
const isUnItself = (text: string, m: RegExpMatchArray): boolean => {
  const name = NAME_AFTER().exec(text.slice(m.index! + m[0].length, m.index! + m[0].length + 80));
  return !name || !name[0].split(/\s+/).some((word) => isMember(ORGANISATION_NOUNS, word));
};
export const EU = onFirstUse(() => wordsOf(EU_NAMES, 'iu'));
/** The UN or its General Assembly named in the text. */
export const unNamed = (text: string): boolean =>
  ASSEMBLY_NAMED().test(text) || matchesIn(text, UN()).some((m) => isUnItself(text, m));

/** The kind an act word gives the count of the states that did it: signing, or becoming bound (joining included). */
export const countOfAct = (act: string): NumberKind =>
  isMember(SIGNING, act) ? 'signatory_count' : 'ratification_count';

/** A reading whose phrase runs over the match (`tail`), with the matched words as the reason for the kind. */
export const read = (
  kind: NumberKind,
  m: RegExpExecArray | null,
  extra: Partial<KindReading> = {},
): KindReading | null =>
  m ? { kind, tail: m[0].trimEnd().length, ...extra, why: { kind: m[0].trim(), ...extra.why } } : null;
