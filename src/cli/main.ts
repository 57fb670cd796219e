#!/usr/bin/env node
/** The `newsfacts` entry point: finds the command in argv and loads that command's module, and only that one. */
import type { CommandMain } from './command.js';

/**
 * Every command, in the order `newsfacts --help` lists them. Each module is imported only when its command
 * runs, so `extract` starts without the store, the network stack, the logger or the config loader.
 */
const COMMANDS: Record<string, { summary: string; load: () => Promise<{ main: CommandMain }> }> = {
  run: {
    summary: 'run the whole pipeline once: discover, fetch, extract, store claims, reconcile',
    load: () => import('./commands/run.js'),
  },
  extract: {
    summary: 'extract article text, metadata, countries, numbers, dates and quotes from files',
    load: () => import('./commands/extract.js'),
  },
  facts: { summary: 'print the current facts', load: () => import('./commands/facts.js') },
  conflicts: {
    summary: 'show conflicts for analysts to decide (open and reopened ones unless --all)',
    load: () => import('./commands/conflicts.js'),
  },
  resolve: {
    summary: 'record an analyst decision on a conflict; later runs keep it unless new evidence reopens it',
    load: () => import('./commands/resolve.js'),
  },
};

function usage(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((name) => name.length));
  const lines = Object.entries(COMMANDS).map(([name, { summary }]) => `  ${name.padEnd(width)}  ${summary}`);
  return [
    'Usage: newsfacts <command> [options]',
    '',
    'News ingestion and fact extraction into a SQLite fact store',
    '',
    'Commands:',
    ...lines,
    '',
    "Run 'newsfacts <command> --help' for a command's options.",
  ].join('\n');
}

const [name, ...args] = process.argv.slice(2);
const command = name === undefined ? undefined : Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
if (command) {
  const { main } = await command.load();
  await main(args, { name: `newsfacts ${name}`, summary: command.summary });
} else if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
  process.stdout.write(usage() + '\n');
} else {
  process.stderr.write(`newsfacts: unknown command '${name}'\n\n${usage()}\n`);
  process.exitCode = 1;
}
