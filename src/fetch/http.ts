/** One HTTP request with timeouts, redirects not followed. */
import { request, type Dispatcher } from 'undici';
import { discard, readBody, tooLarge } from './body.js';
import { deadlineError, describeError, type AttemptError, type Timeouts } from './errors.js';

/** One HTTP exchange, redirects not followed; the body is read only for a 2xx answer. */
export interface HttpResponse {
  status: number;
  location: string | null;
  etag: string | null;
  lastModified: string | null;
  contentType: string | null;
  retryAfter: string | null;
  body: Buffer | null;
}

function header(headers: Record<string, string | string[] | undefined>, name: string): string | null {
  const value = headers[name];
  return (Array.isArray(value) ? value[0] : value) ?? null;
}

/** Sends one GET and reads its answer within the size cap and the timeouts; failures come back as values. */
export async function requestOnce(
  dispatcher: Dispatcher,
  url: URL,
  headers: Record<string, string>,
  maxBytes: number,
  timeouts: Timeouts,
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
      signal: deadline.signal,
    });
    phase = 'body';
    const response: HttpResponse = {
      status: res.statusCode,
      location: header(res.headers, 'location'),
      etag: header(res.headers, 'etag'),
      lastModified: header(res.headers, 'last-modified'),
      contentType: header(res.headers, 'content-type'),
      retryAfter: header(res.headers, 'retry-after'),
      body: null,
    };
    if (res.statusCode < 200 || res.statusCode >= 300) {
      // Error pages and redirects are not kept; dump() reads a little to keep the connection, then gives up on it.
      await res.body.dump().catch(() => undefined);
      return response;
    }
    const declaredLength = Number(header(res.headers, 'content-length') ?? NaN);
    if (declaredLength > maxBytes) {
      discard(res.body);
      throw tooLarge(maxBytes);
    }
    response.body = await readBody(res.body, header(res.headers, 'content-encoding'), maxBytes);
    return response;
  } catch (err) {
    return describeError(deadline.signal.aborted ? deadline.signal.reason : err, url, phase, timeouts);
  } finally {
    clearTimeout(timer);
  }
}
