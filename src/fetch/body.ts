/** Reads and decodes response bodies within a size limit. */
import type { Readable } from 'node:stream';
import { brotliDecompressSync, gunzipSync, inflateRawSync, inflateSync, type ZlibOptions } from 'node:zlib';

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
const inflateEither: Decoder = (input, options) => ((input[0] & 0x0f) === 0x08 ? inflateSync : inflateRawSync)(input, options);

const DECODERS: Record<string, Decoder> = {
  gzip: gunzipSync,
  'x-gzip': gunzipSync,
  deflate: inflateEither,
  br: brotliDecompressSync,
};

/** The decoders for a Content-Encoding header, in the order to apply them (the header lists them as applied). */
export function decodersFor(contentEncoding: string | null): Decoder[] {
  const codings = (contentEncoding ?? '')
    .split(',')
    .map((c) => c.trim().toLowerCase())
    .filter((c) => c && c !== 'identity');
  return codings.reverse().map((coding) => {
    const decoder = DECODERS[coding];
    if (!decoder) throw new BodyError(`unsupported Content-Encoding "${coding}"`, false);
    return decoder;
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

/** The bytes on the wire, refused as soon as they pass `maxBytes` so a huge body is never held whole. */
function readRaw(source: Readable, maxBytes: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    source.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) {
        discard(source);
        reject(tooLarge(maxBytes));
      } else chunks.push(chunk);
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

/** Reads a response body within `maxBytes`, on the wire and decoded alike. */
export async function readBody(source: Readable, contentEncoding: string | null, maxBytes: number): Promise<Buffer> {
  let decoders: Decoder[];
  try {
    decoders = decodersFor(contentEncoding);
  } catch (err) {
    discard(source);
    throw err;
  }
  const raw = await readRaw(source, maxBytes);
  return decoders.length ? decode(raw, decoders, contentEncoding, maxBytes) : raw;
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
