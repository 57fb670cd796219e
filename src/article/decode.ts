import iconv from 'iconv-lite';

export interface Decoded {
  html: string;
  /** The charset the bytes were decoded with (WHATWG label, lower case). */
  charset: string;
}

const BOMS: [number[], string][] = [
  [[0xef, 0xbb, 0xbf], 'utf-8'],
  [[0xfe, 0xff], 'utf-16be'],
  [[0xff, 0xfe], 'utf-16le'],
];

// WHATWG maps these labels to windows-1252: pages that say latin1 use its extra characters (curly quotes) anyway.
const ALIASES: Record<string, string> = {
  'iso-8859-1': 'windows-1252',
  'iso8859-1': 'windows-1252',
  latin1: 'windows-1252',
  'us-ascii': 'windows-1252',
  ascii: 'windows-1252',
  'x-sjis': 'shift_jis',
};

function normalizeLabel(label: string | null | undefined): string | null {
  if (!label) return null;
  const l = label.trim().replace(/^["']|["']$/g, '').toLowerCase();
  const name = ALIASES[l] ?? l;
  return iconv.encodingExists(name) ? name : null;
}

export function charsetFromContentType(header: string | null | undefined): string | null {
  const m = header ? /charset\s*=\s*["']?([\w.:-]+)/i.exec(header) : null;
  return normalizeLabel(m?.[1]);
}

/** The charset a document declares in its first bytes (`<meta charset>`, http-equiv, or XML declaration). */
export function charsetFromMarkup(head: string): string | null {
  const meta =
    /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head) ?? /<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)/i.exec(head);
  return normalizeLabel(meta?.[1]);
}

function isValidUtf8(bytes: Buffer): boolean {
  return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes, { stream: false }) !== undefined;
}

/**
 * Decodes page bytes the way browsers do: a byte-order mark wins, then the HTTP header, then a
 * declaration in the first 4 KB, then UTF-8 when the bytes are valid UTF-8, else windows-1252.
 */
export function decodeHtml(bytes: Buffer, contentTypeHeader?: string | null): Decoded {
  for (const [bom, charset] of BOMS) {
    if (bom.every((b, i) => bytes[i] === b)) {
      return { html: iconv.decode(bytes.subarray(bom.length), charset), charset };
    }
  }
  const declared =
    charsetFromContentType(contentTypeHeader) ?? charsetFromMarkup(bytes.subarray(0, 4096).toString('latin1'));
  if (declared) return { html: iconv.decode(bytes, declared), charset: declared };
  try {
    if (isValidUtf8(bytes)) return { html: bytes.toString('utf8'), charset: 'utf-8' };
  } catch {
    // not UTF-8: fall through to the web's legacy default
  }
  return { html: iconv.decode(bytes, 'windows-1252'), charset: 'windows-1252' };
}
