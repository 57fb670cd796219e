import { pipeline, type Readable, type Transform } from 'node:stream';
import { createBrotliDecompress, createGunzip, createInflate, gunzipSync } from 'node:zlib';

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

const DECODERS: Record<string, () => Transform> = {
  gzip: createGunzip,
  'x-gzip': createGunzip,
  deflate: createInflate,
  br: createBrotliDecompress,
};

/** The decoders for a Content-Encoding header, in the order to apply them (the header lists them as applied). */
export function decodersFor(contentEncoding: string | null): Transform[] {
  const codings = (contentEncoding ?? '')
    .split(',')
    .map((c) => c.trim().toLowerCase())
    .filter((c) => c && c !== 'identity');
  return codings.reverse().map((coding) => {
    const make = DECODERS[coding];
    if (!make) throw new BodyError(`unsupported Content-Encoding "${coding}"`, false);
    return make();
  });
}

export function tooLarge(maxBytes: number): BodyError {
  return new BodyError(`body larger than ${maxBytes} bytes`, false);
}

function isDecoderError(err: NodeJS.ErrnoException): boolean {
  const code = err.code ?? '';
  return code.startsWith('Z_') || code.startsWith('ERR__ERROR') || code.startsWith('ERR_BROTLI');
}

/** Stops a body we will not read; a stream destroyed this way may still report an error nobody needs. */
export function discard(stream: Readable): void {
  stream.on('error', () => undefined);
  stream.destroy();
}

/**
 * Reads a response body through its decoders, stopping as soon as either the bytes on the wire or the decoded
 * bytes pass `maxBytes`, so a huge page or a decompression bomb never sits in memory.
 */
export async function readBody(source: Readable, contentEncoding: string | null, maxBytes: number): Promise<Buffer> {
  let decoders: Transform[];
  try {
    decoders = decodersFor(contentEncoding);
  } catch (err) {
    discard(source);
    throw err;
  }
  let wireBytes = 0;
  source.on('data', (chunk: Buffer) => {
    wireBytes += chunk.length;
    if (wireBytes > maxBytes) source.destroy(tooLarge(maxBytes));
  });
  // pipeline() wires errors in both directions; its callback is not needed since the last stage is iterated.
  if (decoders.length) pipeline([source, ...decoders], () => undefined);
  const decoded: Readable = decoders.at(-1) ?? source;
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of decoded as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > maxBytes) throw tooLarge(maxBytes);
      chunks.push(chunk);
    }
  } catch (err) {
    discard(source);
    if (err instanceof BodyError) throw err;
    if (decoders.length && isDecoderError(err as NodeJS.ErrnoException)) {
      throw new BodyError(`invalid ${contentEncoding} body (${(err as Error).message})`, false);
    }
    throw err;
  }
  return Buffer.concat(chunks, size);
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
