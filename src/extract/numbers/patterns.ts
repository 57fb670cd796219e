/** Phrase patterns both number tables read, built from the lexicon's families. */
import { ACCEDING, DEPOSITING, JOINING, RATIFYING, SIGNING } from '../lexicon/acts.js';
import { alternation, isMember, wordsOf } from '../lexicon/family.js';
import { ENTERED_INTO_FORCE, ENTRY_INTO_FORCE } from '../lexicon/force.js';
import { EU_NAMES, GENERAL_ASSEMBLY, STATE_NOUNS, UN_NAMES } from '../lexicon/quantity.js';
import type { NumberKind } from '../types.js';
import type { KindReading } from './context.js';

export const w = alternation;
/** A plural noun of states, with up to two words before it ("40 African states", "36 Annex 2 states"). */
const NOT_A_MODIFIER = String.raw`(?!(?:of|out|and|or|to|in|from|for|by|with|the)\s)`;
export const STATES = String.raw`(?:${NOT_A_MODIFIER}[\p{L}\p{N}-]+\s+){0,2}?${w(STATE_NOUNS)}\b`;
/** "40 countries", "40 African states": the number counts states. */
export const COUNT_NOUN = new RegExp(String.raw`^\s+${STATES}`, 'iu');
/** Acts a count of states is a count of. */
export const ACTS = w(SIGNING, RATIFYING, ACCEDING, JOINING, DEPOSITING);
export const EIF = wordsOf(ENTRY_INTO_FORCE, 'iu');
/** An entry into force the sentence reports as done. */
export const EIF_DONE = wordsOf(ENTERED_INTO_FORCE, 'iu');
const UN = wordsOf(UN_NAMES, 'u');
const ASSEMBLY_NAMED = wordsOf(GENERAL_ASSEMBLY, 'iu');
export const EU = wordsOf(EU_NAMES, 'iu');
/** The UN or its General Assembly named in the text. */
export const unNamed = (text: string): boolean => UN.test(text) || ASSEMBLY_NAMED.test(text);

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
