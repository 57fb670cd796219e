/** Tests of loading and validating config files. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config/load.js';

const dir = mkdtempSync(join(tmpdir(), 'newsfacts-config-'));
const write = (name: string, body: string) => {
  const file = join(dir, name);
  writeFileSync(file, body);
  return file;
};

describe('loadConfig', () => {
  it('loads a typed TypeScript config, fills defaults and resolves paths against the config file', async () => {
    const file = write(
      'ok.config.ts',
      `const sources: { location: string }[] = [{ location: 'pages' }, { location: 'https://example.org/feed.xml' }];
       export default { db: 'store/facts.sqlite', sources, fetch: { minDelayMs: 250 } };`,
    );
    const config = await loadConfig(file);
    expect(config.db).toBe(join(dir, 'store/facts.sqlite'));
    expect(config.sources.map((s) => s.location)).toEqual([join(dir, 'pages'), 'https://example.org/feed.xml']);
    expect(config.fetch.minDelayMs).toBe(250);
    expect(config.fetch.perHostConcurrency).toBe(2);
    expect(config.allowPrivate).toBe(false);
  });

  it('names the bad key and what it expects', async () => {
    const file = write('bad-type.config.ts', `export default { fetch: { perHostConcurrency: 'two' } };`);
    await expect(loadConfig(file)).rejects.toThrow(
      /bad config key 'fetch\.perHostConcurrency': Expected number, received string/,
    );
  });

  it('rejects an unknown key instead of ignoring a typo', async () => {
    const file = write('typo.config.ts', `export default { sourcez: [] };`);
    await expect(loadConfig(file)).rejects.toThrow(/Unrecognized key\(s\) in object: 'sourcez'/);
  });

  it('names a source entry that is not a location', async () => {
    const file = write('bad-source.config.ts', `export default { sources: [{ url: 'https://example.org' }] };`);
    await expect(loadConfig(file)).rejects.toThrow(/bad config key 'sources\.0'/);
  });

  it('reports every problem of the file in one line, not only the first', async () => {
    const file = write('many.config.ts', `export default { db: 3, fetch: { retries: -1, minDelayMs: 'soon' } };`);
    const err = (await loadConfig(file).catch((e: Error) => e)) as Error;
    expect(err.message).not.toContain('\n');
    for (const key of ['db', 'fetch.retries', 'fetch.minDelayMs']) {
      expect(err.message).toContain(`bad config key '${key}'`);
    }
  });

  it('says what a source may be when an entry is neither a string nor an object', async () => {
    const file = write('number-source.config.ts', `export default { sources: [42] };`);
    const expected = /bad config key 'sources\.0': expected string or object, received number/;
    await expect(loadConfig(file)).rejects.toThrow(expected);
  });

  it('names the missing field of a source object rather than the whole entry', async () => {
    const file = write('no-location.config.ts', `export default { sources: [{ url: 'https://example.org' }] };`);
    const expected = /bad config key 'sources\.0\.location': Required; bad config key 'sources\.0': Unrecognized key/;
    await expect(loadConfig(file)).rejects.toThrow(expected);
  });

  it('reports a missing file and a file that does not compile as one-line ConfigErrors naming the file', async () => {
    await expect(loadConfig(join(dir, 'absent.config.ts'))).rejects.toThrow(ConfigError);
    const broken = write('broken.config.ts', 'export default {');
    const err = await loadConfig(broken).catch((e: Error) => e);
    expect(err).toBeInstanceOf(ConfigError);
    expect((err as Error).message).toContain('broken.config.ts');
    expect((err as Error).message).not.toContain('\n');
  });

  it('loads the bundled pipeline.config.ts', async () => {
    const config = await loadConfig('pipeline.config.ts');
    expect(config.sources[0].location).toMatch(/fixtures[/\\]pages$/);
    expect(config.subjects[0].name).toBe('United Nations Convention against Cybercrime');
  });
});
