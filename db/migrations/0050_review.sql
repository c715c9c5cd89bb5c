-- Legal review and consistency checks (issue 5): the reviewer's verdict on each flag, and one row per
-- decided case for peer comparison and the consistency report, written in the decision's transaction.

-- The reviewer's verdict (合理 / 需纠正) on a flag of a case; append-only, the latest per code counts.
CREATE TABLE review_verdicts (
  id TEXT PRIMARY KEY,
  case_id TEXT NOT NULL REFERENCES cases (id),
  code TEXT NOT NULL,
  verdict TEXT NOT NULL CHECK (verdict IN ('reasonable', 'needsCorrection')),
  reason TEXT NOT NULL,
  -- The flag as it stood when judged (message and evidence), so a later change of the case shows.
  flag TEXT NOT NULL,
  origin_unit TEXT NOT NULL,
  created_by TEXT NOT NULL REFERENCES users (id),
  created_at TEXT NOT NULL
) STRICT;

CREATE INDEX review_verdicts_case ON review_verdicts (case_id, code, created_at);

CREATE TRIGGER review_verdicts_no_update BEFORE UPDATE ON review_verdicts
BEGIN
  SELECT RAISE(ABORT, 'review_verdicts is append-only');
END;

CREATE TRIGGER review_verdicts_no_delete BEFORE DELETE ON review_verdicts
BEGIN
  SELECT RAISE(ABORT, 'review_verdicts is append-only');
END;

-- A decided penalty case as a peer: item, benchmark version and level, the fine and its measures
-- (src/core/review/measures.ts). Rewritten when a decision is recorded; the key is the case.
CREATE TABLE case_outcomes (
  case_id TEXT PRIMARY KEY REFERENCES cases (id),
  case_number TEXT NOT NULL,
  unit_code TEXT NOT NULL,
  item_code TEXT NOT NULL,
  item_name TEXT NOT NULL,
  benchmark_id TEXT NOT NULL,
  level TEXT NOT NULL,
  decided_on TEXT NOT NULL,
  fine_fen INTEGER,
  position REAL,
  fine_per_base REAL
) STRICT;

CREATE INDEX case_outcomes_peers ON case_outcomes (item_code, benchmark_id, level, decided_on);
CREATE INDEX case_outcomes_decided ON case_outcomes (decided_on);
