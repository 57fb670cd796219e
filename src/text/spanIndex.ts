/** Spans of a text looked up by the range that holds them, in logarithmic time rather than by a scan of all. */

interface Span {
  start: number;
  end: number;
}

/**
 * Mentions (dates, treaties…) of one article, indexed once so that finding those inside a sentence does not scan
 * every mention for every sentence: a page dense with dates and counts took close to a minute that way.
 */
export class SpanIndex<T extends Span> {
  /** Positions into `items`, ordered by start. */
  private readonly byStart: number[];

  constructor(private readonly items: readonly T[]) {
    this.byStart = items.map((_, i) => i).sort((a, b) => items[a].start - items[b].start || a - b);
  }

  /** The mentions wholly inside `range`, in their original order (so `find` picks what a scan would). */
  within(range: Span): T[] {
    let lo = 0;
    let hi = this.byStart.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.items[this.byStart[mid]].start < range.start) lo = mid + 1;
      else hi = mid;
    }
    const found: number[] = [];
    for (let k = lo; k < this.byStart.length && this.items[this.byStart[k]].start <= range.end; k++) {
      if (this.items[this.byStart[k]].end <= range.end) found.push(this.byStart[k]);
    }
    return found.sort((a, b) => a - b).map((i) => this.items[i]);
  }
}
