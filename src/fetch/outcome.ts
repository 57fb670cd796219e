/** Builds fetch outcomes: blank results, failures and results with a body. */
import { createHash } from 'node:crypto';
import { type BodyError, gunzipPayload } from './body.js';
import { classifyBody, mediaTypeOf } from './content.js';
import type { FetchOutcome } from './types.js';

/** An outcome with nothing in it yet: the fields every result starts from. */
export function blankOutcome(url: string, finalUrl: string = url): FetchOutcome {
  return {
    url,
    finalUrl,
    fetchedAt: new Date().toISOString(),
    status: null,
    notModified: false,
    etag: null,
    lastModified: null,
    contentType: null,
    contentTypeHeader: null,
    body: null,
    contentHash: null,
    error: null,
  };
}

export function failure(url: string, finalUrl: string, error: string, status: number | null = null): FetchOutcome {
  return { ...blankOutcome(url, finalUrl), status, error };
}

function isGzipFile(type: string | null, body: Buffer): boolean {
  return (
    type === 'application/gzip' ||
    type === 'application/x-gzip' ||
    (type === null && body[0] === 0x1f && body[1] === 0x8b)
  );
}

/**
 * Fills in the body of a successful answer: a gzip file (sitemap.xml.gz) is opened, binaries are refused with
 * their type named, an empty answer is an error, and kept bytes get their sha256.
 */
export function withBody(
  outcome: FetchOutcome,
  raw: Buffer,
  contentTypeHeader: string | null,
  maxBytes: number,
): FetchOutcome {
  let body = raw;
  let header = contentTypeHeader;
  if (isGzipFile(mediaTypeOf(header), raw)) {
    try {
      body = gunzipPayload(raw, maxBytes);
    } catch (err) {
      return { ...outcome, error: (err as BodyError).message };
    }
    header = null;
  }
  const statusNote = outcome.status === null ? 'file' : `HTTP ${outcome.status}`;
  if (!body.length) return { ...outcome, contentTypeHeader: header, error: `empty body (${statusNote})` };
  const kind = classifyBody(body, header);
  if ('error' in kind)
    return { ...outcome, contentType: mediaTypeOf(header), contentTypeHeader: header, error: kind.error };
  return {
    ...outcome,
    contentType: kind.contentType,
    contentTypeHeader: header,
    body,
    contentHash: createHash('sha256').update(body).digest('hex'),
  };
}
