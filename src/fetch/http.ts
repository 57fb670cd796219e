/** One HTTP request with timeouts, redirects not followed. */
import { request, type Dispatcher } from 'undici';
import { discard, readBody, tooLarge, type BodyLimit } from './body.js';
import { deadlineError, describeError, STOPPED, type AttemptError, type Timeouts } from './errors.js';

/** One HTTP exchange, redirects not followed; the body is read only for a 2xx answer. */
export interface HttpResponse {
  status: number;
  location: string | null;
  etag: string | null;
  lastModified: string | null;
  contentType: string | null;
  retryAfter: string | null;
  /** Every header as received, for cache rules. */
  headers: Record<string, string | string[] | undefined>;
  body: Buffer | null;
}

function header(headers: Record<string, string | string[] | undefined>, name: string): string | null {
  const value = headers[name];
  return (Array.isArray(value) ? value[0] : value) ?? null;
}

/**
 * Sends one GET and reads its answer within the size cap and the timeouts; failures come back as values. `stop`
 * (the run was asked to stop) abandons the exchange at once: the page is fetched again by the next run.
 */
export async function requestOnce(
  dispatcher: Dispatcher,
  url: URL,
  headers: Record<string, string>,
  limit: BodyLimit,
  timeouts: Timeouts,
  stop?: AbortSignal,
): Promise<HttpResponse | AttemptError> {
  let phase: 'headers' | 'body' = 'headers';
  // A plain timer rather than AbortSignal.timeout(), which costs a DOMException per request even when all goes well.
  const deadline = new AbortController();
  const timer = setTimeout(() => deadline.abort(deadlineError(timeouts.deadlineMs)), timeouts.deadlineMs);
  try {
    const res = await request(url, {
      dispatcher,
      method: 'GET',
      headers,
      headersTimeout: timeouts.headersTimeoutMs,
      bodyTimeout: timeouts.bodyTimeoutMs,
      signal: stop ? AbortSignal.any([deadline.signal, stop]) : deadline.signal,
    });
    phase = 'body';
    const response: HttpResponse = {
      status: res.statusCode,
      location: header(res.headers, 'location'),
      etag: header(res.headers, 'etag'),
      lastModified: header(res.headers, 'last-modified'),
      contentType: header(res.headers, 'content-type'),
      retryAfter: header(res.headers, 'retry-after'),
      headers: res.headers,
      body: null,
    };
    if (res.statusCode < 200 || res.statusCode >= 300) {
      // Error pages and redirects are not kept; dump() reads a little to keep the connection, then gives up on it.
      await res.body.dump().catch(() => undefined);
      return response;
    }
    const declaredLength = Number(header(res.headers, 'content-length') ?? NaN);
    if (declaredLength > limit.maxBytes && !limit.keepFirst) {
      discard(res.body);
      throw tooLarge(limit.maxBytes);
    }
    response.body = await readBody(res.body, header(res.headers, 'content-encoding'), limit);
    return response;
  } catch (err) {
    if (stop?.aborted) return { error: STOPPED, retryable: false };
    return describeError(deadline.signal.aborted ? deadline.signal.reason : err, url, phase, timeouts);
  } finally {
    clearTimeout(timer);
  }
}
