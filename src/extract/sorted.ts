/** Binary search over lists kept in text order, so per-mention lookups stay logarithmic on long pages. */

/** The index of the first item for which `atOrAfter` holds, given that it holds for a suffix of the list. */
export function firstIndex<T>(items: readonly T[], atOrAfter: (item: T) => boolean): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (atOrAfter(items[mid])) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
