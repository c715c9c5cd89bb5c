-- Statistics (issue 7). case_facts holds one row per case: a projection of its records (recorded
-- actions, evaluations, verified public service, fast-track marks, revocations). The triggers below
-- mark a case dirty inside the transaction of any write to those records, so no handler can forget
-- to; the statistics handlers re-derive the dirty rows before they count (src/server/statistics/
-- case-facts.ts). The counting rules (src/core/statistics) read only these rows, so a figure and the
-- list of cases behind it come from the same data.
CREATE TABLE case_facts (
  case_id TEXT PRIMARY KEY REFERENCES cases (id),
  case_number TEXT NOT NULL,
  unit_code TEXT NOT NULL,
  cause TEXT NOT NULL,
  item_code TEXT,
  item_name TEXT,
  filed_on TEXT,
  decided_on TEXT,
  outcome TEXT CHECK (outcome IS NULL OR outcome IN ('penalty', 'noPenalty')),
  procedure TEXT CHECK (procedure IS NULL OR procedure IN ('ordinary', 'simple')),
  -- Penalty types of the decision, comma-separated, in the order decided, and the column of the
  -- annual table they count under (its most severe type, src/core/statistics/annual-columns.ts).
  penalty_types TEXT NOT NULL,
  annual_column TEXT,
  fine_fen INTEGER,
  confiscation_fen INTEGER,
  no_penalty_ground TEXT,
  revoked_on TEXT,
  transferred_on TEXT,
  closed_on TEXT,
  decision_due_on TEXT,
  hearing_held_on TEXT,
  legal_reviewed_on TEXT,
  collective_on TEXT,
  fast_track INTEGER NOT NULL CHECK (fast_track IN (0, 1)),
  -- Null when the case has no verified public service (公益减罚).
  ps_hours_tenths INTEGER,
  ps_points_tenths INTEGER,
  ps_offset_fen INTEGER,
  -- Calendar days from filing to decision, when both are known (平均办案时效).
  decision_days INTEGER,
  -- Two 32-bit slices of the SHA-256 of the row's content: the data fingerprint of a report sums
  -- them over the rows it counted (src/server/statistics/fingerprint.ts).
  h1 INTEGER NOT NULL,
  h2 INTEGER NOT NULL
) STRICT;

-- The decision-date range is where almost every figure comes from: this index covers every column
-- those figures read, so a year of a million-case register is counted from the index alone.
CREATE INDEX case_facts_decided ON case_facts (decided_on, unit_code, outcome, revoked_on,
  annual_column, no_penalty_ground, procedure, fast_track, fine_fen, confiscation_fen,
  ps_hours_tenths, ps_points_tenths, ps_offset_fen, decision_days, item_code, h1, h2)
  WHERE decided_on IS NOT NULL;
CREATE INDEX case_facts_filed ON case_facts (filed_on, unit_code, closed_on, h1, h2)
  WHERE filed_on IS NOT NULL;
CREATE INDEX case_facts_due ON case_facts (decision_due_on, unit_code, transferred_on, decided_on,
  h1, h2) WHERE decision_due_on IS NOT NULL;
CREATE INDEX case_facts_closed ON case_facts (closed_on, unit_code, h1, h2) WHERE closed_on IS NOT NULL;
CREATE INDEX case_facts_revoked ON case_facts (revoked_on, unit_code, h1, h2) WHERE revoked_on IS NOT NULL;
CREATE INDEX case_facts_transferred ON case_facts (transferred_on, unit_code, h1, h2)
  WHERE transferred_on IS NOT NULL;
CREATE INDEX case_facts_hearing ON case_facts (hearing_held_on, unit_code, h1, h2)
  WHERE hearing_held_on IS NOT NULL;
CREATE INDEX case_facts_reviewed ON case_facts (legal_reviewed_on, unit_code, h1, h2)
  WHERE legal_reviewed_on IS NOT NULL;
CREATE INDEX case_facts_collective ON case_facts (collective_on, unit_code, h1, h2)
  WHERE collective_on IS NOT NULL;

-- A decision revoked after it was made: by 行政复议, by a court (行政诉讼) or by the agency itself
-- (自行纠错). Recorded once per case by a head; never edited or deleted.
CREATE TABLE decision_revocations (
  case_id TEXT PRIMARY KEY REFERENCES cases (id),
  revoked_on TEXT NOT NULL,
  authority TEXT NOT NULL CHECK (authority IN ('reconsideration', 'litigation', 'selfCorrection')),
  reason TEXT NOT NULL,
  origin_unit TEXT NOT NULL,
  created_by TEXT NOT NULL REFERENCES users (id),
  created_at TEXT NOT NULL
) STRICT;

CREATE TRIGGER decision_revocations_no_update BEFORE UPDATE ON decision_revocations
BEGIN
  SELECT RAISE(ABORT, 'decision_revocations is append-only');
END;

CREATE TRIGGER decision_revocations_no_delete BEFORE DELETE ON decision_revocations
BEGIN
  SELECT RAISE(ABORT, 'decision_revocations is append-only');
END;

-- Column sets a user saved for list exports (by user, per list).
CREATE TABLE export_column_sets (
  id TEXT PRIMARY KEY,
  user_id TEXT NOT NULL REFERENCES users (id),
  list TEXT NOT NULL,
  name TEXT NOT NULL,
  columns TEXT NOT NULL,
  created_at TEXT NOT NULL,
  UNIQUE (user_id, list, name)
) STRICT;

-- Cases whose case_facts row must be re-derived before the next count.
CREATE TABLE case_facts_dirty (case_id TEXT PRIMARY KEY) STRICT, WITHOUT ROWID;

CREATE TRIGGER case_facts_dirty_case_insert AFTER INSERT ON cases
BEGIN
  INSERT OR IGNORE INTO case_facts_dirty (case_id) VALUES (NEW.id);
END;

CREATE TRIGGER case_facts_dirty_case_update AFTER UPDATE ON cases
BEGIN
  INSERT OR IGNORE INTO case_facts_dirty (case_id) VALUES (NEW.id);
END;

CREATE TRIGGER case_facts_dirty_event AFTER INSERT ON case_events
BEGIN
  INSERT OR IGNORE INTO case_facts_dirty (case_id) VALUES (NEW.case_id);
END;

CREATE TRIGGER case_facts_dirty_evaluation AFTER INSERT ON case_evaluations
BEGIN
  INSERT OR IGNORE INTO case_facts_dirty (case_id) VALUES (NEW.case_id);
END;

CREATE TRIGGER case_facts_dirty_public_service AFTER INSERT ON public_service_events
BEGIN
  INSERT OR IGNORE INTO case_facts_dirty (case_id) VALUES (NEW.case_id);
END;

CREATE TRIGGER case_facts_dirty_fast_track AFTER INSERT ON fast_track_marks
BEGIN
  INSERT OR IGNORE INTO case_facts_dirty (case_id) VALUES (NEW.case_id);
END;

CREATE TRIGGER case_facts_dirty_revocation AFTER INSERT ON decision_revocations
BEGIN
  INSERT OR IGNORE INTO case_facts_dirty (case_id) VALUES (NEW.case_id);
END;

-- Cases that exist before this migration get their rows at the first count.
INSERT INTO case_facts_dirty (case_id) SELECT id FROM cases;
