-- Initial schema of the newsfacts fact store. See db/SCHEMA.md for what every column means.
-- Claims are the immutable log; facts and conflicts are recomputed from claims plus analyst decisions.

CREATE TABLE runs (
  id           INTEGER PRIMARY KEY,
  started_at   TEXT    NOT NULL,
  finished_at  TEXT,
  pid          INTEGER NOT NULL,
  host         TEXT    NOT NULL,
  status       TEXT    NOT NULL CHECK (status IN ('running', 'finished', 'failed', 'aborted')),
  summary_json TEXT
);
CREATE INDEX runs_running ON runs(status) WHERE status = 'running';

CREATE TABLE sources (
  id         INTEGER PRIMARY KEY,
  location   TEXT NOT NULL UNIQUE,
  kind       TEXT,
  created_at TEXT NOT NULL
);

CREATE TABLE fetches (
  id             INTEGER PRIMARY KEY,
  run_id         INTEGER NOT NULL REFERENCES runs(id),
  source_id      INTEGER NOT NULL REFERENCES sources(id),
  url            TEXT    NOT NULL,
  final_url      TEXT    NOT NULL,
  fetched_at     TEXT    NOT NULL,
  http_status    INTEGER,
  not_modified   INTEGER NOT NULL DEFAULT 0,
  etag           TEXT,
  last_modified  TEXT,
  content_type   TEXT,
  content_hash   TEXT,
  error          TEXT
);
CREATE INDEX fetches_url ON fetches(url, id);

CREATE TABLE articles (
  id                INTEGER PRIMARY KEY,
  fetch_id          INTEGER NOT NULL REFERENCES fetches(id),
  url               TEXT,
  title             TEXT,
  byline            TEXT,
  published         TEXT,
  modified          TEXT,
  language          TEXT,
  site_name         TEXT,
  text              TEXT    NOT NULL,
  text_hash         TEXT    NOT NULL,
  text_fingerprint  TEXT    NOT NULL,
  extractor_version TEXT    NOT NULL,
  created_at        TEXT    NOT NULL
);
CREATE UNIQUE INDEX articles_identity ON articles(ifnull(url, ''), text_hash);
CREATE INDEX articles_text_hash ON articles(text_hash);

CREATE TABLE claims (
  id                INTEGER PRIMARY KEY,
  article_id        INTEGER NOT NULL REFERENCES articles(id),
  run_id            INTEGER NOT NULL REFERENCES runs(id),
  subject           TEXT    NOT NULL,
  property          TEXT    NOT NULL,
  key               TEXT,
  value_json        TEXT    NOT NULL,
  qualifiers_json   TEXT    NOT NULL DEFAULT '{}',
  as_of             TEXT,
  evidence_start    INTEGER NOT NULL,
  evidence_end      INTEGER NOT NULL,
  evidence_sentence TEXT    NOT NULL,
  extractor         TEXT    NOT NULL,
  extractor_version TEXT    NOT NULL,
  confidence        REAL    NOT NULL,
  created_at        TEXT    NOT NULL
);
CREATE UNIQUE INDEX claims_identity ON claims(
  article_id, subject, property, ifnull(key, ''), value_json, qualifiers_json, evidence_start, evidence_end, extractor
);
CREATE INDEX claims_subject ON claims(subject, property);

-- The log is append-only: the database itself refuses to rewrite it.
CREATE TRIGGER claims_no_update BEFORE UPDATE ON claims
BEGIN SELECT RAISE(ABORT, 'claims are append-only'); END;
CREATE TRIGGER claims_no_delete BEFORE DELETE ON claims
BEGIN SELECT RAISE(ABORT, 'claims are append-only'); END;

-- Subjects with claims or decisions newer than their facts: the next reconcile recomputes exactly these.
CREATE TABLE dirty_subjects (
  subject TEXT PRIMARY KEY
) WITHOUT ROWID;

CREATE TABLE conflicts (
  id                INTEGER PRIMARY KEY,
  subject           TEXT NOT NULL,
  property          TEXT NOT NULL,
  key               TEXT,
  status            TEXT NOT NULL CHECK (status IN ('open', 'resolved', 'reopened', 'closed')),
  explanation       TEXT NOT NULL,
  alternatives_json TEXT NOT NULL,
  claim_ids_json    TEXT NOT NULL,
  opened_at         TEXT NOT NULL,
  updated_at        TEXT NOT NULL
);
CREATE UNIQUE INDEX conflicts_identity ON conflicts(subject, property, ifnull(key, ''));
CREATE INDEX conflicts_status ON conflicts(status);

CREATE TABLE decisions (
  id                  INTEGER PRIMARY KEY,
  conflict_id         INTEGER NOT NULL REFERENCES conflicts(id),
  value_json          TEXT NOT NULL,
  note                TEXT NOT NULL,
  decided_by          TEXT NOT NULL,
  decided_at          TEXT NOT NULL,
  seen_claim_ids_json TEXT NOT NULL
);
CREATE INDEX decisions_conflict ON decisions(conflict_id, id);

CREATE TABLE facts (
  subject     TEXT NOT NULL,
  property    TEXT NOT NULL,
  key         TEXT NOT NULL DEFAULT '',
  value_json  TEXT NOT NULL,
  as_of       TEXT,
  status      TEXT NOT NULL CHECK (status IN ('agreed', 'evolving', 'conflict', 'resolved')),
  explanation TEXT NOT NULL,
  conflict_id INTEGER REFERENCES conflicts(id),
  fact_json   TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  PRIMARY KEY (subject, property, key)
) WITHOUT ROWID;

-- Which claims a fact rests on: role 'source' (the current value), 'history' (earlier values), 'alternative' (competing values).
CREATE TABLE fact_claims (
  subject  TEXT    NOT NULL,
  property TEXT    NOT NULL,
  key      TEXT    NOT NULL DEFAULT '',
  claim_id INTEGER NOT NULL REFERENCES claims(id),
  role     TEXT    NOT NULL CHECK (role IN ('source', 'history', 'alternative')),
  PRIMARY KEY (subject, property, key, claim_id, role)
) WITHOUT ROWID;
CREATE INDEX fact_claims_claim ON fact_claims(claim_id);

CREATE VIEW v_claims AS
SELECT c.id AS claim_id, c.subject, c.property, nullif(c.key, '') AS key,
       c.value_json, c.qualifiers_json, c.as_of, c.confidence,
       c.evidence_start, c.evidence_end, c.evidence_sentence, c.extractor, c.extractor_version,
       c.run_id, c.created_at,
       a.id AS article_id, a.url AS article_url, a.title AS article_title, a.published AS article_published,
       a.text_hash AS article_text_hash, a.text_fingerprint AS article_fingerprint,
       f.id AS fetch_id, f.url AS fetch_url, f.final_url AS fetch_final_url, f.fetched_at, f.http_status,
       s.id AS source_id, s.location AS source_location, s.kind AS source_kind
FROM claims c
JOIN articles a ON a.id = c.article_id
JOIN fetches f ON f.id = a.fetch_id
JOIN sources s ON s.id = f.source_id;

CREATE VIEW v_facts AS
SELECT subject, property, nullif(key, '') AS key, value_json, as_of, status, explanation, conflict_id, fact_json, updated_at
FROM facts;

CREATE VIEW v_conflicts_open AS
SELECT c.id, c.subject, c.property, c.key, c.status, c.explanation, c.alternatives_json, c.opened_at, c.updated_at
FROM conflicts c
WHERE c.status IN ('open', 'reopened');
