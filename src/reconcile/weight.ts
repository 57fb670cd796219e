/** How much support claims give: source trust and independence (near-duplicate texts). */
import type { ClaimRecord, ReconcileSettings } from './types.js';

/**
 * Simhash fingerprints this close (in bits out of 64) are copies of one text: a wire story and its reposts.
 * A repost with a new headline or footer lands within a few bits; unrelated texts, even on one topic,
 * differ in about half of them (26 to 34 bits apart among the seed articles).
 */
export const NEAR_DUPLICATE_BITS = 6;

function hostOf(url: string | null): string | null {
  if (!url) return null;
  try {
    const { protocol, hostname } = new URL(url);
    return protocol === 'http:' || protocol === 'https:' ? hostname.toLowerCase().replace(/\.$/, '') : null;
  } catch {
    return null;
  }
}

/** Trust of the most specific configured domain the URL's host falls under (subdomains inherit). */
export function trustOf(url: string | null, settings: ReconcileSettings): number {
  const host = hostOf(url);
  if (!host) return settings.defaultTrust;
  let best: { domain: string; trust: number } | null = null;
  for (const [domain, trust] of Object.entries(settings.trust)) {
    const d = domain.toLowerCase();
    if ((host === d || host.endsWith(`.${d}`)) && (!best || d.length > best.domain.length)) best = { domain: d, trust };
  }
  return best ? best.trust : settings.defaultTrust;
}

function popcount32(n: number): number {
  n = n - ((n >>> 1) & 0x55555555);
  n = (n & 0x33333333) + ((n >>> 2) & 0x33333333);
  return (((n + (n >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** Bits that differ between two 64-bit fingerprints written as 16 hex digits. */
export function hammingDistance(a: string, b: string): number {
  const hi = parseInt(a.slice(0, 8), 16) ^ parseInt(b.slice(0, 8), 16);
  const lo = parseInt(a.slice(8, 16), 16) ^ parseInt(b.slice(8, 16), 16);
  return popcount32(hi >>> 0) + popcount32(lo >>> 0);
}

/**
 * Claims grouped by independent source: claims from one article, or from articles whose texts are
 * near-duplicates (syndicated copies of one story), fall in one group.
 */
export function independentGroups(claims: readonly ClaimRecord[]): ClaimRecord[][] {
  const byText = new Map<string, ClaimRecord[]>();
  for (const c of claims) {
    const k = c.textFingerprint ?? `article:${c.articleId}`;
    const list = byText.get(k);
    if (list) list.push(c);
    else byText.set(k, [c]);
  }
  const keys = [...byText.keys()];
  const parent = keys.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  for (let i = 0; i < keys.length; i++) {
    if (keys[i].startsWith('article:')) continue;
    for (let j = i + 1; j < keys.length; j++) {
      if (!keys[j].startsWith('article:') && hammingDistance(keys[i], keys[j]) <= NEAR_DUPLICATE_BITS)
        parent[find(j)] = find(i);
    }
  }
  const groups = new Map<number, ClaimRecord[]>();
  keys.forEach((k, i) => {
    const root = find(i);
    const group = groups.get(root);
    if (group) group.push(...byText.get(k)!);
    else groups.set(root, [...byText.get(k)!]);
  });
  return [...groups.values()];
}

export interface Support {
  /** Independent sources (syndicated copies count once). */
  sources: number;
  /** Sum over independent sources of the best trust among each source's copies. */
  weight: number;
}

export function supportOf(claims: readonly ClaimRecord[], settings: ReconcileSettings): Support {
  const groups = independentGroups(claims);
  let weight = 0;
  for (const g of groups) weight += Math.max(...g.map((c) => trustOf(c.url, settings)));
  return { sources: groups.length, weight };
}
