/** The pipeline config schema (zod) and its types. */
import { z } from 'zod';

const sourceKind = z.enum(['feed', 'sitemap', 'robots', 'url-list', 'page', 'file', 'folder', 'status-table']);

const source = z.union([
  z
    .string()
    .min(1)
    .transform((location) => ({ location })),
  z
    .object({
      location: z.string().min(1),
      kind: sourceKind.optional(),
      name: z.string().optional(),
      /** For a status table: the treaty it is the record of (a configured subject's name or alias). */
      subject: z.string().optional(),
    })
    .strict(),
]);

const fetchSettings = z
  .object({
    /** Sent on every request; name the tool and a contact URL so site operators can reach you. */
    userAgent: z.string().min(1).default('newsfacts/0.1 (+https://github.com/newsfacts/newsfacts)'),
    perHostConcurrency: z.number().int().min(1).max(64).default(2),
    /** Minimum time between two request starts to one host; robots.txt Crawl-delay can raise it. */
    minDelayMs: z.number().int().min(0).default(1000),
    globalConcurrency: z.number().int().min(1).max(1024).default(32),
    connectTimeoutMs: z.number().int().min(1).default(10_000),
    headersTimeoutMs: z.number().int().min(1).default(15_000),
    bodyTimeoutMs: z.number().int().min(1).default(30_000),
    maxBodyBytes: z
      .number()
      .int()
      .min(1)
      .default(10 * 1024 * 1024),
    maxRedirects: z.number().int().min(0).max(20).default(5),
    retries: z.number().int().min(0).max(10).default(3),
    backoffBaseMs: z.number().int().min(0).default(500),
    backoffMaxMs: z.number().int().min(0).default(30_000),
    respectRobots: z.boolean().default(true),
  })
  .strict();

const subject = z
  .object({
    /** Canonical name facts are filed under. */
    name: z.string().min(1),
    /** Other names of the same subject as articles write them. */
    aliases: z.array(z.string().min(1)).default([]),
  })
  .strict();

const reconcileSettings = z
  .object({
    /** Per-domain source weight; a subdomain inherits its parent's. Primary sources above aggregators. */
    trust: z.record(z.string(), z.number().min(0)).default({}),
    defaultTrust: z.number().min(0).default(1),
    cumulative: z.array(z.string()).default(['signatory_count', 'ratification_count', 'party_count']),
    /** Dates of a treaty's milestones, events that happen once: compared by precision, announced ones checked. */
    dates: z.array(z.string()).default(['adoption_date', 'signing_opened', 'entry_into_force_date']),
    /** Properties that tally one event each (votes): another day's tally is another vote, not a disagreement. */
    tallies: z.array(z.string()).default(['vote_in_favour', 'vote_against', 'vote_abstention']),
  })
  .strict();

export const configSchema = z
  .object({
    /** SQLite file of the fact store, relative to the config file. */
    db: z.string().min(1).default('data/newsfacts.sqlite'),
    sources: z.array(source).default([]),
    /** Allow loopback and private-network targets (tests, intranet feeds). */
    allowPrivate: z.boolean().default(false),
    fetch: fetchSettings.default({}),
    subjects: z.array(subject).default([]),
    reconcile: reconcileSettings.default({}),
  })
  .strict();

/** What a config file may say (every key optional). */
export type PipelineConfigInput = z.input<typeof configSchema>;
/** The config after validation, with every default filled in. */
export type PipelineConfig = z.output<typeof configSchema>;
export type FetchSettings = PipelineConfig['fetch'];
export type SubjectSpec = PipelineConfig['subjects'][number];

/** Typed identity helper for pipeline.config.ts. */
export function defineConfig(config: PipelineConfigInput): PipelineConfigInput {
  return config;
}
