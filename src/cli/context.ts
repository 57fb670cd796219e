/** Resolves the config and store a CLI command works with. */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadConfig, parseConfig } from '../config/load.js';
import type { PipelineConfig } from '../config/schema.js';

export const DEFAULT_CONFIG = 'pipeline.config.ts';

/**
 * The config a command works with: --config when given (it must exist), else pipeline.config.ts in the
 * current folder when there is one, else the defaults, so `--db`/`--source` alone are enough.
 */
export async function resolveConfig(opts: { config?: string; db?: string }): Promise<PipelineConfig> {
  const config = opts.config
    ? await loadConfig(opts.config)
    : existsSync(DEFAULT_CONFIG)
      ? await loadConfig(DEFAULT_CONFIG)
      : parseConfig({}, resolve(DEFAULT_CONFIG));
  return opts.db ? { ...config, db: resolve(opts.db) } : config;
}
