/** Form bodies of the live server: url-encoded, small, read whole before anything is written. */
import type { IncomingMessage } from 'node:http';

/** Decisions and notes are short: anything longer is not one of the server's forms. */
const MAX_BYTES = 64 * 1024;

export class BodyError extends Error {}

export async function readForm(req: IncomingMessage): Promise<URLSearchParams> {
  const type = (req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
  if (type !== 'application/x-www-form-urlencoded')
    throw new BodyError(`form posts must be url-encoded, not '${type}'`);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BYTES) throw new BodyError(`form body over ${MAX_BYTES} bytes`);
    chunks.push(chunk as Buffer);
  }
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}
