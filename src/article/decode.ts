/** Page bytes to text the way browsers decode them: byte-order mark, declared charset, UTF-8, windows-1252. */
import { createRequire } from 'node:module';
import type Iconv from 'iconv-lite';

export interface Decoded {
  html: string;
  /** The charset the bytes were decoded with (WHATWG encoding name, lower case). */
  charset: string;
}

const BOMS: [number[], string][] = [
  [[0xef, 0xbb, 0xbf], 'utf-8'],
  [[0xfe, 0xff], 'utf-16be'],
  [[0xff, 0xfe], 'utf-16le'],
];

/**
 * The Encoding Standard's name for a charset label, as browsers resolve it (latin1, us-ascii and iso-8859-1 are
 * windows-1252; x-sjis is shift_jis), or null when neither the standard nor the decoder knows it.
 */
function charsetOf(label: string | null | undefined): string | null {
  if (!label) return null;
  let name: string;
  try {
    name = new TextDecoder(label.trim().replace(/^["']|["']$/g, '')).encoding;
  } catch {
    return null;
  }
  return name === 'utf-8' || legacyDecoder().encodingExists(name) ? name : null;
}

let iconv: typeof Iconv | undefined;

/**
 * iconv-lite, loaded on the first page that is not UTF-8 (it costs ~25 ms to load and index). Node 20's own
 * TextDecoder is not used for these: it drops windows-1252's curly quotes and dashes (6 of 610 test pages).
 */
const legacyDecoder = (): typeof Iconv => (iconv ??= createRequire(import.meta.url)('iconv-lite') as typeof Iconv);

export function charsetFromContentType(header: string | null | undefined): string | null {
  const m = header ? /charset\s*=\s*["']?([\w.:-]+)/i.exec(header) : null;
  return charsetOf(m?.[1]);
}

/** The charset a document declares in its first bytes (`<meta charset>`, http-equiv, or XML declaration). */
export function charsetFromMarkup(head: string): string | null {
  const meta =
    /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head) ?? /<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)/i.exec(head);
  return charsetOf(meta?.[1]);
}

function decodeAs(bytes: Buffer, charset: string): Decoded {
  return { html: charset === 'utf-8' ? bytes.toString('utf8') : legacyDecoder().decode(bytes, charset), charset };
}

/**
 * Decodes page bytes the way browsers do: a byte-order mark wins, then the HTTP header, then a
 * declaration in the first 4 KB, then UTF-8 when the bytes are valid UTF-8, else windows-1252.
 */
export function decodeHtml(bytes: Buffer, contentTypeHeader?: string | null): Decoded {
  for (const [bom, charset] of BOMS) {
    if (bom.every((b, i) => bytes[i] === b)) return decodeAs(bytes.subarray(bom.length), charset);
  }
  const declared =
    charsetFromContentType(contentTypeHeader) ?? charsetFromMarkup(bytes.subarray(0, 4096).toString('latin1'));
  if (declared) return decodeAs(bytes, declared);
  try {
    return { html: new TextDecoder('utf-8', { fatal: true }).decode(bytes), charset: 'utf-8' };
  } catch {
    // not UTF-8: fall through to the web's legacy default
  }
  return decodeAs(bytes, 'windows-1252');
}
