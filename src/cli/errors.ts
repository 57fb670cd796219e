/** Errors a command raises on purpose, shown as one line rather than a stack. */

/** A command's own refusal (a bad port, a subject with nothing to report): one line on stderr, exit 1. */
export class CommandError extends Error {}
