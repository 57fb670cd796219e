/** What every store command needs first: the config (file, default or none) and the subject an analyst names. */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { PipelineConfig } from '../config/schema.js';
import { configuredSubject } from '../config/subjects.js';

export const DEFAULT_CONFIG = 'pipeline.config.ts';

/**
 * The config a command works with: --config when given (it must exist), else pipeline.config.ts in the
 * current folder when there is one, else the defaults, so `--db`/`--source` alone are enough.
 */
export async function resolveConfig(opts: { config?: string; db?: string }): Promise<PipelineConfig> {
  // The loader (zod, jiti) is loaded by the commands that read a config only, not by `extract` or `--help`.
  const { loadConfig, parseConfig } = await import('../config/load.js');
  const config = opts.config
    ? await loadConfig(opts.config)
    : existsSync(DEFAULT_CONFIG)
      ? await loadConfig(DEFAULT_CONFIG)
      : parseConfig({}, resolve(DEFAULT_CONFIG));
  return opts.db ? { ...config, db: resolve(opts.db) } : config;
}

/** An analyst may name a subject by any of its configured aliases, in any case. */
export function canonicalSubject(asked: string, subjects: PipelineConfig['subjects']): string {
  return configuredSubject(asked, subjects)?.name ?? asked;
}
