/** The value algebra of dates at the precision a text gives, with their places. */
import type { ValueAlgebra } from './algebra.js';

/** A date at the precision the text gave (YYYY, YYYY-MM or YYYY-MM-DD), with where it happened when known. */
export interface DateValue {
  date: string;
  place: string | null;
}

/** "Hanoi, VN" says more than "Hanoi": keep the longer of two names of a place. */
const morePrecisePlace = (a: string | null, b: string | null): string | null =>
  (b?.length ?? 0) > (a?.length ?? 0) ? b : a;

const DATE = /^(\d{4})(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/;

/**
 * Dates at different precision: "2024-12" and "2024-12-24" agree and the finer one is kept;
 * two different days conflict.
 */
export const dateAlgebra: ValueAlgebra<DateValue> = {
  parse(value, qualifiers) {
    if (typeof value !== 'string' || !DATE.test(value)) return null;
    const place = typeof qualifiers.place === 'string' && qualifiers.place.trim() ? qualifiers.place.trim() : null;
    return { date: value, place };
  },
  compatible: (a, b) => a.date.startsWith(b.date) || b.date.startsWith(a.date),
  refine: (a, b) => ({
    date: a.date.length >= b.date.length ? a.date : b.date,
    place: morePrecisePlace(a.place, b.place),
  }),
  specificity: (d) => d.date.length,
  render: (d) => ({ value: d.date, extra: d.place ? { place: d.place } : {} }),
  describe: (d) => d.date,
};
