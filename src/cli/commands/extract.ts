/** `newsfacts extract`: article text, metadata and extractions of local files, as JSON, without the store. */
import { Option } from 'commander';
import { commandLine, fail, type CommandMain } from '../command.js';
import { extractFile, type ExtractOptions } from '../extract.js';

interface ExtractCommandOptions extends ExtractOptions {
  json?: boolean;
  jsonl?: boolean;
}

export const main: CommandMain = async (args, about) => {
  await commandLine(about)
    .option('--text', 'the files are plain article text, not HTML')
    .option('--published <iso>', 'publication time when the page does not carry one')
    .option('--url <url>', "the page's address")
    .addOption(new Option('--json', 'print one JSON document').conflicts('jsonl'))
    .option('--jsonl', 'print one JSON object per line')
    .argument('<files...>')
    .action(extract)
    .parseAsync(args, { from: 'user' });
};

function extract(files: string[], opts: ExtractCommandOptions): void {
  if (!opts.json && !opts.jsonl) fail('extract: say --json or --jsonl');
  let failed = 0;
  const records = [];
  for (const file of files) {
    try {
      const record = extractFile(file, opts);
      // Still a record (the scorers count one per file), but the operator hears why it is empty.
      if (!record.text.trim()) {
        process.stderr.write(`newsfacts: ${file}: no article text found (not HTML, empty, or no body)\n`);
      }
      if (opts.jsonl) process.stdout.write(JSON.stringify(record) + '\n');
      else records.push(record);
    } catch (err) {
      failed++;
      process.stderr.write(`newsfacts: ${file}: ${(err as Error).message.split('\n')[0]}\n`);
    }
  }
  if (opts.json) process.stdout.write(JSON.stringify(files.length === 1 ? (records[0] ?? null) : records) + '\n');
  if (failed) process.exitCode = 1;
}
