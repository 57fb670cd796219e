/** newsfacts serve's forms in a real Chromium: resolve and reject act as the CLI commands do. */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { SCREENSHOTS, hasChromium, launchBrowser } from '../helpers/browser.js';
import { startServer } from '../helpers/http.js';
import { serve, storeState } from '../helpers/serve.js';
import { copyStore, fixtureStore, newsfacts } from '../helpers/store.js';

const SIGNATURE_RULE = '{"delay_days":90,"threshold":40,"instrument":"signature"}';

// The live pages in a real Chromium: what the forms write must be exactly what the CLI writes.
describe.skipIf(!hasChromium)('newsfacts serve forms in Chromium', () => {
  let browser: BrowserContext;
  let fixture: string;

  beforeAll(async () => {
    fixture = fixtureStore();
    browser = await launchBrowser();
    // A step that cannot happen should fail at that step, well before the test's own timeout.
    browser.setDefaultTimeout(10_000);
  }, 90_000);

  afterAll(async () => {
    await browser?.close();
  });

  /** Opens a page of `newsfacts serve` on `db`, runs the analyst's steps in it, then stops the server. */
  async function onServedPage(db: string, path: string, steps: (page: Page) => Promise<void>): Promise<void> {
    const served = await serve(db);
    try {
      const page = await browser.newPage();
      await page.goto(`${served.url}${path}`);
      await steps(page);
      await page.close();
    } finally {
      await served.stop();
    }
  }

  it('resolves a conflict through the page exactly as `newsfacts resolve` does', async () => {
    const byCli = copyStore(fixture);
    const byPage = copyStore(fixture);
    const args = ['1', '--value', SIGNATURE_RULE, '--note', 'depositary notice', '--by', 'alice', '--db', byCli];
    const cli = newsfacts(['resolve', ...args]);
    expect(cli.code, cli.stderr).toBe(0);

    await onServedPage(byPage, '/conflicts/1.html', async (page) => {
      const form = page.locator('form[action="/conflicts/1/resolve"]');
      await form.locator('input[name="value"]').nth(1).check();
      await form.locator('input[name="by"]').fill('alice');
      await form.locator('textarea[name="note"]').fill('depositary notice');
      await Promise.all([page.waitForURL(/done=resolved/), form.locator('button[type="submit"]').click()]);
      expect(await page.locator('[role="status"]').textContent()).toContain('Decision recorded');
      expect(await page.locator('h1').textContent()).toContain('resolved');
      await page.screenshot({ path: join(SCREENSHOTS, 'serve-resolved.png'), fullPage: true });
    });
    expect(storeState(byPage)).toEqual(storeState(byCli));
    expect(storeState(byPage).decisions).toHaveLength(1);
  });

  it('rejects a claim through the page exactly as `newsfacts reject` does', async () => {
    const byCli = copyStore(fixture);
    const byPage = copyStore(fixture);
    // The lone source of the minority value: the claim an analyst finds misread.
    const conflicts = JSON.parse(newsfacts(['conflicts', '--json', '--db', fixture]).stdout);
    const claim = String(conflicts[0].alternatives[1].sources[0].claim);
    const note = 'misread: the treaty counts ratifications';
    const cli = newsfacts(['reject', claim, '--note', note, '--by', 'alice', '--db', byCli]);
    expect(cli.code, cli.stderr).toBe(0);

    await onServedPage(byPage, '/conflicts/1.html', async (page) => {
      const details = page.locator('details.reject', { hasText: `reject claim #${claim}` });
      await details.locator('summary').click();
      const form = details.locator(`form[action="/claims/${claim}/reject"]`);
      await form.locator('input[name="by"]').fill('alice');
      await form.locator('textarea[name="note"]').fill(note);
      await Promise.all([page.waitForURL(/done=rejected/), form.locator('button[type="submit"]').click()]);
      expect(await page.locator('[role="status"]').textContent()).toContain('Claim rejected');
    });
    const state = storeState(byPage);
    expect(state).toEqual(storeState(byCli));
    expect(state.reviews).toEqual([
      expect.objectContaining({ claim_id: Number(claim), action: 'reject', reviewed_by: 'alice' }),
    ]);
  });

  it('accepts a rejected claim again through the subject page exactly as `newsfacts accept` does', async () => {
    const conflicts = JSON.parse(newsfacts(['conflicts', '--json', '--db', fixture]).stdout);
    const claim = String(conflicts[0].alternatives[1].sources[0].claim);
    const [byCli, byPage] = [copyStore(fixture), copyStore(fixture)];
    for (const db of [byCli, byPage]) {
      expect(newsfacts(['reject', claim, '--note', 'misread', '--db', db]).code).toBe(0);
    }
    const cli = newsfacts(['accept', claim, '--note', 'the article is right', '--by', 'bo', '--db', byCli]);
    expect(cli.code, cli.stderr).toBe(0);

    await onServedPage(byPage, '/index.html', async (page) => {
      await page.locator('table.subjects a').first().click();
      const form = page.locator(`tr[data-claim="${claim}"] form[action="/claims/${claim}/accept"]`);
      await form.locator('input[name="by"]').fill('bo');
      await form.locator('textarea[name="note"]').fill('the article is right');
      await Promise.all([page.waitForURL(/subjects\/.*done=accepted/), form.locator('button[type="submit"]').click()]);
      expect(await page.locator('[role="status"]').textContent()).toContain('Claim accepted');
      await page.screenshot({ path: join(SCREENSHOTS, 'serve-subject-accepted.png') });
    });
    expect(storeState(byPage)).toEqual(storeState(byCli));
  });

  it('refuses a form posted from another site, even with the session cookie, and changes nothing', async () => {
    const db = copyStore(fixture);
    const before = storeState(db);
    const served = await serve(db);
    const attacker = await startServer((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/html' });
      res.end(`<form method="post" action="${served.url}/conflicts/1/resolve">
<input name="value" value='${SIGNATURE_RULE}'><input name="note" value="forged"><input name="by" value="mallory">
<input name="token" value="guessed"><button>win a prize</button></form>`);
    });
    try {
      const page = await browser.newPage();
      await page.goto(`${served.url}/index.html`);
      await page.goto(attacker.url);
      const [response] = await Promise.all([
        page.waitForResponse(`${served.url}/conflicts/1/resolve`),
        page.click('button'),
      ]);
      expect(response.status()).toBe(403);
      expect(await response.text()).toMatch(/refused/);
      await page.close();
    } finally {
      await attacker.close();
      await served.stop();
    }
    expect(storeState(db)).toEqual(before);
  });

  it('sends a CSP that keeps a script injected into the page from running', async () => {
    const served = await serve(copyStore(fixture));
    try {
      const page = await browser.newPage();
      const violations: string[] = [];
      page.on('console', (m) => m.type() === 'error' && violations.push(m.text()));
      const response = await page.goto(`${served.url}/conflicts/1.html`);
      const csp = response!.headers()['content-security-policy'];
      expect(csp).toMatch(/script-src 'sha256-[^']+'(;|$)/);
      expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/);
      await page.evaluate(() => {
        const s = document.createElement('script');
        s.textContent = 'document.body.dataset.injected = "ran"';
        document.body.append(s);
      });
      expect(await page.evaluate(() => document.body.dataset.injected ?? 'blocked')).toBe('blocked');
      expect(violations.join('\n')).toMatch(/Content Security Policy/);
      await page.close();
    } finally {
      await served.stop();
    }
  });
});
