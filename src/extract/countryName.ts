/** The English short name of a country code, for facts, reports and speakers ("EG" → "Egypt"). */
// The library's core, without the 79 locales its main entry registers (~60 ms to load); only English is registered.
import countries from 'i18n-iso-countries/index.js';
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };

countries.registerLocale(en);

/** Codes that are not in ISO 3166-1 but that facts use. */
const NON_ISO_NAMES: Record<string, string> = { EU: 'European Union' };

/** The English short name of a code ("VN" → "Vietnam"); the code itself when it is unknown. */
export function countryName(code: string): string {
  return NON_ISO_NAMES[code] ?? countries.getName(code, 'en') ?? code;
}
