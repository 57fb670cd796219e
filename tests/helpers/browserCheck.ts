/** Vitest global setup: says once, in one line, that the browser tests are skipped and how to run them. */
import { HOW_TO_RUN, hasChromium } from './browser.js';

export default function setup(): void {
  if (!hasChromium) process.stdout.write(`${HOW_TO_RUN}\n`);
}
