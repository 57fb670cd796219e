/** Words for the pages: property names, statuses and values as analysts read them. */
import type { Fact } from '../reconcile/types.js';
import { codeAndName, countryName } from './countries.js';
import { html, type Markup } from './html.js';
import { fieldLabel, showValue } from './values.js';

const isCountryList = (v: unknown): v is string[] =>
  Array.isArray(v) && v.length > 0 && v.every((c) => typeof c === 'string' && /^[A-Z]{2}$/.test(c));

/** A value for a page: country lists as names, everything else as text. */
export function valueText(value: unknown): string {
  if (isCountryList(value)) return `${value.length}: ${value.map(countryName).join(', ')}`;
  return showValue(value);
}

export const propertyLabel = fieldLabel;

/** The key column: a country's code beside its name. */
export const keyLabel = (fact: { key: string | null }): string => (fact.key ? codeAndName(fact.key) : '');

export function statusBadge(status: string): Markup {
  return html`<span class="status status-${status}">${status}</span>`;
}

/** Where a fact's value holds, for headings: "signatory count" or "country status (VN Vietnam)". */
export const factTitle = (f: Pick<Fact, 'property' | 'key'>): string =>
  `${propertyLabel(f.property)}${f.key ? ` (${codeAndName(f.key)})` : ''}`;

/** Competing values are lettered (A, B…) so that sources, commands and forms can point at them. */
export const letter = (i: number): string => String.fromCharCode(65 + (i % 26));
