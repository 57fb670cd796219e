import type { ExtractInput, Extractions } from './types.js';

/** Extractor names and versions, recorded with every claim. */
export const EXTRACTORS = { countries: '0', numbers: '0', dates: '0', quotes: '0', treaties: '0' } as const;

/** Placeholder until the extractors land. */
export function extractAll(_input: ExtractInput): Extractions {
  return { treaty: null, treaties: [], countries: [], numbers: [], dates: [], quotes: [] };
}
