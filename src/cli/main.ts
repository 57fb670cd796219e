#!/usr/bin/env node
import { Command, Option } from 'commander';
import { extractFile } from './extract.js';

function fail(message: string): never {
  process.stderr.write(`newsfacts: ${message}\n`);
  process.exit(1);
}

const program = new Command('newsfacts')
  .description('News ingestion and fact extraction into a SQLite fact store')
  .showHelpAfterError();

program
  .command('extract')
  .description('extract article text, metadata, countries, numbers, dates and quotes from files')
  .option('--text', 'the files are plain article text, not HTML')
  .option('--published <iso>', 'publication time when the page does not carry one')
  .option('--url <url>', "the page's address")
  .addOption(new Option('--json', 'print one JSON document').conflicts('jsonl'))
  .option('--jsonl', 'print one JSON object per line')
  .argument('<files...>')
  .action((files: string[], opts: { text?: boolean; published?: string; url?: string; json?: boolean; jsonl?: boolean }) => {
    if (!opts.json && !opts.jsonl) fail('extract: say --json or --jsonl');
    let failed = 0;
    const records = [];
    for (const file of files) {
      try {
        const record = extractFile(file, opts);
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

await program.parseAsync();
