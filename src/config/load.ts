/** Loads and validates a pipeline config file. */
import { existsSync } from 'node:fs';
import { dirname, isAbsolute, resolve } from 'node:path';
import { createJiti } from 'jiti';
import type { ZodError, ZodIssue } from 'zod';
import { ConfigError } from './errors.js';
import { configSchema, type PipelineConfig } from './schema.js';

export { ConfigError };

const keyOf = (issue: ZodIssue): string => (issue.path.length ? issue.path.join('.') : '(top level)');

/**
 * A union's complaint: "expected string or object, received number" when the value fits none of its types, else
 * the complaints of the alternatives whose type it has (a source object missing its `location`).
 */
function describeUnion(issue: ZodIssue & { code: 'invalid_union' }): string[] {
  const alternatives = issue.unionErrors.map((e) => e.issues).filter((issues) => issues.length);
  const wrongType = (issues: ZodIssue[]) =>
    issues.length === 1 && issues[0].code === 'invalid_type' && issues[0].path.length === issue.path.length;
  const fitting = alternatives.filter((issues) => !wrongType(issues));
  if (!fitting.length) {
    const first = alternatives.map((issues) => issues[0] as ZodIssue & { expected: string; received: string });
    const expected = [...new Set(first.map((i) => i.expected))].join(' or ');
    return [`bad config key '${keyOf(issue)}': expected ${expected}, received ${first[0]?.received}`];
  }
  return fitting.flat().flatMap(describeOne);
}

function describeOne(issue: ZodIssue): string[] {
  if (issue.code === 'invalid_union') return describeUnion(issue);
  return [`bad config key '${keyOf(issue)}': ${issue.message}`];
}

/** Every problem of the file, in one line, so a fix is not followed by the next complaint. */
function describeIssues(file: string, err: ZodError): string {
  return `${file}: ${err.issues.flatMap(describeOne).join('; ')}`;
}

/** Validates a config object; throws ConfigError naming the file, the bad key and what it expects. */
export function parseConfig(raw: unknown, file: string): PipelineConfig {
  const result = configSchema.safeParse(raw);
  if (!result.success) throw new ConfigError(describeIssues(file, result.error));
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
