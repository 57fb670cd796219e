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
    await expect(loadConfig(file)).rejects.toThrow(/bad config key 'fetch\.perHostConcurrency': Expected number, received string/);
  });

  it('rejects an unknown key instead of ignoring a typo', async () => {
    const file = write('typo.config.ts', `export default { sourcez: [] };`);
    await expect(loadConfig(file)).rejects.toThrow(/Unrecognized key\(s\) in object: 'sourcez'/);
  });

  it('names a source entry that is not a location', async () => {
    const file = write('bad-source.config.ts', `export default { sources: [{ url: 'https://example.org' }] };`);
    await expect(loadConfig(file)).rejects.toThrow(/bad config key 'sources\.0'/);
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
