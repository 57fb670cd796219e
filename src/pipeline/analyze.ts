/** Analyzes one fetched page: article, extractions and claims. */
import type { Article } from '../article/types.js';
import { evidenceInBody, headed, spansInBody, type Headed } from '../claims/headline.js';
import { buildClaims, CLAIMS_VERSION } from '../claims/index.js';
import { configuredSubject } from '../config/subjects.js';
import { subjectOf } from '../claims/subject.js';
import type { ClaimDraft } from '../claims/types.js';
import type { SubjectSpec } from '../config/schema.js';
import type { DiscoveredPage } from '../discover/types.js';
import type { Extractions, QuoteMention } from '../extract/types.js';
import { EXTRACTORS } from '../extract/index.js';
import { recordClaims } from '../record/claims.js';
import { mayHoldStatusTable, readStatusTable } from '../record/index.js';
import { sha256 } from '../store/text.js';
import { extractionsOf, readPage, type MarkupReading } from './read.js';

/** Version of the text-to-claims path, stored with each article so a re-extraction can be told apart. */
export const EXTRACTOR_VERSION = [...Object.entries(EXTRACTORS), ['claims', CLAIMS_VERSION]]
  .map(([name, version]) => `${name}@${version}`)
  .join(',');

export type Analysis =
  { article: Article; textHash: string; claims: ClaimDraft[]; quotes: QuoteMention[] } | { error: string };

/** Status tables a page is taken for without being configured as one must list at least this many participants. */
const DETECTED_TABLE_MIN_PARTICIPANTS = 10;

/**
 * A page's status table as claims of record, when the source is configured as one or the page plainly is one
 * (a participants table of at least ten rows). The article text becomes the table written out, a line per
 * participant, so that each claim's evidence is its row. Null when the page holds no status table.
 */
function recordOf(
  reading: MarkupReading,
  page: DiscoveredPage,
  fetchedAt: string,
  subjects: SubjectSpec[],
): Analysis | null {
  const { html } = reading;
  const configured = page.hints.statusTable;
  if (!configured && !mayHoldStatusTable(html)) return null;
  const table = readStatusTable({ html, fetchedAt });
  if (!table || (!configured && table.participants.length < DETECTED_TABLE_MIN_PARTICIPANTS)) return null;
  const named = configured?.subject ? configuredSubject(configured.subject, subjects) : null;
  const subject = named
    ? { name: named.name, key: null }
    : (subjectOf({ title: reading.article.title, text: reading.article.text, ...reading.extractions }, subjects) ??
      (configured?.subject ? { name: configured.subject, key: null } : null));
  if (!subject) return { error: 'status table names no treaty: configure its subject' };
  const record = recordClaims(table, subject);
  const article = { ...reading.article, text: record.text };
  return { article, textHash: sha256(record.text), claims: record.claims, quotes: [] };
}

/** Page bytes to article and claims: the pure middle of the pipeline. */
export function analyzePage(
  body: Buffer,
  contentTypeHeader: string | null,
  finalUrl: string,
  fetchedAt: string,
  page: DiscoveredPage,
  subjects: SubjectSpec[],
): Analysis {
  // The extractors read the headline with the body (headline.ts); what is stored keeps the body's offsets.
  const reading = readPage(
    { bytes: body, contentTypeHeader, url: finalUrl, fetchedAt, published: page.hints.published },
    (article) => {
      const read = headed(article);
      return extractionsOf(read.article, read.bodyStart);
    },
  );
  const { article } = reading;
  const read = headed(article);
  const record = recordOf({ ...reading, article: read.article }, page, fetchedAt, subjects);
  if (record) return record;
  if (!article.text.trim()) return { error: 'no article text found on the page' };
  const { extractions } = reading;
  const claims = headedClaims(read, extractions, subjects);
  return { article, textHash: sha256(article.text), claims, quotes: spansInBody(extractions.quotes, read.bodyStart) };
}

/** Claims of an article read with its headline, their evidence at offsets into its body. */
const headedClaims = (read: Headed, extractions: Extractions, subjects: SubjectSpec[]): ClaimDraft[] =>
  evidenceInBody(
    buildClaims({ article: read.article, extractions, subjects, bodyStart: read.bodyStart }),
    read.bodyStart,
  );

/** The claims of a stored article read again, the way `analyzePage` reads a page: its headline with its body. */
export function claimsOfArticle(article: Article, subjects: SubjectSpec[]): ClaimDraft[] {
  const read = headed(article);
  return headedClaims(read, extractionsOf(read.article, read.bodyStart), subjects);
}
