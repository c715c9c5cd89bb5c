-- Discretion benchmark: a unit's own catalogue packages (a published one is immutable) and the
-- evaluations frozen on cases (append-only: a new evaluation supersedes, never overwrites).

CREATE TABLE catalogue_packages (
  id TEXT PRIMARY KEY,
  package_id TEXT NOT NULL UNIQUE,
  title TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('draft', 'published')),
  yaml TEXT NOT NULL,
  origin_unit TEXT NOT NULL,
  rev INTEGER NOT NULL,
  created_by TEXT NOT NULL REFERENCES users (id),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  published_by TEXT REFERENCES users (id),
  published_at TEXT
) STRICT;

CREATE TRIGGER catalogue_packages_published_immutable BEFORE UPDATE ON catalogue_packages
WHEN OLD.status = 'published'
BEGIN
  SELECT RAISE(ABORT, 'a published catalogue version is immutable; publish a new version instead');
END;

CREATE TRIGGER catalogue_packages_published_kept BEFORE DELETE ON catalogue_packages
WHEN OLD.status = 'published'
BEGIN
  SELECT RAISE(ABORT, 'a published catalogue version is never deleted');
END;

CREATE TABLE case_evaluations (
  id TEXT PRIMARY KEY,
  case_id TEXT NOT NULL REFERENCES cases (id),
  item_code TEXT NOT NULL,
  -- The act date the engine used (the end of a continuing violation), for the look-back count.
  act_date TEXT NOT NULL,
  -- Whether this evaluation establishes a violation for the repeat count: false for no fault,
  -- limitation, age, capacity or a law that no longer punishes the act.
  establishes_violation INTEGER NOT NULL CHECK (establishes_violation IN (0, 1)),
  benchmark_id TEXT NOT NULL,
  statute_version TEXT NOT NULL,
  prior_violations INTEGER NOT NULL,
  facts TEXT NOT NULL,
  result TEXT NOT NULL,
  choice TEXT NOT NULL CHECK (choice IN ('accept', 'declineExemption')),
  outcome_level TEXT NOT NULL,
  fine_min_fen INTEGER,
  fine_max_fen INTEGER,
  intended_fine_fen INTEGER,
  deviation INTEGER NOT NULL CHECK (deviation IN (0, 1)),
  deviation_reason TEXT,
  origin_unit TEXT NOT NULL,
  created_by TEXT NOT NULL REFERENCES users (id),
  created_at TEXT NOT NULL
) STRICT;

CREATE INDEX case_evaluations_case ON case_evaluations (case_id, created_at);
CREATE INDEX case_evaluations_item ON case_evaluations (item_code, act_date);

CREATE TRIGGER case_evaluations_no_update BEFORE UPDATE ON case_evaluations
BEGIN
  SELECT RAISE(ABORT, 'case_evaluations is append-only');
END;

CREATE TRIGGER case_evaluations_no_delete BEFORE DELETE ON case_evaluations
BEGIN
  SELECT RAISE(ABORT, 'case_evaluations is append-only');
END;
