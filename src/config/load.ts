/** Loads and validates a pipeline config file. */
import { existsSync } from 'node:fs';
import { dirname, isAbsolute, resolve } from 'node:path';
import { createJiti } from 'jiti';
import { ZodError } from 'zod';
import { configSchema, type PipelineConfig } from './schema.js';

export class ConfigError extends Error {}

function describeIssue(file: string, err: ZodError): string {
  const issue = err.issues[0];
  const key = issue.path.length ? issue.path.join('.') : '(top level)';
  return `${file}: bad config key '${key}': ${issue.message}`;
}

/** Validates a config object; throws ConfigError naming the file, the bad key and what it expects. */
export function parseConfig(raw: unknown, file: string): PipelineConfig {
  const result = configSchema.safeParse(raw);
  if (!result.success) throw new ConfigError(describeIssue(file, result.error));
  const config = result.data;
  const base = dirname(file);
  // Paths in a config file are relative to it, so the same file works from any working directory.
  const local = (p: string) => (isAbsolute(p) || /^[a-z][a-z0-9+.-]*:/i.test(p) ? p : resolve(base, p));
  return {
    ...config,
    db: local(config.db),
    sources: config.sources.map((s) => ({ ...s, location: local(s.location) })),
  };
}

/** Loads pipeline.config.ts (or .js/.json) and validates it. */
export async function loadConfig(path: string): Promise<PipelineConfig> {
  const file = resolve(path);
  if (!existsSync(file)) throw new ConfigError(`${path}: config file not found`);
  let raw: unknown;
  try {
    const jiti = createJiti(import.meta.url, { moduleCache: false });
    raw = await jiti.import(file, { default: true });
  } catch (err) {
    throw new ConfigError(`${path}: cannot load config: ${(err as Error).message.split('\n')[0]}`);
  }
  return parseConfig(raw, path);
}
