-- Issue 8 §4: period close (结账). The head closes a reporting period: its statistics are frozen as a
-- snapshot, and the records dated inside it are locked. A later correction is entered in the current
-- period and shows as an adjustment; reopening needs the administrator and a reason (audited).

CREATE TABLE period_closes (
  id TEXT PRIMARY KEY,
  from_on TEXT NOT NULL,
  to_on TEXT NOT NULL,
  -- Whose figures were frozen: the own unit's, or every unit's in the database (consolidated).
  unit_scope TEXT NOT NULL CHECK (unit_scope IN ('own', 'all')),
  -- The counting choice the snapshot was computed with (statistics.includeRevoked).
  include_revoked INTEGER NOT NULL CHECK (include_revoked IN (0, 1)),
  -- The canonical JSON of the StatisticsView computed at close, returned as is for this period.
  snapshot TEXT NOT NULL,
  -- The data hash of that view (its meta.dataHash), for a reader who compares without parsing.
  data_hash TEXT NOT NULL,
  closed_by TEXT NOT NULL REFERENCES users (id),
  closed_at TEXT NOT NULL,
  reopened_by TEXT REFERENCES users (id),
  reopened_at TEXT,
  reopen_reason TEXT,
  CHECK (from_on <= to_on),
  CHECK ((reopened_at IS NULL) = (reopened_by IS NULL)),
  CHECK ((reopened_at IS NULL) = (reopen_reason IS NULL))
) STRICT;

CREATE INDEX period_closes_range ON period_closes (to_on, from_on) WHERE reopened_at IS NULL;

-- Two closed periods of the same scope never overlap: a record belongs to at most one frozen report
-- of each kind, and "the adjustments of the period before" is well defined.
CREATE TRIGGER period_closes_no_overlap BEFORE INSERT ON period_closes
WHEN EXISTS (SELECT 1 FROM period_closes p WHERE p.reopened_at IS NULL
  AND p.unit_scope = NEW.unit_scope AND p.from_on <= NEW.to_on AND NEW.from_on <= p.to_on)
BEGIN
  SELECT RAISE(ABORT, 'period_closes may not overlap');
END;

-- A close is reopened once; nothing else about it ever changes, and it is never deleted.
CREATE TRIGGER period_closes_reopen_once BEFORE UPDATE ON period_closes
WHEN OLD.reopened_at IS NOT NULL OR NEW.id IS NOT OLD.id OR NEW.from_on IS NOT OLD.from_on
  OR NEW.to_on IS NOT OLD.to_on OR NEW.unit_scope IS NOT OLD.unit_scope
  OR NEW.include_revoked IS NOT OLD.include_revoked OR NEW.snapshot IS NOT OLD.snapshot
  OR NEW.data_hash IS NOT OLD.data_hash OR NEW.closed_by IS NOT OLD.closed_by
  OR NEW.closed_at IS NOT OLD.closed_at
BEGIN
  SELECT RAISE(ABORT, 'a period close is reopened once and otherwise never changes');
END;

CREATE TRIGGER period_closes_no_delete BEFORE DELETE ON period_closes
BEGIN
  SELECT RAISE(ABORT, 'period closes are never deleted');
END;

-- Present only inside a package import's transaction (src/server/periods/bypass.ts): late records
-- of other units may then arrive into closed periods, where they show as adjustments.
CREATE TABLE period_lock_bypass (id INTEGER PRIMARY KEY CHECK (id = 1)) STRICT;

-- The lock: a record whose legal date lies in a closed, not reopened period is refused. The handlers
-- refuse first with the period named (src/server/periods/lock.ts); these triggers are the backstop,
-- and the dispatcher turns their PERIOD_CLOSED into the same kind of refusal.
CREATE TRIGGER case_events_period_closed BEFORE INSERT ON case_events
WHEN NOT EXISTS (SELECT 1 FROM period_lock_bypass) AND EXISTS (SELECT 1 FROM period_closes p
  WHERE p.reopened_at IS NULL AND NEW.on_date BETWEEN p.from_on AND p.to_on)
BEGIN
  SELECT RAISE(ABORT, 'PERIOD_CLOSED');
END;

CREATE TRIGGER payments_period_closed BEFORE INSERT ON payments
WHEN NOT EXISTS (SELECT 1 FROM period_lock_bypass) AND EXISTS (SELECT 1 FROM period_closes p
  WHERE p.reopened_at IS NULL AND NEW.paid_on BETWEEN p.from_on AND p.to_on)
BEGIN
  SELECT RAISE(ABORT, 'PERIOD_CLOSED');
END;

CREATE TRIGGER recovered_losses_period_closed BEFORE INSERT ON recovered_losses
WHEN NOT EXISTS (SELECT 1 FROM period_lock_bypass) AND EXISTS (SELECT 1 FROM period_closes p
  WHERE p.reopened_at IS NULL AND NEW.on_date BETWEEN p.from_on AND p.to_on)
BEGIN
  SELECT RAISE(ABORT, 'PERIOD_CLOSED');
END;

CREATE TRIGGER enterprise_inspections_period_closed BEFORE INSERT ON enterprise_inspections
WHEN NOT EXISTS (SELECT 1 FROM period_lock_bypass) AND EXISTS (SELECT 1 FROM period_closes p
  WHERE p.reopened_at IS NULL AND NEW.on_date BETWEEN p.from_on AND p.to_on)
