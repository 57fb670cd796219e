/** `newsfacts serve`: the report's pages rendered live from the fact store, with forms that decide through it. */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { networkInterfaces } from 'node:os';
import { parseValue } from '../cli/value.js';
import type { ReconcileSettings } from '../reconcile/types.js';
import { CONTENT_SECURITY_POLICY } from '../report/assets.js';
import { conflictPage } from '../report/conflictPage.js';
import { indexPage } from '../report/indexPage.js';
import { readReport } from '../report/model.js';
import type { LiveForms, RenderContext } from '../report/render.js';
import { subjectPage } from '../report/subjectPage.js';
import { StoreError, type Store } from '../store/api.js';
import { BodyError, readForm } from './body.js';
import { createGuard, type Guard } from './guard.js';

export interface ServeOptions {
  store: Store;
  settings: ReconcileSettings;
  /** 127.0.0.1 unless the operator named another address with the flag that says what that risks. */
  host: string;
  /** 0 picks a free port. */
  port: number;
  /** Who decides when the analyst leaves the name as it is. */
  user: string;
}

export interface LiveServer {
  url: string;
  close(): Promise<void>;
}

/** The pages' own policy, plus what only a header can say: no other site may frame them. */
export const SERVED_CSP = `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`;

const NOTICES: Record<string, string> = {
  resolved: 'Decision recorded: the facts have been recomputed.',
  rejected: 'Claim rejected: it no longer counts, and the facts it touched have been recomputed.',
  accepted: 'Claim accepted: it counts again, and the facts it touched have been recomputed.',
};

/** Pages a form may send the analyst back to: the server's own, never an address from outside. */
const PAGE = /^\/(?:index\.html|subjects\/[a-z0-9-]+\.html|conflicts\/\d+\.html)$/;

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

function send(res: ServerResponse, status: number, body: string, type = 'text/html; charset=utf-8'): void {
  res.writeHead(status, {
    'Content-Type': type,
    'Content-Security-Policy': SERVED_CSP,
    'X-Content-Type-Options': 'nosniff',
    // same-origin, not no-referrer: with no referrer at all Chromium posts forms with 'Origin: null'.
    'Referrer-Policy': 'same-origin',
    'Cache-Control': 'no-store',
  });
  res.end(body);
}

/** The host:port values a browser may name when it reaches this server. */
function ownHosts(host: string, port: number): string[] {
  const wildcard = host === '0.0.0.0' || host === '::';
  const addresses = wildcard
    ? Object.values(networkInterfaces()).flatMap((list) => (list ?? []).map((i) => i.address))
    : [host];
  if (wildcard || host === '127.0.0.1' || host === '::1') addresses.push('localhost');
  return addresses.map((a) => `${a.includes(':') ? `[${a}]` : a}:${port}`);
}

function render(opts: ServeOptions, path: string, forms: LiveForms): string {
  const ctx: RenderContext = { model: readReport(opts.store, opts.settings.cumulative), forms };
  if (path === '/' || path === '/index.html') return indexPage(ctx);
  const subject = /^\/subjects\/([a-z0-9-]+)\.html$/.exec(path);
  if (subject) {
    const s = ctx.model.subjects.find((x) => x.slug === subject[1]);
    if (s) return subjectPage(s, ctx);
  }
  const conflict = /^\/conflicts\/(\d+)\.html$/.exec(path);
  if (conflict) {
    const c = ctx.model.subjects.flatMap((s) => s.conflicts).find((x) => x.id === Number(conflict[1]));
    if (c) return conflictPage(c, ctx);
  }
  throw new HttpError(404, `no page ${path}`);
}

function required(form: URLSearchParams, name: string): string {
  const value = form.get(name)?.trim();
  if (!value) throw new HttpError(400, `the form needs '${name}'`);
  return value;
}

