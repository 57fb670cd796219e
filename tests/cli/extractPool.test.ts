/** Tests how the threads of `extract --jobs` share out the files: each claims the next one as it frees. */
import { describe, expect, it } from 'vitest';
import { readClaimedFiles, type ClaimsData, type FileDone } from '../../src/cli/extractPool.js';

// Files that cannot be read: their outcomes come at once, without loading the extractors.
const files = ['/nonexistent/a.html', '/nonexistent/b.html', '/nonexistent/c.html', '/nonexistent/d.html'];
const claims = (next: number, printed: number, window = 16): ClaimsData => ({
  files,
  opts: {},
  counters: new Int32Array(new SharedArrayBuffer(8)).fill(next, 0, 1).fill(printed, 1, 2),
  window,
});

describe('readClaimedFiles', () => {
  it('reads every file not yet claimed by another thread, each sent back with its index', () => {
    const sent: FileDone[] = [];
    readClaimedFiles(claims(1, 0), (done) => sent.push(done));
    expect(sent.map((d) => d.index)).toEqual([1, 2, 3]);
    expect(sent.every((d) => 'error' in d.outcome)).toBe(true);
  });

  it('leaves the claimed count past the end, so every other thread stops too', () => {
    const data = claims(0, 0);
    readClaimedFiles(data, () => {});
    expect(data.counters[0]).toBeGreaterThanOrEqual(files.length);
  });

  it('reads nothing once every file is claimed', () => {
    const sent: FileDone[] = [];
    readClaimedFiles(claims(files.length, 2), (done) => sent.push(done));
    expect(sent).toEqual([]);
  });
});
