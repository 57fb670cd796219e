/** What keeps the live server's forms the analyst's own: Host, Origin and a session-bound token on every post. */
// Requests must name this server as their Host (no DNS rebinding), posts must come from its own pages (Origin) and
// carry the token tied to the browser's session cookie.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

const COOKIE = 'nf_session';

export interface Guard {
  /** Null when the Host header names this server, else why the request is refused. */
  hostProblem(req: IncomingMessage): string | null;
  /** Null when a form post is the analyst's own, else why it is refused. */
  postProblem(req: IncomingMessage, token: string | undefined): string | null;
  /** The browser's session, and a Set-Cookie header value when it is a new one. */
  session(req: IncomingMessage): { token: string; setCookie: string | null };
}

function cookie(req: IncomingMessage, name: string): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === name) return v.join('=');
  }
  return undefined;
}

const sameText = (a: string, b: string): boolean => {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
};

/** `hosts`: the host:port values this server answers to (its address, and localhost for loopback). */
export function createGuard(hosts: string[]): Guard {
  const secret = randomBytes(32);
  const tokenFor = (session: string) => createHmac('sha256', secret).update(session).digest('base64url');
  const allowed = new Set(hosts.map((h) => h.toLowerCase()));
  const validSession = (s: string | undefined): s is string => !!s && /^[A-Za-z0-9_-]{43}$/.test(s);

  return {
    hostProblem(req) {
      const host = (req.headers.host ?? '').toLowerCase();
      return allowed.has(host) ? null : `Host '${host}' is not this server (${[...allowed].join(', ')})`;
    },
    postProblem(req, token) {
      const origin = req.headers.origin;
      if (!origin) return 'a form post without an Origin header is refused';
      if (origin.toLowerCase() !== `http://${(req.headers.host ?? '').toLowerCase()}`)
        return `a form post from '${origin}' is refused: only this server's own pages may post`;
      const session = cookie(req, COOKIE);
      if (!validSession(session) || !token || !sameText(token, tokenFor(session)))
        return 'the form token does not match this browser session: reload the page and try again';
      return null;
    },
    session(req) {
      const existing = cookie(req, COOKIE);
      if (validSession(existing)) return { token: tokenFor(existing), setCookie: null };
      const fresh = randomBytes(32).toString('base64url');
      return { token: tokenFor(fresh), setCookie: `${COOKIE}=${fresh}; HttpOnly; SameSite=Strict; Path=/` };
    },
  };
}
