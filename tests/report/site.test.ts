/** The static report in a real Chromium from file://: no requests, the timeline, the map and the conflict page. */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCREENSHOTS, hasChromium, launchBrowser } from '../helpers/browser.js';
import { fixtureStore, newsfacts, scratch } from '../helpers/store.js';

// The fixture run's report, opened from file:// in a real headless Chromium.
describe.skipIf(!hasChromium)('newsfacts report in Chromium', () => {
  let browser: BrowserContext;
  let site: string;
  let subjectPage: string;

  beforeAll(async () => {
    site = join(scratch(), 'site');
    const r = newsfacts(['report', '--db', fixtureStore(), '--out', site]);
    expect(r.code, r.stderr).toBe(0);
    subjectPage = join(site, 'subjects', readdirSync(join(site, 'subjects'))[0]);
    browser = await launchBrowser();
  }, 90_000);

  afterAll(async () => {
    await browser?.close();
  });

  /** Opens a page, counting every request it makes and every console error (a CSP violation is one). */
  async function open(file: string): Promise<{ page: Page; requests: string[]; errors: string[] }> {
    const page = await browser.newPage();
    const requests: string[] = [];
    const errors: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
    return { page, requests, errors };
  }

  it('opens every page from file:// with no request but the page itself and no console error', async () => {
    const pages = [join(site, 'index.html'), subjectPage, join(site, 'conflicts', '1.html')];
    for (const file of pages) {
      const { page, requests, errors } = await open(file);
      expect(requests).toEqual([pathToFileURL(file).href]);
      expect(errors).toEqual([]);
      await page.close();
    }
  });

  it('draws the signatory count at 65 then 72, at their dates, under a linked point each', async () => {
    const { page } = await open(subjectPage);
    const points = await page.$$eval('svg.timeline[data-property="signatory_count"] circle.point', (circles) =>
      circles.map((c) => ({ value: c.dataset.value, date: c.dataset.date, x: Number(c.getAttribute('cx')) })),
    );
    expect(points.map((p) => [p.value, p.date])).toEqual([
      ['65', '2025-10-25'],
      ['72', '2025-10-28'],
    ]);
    expect(points[1].x).toBeGreaterThan(points[0].x);
    await page.click('svg.timeline[data-property="signatory_count"] a:last-of-type');
    expect(await page.locator(':target').textContent()).toContain('72 Member States');
    expect(await page.locator('svg.timeline .threshold').getAttribute('data-threshold')).toBe('40');
    await page
      .locator('section')
      .first()
      .screenshot({ path: join(SCREENSHOTS, 'report-timeline.png') });
    await page.close();
  });

  it('colours signed and not-signed countries on the map, small states as dots', async () => {
    const { page } = await open(subjectPage);
    const fill = (selector: string) => page.$eval(selector, (el) => getComputedStyle(el).fill);
    const signed = await fill('svg.map path[data-code="FR"]');
    const notSigned = await fill('svg.map path[data-code="US"]');
    const unknown = await fill('svg.map path[data-code="GL"]');
    expect(signed).toBe('rgb(42, 157, 92)');
    expect(notSigned).toBe('rgb(209, 73, 91)');
    expect(new Set([signed, notSigned, unknown]).size).toBe(3);
    expect(await fill('svg.map circle[data-code="MV"]')).toBe(signed);
    expect(await page.locator('table.countries tr[data-code="MV"]').textContent()).toContain('Maldives');
    await page
      .locator('section')
      .nth(1)
      .screenshot({ path: join(SCREENSHOTS, 'report-countries.png') });
    await page.screenshot({ path: join(SCREENSHOTS, 'report-subject.png') });
    await page.close();
  });

  it('shows a conflict as both values side by side, the differing field marked, each with its evidence', async () => {
    const { page } = await open(join(site, 'conflicts', '1.html'));
    const alternatives = page.locator('.alternative');
    expect(await alternatives.count()).toBe(2);
    expect(await alternatives.nth(0).locator('.differs').textContent()).toBe('ratification');
    expect(await alternatives.nth(1).locator('.differs').textContent()).toBe('signature');
    expect(await alternatives.nth(0).locator('blockquote').count()).toBe(3);
    expect(await alternatives.nth(1).locator('blockquote').textContent()).toMatch(/signatures from 40 member states/);
    expect(await alternatives.nth(1).locator('pre.command').first().textContent()).toBe(
      `newsfacts resolve 1 --value '{"delay_days":90,"threshold":40,"instrument":"signature"}' --note "<why>"`,
    );
    await page.screenshot({ path: join(SCREENSHOTS, 'report-conflict.png'), fullPage: true });
    await page.close();
  });

  it('lists the subjects with their counts and open conflicts on the index', async () => {
    const { page } = await open(join(site, 'index.html'));
    const row = page.locator('table.subjects tbody tr').first();
    expect(await row.textContent()).toContain('United Nations Convention against Cybercrime');
    expect(await row.textContent()).toContain('72');
    expect(await page.locator('a[href="conflicts/1.html"]').count()).toBe(1);
    await page.screenshot({ path: join(SCREENSHOTS, 'report-index.png'), fullPage: true });
    await page.close();
  });
});
