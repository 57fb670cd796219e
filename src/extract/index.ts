import { countryNames } from './countries.js';
import { extractDates } from './dates.js';
import { extractNumbers } from './numbers.js';
import { extractQuotes } from './quotes.js';
import { withStances } from './stance.js';
import { sentences } from './text.js';
import { mainTreaty, treatyReferences } from './treaties.js';
import type { ExtractInput, Extractions } from './types.js';

/** Extractor names and versions, recorded with every claim. */
export const EXTRACTORS = { countries: '1', numbers: '1', dates: '1', quotes: '1', treaties: '1' } as const;

/** Every extractor over one article's text. Pure: the same input gives the same output. */
export function extractAll(input: ExtractInput): Extractions {
  const text = typeof input.text === 'string' ? input.text : '';
  const sents = sentences(text);
  const references = treatyReferences(text);
  const treaties = references.filter((t) => t.key);
  const treaty = mainTreaty(text, treaties);
  const dates = extractDates(text, input.published);
  const names = countryNames(text);
  return {
    treaty,
    treaties,
    // Stance is toward the treaty the article is about: an article that refers to no treaty at all only mentions
    // countries, whatever else they sign (contracts, petitions).
    countries: references.length ? withStances(text, names, sents, references, treaty?.key ?? null) : names.map((n) => ({ ...n, stance: 'mentioned' as const })),
    numbers: extractNumbers(text, sents, dates, references, treaty?.key ?? null),
    dates,
    quotes: extractQuotes(text, sents, names),
  };
}
