/** The act each family of acting words names: one table for the clause rules and the list rules. */
import { ACCEDING, DEPOSITING, JOINING, RATIFYING, SIGNATURE_NOUNS, SIGNING, isMember } from './lexicon/index.js';
import type { Family } from './lexicon/index.js';
import type { Act } from './types.js';

/** Each family of acting words with the act it names (a deposit hands over a ratification). */
export const ACT_OF_FAMILY: readonly (readonly [Family, Act])[] = [
  [SIGNING, 'signed'],
  [SIGNATURE_NOUNS, 'signed'],
  [RATIFYING, 'ratified'],
  [DEPOSITING, 'ratified'],
  [ACCEDING, 'acceded'],
  [JOINING, 'joined'],
];

/** The act a word of those families names, in any case or spacing ("Ratify", "came  on board"); signed for any other. */
export function actOfWord(word: string): Act {
  const written = word.replace(/\s+/g, ' ');
  return ACT_OF_FAMILY.find(([family]) => isMember(family, written))?.[1] ?? 'signed';
}
