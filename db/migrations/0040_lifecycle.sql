-- The case lifecycle (issue 4): procedural events, payments, issued documents with their numbers,
-- and evidence files. Events, payments and issued documents are append-only; a correction is a new
-- row (a reversing payment, a new document version).

-- APL Art. 36: the act date (or the end of a continuing act) and whether the five-year period applies,
-- so that filing can check the limitation.
ALTER TABLE cases ADD COLUMN violation_on TEXT;
ALTER TABLE cases ADD COLUMN extended_limitation INTEGER NOT NULL DEFAULT 0
  CHECK (extended_limitation IN (0, 1));
-- Derived in the write transaction for the deadlines dashboard: the last day to pay a fine that is
-- still outstanding (APL Art. 67 ¶3, or the end of an approved deferral).
ALTER TABLE cases ADD COLUMN payment_due_on TEXT;

CREATE INDEX cases_open_payment_due ON cases (payment_due_on, id)
  WHERE deleted_at IS NULL AND payment_due_on IS NOT NULL AND status IN ('SERVED', 'EXECUTING');

-- The agency's short name in document numbers, e.g. 汉阳市监 in 汉阳市监处罚〔2026〕12号.
ALTER TABLE unit ADD COLUMN doc_prefix TEXT NOT NULL DEFAULT '';
UPDATE unit SET doc_prefix = rtrim(case_prefix, '立');

CREATE TABLE case_events (
  id TEXT PRIMARY KEY,
  case_id TEXT NOT NULL REFERENCES cases (id),
  -- Order within the case; the progress is the fold of the actions in this order.
  seq INTEGER NOT NULL,
  kind TEXT NOT NULL,
  on_date TEXT NOT NULL,
  -- The recorded action as JSON (src/core/lifecycle/actions.ts).
  action TEXT NOT NULL,
  origin_unit TEXT NOT NULL,
  created_by TEXT NOT NULL REFERENCES users (id),
  created_at TEXT NOT NULL,
  UNIQUE (case_id, seq)
) STRICT;

CREATE TRIGGER case_events_no_update BEFORE UPDATE ON case_events
BEGIN
  SELECT RAISE(ABORT, 'case_events is append-only');
END;

CREATE TRIGGER case_events_no_delete BEFORE DELETE ON case_events
BEGIN
  SELECT RAISE(ABORT, 'case_events is append-only');
END;

-- Fine and surcharge payments as a ledger: a correction is a negative entry that names the entry it
-- reverses.
CREATE TABLE payments (
  id TEXT PRIMARY KEY,
  case_id TEXT NOT NULL REFERENCES cases (id),
  paid_on TEXT NOT NULL,
  amount_fen INTEGER NOT NULL CHECK (amount_fen <> 0),
  receipt_no TEXT NOT NULL,
  note TEXT NOT NULL,
  reverses_id TEXT REFERENCES payments (id),
  origin_unit TEXT NOT NULL,
  created_by TEXT NOT NULL REFERENCES users (id),
  created_at TEXT NOT NULL,
  CHECK ((reverses_id IS NULL AND amount_fen > 0) OR (reverses_id IS NOT NULL AND amount_fen < 0))
) STRICT;

CREATE INDEX payments_case ON payments (case_id, paid_on);
CREATE UNIQUE INDEX payments_reversed_once ON payments (reverses_id) WHERE reverses_id IS NOT NULL;

CREATE TRIGGER payments_no_update BEFORE UPDATE ON payments
BEGIN
  SELECT RAISE(ABORT, 'payments is append-only; record a reversing entry');
END;

CREATE TRIGGER payments_no_delete BEFORE DELETE ON payments
BEGIN
  SELECT RAISE(ABORT, 'payments is append-only; record a reversing entry');
END;

-- How each numbered document type is numbered; {prefix} is unit.doc_prefix. Editable by the admin.
CREATE TABLE document_numbering (
  doc_type TEXT PRIMARY KEY,
  pattern TEXT NOT NULL CHECK (instr(pattern, '{year}') > 0 AND instr(pattern, '{serial}') > 0)
) STRICT, WITHOUT ROWID;

INSERT INTO document_numbering (doc_type, pattern) VALUES
  ('penaltyNotice', '{prefix}罚告〔{year}〕{serial}号'),
  ('hearingNotice', '{prefix}听告〔{year}〕{serial}号'),
  ('penaltyDecision', '{prefix}处罚〔{year}〕{serial}号'),
  ('noPenaltyDecision', '{prefix}不罚〔{year}〕{serial}号'),
  ('onTheSpotDecision', '{prefix}当罚〔{year}〕{serial}号');

