/** Progress over a run's pages on a terminal, with log lines printed above the bar; nothing drawn for cron. */
import cliProgress from 'cli-progress';
import type { LogOutput } from '../log.js';

export interface Progress {
  start(total: number): void;
  tick(): void;
  stop(): void;
}

/** The bar, and the log output that prints above it (clear the bar's line, print, draw the bar again). */
export type TerminalProgress = Progress & LogOutput;

const CLEAR_LINE = '\r\x1b[2K';

export function createProgress(stream: NodeJS.WriteStream = process.stderr): TerminalProgress {
  const print = (text: string) => void stream.write(text);
  if (!stream.isTTY) return { start() {}, tick() {}, stop() {}, isTTY: false, print };
  const bar = new cliProgress.SingleBar(
    // forceRedraw: after a log line the bar must be drawn again even though its text has not changed.
    {
      stream,
      format: 'pages {bar} {value}/{total} {percentage}% eta {eta_formatted}',
      hideCursor: true,
      forceRedraw: true,
      clearOnComplete: true,
    },
    cliProgress.Presets.shades_classic,
  );
  let running = false;
  return {
    isTTY: true,
    print(text) {
      if (!running) return print(text);
      stream.write(CLEAR_LINE + text);
      bar.render();
    },
    start(total) {
      bar.start(total, 0);
      running = true;
    },
    tick() {
      if (running) bar.increment();
    },
    stop() {
      if (running) bar.stop();
      running = false;
    },
  };
}
