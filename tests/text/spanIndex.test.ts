/** SpanIndex: the spans inside a range, in order. */
import { describe, expect, it } from 'vitest';
import { SpanIndex } from '../../src/text/spanIndex.js';

describe('SpanIndex', () => {
  const spans = [
    { start: 40, end: 45, id: 'c' },
    { start: 5, end: 9, id: 'a' },
    { start: 12, end: 30, id: 'b' },
    { start: 28, end: 33, id: 'd' },
  ];
  const index = new SpanIndex(spans);

  it('returns the spans wholly inside a range, in their original order', () => {
    expect(index.within({ start: 0, end: 45 }).map((s) => s.id)).toEqual(['c', 'a', 'b', 'd']);
  });

  it('leaves out spans that start before the range or end after it', () => {
    expect(index.within({ start: 10, end: 31 }).map((s) => s.id)).toEqual(['b']);
  });

  it('finds nothing in a range between spans', () => {
    expect(index.within({ start: 34, end: 39 })).toEqual([]);
  });
});
