/** Errors a command raises on purpose, shown as one line rather than a stack. */

/** A command's own refusal (a bad port, a subject with nothing to report): one line on stderr, exit 1. */
export class CommandError extends Error {}

/** Ends the process on a usage error: one line on stderr, exit 1. */
export function fail(message: string): never {
  process.stderr.write(`newsfacts: ${message}\n`);
  process.exit(1);
}
