/** `newsfacts conflicts`: the conflicts analysts have to decide, with their evidence, as a report or as JSON. */
import { printJson, type CommandMain } from '../command.js';
import { guarded, storeCommand, withStore, type StoreOptions } from '../store-command.js';
import { conflictsReport } from '../tables.js';

interface ConflictsOptions extends StoreOptions {
  all?: boolean;
  json?: boolean;
}

export const main: CommandMain = async (args, about) => {
  await storeCommand(about)
    .option('--all', 'include resolved conflicts')
    .option('--json', 'print JSON')
    .action((opts: ConflictsOptions) =>
      guarded(() =>
        withStore(opts, (store) => {
          const conflicts = store.conflicts({ status: opts.all ? 'all' : 'open' });
          if (opts.json) printJson(conflicts);
          else process.stdout.write(conflictsReport(conflicts) + '\n');
        }),
      ),
    )
    .parseAsync(args, { from: 'user' });
};