BEGIN
  SELECT RAISE(ABORT, 'PERIOD_CLOSED');
END;

CREATE TRIGGER clue_steps_period_closed BEFORE INSERT ON clue_steps
WHEN NOT EXISTS (SELECT 1 FROM period_lock_bypass) AND EXISTS (SELECT 1 FROM period_closes p
  WHERE p.reopened_at IS NULL AND NEW.on_date BETWEEN p.from_on AND p.to_on)
BEGIN
  SELECT RAISE(ABORT, 'PERIOD_CLOSED');
END;

CREATE TRIGGER decision_revocations_period_closed BEFORE INSERT ON decision_revocations
WHEN NOT EXISTS (SELECT 1 FROM period_lock_bypass) AND EXISTS (SELECT 1 FROM period_closes p
  WHERE p.reopened_at IS NULL AND NEW.revoked_on BETWEEN p.from_on AND p.to_on)
BEGIN
  SELECT RAISE(ABORT, 'PERIOD_CLOSED');
END;

CREATE TRIGGER public_service_events_period_closed BEFORE INSERT ON public_service_events
WHEN NOT EXISTS (SELECT 1 FROM period_lock_bypass) AND EXISTS (SELECT 1 FROM period_closes p
  WHERE p.reopened_at IS NULL AND NEW.on_date BETWEEN p.from_on AND p.to_on)
BEGIN
  SELECT RAISE(ABORT, 'PERIOD_CLOSED');
END;

CREATE TRIGGER education_records_period_closed BEFORE INSERT ON education_records
WHEN NOT EXISTS (SELECT 1 FROM period_lock_bypass) AND EXISTS (SELECT 1 FROM period_closes p
  WHERE p.reopened_at IS NULL AND NEW.educated_on BETWEEN p.from_on AND p.to_on)
BEGIN
  SELECT RAISE(ABORT, 'PERIOD_CLOSED');
END;

CREATE TRIGGER enterprise_clues_period_closed BEFORE INSERT ON enterprise_clues
WHEN NOT EXISTS (SELECT 1 FROM period_lock_bypass) AND EXISTS (SELECT 1 FROM period_closes p
  WHERE p.reopened_at IS NULL AND NEW.received_on BETWEEN p.from_on AND p.to_on)
BEGIN
  SELECT RAISE(ABORT, 'PERIOD_CLOSED');
END;

-- A case counts as filed by its filing date: a case entered as filed inside a closed period, a
-- filing date moved into or out of one, or the deletion of a case filed in one would change the
-- frozen 立案数.
CREATE TRIGGER cases_period_closed_insert BEFORE INSERT ON cases
WHEN NEW.filed_on IS NOT NULL AND NOT EXISTS (SELECT 1 FROM period_lock_bypass)
  AND EXISTS (SELECT 1 FROM period_closes p
    WHERE p.reopened_at IS NULL AND NEW.filed_on BETWEEN p.from_on AND p.to_on)
BEGIN
  SELECT RAISE(ABORT, 'PERIOD_CLOSED');
END;

CREATE TRIGGER cases_period_closed_filing BEFORE UPDATE OF filed_on, deleted_at ON cases
WHEN NOT EXISTS (SELECT 1 FROM period_lock_bypass) AND (
  (NEW.filed_on IS NOT OLD.filed_on AND EXISTS (SELECT 1 FROM period_closes p
    WHERE p.reopened_at IS NULL AND (OLD.filed_on BETWEEN p.from_on AND p.to_on
      OR NEW.filed_on BETWEEN p.from_on AND p.to_on)))
  OR (NEW.deleted_at IS NOT OLD.deleted_at AND EXISTS (SELECT 1 FROM period_closes p
    WHERE p.reopened_at IS NULL AND OLD.filed_on BETWEEN p.from_on AND p.to_on)))
BEGIN
  SELECT RAISE(ABORT, 'PERIOD_CLOSED');
END;

-- A case decided inside a closed period keeps its substance (cause, facts, parties, dates,
-- officers, deletion): the frozen report counted it as it was.
CREATE TRIGGER cases_period_closed_decided BEFORE UPDATE OF cause, facts, discovered_on, filed_on,
  violation_on, deleted_at, party_names, officer1_id, officer2_id ON cases
WHEN NOT EXISTS (SELECT 1 FROM period_lock_bypass)
  AND (NEW.cause IS NOT OLD.cause OR NEW.facts IS NOT OLD.facts
    OR NEW.discovered_on IS NOT OLD.discovered_on OR NEW.filed_on IS NOT OLD.filed_on
    OR NEW.violation_on IS NOT OLD.violation_on OR NEW.deleted_at IS NOT OLD.deleted_at
    OR NEW.party_names IS NOT OLD.party_names OR NEW.officer1_id IS NOT OLD.officer1_id
    OR NEW.officer2_id IS NOT OLD.officer2_id)
  AND EXISTS (SELECT 1 FROM case_events e JOIN period_closes p
    ON p.reopened_at IS NULL AND e.on_date BETWEEN p.from_on AND p.to_on
    WHERE e.case_id = OLD.id AND e.kind IN ('decide', 'decideOnTheSpot'))
BEGIN
  SELECT RAISE(ABORT, 'PERIOD_CLOSED');
END;
