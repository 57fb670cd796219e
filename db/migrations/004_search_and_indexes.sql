-- Schema version 4: what the downstream app needs to query the file well, and what the operator needs recorded.
-- Touches only tables of 001/002, so it applies on top of any 003. Tables are rebuilt the way SQLite's manual
-- says (new table, copy, drop, rename); the store runs migrations with foreign key enforcement off and checks
-- the keys afterwards.

-- runs.status gains 'interrupted': a run stopped by a signal, recorded with its summary.
CREATE TABLE runs_v4 (
  id           INTEGER PRIMARY KEY,
  started_at   TEXT    NOT NULL,
  finished_at  TEXT,
  pid          INTEGER NOT NULL,
  host         TEXT    NOT NULL,
  status       TEXT    NOT NULL CHECK (status IN ('running', 'finished', 'interrupted', 'failed', 'aborted')),
  summary_json TEXT
);
INSERT INTO runs_v4 SELECT id, started_at, finished_at, pid, host, status, summary_json FROM runs;
DROP TABLE runs;
ALTER TABLE runs_v4 RENAME TO runs;
CREATE INDEX runs_running ON runs(status) WHERE status = 'running';

-- fact_claims rows belong to a fact: a declared foreign key, removed with the fact it explains.
CREATE TABLE fact_claims_v4 (
  subject  TEXT    NOT NULL,
  property TEXT    NOT NULL,
  key      TEXT    NOT NULL DEFAULT '',
  claim_id INTEGER NOT NULL REFERENCES claims(id),
  role     TEXT    NOT NULL CHECK (role IN ('source', 'history', 'alternative')),
  PRIMARY KEY (subject, property, key, claim_id, role),
  FOREIGN KEY (subject, property, key) REFERENCES facts(subject, property, key) ON DELETE CASCADE
) WITHOUT ROWID;
INSERT INTO fact_claims_v4 SELECT fc.subject, fc.property, fc.key, fc.claim_id, fc.role FROM fact_claims fc
WHERE EXISTS (SELECT 1 FROM facts f WHERE f.subject = fc.subject AND f.property = fc.property AND f.key = fc.key);
DROP TABLE fact_claims;
ALTER TABLE fact_claims_v4 RENAME TO fact_claims;
CREATE INDEX fact_claims_claim ON fact_claims(claim_id);

-- The obvious queries of a downstream app, each answered by an index rather than a full scan.
CREATE INDEX claims_property ON claims(property, subject);
CREATE INDEX claims_key ON claims(key) WHERE key IS NOT NULL;
CREATE INDEX claims_run ON claims(run_id);
CREATE INDEX fetches_run ON fetches(run_id);
CREATE INDEX articles_published ON articles(published);
CREATE INDEX articles_url ON articles(url);

-- Quotes with their speakers, as the quotes extractor found them in the article text (offsets into it).
CREATE TABLE quotes (
  id         INTEGER PRIMARY KEY,
  article_id INTEGER NOT NULL REFERENCES articles(id),
  text       TEXT    NOT NULL,
  speaker    TEXT,
  text_start INTEGER NOT NULL,
  text_end   INTEGER NOT NULL,
  UNIQUE (article_id, text_start, text_end)
);

-- Full-text search over article titles and texts, and over quotes; triggers keep them in step with their tables.
CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content = 'articles', content_rowid = 'id');
INSERT INTO articles_fts (rowid, title, text) SELECT id, coalesce(title, ''), text FROM articles;
CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
  INSERT INTO articles_fts (rowid, title, text) VALUES (new.id, coalesce(new.title, ''), new.text);
END;
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
  INSERT INTO articles_fts (articles_fts, rowid, title, text)
  VALUES ('delete', old.id, coalesce(old.title, ''), old.text);
END;
CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, text ON articles BEGIN
  INSERT INTO articles_fts (articles_fts, rowid, title, text)
  VALUES ('delete', old.id, coalesce(old.title, ''), old.text);
  INSERT INTO articles_fts (rowid, title, text) VALUES (new.id, coalesce(new.title, ''), new.text);
END;

CREATE VIRTUAL TABLE quotes_fts USING fts5(text, speaker, content = 'quotes', content_rowid = 'id');
CREATE TRIGGER quotes_fts_insert AFTER INSERT ON quotes BEGIN
  INSERT INTO quotes_fts (rowid, text, speaker) VALUES (new.id, new.text, coalesce(new.speaker, ''));
END;
CREATE TRIGGER quotes_fts_delete AFTER DELETE ON quotes BEGIN
  INSERT INTO quotes_fts (quotes_fts, rowid, text, speaker)
  VALUES ('delete', old.id, old.text, coalesce(old.speaker, ''));
END;

-- Feeds, sitemaps and robots.txt as last received, with their HTTP cache policy: the next run revalidates them
-- (If-None-Match / If-Modified-Since) and reads an unchanged one from here.
CREATE TABLE http_cache (
  url          TEXT PRIMARY KEY,
  policy_json  TEXT NOT NULL,
  content_type TEXT,
  body         BLOB NOT NULL,
  stored_at    TEXT NOT NULL
);
