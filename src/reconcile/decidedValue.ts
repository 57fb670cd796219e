/** What an analyst's decided value rests on: the values sources give for the fact, and the day the value held. */
import type { Conflict, Fact } from './types.js';

/** JSON with object keys sorted, so {"a":1,"b":2} and {"b":2,"a":1} are one value. */
function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (v !== null && typeof v === 'object') {
    const entries = Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([k, x]) => `${JSON.stringify(k)}:${canonical(x)}`).join(',')}}`;
  }
  return JSON.stringify(v);
}

/** Every value sources give for the fact, each with the day it held: current, earlier and competing values. */
export function givenValues(conflict: Conflict, fact: Fact | null): { value: unknown; asOf: string | null }[] {
  const values = conflict.alternatives.map((a) => ({ value: a.value, asOf: a.as_of ?? null }));
  if (!fact) return values;
  return [
    { value: fact.value, asOf: fact.as_of },
    ...fact.history.map((h) => ({ value: h.value, asOf: h.as_of })),
    ...fact.alternatives.map((a) => ({ value: a.value, asOf: a.as_of ?? null })),
    ...values,
  ].filter((v) => !(fact.status === 'resolved' && v.value === fact.value && !fact.sources.length));
}

/** The given value that matches the decided one, or null when no source gives it. */
export function matchingValue(decided: unknown, given: { value: unknown; asOf: string | null }[]) {
  const wanted = canonical(decided);
  return given.find((g) => canonical(g.value) === wanted) ?? null;
}

/** The values as an analyst reads them in a refusal: each once, in the order given. */
export const listValues = (given: { value: unknown }[]): string =>
  [...new Set(given.map((g) => canonical(g.value)))].join(', ') || 'none';
