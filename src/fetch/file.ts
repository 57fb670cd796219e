/** Reads local files (file:// URLs) as fetch results. */
import { open } from 'node:fs/promises';
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tooLarge } from './body.js';

const TYPES_BY_EXTENSION: Record<string, string> = {
  '.html': 'text/html',
  '.htm': 'text/html',
  '.xhtml': 'application/xhtml+xml',
  '.xml': 'application/xml',
  '.rss': 'application/rss+xml',
  '.atom': 'application/atom+xml',
  '.json': 'application/json',
  '.txt': 'text/plain',
  '.gz': 'application/gzip',
  '.pdf': 'application/pdf',
};

/** The media type a local file's extension suggests; null when it says nothing. */
export function typeFromExtension(path: string): string | null {
  return TYPES_BY_EXTENSION[extname(path).toLowerCase()] ?? null;
}

/** A local file's bytes, refused before reading when it is larger than the cap or not a regular file. */
export async function readLocalFile(
  url: URL,
  maxBytes: number,
): Promise<{ body: Buffer; contentType: string | null } | { error: string }> {
  let path: string;
  try {
    path = fileURLToPath(url);
  } catch (err) {
    return { error: `bad file URL (${(err as Error).message})` };
  }
  try {
    const handle = await open(path, 'r');
    try {
      const info = await handle.stat();
      if (info.isDirectory()) return { error: `${path} is a folder` };
      if (info.size > maxBytes) return { error: tooLarge(maxBytes).message };
      return { body: await handle.readFile(), contentType: typeFromExtension(path) };
    } finally {
      await handle.close();
    }
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    return { error: e.code === 'ENOENT' ? `no such file: ${path}` : `cannot read ${path} (${e.code ?? e.message})` };
  }
}
