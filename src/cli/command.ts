/** What every CLI command module shares: its entry point's shape and its one-line failure. */

/** What main.ts tells a command about itself: the name to show in its help and errors, and its summary. */
export interface CommandAbout {
  name: string;
  summary: string;
}

/** A command module's entry point: the arguments after the command's name. */
export type CommandMain = (args: string[], about: CommandAbout) => Promise<void>;

/** A failure the user can fix: one line on stderr naming what is wrong, exit 1. */
export function fail(message: string): never {
  process.stderr.write(`newsfacts: ${message}\n`);
  process.exit(1);
}

/** Prints a value as the JSON the commands share (../shared/CONTRACT.md): one space of indent. */
export const printJson = (value: unknown): void => {
  process.stdout.write(JSON.stringify(value, null, 1) + '\n');
};