-- The last serial handed out per numbered type and year: numbers are gap-free.
CREATE TABLE document_serials (
  doc_type TEXT NOT NULL,
  year INTEGER NOT NULL,
  last_serial INTEGER NOT NULL,
  PRIMARY KEY (doc_type, year)
) STRICT, WITHOUT ROWID;

-- A block of serials reserved for one officer (pre-numbered forms for the field, APL Art. 52).
CREATE TABLE number_blocks (
  id TEXT PRIMARY KEY,
  doc_type TEXT NOT NULL,
  year INTEGER NOT NULL,
  first_serial INTEGER NOT NULL,
  last_serial INTEGER NOT NULL,
  officer_id TEXT NOT NULL REFERENCES users (id),
  reserved_by TEXT NOT NULL REFERENCES users (id),
  reserved_at TEXT NOT NULL,
  CHECK (first_serial >= 1 AND last_serial >= first_serial)
) STRICT;

CREATE INDEX number_blocks_officer ON number_blocks (officer_id, doc_type, year);

-- A reserved serial that will never be used (spoilt form), with the reason: no number just vanishes.
CREATE TABLE number_voids (
  doc_type TEXT NOT NULL,
  year INTEGER NOT NULL,
  serial INTEGER NOT NULL,
  reason TEXT NOT NULL,
  voided_by TEXT NOT NULL REFERENCES users (id),
  voided_at TEXT NOT NULL,
  PRIMARY KEY (doc_type, year, serial)
) STRICT, WITHOUT ROWID;

-- Issued documents. The snapshot is frozen at issue; the files are stored by SHA-256 in the data
-- folder. A correction is a new version with the same number.
CREATE TABLE documents (
  id TEXT PRIMARY KEY,
  case_id TEXT NOT NULL REFERENCES cases (id),
  doc_type TEXT NOT NULL,
  number TEXT,
  year INTEGER,
  serial INTEGER,
  version INTEGER NOT NULL CHECK (version >= 1),
  supersedes_id TEXT REFERENCES documents (id),
  snapshot TEXT NOT NULL,
  pdf_sha256 TEXT NOT NULL,
  pdf_bytes INTEGER NOT NULL,
  docx_sha256 TEXT NOT NULL,
  docx_bytes INTEGER NOT NULL,
  origin_unit TEXT NOT NULL,
  issued_by TEXT NOT NULL REFERENCES users (id),
  issued_at TEXT NOT NULL,
  CHECK ((number IS NULL) = (serial IS NULL))
) STRICT;

CREATE INDEX documents_case ON documents (case_id, issued_at);
CREATE UNIQUE INDEX documents_number_version ON documents (doc_type, year, serial, version)
  WHERE serial IS NOT NULL;
CREATE UNIQUE INDEX documents_superseded_once ON documents (supersedes_id)
  WHERE supersedes_id IS NOT NULL;

CREATE TRIGGER documents_no_update BEFORE UPDATE ON documents
BEGIN
  SELECT RAISE(ABORT, 'an issued document is immutable; issue a corrected version');
END;

CREATE TRIGGER documents_no_delete BEFORE DELETE ON documents
BEGIN
  SELECT RAISE(ABORT, 'an issued document is immutable; issue a corrected version');
END;

-- Evidence (APL Art. 46 kinds). The file is stored by SHA-256 in the data folder and verified when
-- opened. Withdrawal is a tombstone with a reason; custody events go to the audit log.
CREATE TABLE evidence (
  id TEXT PRIMARY KEY,
  case_id TEXT NOT NULL REFERENCES cases (id),
  kind TEXT NOT NULL CHECK (kind IN ('documentary', 'physical', 'audiovisual', 'electronic',
    'witness', 'partyStatement', 'expertOpinion', 'inspectionRecord')),
  title TEXT NOT NULL,
  file_name TEXT NOT NULL,
  media_type TEXT NOT NULL,
  sha256 TEXT NOT NULL,
  size_bytes INTEGER NOT NULL CHECK (size_bytes > 0),
  collected_by TEXT NOT NULL,
  collected_on TEXT NOT NULL,
  place TEXT NOT NULL,
  origin_unit TEXT NOT NULL,
  rev INTEGER NOT NULL,
  created_by TEXT NOT NULL REFERENCES users (id),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  withdrawn_at TEXT,
  withdrawn_reason TEXT
) STRICT;

CREATE INDEX evidence_case ON evidence (case_id, collected_on);
