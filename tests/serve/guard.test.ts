/** newsfacts serve's guards: Host, Origin, session token and CSP. */
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serve, type Served } from '../helpers/serve.js';
import { fixtureStore, newsfacts } from '../helpers/store.js';

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** One raw HTTP request, with whatever Host and Origin a browser on another site (or a rebound DNS name) would send. */
interface Sent {
  method?: string;
  headers?: Record<string, string>;
  body?: string;
}

function send(url: string, opts: Sent): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: opts.method ?? 'GET', headers: opts.headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end(opts.body);
  });
}

const form = 'value=72&note=forged&by=mallory&token=guessed';
const formHeaders = { 'Content-Type': 'application/x-www-form-urlencoded' };

describe('newsfacts serve guards', () => {
  let served: Served;

  beforeAll(async () => {
    served = await serve(fixtureStore());
  }, 90_000);

  afterAll(async () => {
    await served?.stop();
  });

  it('listens on 127.0.0.1 and sends the CSP, nosniff and no-store headers', async () => {
    expect(served.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const r = await send(`${served.url}/index.html`, {});
    expect(r.status).toBe(200);
    expect(r.headers['content-security-policy']).toMatch(/default-src 'none'.*frame-ancestors 'none'/);
    expect(r.headers['x-content-type-options']).toBe('nosniff');
    expect(r.headers['set-cookie']?.[0]).toMatch(/HttpOnly; SameSite=Strict/);
  });

  it('refuses a request that names another host (DNS rebinding) with 421', async () => {
    const r = await send(`${served.url}/index.html`, { headers: { Host: 'attacker.example:80' } });
    expect(r.status).toBe(421);
  });

  it('refuses a post without an Origin, from another origin, or with a token that is not the session’s', async () => {
    const url = `${served.url}/conflicts/1/resolve`;
    const noOrigin = await send(url, { method: 'POST', headers: formHeaders, body: form });
    const foreignHeaders = { ...formHeaders, Origin: 'http://127.0.0.1:1' };
    const foreign = await send(url, { method: 'POST', headers: foreignHeaders, body: form });
    const ownOrigin = { ...formHeaders, Origin: served.url, Cookie: 'nf_session=' + 'a'.repeat(43) };
    const badToken = await send(url, { method: 'POST', headers: ownOrigin, body: form });
    expect([noOrigin.status, foreign.status, badToken.status]).toEqual([403, 403, 403]);
    expect(badToken.body).toMatch(/token/);
  });

  it('refuses a bad port in one line', () => {
    const r = newsfacts(['serve', '--port', 'eighty', '--db', 'never-opened.sqlite']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe("newsfacts: serve: 'eighty' is not a port number\n");
  });
});
