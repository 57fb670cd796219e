/** Wording helpers for the explanations reconciled facts carry. */
import type { Support } from './weight.js';

export const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

/** "1 independent source agrees", "3 independent sources agree". */
export function sourcesVerb(n: number, verb: string): string {
  return `${plural(n, 'independent source')} ${n === 1 ? `${verb}s` : verb}`;
}

export function supportPhrase(s: Support): string {
  return `${plural(s.sources, 'independent source')}, weight ${Number(s.weight.toFixed(2))}`;
}

/** A value as analysts read it: numbers and strings plainly, objects as "field value" pairs. */
export function describeValue(v: unknown): string {
  if (v !== null && typeof v === 'object' && !Array.isArray(v)) {
    return Object.entries(v as Record<string, unknown>)
      .map(([k, x]) => `${k.replace(/_/g, ' ')} ${describeValue(x)}`)
      .join(', ');
  }
  if (Array.isArray(v)) return v.map(describeValue).join(', ');
  return String(v);
}
