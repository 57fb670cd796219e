/** A terminal progress bar over a run's pages. */
import cliProgress from 'cli-progress';

/** Progress over a run's pages; a no-op unless stderr is a terminal, so cron logs stay clean. */
export interface Progress {
  start(total: number): void;
  tick(): void;
  stop(): void;
}

export function createProgress(stream: NodeJS.WriteStream = process.stderr): Progress {
  if (!stream.isTTY) return { start() {}, tick() {}, stop() {} };
  const bar = new cliProgress.SingleBar(
    { stream, format: 'pages {bar} {value}/{total} {percentage}% eta {eta_formatted}', hideCursor: true },
    cliProgress.Presets.shades_classic,
  );
  let running = false;
  return {
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
