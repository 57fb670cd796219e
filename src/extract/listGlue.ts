/** What may stand after an item of a list of countries, before the glue to the next item. */
import { MONTHS, alternation } from './lexicon/index.js';

/**
 * A short parenthesis or a date set after an item: "Chile (2019)", "Peru, in 2003,", "Fiji in May", "Tonga on 3 March
 * 2021". The list goes on past it ("Ratifications came from Chile, in 2001, Peru, in 2003, and Fiji"): every item is
 * dated, not just the last one acting.
 */
export const itemAside = (): string =>
  String.raw`\([^()]{1,40}\)|\b(?:in|on|since)\s+(?:\d{1,2}\s+)?(?:(?:${alternation(MONTHS)})(?:\s+\d{1,2})?,?(?:\s+\d{4})?|\d{4})\b`;
