-- The decision clock (APL Art. 60: 90 days from 立案) stored on the case, so the deadlines dashboard
-- finds due and overdue cases through an index instead of computing every case's clock. Written in
-- the same transaction as the filing date; the lifecycle moves it for suspensions and extensions.

ALTER TABLE cases ADD COLUMN decision_due_on TEXT;

UPDATE cases SET decision_due_on = date(filed_on, '+90 days') WHERE filed_on IS NOT NULL;

-- Only cases whose decision is still to be made carry a running clock.
CREATE INDEX cases_open_decision_due ON cases (decision_due_on, id)
  WHERE deleted_at IS NULL AND decision_due_on IS NOT NULL
    AND status IN ('FILED', 'INVESTIGATING', 'NOTIFIED', 'UNDER_REVIEW');
