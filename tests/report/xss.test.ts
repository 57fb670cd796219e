/** Hostile text from articles in the report and the served pages: shown as text, never run. */
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, launchBrowser } from '../helpers/browser.js';
import { HOSTILE_SUBJECT, MARKER, PAYLOADS, hostileStore } from '../helpers/hostile.js';
import { serve } from '../helpers/serve.js';
import { newsfacts, scratch } from '../helpers/store.js';

const pagesOf = (site: string): string[] => [
  'index.html',
  ...['subjects', 'conflicts'].flatMap((d) => readdirSync(join(site, d)).map((f) => `${d}/${f}`)),
];

// Titles, outlets, evidence (speakers included), URLs and values that carry markup and script URLs.
describe.skipIf(!hasChromium)('XSS suite in Chromium', () => {
  let browser: BrowserContext;
  let db: string;
  let site: string;

  beforeAll(async () => {
    db = hostileStore();
    site = join(scratch(), 'site');
    const r = newsfacts(['report', '--db', db, '--out', site]);
    expect(r.code, r.stderr).toBe(0);
    browser = await launchBrowser();
    browser.setDefaultTimeout(10_000);
  }, 90_000);

  afterAll(async () => {
    await browser?.close();
  });

  /** Loads a page, lets its script run, and reports whatever a payload could have done. */
  async function inspect(url: string) {
    const page = await browser.newPage();
    const fired: string[] = [];
    page.on('dialog', (d) => {
      fired.push(`dialog: ${d.message()}`);
      void d.dismiss();
    });
    page.on('console', (m) => m.text().includes(MARKER) && fired.push(`console: ${m.text()}`));
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForTimeout(100);
    const hrefs = await page.$$eval('a[href]', (links) => links.map((a) => a.getAttribute('href') ?? ''));
    const text = await page.locator('main').innerText();
    const injected = await page.$$eval(
      'main img, main svg[onload], main [onerror], main [onload]',
      (els) => els.length,
    );
    await page.close();
    return { fired, hrefs, text, injected };
  }

  function expectHarmless(result: Awaited<ReturnType<typeof inspect>>) {
    expect(result.fired).toEqual([]);
    expect(result.injected).toBe(0);
    for (const href of result.hrefs) expect(href).not.toMatch(/^\s*(javascript|data|vbscript):/i);
  }

  it('runs none of them in the static report, shows them as text, and links no script or data URL', async () => {
    const pages = pagesOf(site);
    expect(pages.some((p) => p.startsWith('conflicts/'))).toBe(true);
    for (const path of pages) {
      const result = await inspect(pathToFileURL(join(site, path)).href);
      expectHarmless(result);
      if (path.startsWith('subjects/')) {
        expect(result.text).toContain(HOSTILE_SUBJECT);
        expect(result.text).toContain(PAYLOADS.img);
      }
      if (path.startsWith('conflicts/')) expect(result.text).toContain(PAYLOADS.script);
    }
  });

  it('runs none of them in the served pages either', async () => {
    const served = await serve(db);
    try {
      for (const path of pagesOf(site)) {
        const result = await inspect(`${served.url}/${relative('.', path)}`);
        expectHarmless(result);
        expect(result.text).not.toMatch(/^no page/);
      }
    } finally {
      await served.stop();
    }
  });
});
