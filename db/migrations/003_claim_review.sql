-- Claim-level review and re-extraction: analysts reject or accept single claims, `newsfacts reextract` re-reads
-- stored articles with the current rules and supersedes the claims older rules made. Claims stay append-only:
-- both are recorded beside the log, and the reconciler leaves rejected and superseded claims out.

-- Every reject or accept an analyst makes, never overwritten: the latest per claim applies.
CREATE TABLE claim_reviews (
  id          INTEGER PRIMARY KEY,
  claim_id    INTEGER NOT NULL REFERENCES claims(id),
  action      TEXT    NOT NULL CHECK (action IN ('reject', 'accept')),
  note        TEXT    NOT NULL,
  reviewed_by TEXT    NOT NULL,
  reviewed_at TEXT    NOT NULL
);
-- v_claims looks up each claim's latest review: without this index every claim scans the reviews.
CREATE INDEX claim_reviews_claim ON claim_reviews(claim_id, id);

-- Each time `reextract` re-read an article (at most once per run): the rules it used. Keyed by article, so an
-- article's latest read is found without scanning the others.
CREATE TABLE article_reads (
  article_id        INTEGER NOT NULL REFERENCES articles(id),
  run_id            INTEGER NOT NULL REFERENCES runs(id),
  extractor_version TEXT    NOT NULL,
  read_at           TEXT    NOT NULL,
  PRIMARY KEY (article_id, run_id)
) WITHOUT ROWID;

-- A claim of older rules, replaced when its article was re-read in run `run_id`: `successor_id` is the new claim with the same
-- evidence, value and qualifiers (NULL when the current rules no longer make it), so reviews and decisions on the old
-- claim still apply to its successor.
CREATE TABLE claim_supersessions (
  claim_id      INTEGER PRIMARY KEY REFERENCES claims(id),
  run_id        INTEGER NOT NULL REFERENCES runs(id),
  successor_id  INTEGER REFERENCES claims(id),
  superseded_at TEXT    NOT NULL
);

-- A claim's identity now includes the rules that made it: re-reading an article with new rules stores the claims it
-- finds again under the new version, rather than treating them as the old claims.
DROP INDEX claims_identity;
CREATE UNIQUE INDEX claims_identity ON claims(
  article_id, subject, property, ifnull(key, ''), value_json, qualifiers_json, evidence_start, evidence_end, extractor,
  extractor_version
);

-- The day a decision on a series holds for (a count decided as of 7 November stays decided when 76 follows).
ALTER TABLE decisions ADD COLUMN as_of TEXT;

-- An article's rules now: those of its latest re-read, else those it was first read with.
CREATE VIEW v_article_versions AS
SELECT a.id AS article_id,
       coalesce((SELECT r.extractor_version FROM article_reads r WHERE r.article_id = a.id ORDER BY r.run_id DESC LIMIT 1),
                a.extractor_version) AS extractor_version
FROM articles a;

DROP VIEW v_claims;
CREATE VIEW v_claims AS
SELECT c.id AS claim_id, c.subject, c.property, nullif(c.key, '') AS key,
       c.value_json, c.qualifiers_json, c.as_of, c.confidence,
       c.evidence_start, c.evidence_end, c.evidence_sentence, c.extractor, c.extractor_version,
       c.run_id, c.created_at,
       a.id AS article_id, a.url AS article_url, a.title AS article_title, a.published AS article_published,
       a.text_hash AS article_text_hash, a.text_fingerprint AS article_fingerprint,
       f.id AS fetch_id, f.url AS fetch_url, f.final_url AS fetch_final_url, f.fetched_at, f.http_status,
       s.id AS source_id, s.location AS source_location, s.kind AS source_kind,
       CASE
         WHEN sup.claim_id IS NOT NULL THEN 'superseded'
         WHEN (SELECT r.action FROM claim_reviews r WHERE r.claim_id = c.id ORDER BY r.id DESC LIMIT 1) = 'reject'
           THEN 'rejected'
         ELSE 'active'
       END AS claim_status,
       sup.run_id AS superseded_by_run
FROM claims c
JOIN articles a ON a.id = c.article_id
JOIN fetches f ON f.id = a.fetch_id
JOIN sources s ON s.id = f.source_id
LEFT JOIN claim_supersessions sup ON sup.claim_id = c.id;

-- One row per value a fact has held: the current value (position = number of earlier values) and its history.
CREATE VIEW v_fact_history AS
SELECT f.subject, f.property, nullif(f.key, '') AS key, CAST(h.key AS INTEGER) AS position,
       h.value -> '$.value' AS value_json, h.value ->> '$.as_of' AS as_of, 0 AS is_current,
       h.value -> '$.sources' AS sources_json
FROM facts f, json_each(f.fact_json, '$.history') h
UNION ALL
SELECT f.subject, f.property, nullif(f.key, '') AS key, json_array_length(f.fact_json, '$.history') AS position,
       f.value_json, f.as_of, 1 AS is_current, f.fact_json -> '$.sources' AS sources_json
FROM facts f;

-- Every analyst decision: values decided on conflicts, and claims rejected or accepted.
CREATE VIEW v_decisions AS
SELECT 'resolve' AS kind, d.id, k.subject, k.property, nullif(k.key, '') AS key, d.conflict_id, NULL AS claim_id,
       d.value_json, d.as_of, d.note, d.decided_by, d.decided_at,
       d.id = (SELECT max(x.id) FROM decisions x WHERE x.conflict_id = d.conflict_id) AS in_force
FROM decisions d JOIN conflicts k ON k.id = d.conflict_id
UNION ALL
SELECT r.action AS kind, r.id, c.subject, c.property, nullif(c.key, '') AS key, NULL AS conflict_id, r.claim_id,
       c.value_json, c.as_of, r.note, r.reviewed_by AS decided_by, r.reviewed_at AS decided_at,
       r.id = (SELECT max(x.id) FROM claim_reviews x WHERE x.claim_id = r.claim_id) AS in_force
FROM claim_reviews r JOIN claims c ON c.id = r.claim_id;

-- Facts written before this version lack outliers and decisions' days: the next reconcile recomputes them all.
INSERT OR IGNORE INTO dirty_subjects (subject) SELECT DISTINCT subject FROM claims;
