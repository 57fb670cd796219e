/** The `extract` command as the command line declares it: its arguments, options and action. */
import { Option, type Command } from 'commander';
import { fail } from './errors.js';
import type { ExtractCommandOptions, extractCommand } from './extract.js';

/** `--jobs`: a whole number of threads, at least 1. */
function jobsOf(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) fail(`extract: --jobs wants a whole number of threads, 1 or more, not '${value}'`);
  return n;
}

/** Adds `extract` to a program; `load` gives the command's implementation when it runs. */
export function addExtractCommand(program: Command, load: () => Promise<typeof extractCommand>): void {
  program
    .command('extract')
    .description('extract article text, metadata, countries, numbers, dates and quotes from files')
    .option('--text', 'the files are plain article text, not HTML')
    .option('--published <iso>', 'publication time when the page does not carry one')
    .option('--url <url>', "the page's address")
    .addOption(new Option('--json', 'print one JSON document').conflicts('jsonl'))
    .option('--jsonl', 'print one JSON object per line')
    .option('--explain', 'name the rule behind each reading (and, for a number, the words that decided it)')
    .option(
      '--jobs <n>',
      'read the files in n threads, this one and n-1 workers (default: one per core, up to 4; 1: in this one)',
      jobsOf,
    )
    .argument('<files...>')
    .action(async (files: string[], opts: ExtractCommandOptions) => {
      if (!opts.json && !opts.jsonl) fail('extract: say --json or --jsonl');
      await (
        await load()
      )(files, opts);
    });
}
