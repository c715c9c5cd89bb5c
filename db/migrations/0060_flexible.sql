-- Flexible enforcement and enterprise supervision (issue 6): public-service reduction (公益减罚),
-- fast-track marks (轻微速罚), education after a no-penalty decision, the recovered-loss ledger
-- (挽回损失), enterprise complaint clues (涉企问题线索) and the enterprise-inspection log (入企检查).
-- Ledgers and event tables are append-only: a correction is a new row, never an edit.

-- 公益减罚: the party's voluntary application, the officer's verification of the completed service
-- (with evidence from the case file) or the withdrawal. Rows of one application share application_id.
CREATE TABLE public_service_events (
  id TEXT PRIMARY KEY,
  case_id TEXT NOT NULL REFERENCES cases (id),
  application_id TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('apply', 'verify', 'withdraw')),
  service_code TEXT NOT NULL,
  service_name TEXT NOT NULL,
  measure TEXT NOT NULL CHECK (measure IN ('hours', 'points')),
  -- Applied for (apply) or completed and verified (verify), in tenths of an hour or point.
  quantity_tenths INTEGER CHECK (quantity_tenths IS NULL OR quantity_tenths > 0),
  on_date TEXT NOT NULL,
  evidence_id TEXT REFERENCES evidence (id),
  note TEXT NOT NULL,
  origin_unit TEXT NOT NULL,
  created_by TEXT NOT NULL REFERENCES users (id),
  created_at TEXT NOT NULL,
  CHECK ((kind = 'apply') = (application_id = id)),
  CHECK (kind <> 'verify' OR (quantity_tenths IS NOT NULL AND evidence_id IS NOT NULL))
) STRICT;

CREATE INDEX public_service_events_case ON public_service_events (case_id, created_at);
CREATE UNIQUE INDEX public_service_events_once ON public_service_events (application_id, kind);

-- An application ends once: verified or withdrawn, never both, and only in its own case.
CREATE TRIGGER public_service_events_one_end BEFORE INSERT ON public_service_events
WHEN NEW.kind <> 'apply' AND (
  NOT EXISTS (SELECT 1 FROM public_service_events a
              WHERE a.id = NEW.application_id AND a.kind = 'apply' AND a.case_id = NEW.case_id)
  OR EXISTS (SELECT 1 FROM public_service_events x
             WHERE x.application_id = NEW.application_id AND x.kind <> 'apply'))
BEGIN
  SELECT RAISE(ABORT, 'a public-service application is verified or withdrawn once, in its own case');
END;

-- The completion evidence is part of the same case file.
CREATE TRIGGER public_service_events_evidence_of_case BEFORE INSERT ON public_service_events
WHEN NEW.evidence_id IS NOT NULL AND NOT EXISTS (
  SELECT 1 FROM evidence e WHERE e.id = NEW.evidence_id AND e.case_id = NEW.case_id)
BEGIN
  SELECT RAISE(ABORT, 'public-service evidence must belong to the same case');
END;

CREATE TRIGGER public_service_events_no_update BEFORE UPDATE ON public_service_events
BEGIN
  SELECT RAISE(ABORT, 'public_service_events is append-only');
END;

CREATE TRIGGER public_service_events_no_delete BEFORE DELETE ON public_service_events
BEGIN
  SELECT RAISE(ABORT, 'public_service_events is append-only');
END;

-- The fine offset the engine applied for verified public service, kept beside the evaluation for
-- statistics (公益折抵金额); null when the evaluation had none.
ALTER TABLE case_evaluations ADD COLUMN public_service_offset_fen INTEGER;

-- 轻微速罚 / 简案快办: an officer marks a case for fast handling (the party admits the facts and
-- accepts the penalty). Cases eligible for the simple procedure are flagged without a mark.
CREATE TABLE fast_track_marks (
  case_id TEXT PRIMARY KEY REFERENCES cases (id),
  reason TEXT NOT NULL,
  origin_unit TEXT NOT NULL,
  created_by TEXT NOT NULL REFERENCES users (id),
  created_at TEXT NOT NULL
) STRICT;

CREATE TRIGGER fast_track_marks_no_update BEFORE UPDATE ON fast_track_marks
BEGIN
  SELECT RAISE(ABORT, 'fast_track_marks is append-only');
END;

CREATE TRIGGER fast_track_marks_no_delete BEFORE DELETE ON fast_track_marks
BEGIN
  SELECT RAISE(ABORT, 'fast_track_marks is append-only');
END;

-- APL Art. 33 ¶3: education after a no-penalty decision, written in the decision's transaction, and
-- its follow-up (回访), recorded once.
CREATE TABLE education_records (
  case_id TEXT PRIMARY KEY REFERENCES cases (id),
  forms TEXT NOT NULL,
  content TEXT NOT NULL,
  educated_on TEXT NOT NULL,
  follow_up_on TEXT NOT NULL,
  followed_up_on TEXT,
  follow_up_result TEXT,
  origin_unit TEXT NOT NULL,
  created_by TEXT NOT NULL REFERENCES users (id),
  created_at TEXT NOT NULL,
  followed_up_by TEXT REFERENCES users (id)
) STRICT;

