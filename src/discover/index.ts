/** Discovery: expands configured sources into the pages a run fetches. */
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import PQueue from 'p-queue';
import { canonicalizeUrl } from '../fetch/url.js';
import type { Fetcher } from '../fetch/index.js';
import type { Logger } from '../log.js';
import { isFolder, isUrlLocation, localFileUrl, PAGE_EXTENSIONS, walkFolder } from './local.js';
import type { ListedLink } from './listing.js';
import { readSource } from './read.js';
import type { DiscoveredPage, SourceKind, SourceSpec } from './types.js';

export interface Discovery {
  pages: DiscoveredPage[];
  errors: { url: string; error: string }[];
  /** What each source turned out to be (by its location), for the `sources` table. */
  kinds: Map<string, SourceKind>;
  /** Sources and listings robots.txt disallows: skipped by policy, not failures. */
  disallowed: string[];
}

/** Bounds on following sitemap indexes, so a self-referencing or enormous index cannot run forever. */
const MAX_SITEMAP_DEPTH = 4;
const MAX_SITEMAPS_PER_SOURCE = 1000;
/** Sources read at once; the fetcher still paces each host. */
const SOURCE_CONCURRENCY = 8;

/** One source's findings, merged in configuration order afterwards so the result does not depend on timing. */
interface SourceResult {
  links: ListedLink[];
  errors: Discovery['errors'];
  disallowed: string[];
  kind?: SourceKind;
}

type ContentKind = Exclude<SourceKind, 'file' | 'folder'>;

function contentKind(kind: SourceKind | undefined): ContentKind | undefined {
  return kind === 'file' || kind === 'folder' ? undefined : kind;
}

/** A listing may point to http(s) pages; only a local listing may point to local files. */
function admissible(link: string, listingUrl: string): boolean {
  const scheme = new URL(link).protocol;
  return scheme === 'http:' || scheme === 'https:' || (scheme === 'file:' && listingUrl.startsWith('file:'));
}

function looksLikePage(url: string): boolean {
  return PAGE_EXTENSIONS.has(extname(new URL(url).pathname).toLowerCase());
}

class SourceReader {
  private readonly result: SourceResult = { links: [], errors: [], disallowed: [] };
  private readonly seenSitemaps = new Set<string>();

  constructor(
    private readonly fetcher: Fetcher,
    private readonly log: Logger,
  ) {}

  async read(spec: SourceSpec): Promise<SourceResult> {
    const { location, kind } = spec;
    try {
      if (kind === 'status-table')
        this.addStatusTable(isUrlLocation(location) ? location : localFileUrl(location), spec);
      else if (isUrlLocation(location)) await this.readUrl(location, kind);
      else await this.readPath(location, kind);
    } catch (err) {
      this.fail(location, (err as Error).message.split('\n')[0]);
    }
    return this.result;
  }

  private fail(url: string, error: string): void {
    this.result.errors.push({ url, error });
  }

  private addPage(url: string): void {
    this.result.links.push({ url, hints: {} });
  }

  private addStatusTable(url: string, spec: SourceSpec): void {
    this.result.links.push({ url, hints: { statusTable: spec.subject ? { subject: spec.subject } : {} } });
  }

  private async readPath(path: string, kind: SourceKind | undefined): Promise<void> {
    if (kind === 'folder' || (kind === undefined && (await isFolder(path)))) return this.readFolder(path);
    await this.readUrl(localFileUrl(path), kind);
  }

  private async readFolder(folder: string): Promise<void> {
    this.result.kind ??= 'folder';
    const { pages, listings } = await walkFolder(folder);
    for (const page of pages) this.addPage(localFileUrl(page));
    for (const path of listings) {
      // Other XML and JSON may sit in a content folder: only feeds and sitemaps count, the rest is skipped.
      await this.readListing(localFileUrl(path), undefined, 0, { quiet: true });
    }
  }