/** The posted form, once the guard has found it to be the analyst's own. */
async function guardedForm(req: IncomingMessage, guard: Guard): Promise<URLSearchParams> {
  const form = await readForm(req);
  const refused = guard.postProblem(req, form.get('token') ?? undefined);
  if (refused) throw new HttpError(403, refused);
  return form;
}

/** A decision from the page, recorded exactly as `newsfacts resolve ID --value V --note N --by B` records it. */
async function resolveFromForm(opts: ServeOptions, req: IncomingMessage, conflictId: number, guard: Guard) {
  const form = await guardedForm(req, guard);
  const input = {
    conflictId,
    value: parseValue(required(form, 'value')),
    note: required(form, 'note'),
    by: required(form, 'by'),
  };
  opts.store.resolve(input, opts.settings);
}

/** A claim rejected or accepted from the page, exactly as `newsfacts reject|accept ID --note N --by B` does it. */
async function reviewFromForm(opts: ServeOptions, req: IncomingMessage, claimId: number, action: string, guard: Guard) {
  const form = await guardedForm(req, guard);
  const input = {
    note: action === 'reject' ? required(form, 'note') : (form.get('note') ?? '').trim(),
    by: required(form, 'by'),
  };
  if (action === 'reject') opts.store.rejectClaim(claimId, input, opts.settings);
  else opts.store.acceptClaim(claimId, input, opts.settings);
  const back = form.get('back') ?? '';
  return `${PAGE.test(back) ? back : '/index.html'}?done=${action}ed`;
}

async function handle(opts: ServeOptions, guard: Guard, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const hostProblem = guard.hostProblem(req);
  if (hostProblem) throw new HttpError(421, hostProblem);
  const url = new URL(req.url ?? '/', 'http://server.invalid');
  if (req.method === 'POST') {
    const resolve = /^\/conflicts\/(\d+)\/resolve$/.exec(url.pathname);
    const review = /^\/claims\/(\d+)\/(reject|accept)$/.exec(url.pathname);
    let location: string;
    if (resolve) {
      await resolveFromForm(opts, req, Number(resolve[1]), guard);
      location = `/conflicts/${resolve[1]}.html?done=resolved`;
    } else if (review) location = await reviewFromForm(opts, req, Number(review[1]), review[2], guard);
    else throw new HttpError(404, `nothing to post to at ${url.pathname}`);
    res.writeHead(303, { Location: location, 'Cache-Control': 'no-store' }).end();
    return;
  }
  if (req.method !== 'GET' && req.method !== 'HEAD') throw new HttpError(405, `method ${req.method} not allowed`);
  const session = guard.session(req);
  const done = url.searchParams.get('done');
  const notice = done && NOTICES[done] ? { kind: 'notice' as const, text: NOTICES[done] } : undefined;
  const body = render(opts, url.pathname, { token: session.token, user: opts.user, notice, page: url.pathname });
  if (session.setCookie) res.setHeader('Set-Cookie', session.setCookie);
  send(res, 200, req.method === 'HEAD' ? '' : body);
}

export async function startLiveServer(opts: ServeOptions): Promise<LiveServer> {
  let guard: Guard | null = null;
  const server = createServer((req, res) => {
    handle(opts, guard!, req, res).catch((err: unknown) => {
      // The store's refusals (no such conflict or claim, an unsourced value) are the form's fault, not the server's.
      const status =
        err instanceof HttpError ? err.status : err instanceof BodyError || err instanceof StoreError ? 400 : 500;
      const message = status === 500 ? 'internal error (see the server log)' : (err as Error).message;
      if (status === 500) process.stderr.write(`newsfacts serve: ${(err as Error).stack ?? String(err)}\n`);
      send(res, status, `${message}\n`, 'text/plain; charset=utf-8');
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port, opts.host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  guard = createGuard(ownHosts(opts.host, port));
  const shown = opts.host.includes(':') ? `[${opts.host}]` : opts.host;
  return {
    url: `http://${shown}:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
