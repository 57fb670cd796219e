/** How fact values read for analysts, and which fields of competing values differ. */

export type Fields = Record<string, unknown>;

export const isFields = (v: unknown): v is Fields => typeof v === 'object' && v !== null && !Array.isArray(v);

/** "delay_days" → "delay days". */
export const fieldLabel = (name: string): string => name.replaceAll('_', ' ');

/** A value as text: strings as they are, lists joined, objects as "field: value" pairs. */
export function showValue(value: unknown): string {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map(showValue).join(', ');
  if (isFields(value))
    return Object.entries(value)
      .map(([k, v]) => `${fieldLabel(k)}: ${showValue(v)}`)
      .join(', ');
  return JSON.stringify(value ?? null);
}

/** The value as `resolve --value` takes it back: plain strings bare, everything else as JSON. */
export const valueArgument = (value: unknown): string => (typeof value === 'string' ? value : JSON.stringify(value));

/**
 * The fields in which competing values differ, when every value is an object (a rule with a threshold, a delay
 * and an instrument); null when they are plain values, which then differ as a whole.
 */
export function differingFields(values: unknown[]): Set<string> | null {
  if (values.length < 2 || !values.every(isFields)) return null;
  const names = new Set(values.flatMap((v) => Object.keys(v)));
  const differs = new Set<string>();
  for (const name of names) {
    const seen = new Set(values.map((v) => JSON.stringify(v[name] ?? null)));
    if (seen.size > 1) differs.add(name);
  }
  return differs;
}