  private async readUrl(url: string, kind: SourceKind | undefined): Promise<void> {
    if (kind === 'folder') return this.readPath(fileURLToPath(url), kind);
    if (kind === 'page' || (kind === undefined && looksLikePage(url))) {
      this.result.kind ??= 'page';
      return this.addPage(url);
    }
    await this.readListing(url, contentKind(kind), 0, { quiet: false });
  }

  private async readListing(
    url: string,
    kind: ContentKind | undefined,
    depth: number,
    { quiet }: { quiet: boolean },
  ): Promise<void> {
    const fetched = await this.fetcher.fetch({ url, cacheable: true });
    if (fetched.refusedByRobots) return void this.result.disallowed.push(url);
    if (fetched.error || !fetched.body) return this.fail(url, fetched.error ?? 'no content');
    const content = readSource(fetched.body, fetched.contentTypeHeader, fetched.contentType, fetched.finalUrl, kind);
    if ('error' in content) {
      if (quiet) this.log.debug({ url, reason: content.error }, 'skipped: not a listing');
      else this.fail(url, content.error);
      return;
    }
    if (!quiet) this.result.kind ??= content.kind;
    if (!('listing' in content)) return quiet ? undefined : this.addPage(url);
    const { links, sitemaps } = content.listing;
    const kept = links.filter((link) => admissible(link.url, fetched.finalUrl));
    for (const link of links) {
      const scheme = new URL(link.url).protocol;
      if (kept.includes(link)) continue;
      this.fail(link.url, `not fetched: a ${scheme} link, and ${url} may list only http(s) pages`);
    }
    this.result.links.push(...kept);
    this.log.debug({ url, kind: content.kind, links: kept.length, sitemaps: sitemaps.length }, 'listing read');
    for (const sitemap of sitemaps) await this.readChildSitemap(sitemap, url, depth + 1);
  }

  private async readChildSitemap(url: string, parent: string, depth: number): Promise<void> {
    if (this.seenSitemaps.has(url) || !admissible(url, parent)) return;
    if (depth > MAX_SITEMAP_DEPTH || this.seenSitemaps.size >= MAX_SITEMAPS_PER_SOURCE) {
      this.log.warn({ url, parent }, 'sitemap not read: nesting or count limit reached');
      return;
    }
    this.seenSitemaps.add(url);
    await this.readListing(url, 'sitemap', depth, { quiet: false });
  }
}

/** Adds `link` unless its canonical URL is already in; a later listing may still fill in hints the first lacked. */
function merge(pages: Map<string, DiscoveredPage>, link: ListedLink, source: string): void {
  const url = canonicalizeUrl(link.url);
  const known = pages.get(url);
  if (known) known.hints = { ...link.hints, ...known.hints };
  else pages.set(url, { url, source, hints: { ...link.hints } });
}

/**
 * Every page the sources list, once each by canonical URL. A source that cannot be read becomes one error entry
 * naming it (a sitemap inside an index, by its own URL); the other sources are read all the same.
 */
export async function discover(sources: SourceSpec[], fetcher: Fetcher, log: Logger): Promise<Discovery> {
  const queue = new PQueue({ concurrency: SOURCE_CONCURRENCY });
  const results = await Promise.all(sources.map((spec) => queue.add(() => new SourceReader(fetcher, log).read(spec))));
  const pages = new Map<string, DiscoveredPage>();
  const errors: Discovery['errors'] = [];
  const kinds = new Map<string, SourceKind>();
  const disallowed: string[] = [];
  results.forEach((result, i) => {
    for (const link of result.links) merge(pages, link, sources[i].location);
    errors.push(...result.errors);
    disallowed.push(...result.disallowed);
    if (result.kind) kinds.set(sources[i].location, result.kind);
  });
  log.info({ sources: sources.length, pages: pages.size, errors: errors.length }, 'discovery finished');
  return { pages: [...pages.values()], errors, kinds, disallowed };
}
