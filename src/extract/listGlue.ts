/** What may stand after an item of a list of countries, before the glue to the next item. */
import { GROUP_NOUNS, LETTERS, MONTHS, REGION_GROUP_LEADS, REGIONS, alternation } from './lexicon/index.js';

/**
 * A short parenthesis or a date set after an item: "Chile (2019)", "Peru, in 2003,", "Fiji in May", "Tonga on 3 March
 * 2021". The list goes on past it ("Ratifications came from Chile, in 2001, Peru, in 2003, and Fiji"): every item is
 * dated, not just the last one acting. A world region sorting the items is such an aside too, before a group or
 * after it ("in Africa, Chad and Mali; in Asia, Laos and Nepal", "Laos and Nepal in Asia, and Chad in Africa"): one
 * list, not a list and a place.
 */
export const itemAside = (): string =>
  String.raw`\([^()]{1,40}\)|\b(?:in|on|since)\s+(?:\d{1,2}\s+)?(?:(?:${alternation(MONTHS)})(?:\s+\d{1,2})?,?(?:\s+\d{4})?|\d{4})\b|${regionAside()}`;

/** "in Africa", "from the Pacific", "among Pacific states", "in Western Europe": a world region named as a group. */
export const regionAside = (): string =>
  String.raw`\b${alternation(REGION_GROUP_LEADS)}\s+(?:the\s+)?(?:[${LETTERS}-]+\s+)?${alternation(REGIONS)}(?:\s+${alternation(GROUP_NOUNS)})?(?![${LETTERS}])`;
