/** Tests of listing helpers such as date normalization. */
import { describe, expect, it } from 'vitest';
import { isoDate } from '../../src/discover/listing.js';

describe('isoDate', () => {
  it('rewrites RSS dates to ISO 8601 with the same offset and instant', () => {
    expect(isoDate('Sun, 26 Oct 2025 11:00:00 +0100')).toBe('2025-10-26T11:00:00+01:00');
    expect(isoDate('Sat, 25 Oct 2025 23:30:00 -0500')).toBe('2025-10-25T23:30:00-05:00');
    expect(isoDate('Tue, 28 Oct 2025 08:00:00 GMT')).toBe('2025-10-28T08:00:00Z');
  });

  it('keeps ISO dates as written and drops what is not a date', () => {
    expect(isoDate(' 2024-12-25 ')).toBe('2024-12-25');
    expect(isoDate('2025-10-26T09:00:00+05:00')).toBe('2025-10-26T09:00:00+05:00');
    expect(isoDate('last Tuesday-ish')).toBeUndefined();
    expect(isoDate('')).toBeUndefined();
  });
});
