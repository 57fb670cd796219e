/** Reads and decodes response bodies within a size limit. */
import type { Readable } from 'node:stream';
import type { Transform } from 'node:stream';
import {
  brotliDecompressSync,
  createBrotliDecompress,
  createGunzip,
  createInflate,
  createInflateRaw,
  gunzipSync,
  inflateRawSync,
  inflateSync,
  type ZlibOptions,
} from 'node:zlib';

/** A body that could not be read to the end; the message is the per-URL error. */
export class BodyError extends Error {
  constructor(
    message: string,
    /** True when asking again may help (the connection broke), false when the answer would be the same. */
    readonly retryable: boolean,
  ) {
    super(message);
  }
}

type Decoder = (input: Buffer, options: ZlibOptions) => Buffer;

/** "deflate" is zlib-wrapped by the standard and raw by some servers; the first byte tells which. */
const inflateEither: Decoder = (input, options) =>
  ((input[0] & 0x0f) === 0x08 ? inflateSync : inflateRawSync)(input, options);

const DECODERS: Record<string, Decoder> = {
  gzip: gunzipSync,
  'x-gzip': gunzipSync,
  deflate: inflateEither,
  br: brotliDecompressSync,
};

/** The same decoders as streams, for reading only the start of a body; the first byte picks the deflate kind. */
const DECODER_STREAMS: Record<string, (firstByte: number) => Transform> = {
  gzip: () => createGunzip(),
  'x-gzip': () => createGunzip(),
  deflate: (firstByte) => ((firstByte & 0x0f) === 0x08 ? createInflate() : createInflateRaw()),
  br: () => createBrotliDecompress(),
};

/** The codings of a Content-Encoding header, in the order to undo them (the header lists them as applied). */
function codingsOf(contentEncoding: string | null): string[] {
  const codings = (contentEncoding ?? '')
    .split(',')
    .map((c) => c.trim().toLowerCase())
    .filter((c) => c && c !== 'identity');
  for (const coding of codings) {
    if (!DECODERS[coding]) throw new BodyError(`unsupported Content-Encoding "${coding}"`, false);
  }
  return codings.reverse();
}

/** The first `maxBytes` that `input` decodes to; the decoder stops there, so no bomb is ever unpacked whole. */
function decodedPrefix(
  input: Buffer,
  decoder: Transform,
  maxBytes: number,
  contentEncoding: string | null,
): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      resolve(Buffer.concat(chunks).subarray(0, maxBytes));
    };
    decoder.on('data', (chunk: Buffer) => {
      chunks.push(chunk);
      size += chunk.length;
      if (size >= maxBytes) {
        finish();
        decoder.destroy();
      }
    });
    decoder.once('end', finish);
    // A prefix cut on the wire ends mid-stream: what decoded before the cut is the answer.
    decoder.once('error', (err) => {
      if (size) finish();
      else if (!done) reject(new BodyError(`invalid ${contentEncoding} body (${err.message})`, false));
    });
    decoder.end(input);
  });
}

export function tooLarge(maxBytes: number): BodyError {
  return new BodyError(`body larger than ${maxBytes} bytes`, false);
}

/** Stops a body we will not read; a stream destroyed this way may still report an error nobody needs. */
export function discard(stream: Readable): void {
  stream.on('error', () => undefined);
  stream.destroy();
}

/** How much of a body to read: past `maxBytes` it is refused, or with `keepFirst` cut there and kept. */
export interface BodyLimit {
  maxBytes: number;
  /** Keep the first `maxBytes` of a longer body (robots.txt: RFC 9309 reads at least 500 KiB and uses those). */
  keepFirst?: boolean;
}

/** The bytes on the wire, refused (or cut) as soon as they pass the limit, so a huge body is never held whole. */
function readRaw(source: Readable, { maxBytes, keepFirst }: BodyLimit): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    source.on('data', (chunk: Buffer) => {
      if (size + chunk.length > maxBytes) {
        discard(source);
        if (!keepFirst) return reject(tooLarge(maxBytes));
        chunks.push(chunk.subarray(0, maxBytes - size));
        return resolve(Buffer.concat(chunks, maxBytes));
      }
      size += chunk.length;
      chunks.push(chunk);
    });
    source.once('end', () => resolve(Buffer.concat(chunks, size)));
    source.once('error', reject);
  });
}

/**
 * Decodes with a cap on the output, so a decompression bomb stops at `maxBytes` too. One synchronous call per
 * body: measured on news-sized pages it takes less of the event loop than zlib's thread-pool round trips.
 */
function decode(raw: Buffer, decoders: Decoder[], contentEncoding: string | null, maxBytes: number): Buffer {
  let body = raw;
  for (const decoder of decoders) {
    try {
      body = decoder(body, { maxOutputLength: maxBytes });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw tooLarge(maxBytes);
      throw new BodyError(`invalid ${contentEncoding} body (${(err as Error).message})`, false);
    }
  }
  return body;
}

/** Reads a response body within the limit, on the wire and decoded alike. */
export async function readBody(source: Readable, contentEncoding: string | null, limit: BodyLimit): Promise<Buffer> {
  let codings: string[];
  try {
    codings = codingsOf(contentEncoding);
  } catch (err) {
    discard(source);
    throw err;
  }
  const raw = await readRaw(source, limit);
  if (!codings.length) return raw;
  if (!limit.keepFirst)
    return decode(
      raw,
      codings.map((c) => DECODERS[c]),
      contentEncoding,
      limit.maxBytes,
    );
  let body = raw;
  for (const coding of codings) {
    body = await decodedPrefix(body, DECODER_STREAMS[coding](body[0]), limit.maxBytes, contentEncoding);
  }
  return body;
}

/** A gzip file served as such (sitemap.xml.gz): its content, bounded like any body. */
export function gunzipPayload(body: Buffer, maxBytes: number): Buffer {
  try {
    return gunzipSync(body, { maxOutputLength: maxBytes });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw tooLarge(maxBytes);
    throw new BodyError(`invalid gzip file (${(err as Error).message})`, false);
  }
}
