/** Places that name a treaty ("the Hong Kong Convention", "the Panama Canal Treaty"): the treaty's name, not the state. */
import { LETTERS } from './lexicon/family.js';
import type { CountryName } from './countries.js';
import { alternation, TREATY_NOUNS } from './lexicon/index.js';
import type { CountryMention, TreatyMention } from './types.js';

/** From a place's end to the instrument word: only capitalized words ("Hong Kong International Convention"). */
const TO_INSTRUMENT = new RegExp(
  `^(?:[^\\S\\n]+\\p{Lu}[${LETTERS}'’-]*)*?[^\\S\\n]+(?:${alternation(TREATY_NOUNS)})(?![${LETTERS}])`,
  'iu',
);

/**
 * The names that open a treaty's name, before its instrument word: "Hong Kong" in "the Hong Kong International
 * Convention". Not a party named after the instrument word ("Treaty between the United States and Mexico") and not
 * one of the states a bilateral name joins ("the EU-Mercosur Agreement").
 */
export function placesInTreatyNames(
  text: string,
  names: readonly CountryName[],
  treaties: readonly TreatyMention[],
): CountryName[] {
  return names.filter((n) =>
    treaties.some((t) => t.key && t.start <= n.start && n.end < t.end && TO_INSTRUMENT.test(text.slice(n.end, t.end))),
  );
}

/** A sentence or a quotation opens right before the name: it is the subject of what follows. */
const OPENS_BEFORE = /(?:^|[.!?]\s+|[“"‘]\s*)$/u;
/** A lower-case word right after the name: its verb ("Hong Kong legitimises…"). */
const VERB_AFTER = /^[^\S\n]+\p{Ll}/u;

/**
 * The mentions left once a treaty's place name stands for the treaty: "Hong Kong legitimises beaching", opening a
 * sentence after "the Hong Kong Convention", is the convention by its short name. Kept: the place anywhere else ("a
 * convention named after Singapore") and a mention that signs, ratifies or stays out (the state).
 */
export function withoutTreatyShorthands(
  text: string,
  mentions: readonly CountryMention[],
  places: readonly CountryName[],
): CountryMention[] {
  const placeNames = new Set(places.map((p) => p.name));
  const shorthand = (m: CountryMention) =>
    placeNames.has(m.name) &&
    OPENS_BEFORE.test(text.slice(Math.max(0, m.start - 3), m.start)) &&
    VERB_AFTER.test(text.slice(m.end, m.end + 3));
  return mentions.filter((m) => m.stance !== 'mentioned' || !shorthand(m));
}
