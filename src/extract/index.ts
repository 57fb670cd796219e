/** All the extractors over one article: countries with stance, numbers, dates, quotes, treaty names. */
import { analyze, type TextAnalysis } from './analysis.js';
import { COUNTRIES_SPEC, countryNames } from './countries.js';
import { DATES_SPEC, extractDates } from './dates.js';
import { NUMBERS_SPEC, extractNumbers } from './numbers.js';
import { QUOTES_SPEC, extractQuotes } from './quotes.js';
import { withSeatsOfGovernment } from './seats.js';
import { withStances } from './stance.js';
import { TREATIES_SPEC, mainTreaty, treatyReferences } from './treaties.js';
import { placesInTreatyNames, withoutTreatyShorthands } from './treatyPlaces.js';
import { readByInstrument, treatyRegistry, type TreatyRegistry } from './treatyRegistry.js';
import { versionOf } from './rules/version.js';
import type { ExtractInput, Extractions, TreatyMention } from './types.js';

/** Each extractor's spec (its families, rule tables and data) under the name its claims record. */
export const EXTRACTOR_SPECS = Object.freeze({
  countries: COUNTRIES_SPEC,
  numbers: NUMBERS_SPEC,
  dates: DATES_SPEC,
  quotes: QUOTES_SPEC,
  treaties: TREATIES_SPEC,
});

type ExtractorName = keyof typeof EXTRACTOR_SPECS;
const versions: Partial<Record<ExtractorName, string>> = {};

/**
 * Extractor names and versions, recorded with every claim. Each version is a hash of the extractor's rule tables and
 * word families (src/extract/rules/version.ts), so claims from older rules can be told apart. Each is hashed when
 * first read: `newsfacts extract` reads none.
 */
export const EXTRACTORS = Object.freeze(
  Object.defineProperties(
    {},
    Object.fromEntries(
      (Object.keys(EXTRACTOR_SPECS) as ExtractorName[]).map((name) => [
        name,
        { enumerable: true, get: () => (versions[name] ??= versionOf(EXTRACTOR_SPECS[name])) },
      ]),
    ),
  ),
) as Readonly<Record<ExtractorName, string>>;

/** Every extractor over one article's text. Pure: the same input gives the same output. */
export function extractAll(input: ExtractInput): Extractions {
  return extractFrom(analyze(typeof input.text === 'string' ? input.text : ''), input);
}

/**
 * The article's treaty, read from the body alone when a headline stands before it (`bodyStart`): the body's own lead
 * paragraphs weigh, as they do in a body read without its headline; the headline's treaty only when the body names
 * none.
 */
function mainOfBody(
  text: string,
  treaties: readonly TreatyMention[],
  registry: TreatyRegistry,
  bodyStart: number,
): TreatyMention | null {
  const inBody = treaties.filter((t) => t.start >= bodyStart);
  if (!bodyStart || !inBody.length) return mainTreaty(text, treaties, registry);
  const moved = inBody.map((t) => ({ ...t, start: t.start - bodyStart, end: t.end - bodyStart }));
  const appositions = new Set(moved.filter((_, i) => registry.appositions.has(inBody[i])));
  const main = mainTreaty(text.slice(bodyStart), moved, { instrumentOf: registry.instrumentOf, appositions });
  return main ? inBody[moved.indexOf(main)] : null;
}

/** Every extractor over a text already analyzed (tests give an analysis whose `holds` passes every rule's needs). */
export function extractFrom(analysis: TextAnalysis, input: Pick<ExtractInput, 'published' | 'bodyStart'>): Extractions {
  const { text } = analysis;
  const references = treatyReferences(text, analysis.tokens);
  const treaties = references.filter((t) => t.key);
  const registry = treatyRegistry(text, references);
  const treaty = mainOfBody(text, treaties, registry, input.bodyStart ?? 0);
  // Counts and acts read each instrument under one key, whichever of its names the text uses.
  const byInstrument = readByInstrument(references, registry, treaty?.key ?? null);
  const named = countryNames(analysis);
  // "the Hong Kong Convention": a place in a treaty's name is no country mention.
  const places = placesInTreatyNames(text, named, treaties);
  const names = places.length ? named.filter((n) => !places.includes(n)) : named;
  const dates = extractDates(analysis, input.published, { treaties, countries: names, main: treaty });
  return {
    treaty,
    treaties,
    // Capitals count for stances only: as places they are no country mention for dates or quotes.
    countries: withoutTreatyShorthands(
      text,
      withStances(analysis, withSeatsOfGovernment(analysis, names), byInstrument, treaty?.key ?? null),
      places,
    ),
    numbers: extractNumbers(analysis, dates, byInstrument, treaty?.key ?? null),
    dates,
    quotes: extractQuotes(analysis, names),
  };
}
