/** The value algebra of bounded quantities (exact, at least, more than, about ...). */
import type { ValueAlgebra } from './algebra.js';

export type Qualifier = 'exact' | 'more_than' | 'at_least' | 'fewer_than' | 'at_most' | 'about';

/** A number as a text states it, with the interval of values the statement allows. */
export interface Quantity {
  qualifier: Qualifier;
  bound: number;
  lo: number;
  hi: number;
}

/** "About 60" allows this fraction either side. */
export const ABOUT_TOLERANCE = 0.1;

const PREFIX: Record<Exclude<Qualifier, 'exact'>, string> = {
  more_than: '>',
  at_least: '>=',
  fewer_than: '<',
  at_most: '<=',
  about: '~',
};

const isQualifier = (q: unknown): q is Qualifier => q === 'exact' || (typeof q === 'string' && q in PREFIX);

/** Counts are whole numbers, so "more than 60" starts at 61; other numbers get the smallest step up. */
const stepUp = (v: number): number => (Number.isInteger(v) ? v + 1 : v + Math.abs(v) * 1e-9 + 1e-12);
const stepDown = (v: number): number => (Number.isInteger(v) ? v - 1 : v - Math.abs(v) * 1e-9 - 1e-12);

export function quantity(bound: number, qualifier: Qualifier): Quantity {
  switch (qualifier) {
    case 'exact':
      return { qualifier, bound, lo: bound, hi: bound };
    case 'more_than':
      return { qualifier, bound, lo: stepUp(bound), hi: Infinity };
    case 'at_least':
      return { qualifier, bound, lo: bound, hi: Infinity };
    case 'fewer_than':
      return { qualifier, bound, lo: -Infinity, hi: stepDown(bound) };
    case 'at_most':
      return { qualifier, bound, lo: -Infinity, hi: bound };
    case 'about': {
      const spread = Math.abs(bound) * ABOUT_TOLERANCE;
      return { qualifier, bound, lo: bound - spread, hi: bound + spread };
    }
  }
}

export const overlaps = (a: Quantity, b: Quantity): boolean => Math.max(a.lo, b.lo) <= Math.min(a.hi, b.hi);

export function renderQuantity(q: Quantity): { value: unknown; extra: Record<string, unknown> } {
  if (q.qualifier === 'exact') return { value: q.bound, extra: {} };
  return { value: `${PREFIX[q.qualifier]}${q.bound}`, extra: { qualifier: q.qualifier, bound: q.bound } };
}

const RENDERED = /^\s*(>=|<=|>|<|~)?\s*(-?\d{1,15}(?:\.\d{1,15})?)\s*$/;
const BY_PREFIX = new Map(Object.entries(PREFIX).map(([q, p]) => [p, q as Qualifier]));

/** A value written the way facts print it (">60", "~60", "72"), as analysts type it in decisions. */
function parseRendered(text: string): Quantity | null {
  const m = RENDERED.exec(text);
  return m ? quantity(Number(m[2]), m[1] ? BY_PREFIX.get(m[1])! : 'exact') : null;
}

/** Numbers with bounds: "more than 60" agrees with 65 and 72; the tightest statement is kept. */
export const quantityAlgebra: ValueAlgebra<Quantity> = {
  parse(value, qualifiers) {
    if (typeof value === 'string') return parseRendered(value);
    if (typeof value !== 'number' || !Number.isFinite(value)) return null;
    const q = qualifiers.qualifier ?? 'exact';
    return isQualifier(q) ? quantity(value, q) : null;
  },
  compatible: overlaps,
  refine(a, b) {
    const lo = Math.max(a.lo, b.lo);
    const hi = Math.min(a.hi, b.hi);
    const distance = (q: Quantity): number => (q.lo === lo ? 0 : 1) + (q.hi === hi ? 0 : 1);
    return distance(b) < distance(a) ? b : a;
  },
  specificity(q) {
    if (q.qualifier === 'exact') return 3;
    return q.qualifier === 'about' ? 2 : 1;
  },
  render: renderQuantity,
  describe: (q) => String(renderQuantity(q).value),
};
