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

  it('ends a wait held back by the host delay as soon as the stop signal aborts', async () => {
    const scheduler = new PoliteScheduler({ perHostConcurrency: 1, globalConcurrency: 4, minDelayMs: 60_000 });
    const first = await scheduler.acquire('a');
    first();
    const stop = new AbortController();
    const waiting = scheduler.acquire('a', stop.signal);
    const started = Date.now();
    stop.abort(new Error('stop'));
    await expect(waiting).rejects.toThrow('stop');
    expect(Date.now() - started).toBeLessThan(1000);
    scheduler.close();
  });

  it('refuses at once when the signal has already aborted', async () => {
    const scheduler = new PoliteScheduler({ perHostConcurrency: 1, globalConcurrency: 1, minDelayMs: 0 });
    await expect(scheduler.acquire('a', AbortSignal.abort(new Error('stopped')))).rejects.toThrow('stopped');
    scheduler.close();
  });
});
