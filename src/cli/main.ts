#!/usr/bin/env node
/** The newsfacts command-line entry point: defines the commands and their options. */
import { userInfo } from 'node:os';
import { resolve } from 'node:path';
import { Command, Option } from 'commander';
import { ConfigError } from '../config/load.js';
import type { PipelineConfig } from '../config/schema.js';
import { createLogger } from '../log.js';
import { createProgress } from '../pipeline/progress.js';
import { RunInProgressError, StoreError, type Store } from '../store/api.js';
import { openStore } from '../store/index.js';
import { resolveConfig } from './context.js';
import { extractFile } from './extract.js';
import { configuredSubject } from '../config/subjects.js';
import { conflictsReport, factsTable } from './tables.js';

function fail(message: string): never {
  process.stderr.write(`newsfacts: ${message}\n`);
  process.exit(1);
}

/** Known failures become one line on stderr and exit 1; anything else is a bug and keeps its stack. */
async function guarded(action: () => Promise<void> | void): Promise<void> {
  try {
    await action();
  } catch (err) {
    if (err instanceof ConfigError || err instanceof StoreError || err instanceof RunInProgressError) fail(err.message);
    throw err;
  }
}

async function withStore<T>(
  opts: { config?: string; db?: string },
  use: (store: Store, config: PipelineConfig) => T,
): Promise<T> {
  const config = await resolveConfig(opts);
  const store = openStore(config.db);
  try {
    return use(store, config);
  } finally {
    store.close();
  }
}

const print = (value: unknown) => process.stdout.write(JSON.stringify(value, null, 1) + '\n');

const program = new Command('newsfacts')
  .description('News ingestion and fact extraction into a SQLite fact store')
  .showHelpAfterError();

/** A command that works on the fact store: every such command takes the config and the database file. */
function storeCommand(name: string, description: string): Command {
  return program
    .command(name)
    .description(description)
    .option('--config <file>', 'config file (default: pipeline.config.ts in the current folder)')
    .option('--db <file>', 'SQLite fact store (overrides the config)');
}

storeCommand('run', 'run the whole pipeline once: discover, fetch, extract, store claims, reconcile')
  .option('--source <urlOrPath>', 'add a source: feed, sitemap, page URL, or local file or folder', (v: string, acc: string[]) => [...acc, v], [])
  .option('--allow-private', 'allow loopback and private-network targets')
  .option('--json', 'print the run summary as JSON on stdout')
  .action((opts: { config?: string; db?: string; source: string[]; allowPrivate?: boolean; json?: boolean }) =>
    guarded(async () => {
      const base = await resolveConfig(opts);
      const extra = opts.source.map((s) => ({ location: /^[a-z][a-z0-9+.-]*:/i.test(s) ? s : resolve(s) }));
      const config = { ...base, sources: [...base.sources, ...extra], allowPrivate: base.allowPrivate || !!opts.allowPrivate };
      if (!config.sources.length) fail('run: no sources: add them to the config or pass --source');
      const log = createLogger();
      const store = openStore(config.db);
      const stop = new AbortController();
      const onSignal = (sig: string) => {
        log.warn({ signal: sig }, 'stopping after the pages in flight');
        stop.abort();
      };
      process.once('SIGINT', onSignal).once('SIGTERM', onSignal);
      try {
        // Loaded here so that `extract`, `facts` and `conflicts` start without the network stack.
        const { runPipeline } = await import('../pipeline/run.js');
        const summary = await runPipeline({ config, store, log, progress: createProgress(), signal: stop.signal });
        if (opts.json) process.stdout.write(JSON.stringify(summary) + '\n');
        else
          process.stdout.write(
            `run ${summary.run}: fetched ${summary.fetched}, not modified ${summary.not_modified}, failed ${summary.failed}, ` +
              `new articles ${summary.articles_new}, new claims ${summary.claims_new}, facts changed ${summary.facts_changed}, ` +
              `open conflicts ${summary.conflicts_open} (${config.db})\n`,
          );
        if (stop.signal.aborted) process.exitCode = 130;
      } finally {
        store.close();
      }
    }),
  );