CREATE INDEX education_records_due ON education_records (follow_up_on) WHERE followed_up_on IS NULL;

CREATE TRIGGER education_records_follow_up_once BEFORE UPDATE ON education_records
WHEN OLD.followed_up_on IS NOT NULL
  OR NEW.case_id IS NOT OLD.case_id OR NEW.forms IS NOT OLD.forms OR NEW.content IS NOT OLD.content
  OR NEW.educated_on IS NOT OLD.educated_on OR NEW.follow_up_on IS NOT OLD.follow_up_on
  OR NEW.created_by IS NOT OLD.created_by OR NEW.created_at IS NOT OLD.created_at
  OR NEW.origin_unit IS NOT OLD.origin_unit
BEGIN
  SELECT RAISE(ABORT, 'an education record is kept as written; its follow-up is recorded once');
END;

CREATE TRIGGER education_records_no_delete BEFORE DELETE ON education_records
BEGIN
  SELECT RAISE(ABORT, 'education_records are never deleted');
END;

-- 涉企问题线索. The derived columns (status, handled_on, referred, finding) are rewritten with each
-- step in one transaction; the steps themselves are append-only.
CREATE TABLE enterprise_clues (
  id TEXT PRIMARY KEY,
  clue_number TEXT NOT NULL UNIQUE,
  received_on TEXT NOT NULL,
  channel TEXT NOT NULL
    CHECK (channel IN ('hotline12345', 'supervisor', 'visit', 'platform', 'other')),
  reporter TEXT NOT NULL,
  uscc TEXT NOT NULL,
  enterprise_name TEXT NOT NULL,
  agency TEXT NOT NULL,
  problem_type TEXT NOT NULL CHECK (problem_type IN ('illegalFee', 'illegalFine',
    'illegalInspection', 'illegalSeizure', 'crossRegion', 'profitDriven', 'inconsistentStandards',
    'other')),
  amount_fen INTEGER CHECK (amount_fen IS NULL OR amount_fen > 0),
  summary TEXT NOT NULL,
  deadline_on TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('registered', 'transferred', 'handled', 'closed')),
  handled_on TEXT,
  finding TEXT CHECK (finding IS NULL OR finding IN ('substantiated', 'partly', 'unsubstantiated')),
  referred INTEGER NOT NULL DEFAULT 0 CHECK (referred IN (0, 1)),
  rev INTEGER NOT NULL,
  origin_unit TEXT NOT NULL,
  created_by TEXT NOT NULL REFERENCES users (id),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;

CREATE INDEX enterprise_clues_received ON enterprise_clues (received_on);
CREATE INDEX enterprise_clues_open ON enterprise_clues (deadline_on) WHERE handled_on IS NULL;
CREATE INDEX enterprise_clues_handled ON enterprise_clues (handled_on) WHERE handled_on IS NOT NULL;
CREATE INDEX enterprise_clues_uscc ON enterprise_clues (uscc);

CREATE TABLE clue_steps (
  id TEXT PRIMARY KEY,
  clue_id TEXT NOT NULL REFERENCES enterprise_clues (id),
  kind TEXT NOT NULL CHECK (kind IN ('transfer', 'urge', 'handle', 'feedback', 'refer')),
  on_date TEXT NOT NULL,
  -- transfer: the agency the clue is sent to; refer: the 纪检监察 organ.
  to_agency TEXT,
  -- transfer and urge: the new handling deadline.
  deadline_on TEXT,
  finding TEXT CHECK (finding IS NULL OR finding IN ('substantiated', 'partly', 'unsubstantiated')),
  note TEXT NOT NULL,
  created_by TEXT NOT NULL REFERENCES users (id),
  created_at TEXT NOT NULL
) STRICT;

CREATE INDEX clue_steps_clue ON clue_steps (clue_id, created_at);

CREATE TRIGGER clue_steps_no_update BEFORE UPDATE ON clue_steps
BEGIN
  SELECT RAISE(ABORT, 'clue_steps is append-only');
END;

CREATE TRIGGER clue_steps_no_delete BEFORE DELETE ON clue_steps
BEGIN
  SELECT RAISE(ABORT, 'clue_steps is append-only');
END;

CREATE TRIGGER enterprise_clues_no_delete BEFORE DELETE ON enterprise_clues
BEGIN
  SELECT RAISE(ABORT, 'enterprise clues are never deleted');
END;

