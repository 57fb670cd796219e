-- Subjects that no configured name covers are identified by the normalized key of the treaty's name
-- (src/extract/treaties.ts treatyKey): the first name stored for a key is the name its claims are filed under,
-- so "UN Cybercrime Treaty" and "United Nations Convention against Cybercrime" gather as one subject.
CREATE TABLE subject_names (
  key        TEXT PRIMARY KEY,
  name       TEXT NOT NULL,
  first_seen TEXT NOT NULL
);
