/** The full newsfacts program: every command with its options; main.ts runs it for all but `extract`. */
import { userInfo } from 'node:os';
import { resolve } from 'node:path';
import { Option, type Command } from 'commander';
import { ConfigError } from '../config/errors.js';
import type { PipelineConfig } from '../config/schema.js';
import { RunInProgressError, StoreError, type Store } from '../store/api.js';
import type { OpenOptions } from '../store/index.js';
import { canonicalSubject, resolveConfig } from './context.js';
import { addReextractCommand } from './reextract.js';
import { addReviewCommands } from './review.js';
import { CommandError, fail } from './errors.js';
import { addExtractCommand } from './extractOptions.js';
import { rootCommand } from './rootCommand.js';
import { bundledScript, loadScript } from './script.js';
import type { ResolveOptions } from './views.js';
import type * as ExtractScript from './extractScript.js';

// Each command's implementation is imported inside its action, so a command loads only what it uses: `extract` no
// store, report or config loader, `facts` no extractors, and `--help` none of them.

/** Known failures become one line on stderr and exit 1; anything else is a bug and keeps its stack. */
async function guarded(action: () => Promise<void> | void): Promise<void> {
  try {
    await action();
  } catch (err) {
    const known = [ConfigError, StoreError, RunInProgressError, CommandError];
    if (known.some((kind) => err instanceof kind)) fail((err as Error).message);
    throw err;
  }
}

async function withStore<T>(
  opts: { config?: string; db?: string },
  use: (store: Store, config: PipelineConfig) => T,
  open: OpenOptions = {},
): Promise<T> {
  const config = await resolveConfig(opts);
  const { openStore } = await import('../store/index.js');
  const store = openStore(config.db, open);
  try {
    return use(store, config);
  } finally {
    store.close();
  }
}

/** Reports only read: an analyst with read access to the file (or its folder) still gets them. */
const READER: OpenOptions = { readOnlyWhenUnwritable: true };

const program = rootCommand();

/** A command that works on the fact store: every such command takes the config and the database file. */
function storeCommand(name: string, description: string): Command {
  return program
    .command(name)
    .description(description)
    .option('--config <file>', 'config file (default: pipeline.config.ts in the current folder)')
    .option('--db <file>', 'SQLite fact store (overrides the config)');
}

storeCommand('run', 'run the whole pipeline once: discover, fetch, extract, store claims, reconcile')
  .option(
    '--source <urlOrPath>',
    'add a source: feed, sitemap, page URL, or local file or folder',
    (v: string, acc: string[]) => [...acc, v],
    [],
  )
  .option('--allow-private', 'allow loopback and private-network targets')
  .option('--json', 'print the run summary as JSON on stdout')
  .action((opts: { config?: string; db?: string; source: string[]; allowPrivate?: boolean; json?: boolean }) =>
    guarded(async () => {
      const base = await resolveConfig(opts);
      const extra = opts.source.map((s) => ({ location: /^[a-z][a-z0-9+.-]*:/i.test(s) ? s : resolve(s) }));
      const config = {
        ...base,
        sources: [...base.sources, ...extra],
        allowPrivate: base.allowPrivate || !!opts.allowPrivate,
      };
      if (!config.sources.length) fail('run: no sources: add them to the config or pass --source');
      const { runCommand } = await import('./run.js');
      await runCommand(config, !!opts.json);
    }),
  );

// The bundled script with its code cache where the build made one (src/cli/script.ts), else the module.
addExtractCommand(
  program,
  async () =>
    (loadScript<typeof ExtractScript>(bundledScript('extract')) ?? (await import('./extract.js'))).extractCommand,
);

storeCommand('facts', 'print the current facts')
  .option('--subject <text>', 'only facts about this subject (its name or a configured alias)')
  .option('--json', 'print JSON (../shared/CONTRACT.md shape)')
  .option('--all', 'add to each fact the claims set aside for it (rejected, superseded)')
  .addOption(new Option('--csv', 'print CSV for spreadsheets').conflicts('json'))
  .action((opts: { config?: string; db?: string; subject?: string; json?: boolean; all?: boolean; csv?: boolean }) =>
    guarded(async () => {
      const { showFacts } = await import('./views.js');
      await withStore(opts, (store, config) => showFacts(store, config, opts), READER);
    }),
  );

storeCommand('conflicts', 'show conflicts for analysts to decide (open and reopened ones unless --all)')
  .option('--all', 'include resolved conflicts')
  .option('--json', 'print JSON')
  .addOption(new Option('--markdown', 'print Markdown, to paste into a document').conflicts(['json', 'csv']))
  .addOption(new Option('--csv', 'print CSV, one row per source of each competing value').conflicts('json'))
  .action((opts: { config?: string; db?: string; all?: boolean; json?: boolean; markdown?: boolean; csv?: boolean }) =>
    guarded(async () => {
      const { showConflicts } = await import('./views.js');
      await withStore(opts, (store) => showConflicts(store, opts), READER);
    }),
  );

storeCommand('resolve', 'record an analyst decision on a conflict; later runs keep it unless new evidence reopens it')
  .argument('<conflict>', 'conflict id (see `newsfacts conflicts`)')
  .requiredOption('--value <value>', 'the value decided (JSON, or a plain string)')
  .requiredOption('--note <text>', 'why: kept with the decision')
  .option('--by <name>', 'who decides', userInfo().username)
  .option('--as-of <date>', 'the day the value held (default: that of the competing value it matches)')
  .option('--force', 'record a value no source gives')
  .option('--json', 'print the updated conflict as JSON')
  .action((id: string, opts: ResolveOptions & { config?: string; db?: string }) =>
    guarded(async () => {
      const conflictId = Number(id);
      if (!Number.isInteger(conflictId) || conflictId <= 0) fail(`resolve: '${id}' is not a conflict id`);
      const { resolveConflict } = await import('./views.js');
      await withStore(opts, (store, config) => resolveConflict(store, config, conflictId, opts));
    }),
  );

storeCommand('report', 'write the facts, conflicts and decisions as a static site (offline, safe to share)')
  .requiredOption('--out <dir>', 'folder to write the site to')
  .option('--subject <text>', 'only this subject (its name or a configured alias)')
  .action((opts: { config?: string; db?: string; out: string; subject?: string }) =>
    guarded(async () => (await import('./report.js')).reportAction(opts)),
  );

storeCommand('serve', 'serve the report live on 127.0.0.1, with forms to decide conflicts')
  .option('--port <n>', 'port to listen on (0: any free port)', '7470')
  .option(
    '--expose-unauthenticated-on <address>',
    'listen on another address: anyone who reaches it can read and decide (no login)',
  )
  .action((opts: { config?: string; db?: string; port: string; exposeUnauthenticatedOn?: string }) =>
    guarded(async () => (await import('./serve.js')).serveAction(opts)),
  );

const kit = { storeCommand, guarded, withStore, fail, canonicalSubject };
addReviewCommands(kit);
addReextractCommand(kit);

await program.parseAsync();
