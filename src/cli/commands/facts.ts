/** `newsfacts facts`: the current facts, all or one subject's, as a table or as JSON. */
import type { PipelineConfig } from '../../config/schema.js';
import { printJson, type CommandMain } from '../command.js';
import { guarded, storeCommand, withStore, type StoreOptions } from '../store-command.js';
import { factsTable } from '../tables.js';

interface FactsOptions extends StoreOptions {
  subject?: string;
  json?: boolean;
}

export const main: CommandMain = async (args, about) => {
  await storeCommand(about)
    .option('--subject <text>', 'only facts about this subject (its name or a configured alias)')
    .option('--json', 'print JSON (../shared/CONTRACT.md shape)')
    .action((opts: FactsOptions) =>
      guarded(() =>
        withStore(opts, (store, config) => {
          const facts = store.facts({ subject: opts.subject && canonicalSubject(opts.subject, config.subjects) });
          if (opts.json) printJson(facts);
          else process.stdout.write(factsTable(facts) + '\n');
        }),
      ),
    )
    .parseAsync(args, { from: 'user' });
};

/** An analyst may name a subject by any of its configured aliases, in any case. */
function canonicalSubject(asked: string, subjects: PipelineConfig['subjects']): string {
  const wanted = asked.trim().toLowerCase();
  return subjects.find((s) => [s.name, ...s.aliases].some((n) => n.toLowerCase() === wanted))?.name ?? asked;
}
