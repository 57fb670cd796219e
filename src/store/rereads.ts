/** Re-reading stored articles in the store: which were read with other rules, and their claims superseded. */
import type Database from 'better-sqlite3';
import type { Article } from '../article/types.js';
import { meaningOf, type ClaimDraft } from '../claims/types.js';
import { StoreError, type OlderRules, type RereadResult, type StoredArticle } from './api.js';
import { draftColumns, type IdentityColumns } from './claimRows.js';

/**
 * One claim's identity as text. Without the version, the same evidence read by other rules matches: the same value
 * and meaning at the same span, whichever rule names the new rules record beside it.
 */
function identity(r: Omit<IdentityColumns, 'id'>, withVersion: boolean): string {
  const qualifiers = withVersion ? r.qualifiers_json : meaningText(r.qualifiers_json);
  const parts = [r.subject, r.property, r.key ?? '', r.value_json, qualifiers, r.evidence_start, r.evidence_end];
  return [...parts, r.extractor, withVersion ? r.extractor_version : ''].join('\u0000');
}

/** Stored qualifiers as their meaning, keys in order, so `{"qualifier":…,"rule":…}` matches an older `{"qualifier":…}`. */
function meaningText(qualifiersJson: string): string {
  const meaning = meaningOf(JSON.parse(qualifiersJson) as Record<string, unknown>);
  return JSON.stringify(Object.fromEntries(Object.entries(meaning).sort(([a], [b]) => (a < b ? -1 : 1))));
}

/** A version string names the rules (`countries@1,numbers@1,…`); one of its `name@version` parts names one rule set. */
const names = (stored: string, asked: string): boolean => stored === asked || stored.split(',').includes(asked);

/** The bookkeeping behind `newsfacts reextract`; the extractors themselves run outside the store. */
export class ArticleRereads {
  private readonly versions;
  private readonly firstSeen;
  private readonly olderClaims;
  private readonly aboutSubject;
  private readonly article;
  private readonly insertRead;
  private readonly claimsOfArticle;
  private readonly subjectName;
  private readonly supersede;
  private readonly markDirty;

  constructor(
    private readonly db: Database.Database,
    private readonly path: string,
    private readonly appendClaims: (articleId: number, runId: number, claims: ClaimDraft[]) => number,
  ) {
    this.versions = db.prepare(`SELECT article_id AS id, extractor_version AS version FROM v_article_versions`);
    this.firstSeen = db.prepare(`
      SELECT extractor_version AS version, min(t) AS at FROM (
        SELECT extractor_version, created_at AS t FROM articles
        UNION ALL SELECT extractor_version, read_at FROM article_reads)
      GROUP BY extractor_version ORDER BY at`);
    this.olderClaims = db
      .prepare(
        `
      SELECT count(*) FROM claims c LEFT JOIN claim_supersessions s ON s.claim_id = c.id
      WHERE c.article_id = ? AND s.claim_id IS NULL`,
      )
      .pluck();
    this.aboutSubject = db.prepare(`SELECT DISTINCT article_id FROM claims WHERE subject = ?`).pluck();
    this.article = db.prepare(`
      SELECT url, title, byline, published, modified, language, site_name AS siteName, text FROM articles WHERE id = ?`);
    this.insertRead = db.prepare(`
      INSERT INTO article_reads (article_id, run_id, extractor_version, read_at) VALUES (?, ?, ?, ?)`);
    this.claimsOfArticle = db.prepare(`
      SELECT c.id, c.subject, c.property, c.key, c.value_json, c.qualifiers_json, c.evidence_start, c.evidence_end,
             c.extractor, c.extractor_version
      FROM claims c LEFT JOIN claim_supersessions s ON s.claim_id = c.id
      WHERE c.article_id = ? AND s.claim_id IS NULL`);
    this.subjectName = db.prepare(`SELECT name FROM subject_names WHERE key = ?`).pluck();
    this.supersede = db.prepare(`
      INSERT INTO claim_supersessions (claim_id, run_id, successor_id, superseded_at) VALUES (?, ?, ?, ?)`);
    this.markDirty = db.prepare(`INSERT OR IGNORE INTO dirty_subjects (subject) VALUES (?)`);
  }

  private current(): { id: number; version: string }[] {
    return this.versions.all() as { id: number; version: string }[];
  }

  olderRules(currentVersion: string): OlderRules {
    const older = this.current().filter((a) => a.version !== currentVersion);
    const claims = older.reduce((n, a) => n + (this.olderClaims.get(a.id) as number), 0);
    return { articles: older.length, claims, versions: [...new Set(older.map((a) => a.version))] };
  }

  articlesToReread(currentVersion: string, filter: { since?: string; subject?: string } = {}): number[] {
    let wanted = this.current().filter((a) => a.version !== currentVersion);
    if (filter.since !== undefined) {
      const order = (this.firstSeen.all() as { version: string }[]).map((v) => v.version);
      const from = order.findIndex((v) => names(v, filter.since!));
      if (from < 0) {
        const known = order.join('; ') || 'none';
        throw new StoreError(
          `${this.path}: no stored article was read with version '${filter.since}' (known: ${known})`,
        );
      }
      const later = new Set(order.slice(from));
      wanted = wanted.filter((a) => later.has(a.version));
    }
    if (filter.subject !== undefined) {
      const about = new Set(this.aboutSubject.all(filter.subject) as number[]);
      wanted = wanted.filter((a) => about.has(a.id));
    }
    return wanted.map((a) => a.id);
  }

  storedArticle(articleId: number): StoredArticle {
    const article = this.article.get(articleId) as Article | undefined;
    if (!article) throw new StoreError(`${this.path}: no article #${articleId}`);
    return { id: articleId, article };
  }

  rereadArticle(articleId: number, runId: number, version: string, claims: ClaimDraft[]): RereadResult {
    return this.db.transaction(() => {
      const now = new Date().toISOString();
      this.insertRead.run(articleId, runId, version, now);
      const claimsNew = this.appendClaims(articleId, runId, claims);
      const made = new Set(claims.map((c) => identity(this.draftRow(c), true)));
      const stored = this.claimsOfArticle.all(articleId) as IdentityColumns[];
      const kept = stored.filter((r) => made.has(identity(r, true)));
      const successors = new Map(kept.map((r) => [identity(r, false), r.id]));
      let claimsSuperseded = 0;
      for (const old of stored) {
        if (made.has(identity(old, true))) continue;
        this.supersede.run(old.id, runId, successors.get(identity(old, false)) ?? null, now);
        this.markDirty.run(old.subject);
        claimsSuperseded++;
      }
      return { claimsNew, claimsSuperseded };
    })();
  }

  /** A draft as the store files it: under the subject name its key was first stored with. */
  private draftRow(c: ClaimDraft): Omit<IdentityColumns, 'id'> {
    const named = c.subjectKey ? (this.subjectName.get(c.subjectKey) as string | undefined) : undefined;
    return draftColumns(c, named ?? c.subject);
  }
}
