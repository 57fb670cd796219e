/** The fetcher: polite, guarded, retrying fetches of URLs and local files. */
import { setTimeout as sleep } from 'node:timers/promises';
import { Agent } from 'undici';
import type { FetchSettings } from '../config/schema.js';
import type { Logger } from '../log.js';
import { blockedMessage, forbiddenAddressKind } from './address.js';
import type { BodyLimit } from './body.js';
import { ListingCache, type CachedResponse, type ResponseCache } from './cache.js';
import { isAttemptError, STOPPED, type AttemptError, type Timeouts } from './errors.js';
import { readLocalFile } from './file.js';
import { requestOnce, type HttpResponse } from './http.js';
import { guardedLookup } from './lookup.js';
import { blankOutcome, failure, withBody } from './outcome.js';
import { backoffMs, isRetryableStatus, parseRetryAfter } from './retry.js';
import { RobotsCache, type RobotsAnswer } from './robots.js';
import { PoliteScheduler } from './scheduler.js';
import type { FetchOutcome, FetchRequest } from './types.js';

export interface Fetcher {
  /** Never throws: every failure is an outcome with `error` set. */
  fetch(req: FetchRequest): Promise<FetchOutcome>;
  close(): Promise<void>;
}

export type FetcherOptions = FetchSettings & {
  allowPrivate: boolean;
  /** Aborted when the run is asked to stop: waits for a slot, backoffs and requests in flight end at once. */
  signal?: AbortSignal;
  /** Where listings and robots.txt are cached between runs; without it they are fetched whole every time. */
  cache?: ResponseCache;
};

/** RFC 9309 asks crawlers to read at least 500 KiB of robots.txt and to use the rules found there. */
const ROBOTS_LIMIT: BodyLimit = { maxBytes: 512 * 1024, keepFirst: true };
/** A Crawl-delay is honoured up to a minute; beyond that one feed's pages would take hours, so the cap wins. */
const MAX_CRAWL_DELAY_MS = 60_000;
const ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,text/*;q=0.8,*/*;q=0.5';

/** Why a URL must not be requested at all (scheme, or an IP literal in a forbidden range); null when it may. */
function refusal(url: URL, allowPrivate: boolean): string | null {
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return `unsupported URL scheme ${url.protocol}`;
  if (allowPrivate) return null;
  const kind = forbiddenAddressKind(url.hostname);
  return kind ? blockedMessage(url.hostname, url.hostname.replace(/^\[|\]$/g, ''), kind) : null;
}

/** A cached listing as an outcome: a 304 (fresh, or confirmed unchanged by the server) that carries its bytes. */
function fromCache(url: string, finalUrl: string, cached: CachedResponse, limit: BodyLimit): FetchOutcome {
  const outcome = { ...blankOutcome(url, finalUrl), status: 304, notModified: true };
  return withBody(outcome, cached.body, cached.contentTypeHeader, limit.maxBytes);
}

function isRedirect(status: number): boolean {
  return [301, 302, 303, 307, 308].includes(status);
}

/**
 * A server that let an attempt time out mostly does so again, and each attempt holds a polite slot for the
 * whole timeout: one more try, then the page waits for the next run, so a few dead pages cannot stretch a run.
 */
const TIMEOUT_RETRIES = 1;

