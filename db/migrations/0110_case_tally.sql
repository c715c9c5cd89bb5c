-- Live cases per status, kept by triggers (issue 10: counts without scanning the register). The
-- register's total and a status filter's count are then a sum over at most twelve rows; counting one
-- million index entries took 100 ms. Every status of the CHECK on cases.status has its row, so the
-- triggers only ever UPDATE. A bulk load that drops these triggers recounts afterwards
-- (src/server/cases/tally.ts).
CREATE TABLE case_tally (
  status TEXT PRIMARY KEY,
  live INTEGER NOT NULL CHECK (live >= 0)
) STRICT, WITHOUT ROWID;

INSERT INTO case_tally (status, live)
SELECT s.status, (SELECT count(*) FROM cases c WHERE c.status = s.status AND c.deleted_at IS NULL)
FROM (
  SELECT 'REGISTERED' AS status UNION ALL SELECT 'FILED' UNION ALL SELECT 'INVESTIGATING'
  UNION ALL SELECT 'NOTIFIED' UNION ALL SELECT 'UNDER_REVIEW' UNION ALL SELECT 'DECIDED'
  UNION ALL SELECT 'SERVED' UNION ALL SELECT 'EXECUTING' UNION ALL SELECT 'CLOSED'
  UNION ALL SELECT 'ARCHIVED' UNION ALL SELECT 'DECLINED' UNION ALL SELECT 'TRANSFERRED'
) s;

CREATE TRIGGER case_tally_insert AFTER INSERT ON cases WHEN NEW.deleted_at IS NULL
BEGIN
  UPDATE case_tally SET live = live + 1 WHERE status = NEW.status;
END;

CREATE TRIGGER case_tally_update AFTER UPDATE OF status, deleted_at ON cases
BEGIN
  UPDATE case_tally SET live = live - 1 WHERE status = OLD.status AND OLD.deleted_at IS NULL;
  UPDATE case_tally SET live = live + 1 WHERE status = NEW.status AND NEW.deleted_at IS NULL;
END;

CREATE TRIGGER case_tally_delete AFTER DELETE ON cases WHEN OLD.deleted_at IS NULL
BEGIN
  UPDATE case_tally SET live = live - 1 WHERE status = OLD.status;
END;
