/** URLs made comparable: tracking parameters dropped and forms normalised, so one page has one key. */

/** Query parameters that only track the reader; they never change what a page says. */
const TRACKING_PARAMS = new Set([
  'fbclid',
  'gclid',
  'dclid',
  'gbraid',
  'wbraid',
  'msclkid',
  'yclid',
  'twclid',
  'igshid',
  'mc_cid',
  'mc_eid',
  '_ga',
  '_gl',
  'mkt_tok',
  'ocid',
  'cmpid',
  'ncid',
  'sr_share',
  'spm',
  'ref_src',
  'ref_url',
  'at_medium',
  'at_campaign',
]);
const TRACKING_PREFIXES = ['utm_', 'hsa_', 'pk_', 'mtm_', 'oly_'];

function isTrackingParam(name: string): boolean {
  const lower = name.toLowerCase();
  return TRACKING_PARAMS.has(lower) || TRACKING_PREFIXES.some((prefix) => lower.startsWith(prefix));
}

/**
 * One spelling per page, so the same article reached through a feed, a sitemap and a shared link is fetched once:
 * the WHATWG parser already lowercases scheme and host and drops default ports; on top of that the fragment and
 * tracking parameters go and the remaining parameters are sorted. Path case is kept: servers may treat it as
 * significant. A string that is not an absolute URL comes back unchanged.
 */
export function canonicalizeUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return url;
  }
  parsed.hash = '';
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return parsed.href;
  const kept = [...parsed.searchParams].filter(([name]) => !isTrackingParam(name));
  kept.sort(([a, av], [b, bv]) => (a === b ? (av < bv ? -1 : av > bv ? 1 : 0) : a < b ? -1 : 1));
  parsed.search = kept.length ? new URLSearchParams(kept).toString() : '';
  return parsed.href;
}