/** undici dispatcher, pacing, robots.txt and retries around single requests; see the Fetcher contract. */
export function createFetcher(opts: FetcherOptions, log: Logger): Fetcher {
  const timeouts: Timeouts = {
    connectTimeoutMs: opts.connectTimeoutMs,
    headersTimeoutMs: opts.headersTimeoutMs,
    bodyTimeoutMs: opts.bodyTimeoutMs,
    deadlineMs: opts.connectTimeoutMs + opts.headersTimeoutMs + opts.bodyTimeoutMs,
  };
  const agent = new Agent({
    connect: { timeout: opts.connectTimeoutMs, ...(opts.allowPrivate ? {} : { lookup: guardedLookup }) },
    headersTimeout: opts.headersTimeoutMs,
    bodyTimeout: opts.bodyTimeoutMs,
    connections: opts.perHostConcurrency,
  });
  const scheduler = new PoliteScheduler(opts);
  const listings = opts.cache ? new ListingCache(opts.cache) : null;
  const baseHeaders = { 'user-agent': opts.userAgent, accept: ACCEPT, 'accept-encoding': 'gzip, deflate, br' };

  /** After a 429 the host gets a longer gap between requests for the rest of the run, not only this retry. */
  function slowDown(host: string, waitMs: number): void {
    const slower = Math.min(opts.backoffMaxMs, Math.max(scheduler.delayOf(host) * 2, opts.backoffBaseMs));
    scheduler.raiseDelay(host, slower);
    scheduler.holdUntil(host, Date.now() + waitMs);
    log.info({ host, delayMs: slower, waitMs }, 'host asked us to slow down (429)');
  }

  /** One hop with its retries; each attempt takes a polite slot, and backoff waits hold none. */
  async function attempts(
    url: URL,
    headers: Record<string, string>,
    limit: BodyLimit,
  ): Promise<HttpResponse | AttemptError> {
    const host = url.hostname;
    for (let attempt = 0; ; attempt++) {
      const release = await scheduler.acquire(host, opts.signal);
      const result = await requestOnce(agent, url, headers, limit, timeouts, opts.signal).finally(release);
      const retryable = isAttemptError(result) ? result.retryable : isRetryableStatus(result.status);
      const timedOut = isAttemptError(result) && result.timedOut;
      const maxRetries = timedOut ? Math.min(opts.retries, TIMEOUT_RETRIES) : opts.retries;
      if (!retryable || attempt >= maxRetries) {
        if (attempt > 0 && isAttemptError(result))
          return { ...result, error: `${result.error} (after ${attempt + 1} attempts)` };
        return result;
      }
      const asked = isAttemptError(result) ? null : parseRetryAfter(result.retryAfter);
      const waitMs =
        asked === null ? backoffMs(attempt, opts.backoffBaseMs, opts.backoffMaxMs) : Math.min(asked, opts.backoffMaxMs);
      if (!isAttemptError(result) && result.status === 429) slowDown(host, waitMs);
      log.debug(
        { url: url.href, attempt, waitMs, cause: isAttemptError(result) ? result.error : result.status },
        'retrying',
      );
      await sleep(waitMs, undefined, { signal: opts.signal });
    }
  }

  /** Follows redirects hop by hop, each hop checked for scheme, address and robots.txt before it is requested. */
  async function fetchHttp(
    req: FetchRequest,
    start: URL,
    limit: BodyLimit,
    obeyRobots: boolean,
  ): Promise<FetchOutcome> {
    const headers: Record<string, string> = { ...baseHeaders };
    if (req.etag) headers['if-none-match'] = req.etag;
    if (req.lastModified) headers['if-modified-since'] = req.lastModified;
    const seen = new Set<string>();
    let url = start;
    for (let hop = 0; ; hop++) {
      const refused = refusal(url, opts.allowPrivate);
      if (refused) return failure(req.url, url.href, hop ? `redirect refused: ${refused}` : refused);
      const rules = obeyRobots ? await robots.rulesFor(url) : null;
      if (rules && !rules.allows(url.href)) {
        const refusedOutcome = failure(req.url, url.href, rules.refusal);
        return rules.fromRules ? { ...refusedOutcome, refusedByRobots: true } : refusedOutcome;
      }
      const lookup = req.cacheable && listings ? listings.lookup(url, headers) : { kind: 'miss' as const };
      if (lookup.kind === 'fresh') return fromCache(req.url, url.href, lookup.cached, limit);
      const res = await attempts(url, lookup.kind === 'revalidate' ? lookup.headers : headers, limit);
      if (isAttemptError(res)) return failure(req.url, url.href, res.error);
      const kept = res.status === 304 && listings ? listings.revalidated(url, headers, lookup, res) : null;
      if (kept) return fromCache(req.url, url.href, kept, limit);
      if (req.cacheable && listings && res.status === 200 && res.body) listings.remember(url, headers, res, res.body);
      if (isRedirect(res.status) && res.location) {
        seen.add(url.href);
        const next = URL.canParse(res.location, url.href) ? new URL(res.location, url) : null;
        if (!next) return failure(req.url, url.href, `bad redirect Location "${res.location}"`, res.status);
        next.hash = '';
        if (seen.has(next.href)) return failure(req.url, url.href, `redirect loop (${next.href} again)`, res.status);
        if (hop + 1 > opts.maxRedirects)
          return failure(req.url, url.href, `too many redirects (more than ${opts.maxRedirects})`, res.status);
        url = next;
        continue;
      }
      const outcome: FetchOutcome = {
        ...blankOutcome(req.url, url.href),
        status: res.status,
        etag: res.etag,
        lastModified: res.lastModified,
        contentTypeHeader: res.contentType,
      };
      if (res.status === 304) return { ...outcome, notModified: true };
      if (res.status >= 300 || !res.body) return { ...outcome, error: `HTTP ${res.status}` };
      return withBody(outcome, res.body, res.contentType, limit.maxBytes);
    }
  }

  const robots = new RobotsCache(
    async (robotsUrl): Promise<RobotsAnswer> => {
      const got = await fetchHttp({ url: robotsUrl, cacheable: true }, new URL(robotsUrl), ROBOTS_LIMIT, false);
      // No HTTP answer is "unreachable"; an answer whose body is unusable (binary, empty, endless redirects) has no rules.
      if (got.status === null) return { error: got.error ?? 'no answer' };
      return { status: got.status, text: got.body?.toString('utf8') ?? '' };
    },
    opts.userAgent,
    (origin, rules) => {
      if (rules.crawlDelayMs !== null) {
        scheduler.raiseDelay(new URL(origin).hostname, Math.min(rules.crawlDelayMs, MAX_CRAWL_DELAY_MS));
      }
      const line = { origin, rules: rules.basis, crawlDelayMs: rules.crawlDelayMs };
      if (rules.refusal && !rules.allows(`${origin}/`))
        log.warn(line, 'robots.txt: nothing fetched from this site this run');
      else log.debug(line, 'robots.txt read');
    },
  );

  async function fetchOne(req: FetchRequest): Promise<FetchOutcome> {
    if (!URL.canParse(req.url)) return failure(req.url, req.url, `malformed URL "${req.url}"`);
    const url = new URL(req.url);
    url.hash = '';
    if (url.protocol === 'file:') {
      const file = await readLocalFile(url, opts.maxBodyBytes);
      if ('error' in file) return failure(req.url, url.href, file.error);
      return withBody(blankOutcome(req.url, url.href), file.body, file.contentType, opts.maxBodyBytes);
    }
    return fetchHttp(req, url, { maxBytes: opts.maxBodyBytes }, opts.respectRobots);
  }

  return {
    async fetch(req) {
      const outcome = await fetchOne(req).catch((err: Error) =>
        failure(req.url, req.url, opts.signal?.aborted ? STOPPED : `internal error: ${err.message}`),
      );
      log.debug({ url: req.url, status: outcome.status, error: outcome.error }, 'fetched');
      return outcome;
    },
    async close() {
      scheduler.close();
      await agent.close();
    },
  };
}
