/** Types of a fetch: the request with its validators and the outcomes it can have. */

/** A request for one page, carrying the validators stored by the previous run. */
export interface FetchRequest {
  url: string;
  etag?: string | null;
  lastModified?: string | null;
  /** A listing (feed, sitemap): cached between runs by HTTP's rules, so an unchanged one is answered 304. */
  cacheable?: boolean;
}

/** What fetching one URL produced. Errors are values, never thrown: a run lists them. */
export interface FetchOutcome {
  /** The URL as requested. */
  url: string;
  /** The URL after redirects. */
  finalUrl: string;
  /** ISO 8601 time the response (or the error) arrived. */
  fetchedAt: string;
  /** HTTP status; null for a network error or a local file. */
  status: number | null;
  /** True when the server answered 304 to a conditional request. */
  notModified: boolean;
  etag: string | null;
  lastModified: string | null;
  /** Media type without parameters, lower case ("text/html"); null when unknown. */
  contentType: string | null;
  /** The raw Content-Type header, for charset detection downstream. */
  contentTypeHeader: string | null;
  /** Raw body bytes (decompressed); null on error, 304, or for content not kept (binary). */
  body: Buffer | null;
  /** sha256 hex of the body bytes; null when there is no body. */
  contentHash: string | null;
  /** One-line reason when the fetch failed; null on success. */
  error: string | null;
  /** Set (with `error` saying why) when robots.txt disallows the URL: a skip by policy, not a failure. */
  refusedByRobots?: true;
}