program
  .command('extract')
  .description('extract article text, metadata, countries, numbers, dates and quotes from files')
  .option('--text', 'the files are plain article text, not HTML')
  .option('--published <iso>', 'publication time when the page does not carry one')
  .option('--url <url>', "the page's address")
  .addOption(new Option('--json', 'print one JSON document').conflicts('jsonl'))
  .option('--jsonl', 'print one JSON object per line')
  .option('--explain', 'name the rule behind each reading (and, for a number, the words that decided it)')
  .argument('<files...>')
  .action((files: string[], opts: { text?: boolean; published?: string; url?: string; json?: boolean; jsonl?: boolean; explain?: boolean }) => {
    if (!opts.json && !opts.jsonl) fail('extract: say --json or --jsonl');
    let failed = 0;
    const records = [];
    for (const file of files) {
      try {
        const record = extractFile(file, opts);
        // Still a record (the scorers count one per file), but the operator hears why it is empty.
        if (!record.text.trim()) process.stderr.write(`newsfacts: ${file}: no article text found (not HTML, empty, or no body)\n`);
        if (opts.jsonl) process.stdout.write(JSON.stringify(record) + '\n');
        else records.push(record);
      } catch (err) {
        failed++;
        process.stderr.write(`newsfacts: ${file}: ${(err as Error).message.split('\n')[0]}\n`);
      }
    }
    if (opts.json) process.stdout.write(JSON.stringify(files.length === 1 ? records[0] ?? null : records) + '\n');
    if (failed) process.exitCode = 1;
  });

storeCommand('facts', 'print the current facts')
  .option('--subject <text>', 'only facts about this subject (its name or a configured alias)')
  .option('--json', 'print JSON (../shared/CONTRACT.md shape)')
  .action((opts: { config?: string; db?: string; subject?: string; json?: boolean }) =>
    guarded(() =>
      withStore(opts, (store, config) => {
        const facts = store.facts({ subject: opts.subject && canonicalSubject(opts.subject, config.subjects) });
        if (opts.json) print(facts);
        else process.stdout.write(factsTable(facts) + '\n');
      }),
    ),
  );

storeCommand('conflicts', 'show conflicts for analysts to decide (open and reopened ones unless --all)')
  .option('--all', 'include resolved conflicts')
  .option('--json', 'print JSON')
  .action((opts: { config?: string; db?: string; all?: boolean; json?: boolean }) =>
    guarded(() =>
      withStore(opts, (store) => {
        const conflicts = store.conflicts({ status: opts.all ? 'all' : 'open' });
        if (opts.json) print(conflicts);
        else process.stdout.write(conflictsReport(conflicts) + '\n');
      }),
    ),
  );

/** An analyst may name a subject by any of its configured aliases, in any case. */
function canonicalSubject(asked: string, subjects: PipelineConfig['subjects']): string {
  return configuredSubject(asked, subjects)?.name ?? asked;
}

/** A decided value as typed: JSON when it parses (72, {"threshold":40}), else the plain string ("ratification"). */
function parseValue(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

storeCommand('resolve', 'record an analyst decision on a conflict; later runs keep it unless new evidence reopens it')
  .argument('<conflict>', 'conflict id (see `newsfacts conflicts`)')
  .requiredOption('--value <value>', 'the value decided (JSON, or a plain string)')
  .requiredOption('--note <text>', 'why: kept with the decision')
  .option('--by <name>', 'who decides', userInfo().username)
  .option('--json', 'print the updated conflict as JSON')
  .action((id: string, opts: { value: string; note: string; by: string; config?: string; db?: string; json?: boolean }) =>
    guarded(async () => {
      const conflictId = Number(id);
      if (!Number.isInteger(conflictId) || conflictId <= 0) fail(`resolve: '${id}' is not a conflict id`);
      await withStore(opts, (store, config) => {
        const conflict = store.resolve({ conflictId, value: parseValue(opts.value), note: opts.note, by: opts.by }, config.reconcile);
        if (opts.json) print(conflict);
        else process.stdout.write(conflictsReport([conflict]) + '\n');
      });
    }),
  );

await program.parseAsync();
