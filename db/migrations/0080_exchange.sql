-- Issue 8: export packages, verified import and merge (architecture.md §5, docs/exchange.md).

-- This installation as a package source: its id (one per database, so two machines of one unit are
-- two sources with their own sequence numbers) and its Ed25519 signing key.
CREATE TABLE exchange_identity (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  source_id TEXT NOT NULL,
  -- SPKI (public) and PKCS#8 (private) DER, base64.
  public_key TEXT NOT NULL,
  private_key TEXT NOT NULL,
  created_at TEXT NOT NULL
) STRICT;

-- Every package this installation made, by its sequence number: what "since the last export" means,
-- and the high-water marks of the append-only tables at that moment.
CREATE TABLE package_exports (
  sequence INTEGER PRIMARY KEY,
  package_id TEXT NOT NULL UNIQUE,
  scope TEXT NOT NULL,
  counts TEXT NOT NULL,
  content_sha256 TEXT NOT NULL,
  marks TEXT NOT NULL,
  created_by TEXT NOT NULL REFERENCES users (id),
  created_at TEXT NOT NULL
) STRICT;

-- The sources whose packages were applied here, with the key first seen (trust on first use: a later
-- package signed by another key is refused).
CREATE TABLE package_sources (
  source_id TEXT PRIMARY KEY,
  unit_code TEXT NOT NULL,
  unit_name TEXT NOT NULL,
  public_key TEXT NOT NULL,
  first_seen_at TEXT NOT NULL,
  last_seen_at TEXT NOT NULL
) STRICT;

CREATE INDEX package_sources_unit ON package_sources (unit_code);

-- One row per applied import: the manifest and the merge report, kept for the record.
CREATE TABLE merge_receipts (
  id TEXT PRIMARY KEY,
  package_id TEXT NOT NULL,
  source_id TEXT NOT NULL REFERENCES package_sources (source_id),
  sequence INTEGER NOT NULL,
  content_sha256 TEXT NOT NULL,
  -- The file as received: the same file again is recognised without reading it (it was verified
  -- and merged when first applied, and a merge never changes anything the second time).
  file_sha256 TEXT NOT NULL,
  manifest TEXT NOT NULL,
  report TEXT NOT NULL,
  applied_by TEXT NOT NULL REFERENCES users (id),
  applied_at TEXT NOT NULL
) STRICT;

CREATE INDEX merge_receipts_source ON merge_receipts (source_id, sequence);
CREATE INDEX merge_receipts_content ON merge_receipts (content_sha256);
CREATE INDEX merge_receipts_file ON merge_receipts (file_sha256);

CREATE TRIGGER merge_receipts_no_update BEFORE UPDATE ON merge_receipts
BEGIN
  SELECT RAISE(ABORT, 'merge_receipts is append-only');
END;

CREATE TRIGGER merge_receipts_no_delete BEFORE DELETE ON merge_receipts
BEGIN
  SELECT RAISE(ABORT, 'merge_receipts is append-only');
END;

-- The lineage of every mutable record (cases with their parties, evidence, clues, education records):
-- its current version hash and the hashes it descends from. A merge compares lineages, never clocks.
CREATE TABLE record_versions (
  kind TEXT NOT NULL,
  id TEXT NOT NULL,
  vh TEXT NOT NULL,
  -- JSON array of version hashes, oldest first.
  ancestors TEXT NOT NULL,
  -- The sequence of the first export that carried this version; null until exported.
  changed_seq INTEGER,
  PRIMARY KEY (kind, id)
) STRICT, WITHOUT ROWID;

-- Two versions of one record that neither side had seen: both are kept until a person chooses.
CREATE TABLE merge_conflicts (
  id TEXT PRIMARY KEY,
  kind TEXT NOT NULL,
  record_id TEXT NOT NULL,
  reason TEXT NOT NULL CHECK (reason IN ('concurrentEdit', 'differentContent', 'sequenceTaken')),
  local_record TEXT NOT NULL,
  local_vh TEXT NOT NULL,
  incoming_record TEXT NOT NULL,
  incoming_vh TEXT NOT NULL,
  incoming_ancestors TEXT NOT NULL,
  -- The receipt of the import that found it (written at the end of that import).
  receipt_id TEXT NOT NULL,
  source_unit TEXT NOT NULL,
  created_at TEXT NOT NULL,
  resolution TEXT CHECK (resolution IS NULL OR resolution IN ('local', 'incoming')),
  resolution_reason TEXT,
  resolved_by TEXT REFERENCES users (id),
  resolved_at TEXT,
  UNIQUE (kind, record_id, incoming_vh),
  CHECK ((resolution IS NULL) = (resolved_at IS NULL))
) STRICT;

CREATE INDEX merge_conflicts_open ON merge_conflicts (created_at) WHERE resolution IS NULL;

CREATE TRIGGER merge_conflicts_resolved_once BEFORE UPDATE ON merge_conflicts
WHEN OLD.resolution IS NOT NULL OR NEW.kind IS NOT OLD.kind OR NEW.record_id IS NOT OLD.record_id
  OR NEW.local_record IS NOT OLD.local_record OR NEW.incoming_record IS NOT OLD.incoming_record
  OR NEW.receipt_id IS NOT OLD.receipt_id
BEGIN
  SELECT RAISE(ABORT, 'a conflict keeps both versions and is resolved once');
END;

CREATE TRIGGER merge_conflicts_no_delete BEFORE DELETE ON merge_conflicts
BEGIN
  SELECT RAISE(ABORT, 'merge_conflicts are never deleted');
END;

-- Clue numbers are unique within their unit, not across the units a city merges: the table is
-- rebuilt with UNIQUE (origin_unit, clue_number) (SQLite cannot drop a constraint in place; the
-- migration runner turns foreign keys off around the rebuild and checks them before committing).
CREATE TABLE enterprise_clues_new (
  id TEXT PRIMARY KEY,
  clue_number TEXT NOT NULL,
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
  updated_at TEXT NOT NULL,
  UNIQUE (origin_unit, clue_number)
) STRICT;

INSERT INTO enterprise_clues_new SELECT id, clue_number, received_on, channel, reporter, uscc,
  enterprise_name, agency, problem_type, amount_fen, summary, deadline_on, status, handled_on, finding,
  referred, rev, origin_unit, created_by, created_at, updated_at FROM enterprise_clues;

DROP TABLE enterprise_clues;
ALTER TABLE enterprise_clues_new RENAME TO enterprise_clues;

CREATE INDEX enterprise_clues_handled ON enterprise_clues (handled_on) WHERE handled_on IS NOT NULL;
CREATE INDEX enterprise_clues_open ON enterprise_clues (deadline_on) WHERE handled_on IS NULL;
CREATE INDEX enterprise_clues_received ON enterprise_clues (received_on);
CREATE INDEX enterprise_clues_uscc ON enterprise_clues (uscc);

CREATE TRIGGER enterprise_clues_no_delete BEFORE DELETE ON enterprise_clues
BEGIN
  SELECT RAISE(ABORT, 'enterprise clues are never deleted');
END;
