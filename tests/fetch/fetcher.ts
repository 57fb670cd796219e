/** A fetcher configured for tests: no pacing, short timeouts. */
import { configSchema } from '../../src/config/schema.js';
import { createFetcher, type Fetcher, type FetcherOptions } from '../../src/fetch/index.js';
import { silentLogger } from '../../src/log.js';

/** Defaults from the real config schema, made quick for tests: no pacing delay, short timeouts and backoff. */
export function testFetcher(overrides: Partial<FetcherOptions> = {}, allowPrivate = true): Fetcher {
  const defaults = configSchema.parse({}).fetch;
  return createFetcher(
    {
      ...defaults,
      minDelayMs: 0,
      backoffBaseMs: 20,
      backoffMaxMs: 200,
      connectTimeoutMs: 2000,
      headersTimeoutMs: 2000,
      bodyTimeoutMs: 2000,
      ...overrides,
      allowPrivate,
    },
    silentLogger,
  );
}
