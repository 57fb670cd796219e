/** Tests of how many worker threads `extract` reads its files in. */
import { availableParallelism } from 'node:os';
import { describe, expect, it } from 'vitest';
import { threadsFor } from '../../src/cli/extractThreads.js';

describe('threadsFor', () => {
  it('gives the threads asked for', () => {
    expect(threadsFor(20, 3)).toBe(3);
  });

  it('gives no more threads than files, even when asked for more', () => {
    expect(threadsFor(2, 4)).toBe(2);
  });

  it('keeps to one thread when asked for one', () => {
    expect(threadsFor(605, 1)).toBe(1);
  });

  it('by default reads a handful of files in one thread: a thread costs more to start than it would read', () => {
    expect(threadsFor(20)).toBe(1);
  });

  it('by default reads many files in a thread per core, up to 4', () => {
    expect(threadsFor(605)).toBe(Math.min(4, availableParallelism()));
  });
});
