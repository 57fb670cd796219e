/** The value algebra of categorical and structured values. */
import type { ValueAlgebra } from './algebra.js';
import { describeValue } from './explain.js';

/** A categorical value (a string, number, flag) or a structured one (fields of such values). */
export type Structured =
  { kind: 'scalar'; value: string | number | boolean } | { kind: 'fields'; fields: Record<string, unknown> };

const canonical = (v: unknown): string => (typeof v === 'string' ? v.trim().toLowerCase() : JSON.stringify(v));

/**
 * Categorical and structured values (the entry-into-force rule): equal or not, where a partial value
 * agrees with a fuller one whose fields it shares.
 */
export const structuredAlgebra: ValueAlgebra<Structured> = {
  parse(value) {
    if (typeof value === 'string') return value.trim() ? { kind: 'scalar', value: value.trim() } : null;
    if (typeof value === 'number' || typeof value === 'boolean') return { kind: 'scalar', value };
    if (Array.isArray(value)) return { kind: 'scalar', value: JSON.stringify(value) };
    if (value === null || typeof value !== 'object') return null;
    const fields = Object.fromEntries(Object.entries(value).filter(([, v]) => v !== null && v !== undefined));
    return Object.keys(fields).length ? { kind: 'fields', fields } : null;
  },
  compatible(a, b) {
    if (a.kind === 'scalar' || b.kind === 'scalar') {
      return a.kind === 'scalar' && b.kind === 'scalar' && canonical(a.value) === canonical(b.value);
    }
    return Object.keys(a.fields).every((k) => !(k in b.fields) || canonical(a.fields[k]) === canonical(b.fields[k]));
  },
  refine(a, b) {
    if (a.kind !== 'fields' || b.kind !== 'fields') return a;
    const added = Object.entries(b.fields).filter(([k]) => !(k in a.fields));
    return { kind: 'fields', fields: { ...a.fields, ...Object.fromEntries(added) } };
  },
  specificity: (v) => (v.kind === 'fields' ? Object.keys(v.fields).length : 1),
  render: (v) => ({ value: v.kind === 'fields' ? v.fields : v.value, extra: {} }),
  describe: (v) => describeValue(v.kind === 'fields' ? v.fields : v.value),
};
