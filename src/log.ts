/** The log: level-named, coloured lines on a terminal (pino-pretty), one JSON object per line otherwise. */
import pino from 'pino';
import { prettyFactory } from 'pino-pretty';

/** Structured log lines on stderr; stdout stays free for `--json` output. */
export type Logger = pino.Logger;

/** Where finished log text goes: stderr, or the lines above a progress bar while one is drawn. */
export interface LogOutput {
  isTTY: boolean;
  print(text: string): void;
}

const LEVELS = new Set([...Object.keys(pino.levels.values), 'silent']);

const stderr: LogOutput = { isTTY: !!process.stderr.isTTY, print: (text) => void process.stderr.write(text) };

/**
 * The destination pino writes each line to. On a terminal the JSON line is turned into a pretty one right away
 * (pino-pretty's own formatter, in this thread rather than a transport's worker), so it is printed in order with
 * the progress bar and none is lost when the process exits after a second ^C.
 */
function destination(output: LogOutput): pino.DestinationStream {
  if (!output.isTTY) return { write: (line) => output.print(line) };
  const pretty = prettyFactory({ colorize: true, translateTime: 'SYS:HH:MM:ss', ignore: 'pid,hostname' });
  return { write: (line) => output.print(pretty(line)) };
}

/** The level from NEWSFACTS_LOG; a misspelt one falls back to info (and says so) rather than failing a cron run. */
export function createLogger(level: string = process.env.NEWSFACTS_LOG ?? 'info', output: LogOutput = stderr): Logger {
  const known = LEVELS.has(level);
  const log = pino(
    { level: known ? level : 'info', base: undefined, timestamp: pino.stdTimeFunctions.isoTime },
    destination(output),
  );
  if (!known) log.warn({ NEWSFACTS_LOG: level, levels: [...LEVELS] }, 'unknown log level, using info');
  return log;
}

/** A logger that drops everything, for library callers and tests. */
export const silentLogger: Logger = pino({ level: 'silent' });
