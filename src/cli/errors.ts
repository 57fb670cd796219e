/** A command's own refusal (a bad port, a subject with nothing to report): one line on stderr, exit 1. */
export class CommandError extends Error {}
