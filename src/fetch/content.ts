/** What a response body is: its media type from the header, sniffed when missing, and binaries refused. */

/** Media type without parameters, lower case; null when the header is missing or empty. */
export function mediaTypeOf(header: string | null): string | null {
  const type = header?.split(';')[0].trim().toLowerCase();
  return type ? type : null;
}

/** Types whose bytes are text the later stages can read: pages, feeds, sitemaps, URL lists, JSON feeds. */
function isTextual(type: string): boolean {
  return (
    type.startsWith('text/') ||
    type === 'application/xml' ||
    type === 'application/xhtml+xml' ||
    type === 'application/json' ||
    type.endsWith('+xml') ||
    type.endsWith('+json')
  );
}

/** Labels that say nothing about the content, so the bytes decide. */
const UNINFORMATIVE = new Set([
  'application/octet-stream',
  'binary/octet-stream',
  'application/unknown',
  'unknown/unknown',
]);

const MAGIC: [string, number[]][] = [
  ['application/pdf', [0x25, 0x50, 0x44, 0x46]],
  ['image/png', [0x89, 0x50, 0x4e, 0x47]],
  ['image/gif', [0x47, 0x49, 0x46, 0x38]],
  ['image/jpeg', [0xff, 0xd8, 0xff]],
  ['application/zip', [0x50, 0x4b, 0x03, 0x04]],
  ['application/gzip', [0x1f, 0x8b]],
];

function startsWith(body: Buffer, bytes: number[]): boolean {
  return bytes.every((byte, i) => body[i] === byte);
}

/** A binary format's name when the bytes are not text: a known signature, or NUL bytes outside UTF-16. */
export function binaryKind(body: Buffer): string | null {
  const magic = MAGIC.find(([, bytes]) => startsWith(body, bytes));
  if (magic) return magic[0];
  const utf16 = startsWith(body, [0xff, 0xfe]) || startsWith(body, [0xfe, 0xff]);
  return !utf16 && body.subarray(0, 1024).includes(0) ? 'binary data' : null;
}

/** What text is this, judged from its first bytes, for a response that did not say. */
export function sniffTextType(body: Buffer): string {
  const head = body
    .subarray(0, 1024)
    .toString('latin1')
    .replace(/^\uFEFF|^\xEF\xBB\xBF/, '')
    .trimStart()
    .toLowerCase();
  if (/^<\?xml|^<(rss|feed|urlset|sitemapindex|rdf:rdf)\b/.test(head)) return 'application/xml';
  if (/^<(!doctype html|html|head|body|meta|title)\b/.test(head) || /<html[\s>]/.test(head)) return 'text/html';
  if (head.startsWith('{')) return 'application/json';
  return 'text/plain';
}

export type Classified = { contentType: string } | { error: string };

/**
 * Keep text, refuse binaries: the header decides when it names a binary type, the bytes decide when it names
 * nothing useful, and a text label on binary bytes is refused too (a PNG served as text/html is still a PNG).
 */
export function classifyBody(body: Buffer, contentTypeHeader: string | null): Classified {
  const declared = mediaTypeOf(contentTypeHeader);
  const binary = binaryKind(body);
  if (declared && !UNINFORMATIVE.has(declared)) {
    if (!isTextual(declared)) return { error: `not HTML (${declared})` };
    if (binary) return { error: `not HTML (${binary} served as ${declared})` };
    return { contentType: declared };
  }
  if (binary) return { error: `not HTML (${binary}, ${declared ?? 'no Content-Type'})` };
  return { contentType: sniffTextType(body) };
}
