/** The shape of a command that works on the fact store: --config and --db, the store opened and closed for it. */
import { Command } from 'commander';
import { ConfigError } from '../config/load.js';
import type { PipelineConfig } from '../config/schema.js';
import { RunInProgressError, StoreError, type Store } from '../store/api.js';
import { openStore } from '../store/index.js';
import { fail, type CommandAbout } from './command.js';
import { resolveConfig } from './context.js';

/** The options every store command takes. */
export interface StoreOptions {
  config?: string;
  db?: string;
}

/**
 * The parser of a command that works on the fact store: every such command takes the config and the database
 * file. Its `parseAsync(args, { from: 'user' })` runs the action.
 */
export const storeCommand = (about: CommandAbout): Command =>
  new Command(about.name)
    .description(about.summary)
    .showHelpAfterError()
    .option('--config <file>', 'config file (default: pipeline.config.ts in the current folder)')
    .option('--db <file>', 'SQLite fact store (overrides the config)');

/** Known failures become one line on stderr and exit 1; anything else is a bug and keeps its stack. */
export async function guarded(action: () => Promise<void> | void): Promise<void> {
  try {
    await action();
  } catch (err) {
    if (err instanceof ConfigError || err instanceof StoreError || err instanceof RunInProgressError) {
      fail(err.message);
    }
    throw err;
  }
}

/** Runs `use` with the store the options name, closing it afterwards whatever happens. */
export async function withStore<T>(opts: StoreOptions, use: (store: Store, config: PipelineConfig) => T): Promise<T> {
  const config = await resolveConfig(opts);
  const store = openStore(config.db);
  try {
    return use(store, config);
  } finally {
    store.close();
  }
}
