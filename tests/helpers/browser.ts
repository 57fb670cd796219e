/** A real headless Chromium (Debian's package) for the report and serve tests, with a fresh profile each launch. */
import { existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM);
export const HOW_TO_RUN = `browser tests skipped: ${CHROMIUM} is missing; to run them: apt-get install -y chromium`;

/** Screenshots for people to look at, under the build output. */
export const SCREENSHOTS = resolve(import.meta.dirname, '../../dist/screenshots');

export async function launchBrowser(): Promise<BrowserContext> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  return chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'newsfacts-chromium-')), {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1200, height: 900 },
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
