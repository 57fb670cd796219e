/** Tests of the polite per-host scheduler. */
import { describe, expect, it } from 'vitest';
import { PoliteScheduler, type Release } from '../../src/fetch/scheduler.js';

describe('PoliteScheduler', () => {
  it('gives every host its turn when the global cap is the tight limit', async () => {
    const scheduler = new PoliteScheduler({ perHostConcurrency: 4, globalConcurrency: 1, minDelayMs: 0 });
    const order: string[] = [];
    const jobs = ['a', 'a', 'a', 'b', 'b', 'c'].map(async (host) => {
      const release: Release = await scheduler.acquire(host);
      order.push(host);
      await Promise.resolve();
      release();
    });
    await Promise.all(jobs);
    scheduler.close();
    // First come, first served would run a, a, a, b, b, c: host a's backlog would hold the others back.
    expect(order).toEqual(['a', 'a', 'b', 'c', 'a', 'b']);
  });
});
