/** Errors of the config: apart from the loader, so that catching them does not load zod and jiti. */

/** A config that cannot be used: missing, not compiling, or not valid. */
export class ConfigError extends Error {}
