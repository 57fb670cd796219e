/** Types of sources and the pages discovery finds in them. */
/**
 * What a configured source is; detected from its content when not given. A `status-table` is a page whose
 * table lists a treaty's participants and their actions: its claims are claims of record.
 */
export type SourceKind = 'feed' | 'sitemap' | 'robots' | 'url-list' | 'page' | 'file' | 'folder' | 'status-table';

/** One source as the operator configures it (pipeline.config.ts or `run --source`). */
export interface SourceSpec {
  /** An http(s) URL, a file:// URL, or a local path (file or folder). */
  location: string;
  /** Forced kind; detected from the content when absent. */
  kind?: SourceKind;
  /** Human label for logs and the `sources` table. */
  name?: string;
  /** For a status table: the treaty it is the record of. */
  subject?: string;
}

/** A page found by discovery, to be fetched. */
export interface DiscoveredPage {
  /** Absolute http(s) URL, or a file:// URL for a local file. */
  url: string;
  /** The `location` of the source it was found through. */
  source: string;
  /** Metadata the listing carried (feed item date, sitemap lastmod, title). */
  hints: {
    published?: string;
    lastmod?: string;
    title?: string;
    /** The page is a depositary's status table (configured as one), the record of this subject if given. */
    statusTable?: { subject?: string };
  };
}
