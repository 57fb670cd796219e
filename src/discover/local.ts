/** Local sources: tells paths from URLs and walks folders for pages. */
import { readdir, stat } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/** A source location names a URL when it starts with a scheme and `//`; anything else is a local path. */
export function isUrlLocation(location: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(location);
}

export function localFileUrl(path: string): string {
  return pathToFileURL(resolve(path)).href;
}

/** True for a folder, false for a file; a missing path is the source's error. */
export async function isFolder(path: string): Promise<boolean> {
  const info = await stat(path).catch((err: NodeJS.ErrnoException) => {
    throw new Error(
      err.code === 'ENOENT' ? `no such file or folder: ${path}` : `cannot read ${path} (${err.code ?? err.message})`,
    );
  });
  return info.isDirectory();
}

export const PAGE_EXTENSIONS = new Set(['.html', '.htm', '.xhtml']);
/** Files in a folder that may be feeds or sitemaps; read, and kept only when they are. */
export const LISTING_EXTENSIONS = new Set(['.xml', '.rss', '.atom', '.json']);

/** Pages and candidate listings under a folder, recursively, in a stable order; hidden entries are skipped. */
export async function walkFolder(folder: string): Promise<{ pages: string[]; listings: string[] }> {
  const pages: string[] = [];
  const listings: string[] = [];
  const entries = (await readdir(folder, { withFileTypes: true, recursive: true }))
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .filter(
      (path) =>
        !path
          .slice(folder.length)
          .split(/[\\/]/)
          .some((part) => part.startsWith('.')),
    )
    .sort();
  for (const path of entries) {
    const ext = extname(path).toLowerCase();
    if (PAGE_EXTENSIONS.has(ext)) pages.push(path);
    else if (LISTING_EXTENSIONS.has(ext)) listings.push(path);
  }
  return { pages, listings };
}
