/** `newsfacts extract`: article text, metadata and extractions of local files, as JSON, without the store. */
import { parseArgs } from 'node:util';
import { fail, type CommandAbout, type CommandMain } from '../command.js';
import { extractFile, type ExtractOptions } from '../extract.js';

// Parsed with node:util rather than commander: this command is run once per page by scorers and scripts, and
// commander's load (~15 ms of CPU) was a tenth of its start-up.
const OPTIONS = {
  text: { type: 'boolean', help: 'the files are plain article text, not HTML' },
  published: { type: 'string', arg: '<iso>', help: 'publication time when the page does not carry one' },
  url: { type: 'string', arg: '<url>', help: "the page's address" },
  json: { type: 'boolean', help: 'print one JSON document' },
  jsonl: { type: 'boolean', help: 'print one JSON object per line' },
  help: { type: 'boolean', short: 'h', help: 'display help for command' },
} as const;

function usage(about: CommandAbout): string {
  const flags = Object.entries(OPTIONS).map(([name, o]) => {
    const flag = `${'short' in o ? `-${o.short}, ` : ''}--${name}${'arg' in o ? ` ${o.arg}` : ''}`;
    return [flag, o.help];
  });
  const width = Math.max(...flags.map(([flag]) => flag.length));
  return [
    `Usage: ${about.name} [options] <files...>`,
    '',
    about.summary,
    '',
    'Options:',
    ...flags.map(([flag, help]) => `  ${flag.padEnd(width)}  ${help}`),
  ].join('\n');
}

export const main: CommandMain = async (args, about) => {
  let parsed;
  try {
    parsed = parseArgs({ args, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (err) {
    fail(`extract: ${(err as Error).message.split('. ')[0]}\n\n${usage(about)}`);
  }
  const { values: opts, positionals: files } = parsed;
  if (opts.help) return void process.stdout.write(usage(about) + '\n');
  if (opts.json && opts.jsonl) fail('extract: say --json or --jsonl, not both');
  if (!opts.json && !opts.jsonl) fail('extract: say --json or --jsonl');
  if (!files.length) fail('extract: name the files to read');
  extract(files, opts);
};

function extract(files: string[], opts: ExtractOptions & { json?: boolean; jsonl?: boolean }): void {
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
