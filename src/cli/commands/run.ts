/** `newsfacts run`: the whole pipeline once over the configured sources, stopping cleanly on SIGINT/SIGTERM. */
import { resolve } from 'node:path';
import { createLogger } from '../../log.js';
import { createProgress } from '../../pipeline/progress.js';
import { runPipeline } from '../../pipeline/run.js';
import { openStore } from '../../store/index.js';
import { fail, type CommandMain } from '../command.js';
import { resolveConfig } from '../context.js';
import { guarded, storeCommand, type StoreOptions } from '../store-command.js';

interface RunOptions extends StoreOptions {
  source: string[];
  allowPrivate?: boolean;
  json?: boolean;
}

/** A --source is a URL when it has a scheme, else a local path, taken relative to the current folder. */
const sourceOf = (s: string) => ({ location: /^[a-z][a-z0-9+.-]*:/i.test(s) ? s : resolve(s) });

export const main: CommandMain = async (args, about) => {
  await storeCommand(about)
    .option('--source <urlOrPath>', 'add a source: feed, sitemap, page URL, or local file or folder', collect, [])
    .option('--allow-private', 'allow loopback and private-network targets')
    .option('--json', 'print the run summary as JSON on stdout')
    .action((opts: RunOptions) => guarded(() => run(opts)))
    .parseAsync(args, { from: 'user' });
};

const collect = (value: string, acc: string[]) => [...acc, value];

async function run(opts: RunOptions): Promise<void> {
  const base = await resolveConfig(opts);
  const config = {
    ...base,
    sources: [...base.sources, ...opts.source.map(sourceOf)],
    allowPrivate: base.allowPrivate || !!opts.allowPrivate,
  };
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
    const summary = await runPipeline({ config, store, log, progress: createProgress(), signal: stop.signal });
    if (opts.json) process.stdout.write(JSON.stringify(summary) + '\n');
    else
      process.stdout.write(
        `run ${summary.run}: fetched ${summary.fetched}, not modified ${summary.not_modified}, ` +
          `failed ${summary.failed}, new articles ${summary.articles_new}, new claims ${summary.claims_new}, ` +
          `facts changed ${summary.facts_changed}, open conflicts ${summary.conflicts_open} (${config.db})\n`,
      );
    if (stop.signal.aborted) process.exitCode = 130;
  } finally {
    store.close();
  }
}
