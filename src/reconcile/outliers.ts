/** Outliers of a cumulative series: one weak report far off the values many independent sources give. */
import type { Quantity } from './bounds.js';
import { plural } from './explain.js';
import type { Option, Outlier } from './outcome.js';
import { asOfOf, compareAsOf, latestAsOf } from './provenance.js';
import type { ClaimRecord, ReconcileSettings } from './types.js';
import { supportOf } from './weight.js';

/**
 * How far off a report must be, as the ratio of the larger value to the smaller, to be a misread rather than a
 * disagreement: "2" against 72 is a word read as the count, 70 against 72 is two sources that differ.
 */
export const OUTLIER_RATIO = 2;
/** Independent sources a series needs before one report against it is set aside. */
export const OUTLIER_MIN_SOURCES = 2;

export interface ExactClaim {
  claim: ClaimRecord;
  q: Quantity;
}

/** A count at a day. */
export interface Reading {
  asOf: string | null;
  bound: number;
}

export const readingOf = (e: ExactClaim): Reading => ({ asOf: asOfOf(e.claim), bound: e.q.bound });

/** True when a count `a` at its as-of and a count `b` at its own cannot both hold of a value that only grows. */
export function breaksSeries(a: Reading, b: Reading): boolean {
  const order = compareAsOf(a.asOf, b.asOf);
  if (order === 0) return a.bound !== b.bound;
  return order < 0 ? a.bound > b.bound : a.bound < b.bound;
}

const far = (a: number, b: number): boolean => Math.max(a, b) >= OUTLIER_RATIO * Math.max(1, Math.min(a, b));

const hostOf = (c: ClaimRecord): string => {
  try {
    return c.url ? new URL(c.url).hostname : `article #${c.articleId}`;
  } catch {
    return c.url ?? `article #${c.articleId}`;
  }
};

/** "2 (as of 2025-11-07, claim #83 from example.org)". */
export function reportPhrase(value: number, claims: readonly ClaimRecord[]): string {
  const at = latestAsOf(claims);
  const where = claims.map((c) => `claim #${c.id} from ${hostOf(c)}`).join(', ');
  return `${value} (${at ? `as of ${at}, ` : ''}${where})`;
}

function reasonFor(value: number, claims: ClaimRecord[], against: ExactClaim[], settings: ReconcileSettings): string {
  const sorted = [...against].sort((a, b) => compareAsOf(asOfOf(a.claim), asOfOf(b.claim)));
  const values = [...new Set(sorted.map((x) => x.q.bound))].join(', ');
  const side = against[0].q.bound > value ? 'below' : 'above';
  const sources = supportOf(
    against.map((x) => x.claim),
    settings,
  ).sources;
  return (
    `${reportPhrase(value, claims)} is far ${side} the series it breaks (${values} from ` +
    `${plural(sources, 'independent source')}); set aside for review, not counted.`
  );
}

/**
 * Splits exact counts into those the series rests on and outliers: a value whose claims come from one independent
 * source, far off every report it contradicts, against at least two independent sources that outweigh it.
 * A claim an analyst accepted is never an outlier.
 */
export function splitOutliers(
  exact: ExactClaim[],
  settings: ReconcileSettings,
): { kept: ExactClaim[]; outliers: Outlier[] } {
  const byValue = new Map<number, ExactClaim[]>();
  for (const e of exact) byValue.set(e.q.bound, [...(byValue.get(e.q.bound) ?? []), e]);
  if (byValue.size < 2) return { kept: exact, outliers: [] };
  const readings = new Map(exact.map((e) => [e, readingOf(e)]));
  const outliers: Outlier[] = [];
  const out = new Set<ExactClaim>();
  for (const [value, group] of byValue) {
    if (group.some((e) => e.claim.accepted)) continue;
    // The cheap tests first: most values break nothing, and source support is the costly part.
    const breaks = (o: ExactClaim) => group.some((e) => breaksSeries(readings.get(e)!, readings.get(o)!));
    const against = exact.filter((o) => o.q.bound !== value && breaks(o));
    if (!against.length || !against.every((o) => far(o.q.bound, value))) continue;
    const claims = group.map((e) => e.claim);
    const support = supportOf(claims, settings);
    if (support.sources !== 1) continue;
    const theirs = supportOf(
      against.map((o) => o.claim),
      settings,
    );
    if (theirs.sources < OUTLIER_MIN_SOURCES || theirs.weight <= support.weight) continue;
    const option: Option = { value, extra: {}, claims, asOf: latestAsOf(claims) };
    outliers.push({ option, reason: reasonFor(value, claims, against, settings) });
    for (const e of group) out.add(e);
  }
  return { kept: exact.filter((e) => !out.has(e)), outliers };
}
