/** The structured logger (pino, JSON lines on stderr) and a silent one for library callers and tests. */
import pino from 'pino';

/** Structured log lines (JSON, one per line) on stderr; stdout stays free for `--json` output. */
export type Logger = pino.Logger;

const LEVELS = new Set([...Object.keys(pino.levels.values), 'silent']);

/** The level from NEWSFACTS_LOG; a misspelt one falls back to info (and says so) rather than failing a cron run. */
export function createLogger(level: string = process.env.NEWSFACTS_LOG ?? 'info'): Logger {
  const known = LEVELS.has(level);
  const log = pino(
    { level: known ? level : 'info', base: undefined, timestamp: pino.stdTimeFunctions.isoTime },
    pino.destination({ fd: 2, sync: true }),
  );
  if (!known) log.warn({ NEWSFACTS_LOG: level, levels: [...LEVELS] }, 'unknown log level, using info');
  return log;
}

/** A logger that drops everything, for library callers and tests. */
export const silentLogger: Logger = pino({ level: 'silent' });