-- 挽回损失: an append-only ledger per enterprise. A correction is a reversing entry (negative amount,
-- same category) that names the entry it reverses; reversals never exceed the original.
CREATE TABLE recovered_losses (
  id TEXT PRIMARY KEY,
  uscc TEXT NOT NULL,
  enterprise_name TEXT NOT NULL,
  category TEXT NOT NULL CHECK (category IN ('illegalFeeRefunded', 'fineCorrected',
    'seizureReleased', 'costsRefunded', 'other')),
  amount_fen INTEGER NOT NULL CHECK (amount_fen <> 0),
  on_date TEXT NOT NULL,
  case_id TEXT REFERENCES cases (id),
  clue_id TEXT REFERENCES enterprise_clues (id),
  -- The voucher (refund slip, release notice …) the amount rests on.
  evidence TEXT NOT NULL,
  note TEXT NOT NULL,
  reverses_id TEXT REFERENCES recovered_losses (id),
  -- Set when the user saved the entry despite a likely duplicate (same enterprise, amount, date and
  -- source): the flag stays with the entry.
  duplicate_of TEXT REFERENCES recovered_losses (id),
  origin_unit TEXT NOT NULL,
  created_by TEXT NOT NULL REFERENCES users (id),
  created_at TEXT NOT NULL,
  CHECK ((reverses_id IS NULL) = (amount_fen > 0))
) STRICT;

CREATE INDEX recovered_losses_uscc ON recovered_losses (uscc, on_date);
CREATE INDEX recovered_losses_date ON recovered_losses (on_date);
CREATE INDEX recovered_losses_clue ON recovered_losses (clue_id) WHERE clue_id IS NOT NULL;
CREATE INDEX recovered_losses_case ON recovered_losses (case_id) WHERE case_id IS NOT NULL;
CREATE INDEX recovered_losses_reverses ON recovered_losses (reverses_id) WHERE reverses_id IS NOT NULL;

CREATE TRIGGER recovered_losses_reversal_bounded BEFORE INSERT ON recovered_losses
WHEN NEW.reverses_id IS NOT NULL AND (
  (SELECT amount_fen FROM recovered_losses WHERE id = NEW.reverses_id AND reverses_id IS NULL)
    IS NULL
  OR (SELECT amount_fen FROM recovered_losses WHERE id = NEW.reverses_id)
    + COALESCE((SELECT SUM(amount_fen) FROM recovered_losses WHERE reverses_id = NEW.reverses_id), 0)
    + NEW.amount_fen < 0)
BEGIN
  SELECT RAISE(ABORT, 'a reversal names an original entry and never exceeds what remains of it');
END;

CREATE TRIGGER recovered_losses_no_update BEFORE UPDATE ON recovered_losses
BEGIN
  SELECT RAISE(ABORT, 'recovered_losses is append-only');
END;

CREATE TRIGGER recovered_losses_no_delete BEFORE DELETE ON recovered_losses
BEGIN
  SELECT RAISE(ABORT, 'recovered_losses is append-only');
END;

-- INSERT OR REPLACE deletes the conflicting row without firing the DELETE trigger (recursive
-- triggers are off), so an insert over an existing id is refused before it gets that far.
CREATE TRIGGER recovered_losses_no_replace BEFORE INSERT ON recovered_losses
WHEN EXISTS (SELECT 1 FROM recovered_losses WHERE id = NEW.id)
BEGIN
  SELECT RAISE(ABORT, 'recovered_losses is append-only');
END;

-- 入企检查: one inspected enterprise with a full record = one inspection (domain.md §7.1). A wrong
-- entry is voided with a reason, never deleted.
CREATE TABLE enterprise_inspections (
  id TEXT PRIMARY KEY,
  uscc TEXT NOT NULL,
  enterprise_name TEXT NOT NULL,
  on_date TEXT NOT NULL,
  agency TEXT NOT NULL,
  legal_basis TEXT NOT NULL,
  result TEXT NOT NULL CHECK (result IN ('noProblem', 'corrected', 'caseOpened', 'other')),
  result_note TEXT NOT NULL,
  case_id TEXT REFERENCES cases (id),
  origin_unit TEXT NOT NULL,
  created_by TEXT NOT NULL REFERENCES users (id),
  created_at TEXT NOT NULL
) STRICT;

CREATE INDEX enterprise_inspections_uscc ON enterprise_inspections (uscc, on_date);
CREATE INDEX enterprise_inspections_date ON enterprise_inspections (on_date);

CREATE TRIGGER enterprise_inspections_no_update BEFORE UPDATE ON enterprise_inspections
BEGIN
  SELECT RAISE(ABORT, 'enterprise_inspections is append-only');
END;

CREATE TRIGGER enterprise_inspections_no_delete BEFORE DELETE ON enterprise_inspections
BEGIN
  SELECT RAISE(ABORT, 'enterprise_inspections is append-only');
END;

CREATE TABLE inspection_voids (
  inspection_id TEXT PRIMARY KEY REFERENCES enterprise_inspections (id),
  reason TEXT NOT NULL,
  created_by TEXT NOT NULL REFERENCES users (id),
  created_at TEXT NOT NULL
) STRICT;

CREATE TRIGGER inspection_voids_no_update BEFORE UPDATE ON inspection_voids
BEGIN
  SELECT RAISE(ABORT, 'inspection_voids is append-only');
END;

CREATE TRIGGER inspection_voids_no_delete BEFORE DELETE ON inspection_voids
BEGIN
  SELECT RAISE(ABORT, 'inspection_voids is append-only');
END;
