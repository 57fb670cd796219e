/** `newsfacts resolve`: records an analyst's decision on a conflict, with who decided and why. */
import { userInfo } from 'node:os';
import { fail, printJson, type CommandMain } from '../command.js';
import { guarded, storeCommand, withStore, type StoreOptions } from '../store-command.js';
import { conflictsReport } from '../tables.js';

interface ResolveOptions extends StoreOptions {
  value: string;
  note: string;
  by: string;
  json?: boolean;
}

export const main: CommandMain = async (args, about) => {
  await storeCommand(about)
    .argument('<conflict>', 'conflict id (see `newsfacts conflicts`)')
    .requiredOption('--value <value>', 'the value decided (JSON, or a plain string)')
    .requiredOption('--note <text>', 'why: kept with the decision')
    .option('--by <name>', 'who decides', userInfo().username)
    .option('--json', 'print the updated conflict as JSON')
    .action((id: string, opts: ResolveOptions) => guarded(() => resolveConflict(id, opts)))
    .parseAsync(args, { from: 'user' });
};

async function resolveConflict(id: string, opts: ResolveOptions): Promise<void> {
  const conflictId = Number(id);
  if (!Number.isInteger(conflictId) || conflictId <= 0) fail(`resolve: '${id}' is not a conflict id`);
  await withStore(opts, (store, config) => {
    const decision = { conflictId, value: parseValue(opts.value), note: opts.note, by: opts.by };
    const conflict = store.resolve(decision, config.reconcile);
    if (opts.json) printJson(conflict);
    else process.stdout.write(conflictsReport([conflict]) + '\n');
  });
}

/** A decided value as typed: JSON when it parses (72, {"threshold":40}), else the plain string ("ratification"). */
function parseValue(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
