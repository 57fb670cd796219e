/** Turns failed fetch attempts into per-URL error lines and retry decisions. */
import { BodyError } from './body.js';

/** A failed attempt, as the per-URL error line and whether another attempt may succeed. */
export interface AttemptError {
  error: string;
  retryable: boolean;
  /** The server let the attempt run out of time: asking again costs another whole timeout. */
  timedOut?: boolean;
}

export interface Timeouts {
  connectTimeoutMs: number;
  headersTimeoutMs: number;
  bodyTimeoutMs: number;
  /** The whole response, so a server dripping one byte at a time cannot hold a page forever. */
  deadlineMs: number;
}

/** The error of a request abandoned or never started because the run was asked to stop. */
export const STOPPED = 'not fetched: the run was asked to stop';

/** The reason a response's overall deadline aborts it with. */
export function deadlineError(deadlineMs: number): Error {
  return Object.assign(new Error(`timeout after ${deadlineMs} ms (whole response)`), { name: 'TimeoutError' });
}

/** Turns what undici, the socket, DNS or our own guards threw into one line naming the cause. */
export function describeError(err: unknown, url: URL, phase: 'headers' | 'body', timeouts: Timeouts): AttemptError {
  if (err instanceof BodyError) return { error: err.message, retryable: err.retryable };
  const e = err as NodeJS.ErrnoException & { cause?: NodeJS.ErrnoException };
  const cause = e.cause && typeof e.cause === 'object' ? e.cause : undefined;
  const code = e.code ?? cause?.code ?? '';
  const hostPort = `${url.hostname}:${url.port || (url.protocol === 'https:' ? 443 : 80)}`;
  switch (code) {
    case 'ERR_BLOCKED_ADDRESS':
      return { error: (code === e.code ? e : cause!).message, retryable: false };
    case 'UND_ERR_HEADERS_TIMEOUT':
      return { error: `timeout after ${timeouts.headersTimeoutMs} ms (headers)`, retryable: true, timedOut: true };
    case 'UND_ERR_BODY_TIMEOUT':
      return { error: `timeout after ${timeouts.bodyTimeoutMs} ms (body)`, retryable: true, timedOut: true };
    case 'UND_ERR_CONNECT_TIMEOUT':
      return {
        error: `timeout after ${timeouts.connectTimeoutMs} ms (connect to ${hostPort})`,
        retryable: true,
        timedOut: true,
      };
    case 'ENOTFOUND':
      return { error: `DNS lookup failed for ${url.hostname} (ENOTFOUND)`, retryable: false };
    case 'EAI_AGAIN':
      return { error: `DNS lookup failed for ${url.hostname} (EAI_AGAIN)`, retryable: true };
    case 'ECONNREFUSED':
      return { error: `connection refused by ${hostPort}`, retryable: true };
    case 'ECONNRESET':
    case 'EPIPE':
    case 'UND_ERR_SOCKET':
    case 'UND_ERR_CLOSED':
      return {
        error: phase === 'body' ? 'connection reset mid-body' : 'connection reset before headers',
        retryable: true,
      };
  }
  if (e.name === 'TimeoutError' || e.name === 'AbortError' || code === 'UND_ERR_ABORTED') {
    return { error: `timeout after ${timeouts.deadlineMs} ms (whole response)`, retryable: true, timedOut: true };
  }
  const message = (e.message || String(err)).split('\n')[0];
  return { error: code ? `${message} (${code})` : message, retryable: true };
}

export function isAttemptError<T extends object>(value: T | AttemptError): value is AttemptError {
  return 'error' in value;
}
