import pino from 'pino';

/** Structured log lines (JSON, one per line) on stderr; stdout stays free for `--json` output. */
export type Logger = pino.Logger;

export function createLogger(level: string = process.env.NEWSFACTS_LOG ?? 'info'): Logger {
  return pino({ level, base: undefined, timestamp: pino.stdTimeFunctions.isoTime }, pino.destination({ fd: 2, sync: true }));
}

/** A logger that drops everything, for library callers and tests. */
export const silentLogger: Logger = pino({ level: 'silent' });
