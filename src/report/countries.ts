/** Country names and numeric codes for the ISO 3166-1 alpha-2 codes (and `EU`) that facts are keyed by. */
// The library's core, without the 79 locales its main entry registers (~60 ms to load); only English is registered.
import countries from 'i18n-iso-countries/index.js';
import { countryName } from '../extract/countryName.js';

export { countryName };

/** "VN Vietnam": the code an analyst types beside the name an analyst reads. */
export function codeAndName(code: string): string {
  const name = countryName(code);
  return name === code ? code : `${code} ${name}`;
}

/** The ISO 3166-1 numeric code ("462" for MV), which world maps key their shapes by; null when there is none. */
export function numericCode(code: string): string | null {
  return countries.alpha2ToNumeric(code) ?? null;
}

/** The alpha-2 code of an ISO 3166-1 numeric code; null for shapes that have none (disputed areas). */
export function alpha2OfNumeric(numeric: string): string | null {
  return countries.numericToAlpha2(numeric) ?? null;
}
