/** Tests of fetching local files. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { testFetcher } from './fetcher.js';

const page = resolve(import.meta.dirname, '../../fixtures/pages/004_371a3257e4b38816.html');

describe('file:// URLs', () => {
  const fetcher = testFetcher({ maxBodyBytes: 200_000 });
  afterAll(() => fetcher.close());

  it('reads a local page from disk, typed from its extension, bytes untouched', async () => {
    const url = pathToFileURL(page).href;
    const out = await fetcher.fetch({ url });
    expect(out).toMatchObject({
      url,
      finalUrl: url,
      status: null,
      contentType: 'text/html',
      error: null,
      notModified: false,
    });
    expect(out.body?.includes(0x93)).toBe(true); // a windows-1252 curly quote, not re-encoded
    expect(out.contentHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('names a missing file, a folder and a file over the size cap', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsfacts-file-'));
    writeFileSync(join(dir, 'big.html'), Buffer.alloc(300_000, 'a'));
    expect((await fetcher.fetch({ url: pathToFileURL(join(dir, 'gone.html')).href })).error).toBe(
      `no such file: ${join(dir, 'gone.html')}`,
    );
    expect((await fetcher.fetch({ url: pathToFileURL(dir).href })).error).toBe(`${dir} is a folder`);
    expect((await fetcher.fetch({ url: pathToFileURL(join(dir, 'big.html')).href })).error).toBe(
      'body larger than 200000 bytes',
    );
  });
});
