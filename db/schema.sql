-- Generated from db/migrations by `npm run schema:dump`; do not edit by hand.

-- PRAGMA user_version = 110; PRAGMA application_id = 1498563667;

CREATE TABLE audit_log (
  seq INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  actor_id TEXT,
  actor_name TEXT NOT NULL,
  action TEXT NOT NULL,
  entity TEXT NOT NULL,
  entity_id TEXT,
  before_digest TEXT,
  after_digest TEXT,
  detail TEXT NOT NULL,
  prev_hash TEXT NOT NULL,
  hash TEXT NOT NULL
) STRICT;

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
, public_service_offset_fen INTEGER) STRICT;

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

CREATE TABLE case_facts_dirty (case_id TEXT PRIMARY KEY) STRICT, WITHOUT ROWID;

CREATE TABLE case_number_serials (
  prefix TEXT NOT NULL,
  year INTEGER NOT NULL,
  last_serial INTEGER NOT NULL,
  PRIMARY KEY (prefix, year)
) STRICT, WITHOUT ROWID;

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

CREATE VIRTUAL TABLE case_search_terms USING fts5vocab (case_search_text, instance);

CREATE VIRTUAL TABLE case_search_text USING fts5 (parties, body, tokenize = 'trigram');

CREATE TABLE 'case_search_text_config'(k PRIMARY KEY, v) WITHOUT ROWID;

CREATE TABLE 'case_search_text_content'(id INTEGER PRIMARY KEY, c0, c1);

CREATE TABLE 'case_search_text_data'(id INTEGER PRIMARY KEY, block BLOB);

CREATE TABLE 'case_search_text_docsize'(id INTEGER PRIMARY KEY, sz BLOB);

CREATE TABLE 'case_search_text_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;

CREATE TABLE case_tally (
  status TEXT PRIMARY KEY,
  live INTEGER NOT NULL CHECK (live >= 0)
) STRICT, WITHOUT ROWID;

CREATE TABLE cases (
  -- An explicit integer key: VACUUM may renumber an implicit rowid, and the full-text rows are keyed
  -- by this number.
  row_no INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  origin_unit TEXT NOT NULL,
  case_number TEXT NOT NULL,
  cause TEXT NOT NULL,
  source TEXT NOT NULL CHECK (source IN ('inspection', 'complaint', 'report', 'transfer', 'assignment', 'other')),
  status TEXT NOT NULL CHECK (status IN ('REGISTERED', 'FILED', 'INVESTIGATING', 'NOTIFIED', 'UNDER_REVIEW',
    'DECIDED', 'SERVED', 'EXECUTING', 'CLOSED', 'ARCHIVED', 'DECLINED', 'TRANSFERRED')),
  discovered_on TEXT NOT NULL,
  filed_on TEXT,
  -- The list's sort key: the filing date, or the discovery date while the case is only registered.
  sort_on TEXT NOT NULL,
  facts TEXT NOT NULL,
  officer1_id TEXT NOT NULL REFERENCES users (id),
  officer2_id TEXT NOT NULL REFERENCES users (id),
  -- Denormalised for the list page; rewritten with the parties in the same transaction.
  party_names TEXT NOT NULL,
  rev INTEGER NOT NULL,
  created_by TEXT NOT NULL REFERENCES users (id),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  deleted_at TEXT,
  deleted_reason TEXT, decision_due_on TEXT, violation_on TEXT, extended_limitation INTEGER NOT NULL DEFAULT 0
  CHECK (extended_limitation IN (0, 1)), payment_due_on TEXT,
  UNIQUE (origin_unit, case_number),
  CHECK (officer1_id <> officer2_id)
) STRICT;

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

CREATE TABLE decision_revocations (
  case_id TEXT PRIMARY KEY REFERENCES cases (id),
  revoked_on TEXT NOT NULL,
  authority TEXT NOT NULL CHECK (authority IN ('reconsideration', 'litigation', 'selfCorrection')),
  reason TEXT NOT NULL,
  origin_unit TEXT NOT NULL,
  created_by TEXT NOT NULL REFERENCES users (id),
  created_at TEXT NOT NULL
) STRICT;

CREATE TABLE document_numbering (
  doc_type TEXT PRIMARY KEY,
  pattern TEXT NOT NULL CHECK (instr(pattern, '{year}') > 0 AND instr(pattern, '{serial}') > 0)
) STRICT, WITHOUT ROWID;

CREATE TABLE document_serials (
  doc_type TEXT NOT NULL,
  year INTEGER NOT NULL,
  last_serial INTEGER NOT NULL,
  PRIMARY KEY (doc_type, year)
) STRICT, WITHOUT ROWID;

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

CREATE TABLE "enterprise_clues" (
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

CREATE TABLE exchange_identity (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  source_id TEXT NOT NULL,
  -- SPKI (public) and PKCS#8 (private) DER, base64.
  public_key TEXT NOT NULL,
  private_key TEXT NOT NULL,
  created_at TEXT NOT NULL
) STRICT;

CREATE TABLE export_column_sets (
  id TEXT PRIMARY KEY,
  user_id TEXT NOT NULL REFERENCES users (id),
  list TEXT NOT NULL,
  name TEXT NOT NULL,
  columns TEXT NOT NULL,
  created_at TEXT NOT NULL,
  UNIQUE (user_id, list, name)
) STRICT;

CREATE TABLE fast_track_marks (
  case_id TEXT PRIMARY KEY REFERENCES cases (id),
  reason TEXT NOT NULL,
  origin_unit TEXT NOT NULL,
  created_by TEXT NOT NULL REFERENCES users (id),
  created_at TEXT NOT NULL
) STRICT;

CREATE TABLE inspection_voids (
  inspection_id TEXT PRIMARY KEY REFERENCES enterprise_inspections (id),
  reason TEXT NOT NULL,
  created_by TEXT NOT NULL REFERENCES users (id),
  created_at TEXT NOT NULL
) STRICT;

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

CREATE TABLE number_voids (
  doc_type TEXT NOT NULL,
  year INTEGER NOT NULL,
  serial INTEGER NOT NULL,
  reason TEXT NOT NULL,
  voided_by TEXT NOT NULL REFERENCES users (id),
  voided_at TEXT NOT NULL,
  PRIMARY KEY (doc_type, year, serial)
) STRICT, WITHOUT ROWID;

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

CREATE TABLE package_sources (
  source_id TEXT PRIMARY KEY,
  unit_code TEXT NOT NULL,
  unit_name TEXT NOT NULL,
  public_key TEXT NOT NULL,
  first_seen_at TEXT NOT NULL,
  last_seen_at TEXT NOT NULL
) STRICT;

CREATE TABLE parties (
  id TEXT PRIMARY KEY,
  case_id TEXT NOT NULL REFERENCES cases (id),
  position INTEGER NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('person', 'organisation')),
  name TEXT NOT NULL,
  id_number TEXT,
  uscc TEXT,
  legal_representative TEXT,
  address TEXT NOT NULL,
  contact TEXT NOT NULL,
  CHECK ((kind = 'person' AND id_number IS NOT NULL AND uscc IS NULL)
      OR (kind = 'organisation' AND uscc IS NOT NULL AND id_number IS NULL)),
  UNIQUE (case_id, position)
) STRICT;

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

CREATE TABLE period_lock_bypass (id INTEGER PRIMARY KEY CHECK (id = 1)) STRICT;

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

CREATE TABLE unit (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  code TEXT NOT NULL,
  name TEXT NOT NULL,
  case_prefix TEXT NOT NULL,
  created_at TEXT NOT NULL
, doc_prefix TEXT NOT NULL DEFAULT '') STRICT;

CREATE TABLE user_roles (
  user_id TEXT NOT NULL REFERENCES users (id),
  role TEXT NOT NULL CHECK (role IN ('officer', 'reviewer', 'head', 'admin')),
  PRIMARY KEY (user_id, role)
) STRICT, WITHOUT ROWID;

CREATE TABLE users (
  id TEXT PRIMARY KEY,
  username TEXT NOT NULL UNIQUE,
  display_name TEXT NOT NULL,
  password_hash TEXT NOT NULL,
  active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  rev INTEGER NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;

CREATE INDEX audit_entity ON audit_log (entity, entity_id, seq);

CREATE INDEX case_evaluations_case ON case_evaluations (case_id, created_at);

CREATE INDEX case_evaluations_item ON case_evaluations (item_code, act_date);

CREATE INDEX case_facts_closed ON case_facts (closed_on, unit_code, h1, h2) WHERE closed_on IS NOT NULL;

CREATE INDEX case_facts_collective ON case_facts (collective_on, unit_code, h1, h2)
  WHERE collective_on IS NOT NULL;

CREATE INDEX case_facts_decided ON case_facts (decided_on, unit_code, outcome, revoked_on,
  annual_column, no_penalty_ground, procedure, fast_track, fine_fen, confiscation_fen,
  ps_hours_tenths, ps_points_tenths, ps_offset_fen, decision_days, item_code, h1, h2)
  WHERE decided_on IS NOT NULL;

CREATE INDEX case_facts_due ON case_facts (decision_due_on, unit_code, transferred_on, decided_on,
  h1, h2) WHERE decision_due_on IS NOT NULL;

CREATE INDEX case_facts_filed ON case_facts (filed_on, unit_code, closed_on, h1, h2)
  WHERE filed_on IS NOT NULL;

CREATE INDEX case_facts_hearing ON case_facts (hearing_held_on, unit_code, h1, h2)
  WHERE hearing_held_on IS NOT NULL;

CREATE INDEX case_facts_reviewed ON case_facts (legal_reviewed_on, unit_code, h1, h2)
  WHERE legal_reviewed_on IS NOT NULL;

CREATE INDEX case_facts_revoked ON case_facts (revoked_on, unit_code, h1, h2) WHERE revoked_on IS NOT NULL;

CREATE INDEX case_facts_transferred ON case_facts (transferred_on, unit_code, h1, h2)
  WHERE transferred_on IS NOT NULL;

CREATE INDEX case_outcomes_decided ON case_outcomes (decided_on);

CREATE INDEX case_outcomes_peers ON case_outcomes (item_code, benchmark_id, level, decided_on);

CREATE INDEX cases_live_officer1 ON cases (officer1_id, sort_on DESC, id DESC) WHERE deleted_at IS NULL;

CREATE INDEX cases_live_officer2 ON cases (officer2_id, sort_on DESC, id DESC) WHERE deleted_at IS NULL;

CREATE INDEX cases_live_sort ON cases (sort_on DESC, id DESC) WHERE deleted_at IS NULL;

CREATE INDEX cases_live_status ON cases (status, sort_on DESC, id DESC) WHERE deleted_at IS NULL;

CREATE INDEX cases_open_decision_due ON cases (decision_due_on, id)
  WHERE deleted_at IS NULL AND decision_due_on IS NOT NULL
    AND status IN ('FILED', 'INVESTIGATING', 'NOTIFIED', 'UNDER_REVIEW');

CREATE INDEX cases_open_payment_due ON cases (payment_due_on, id)
  WHERE deleted_at IS NULL AND payment_due_on IS NOT NULL AND status IN ('SERVED', 'EXECUTING');

CREATE INDEX clue_steps_clue ON clue_steps (clue_id, created_at);

CREATE INDEX documents_case ON documents (case_id, issued_at);

CREATE UNIQUE INDEX documents_number_version ON documents (doc_type, year, serial, version)
  WHERE serial IS NOT NULL;

CREATE UNIQUE INDEX documents_superseded_once ON documents (supersedes_id)
  WHERE supersedes_id IS NOT NULL;

CREATE INDEX education_records_due ON education_records (follow_up_on) WHERE followed_up_on IS NULL;

CREATE INDEX enterprise_clues_handled ON enterprise_clues (handled_on) WHERE handled_on IS NOT NULL;

CREATE INDEX enterprise_clues_open ON enterprise_clues (deadline_on) WHERE handled_on IS NULL;

CREATE INDEX enterprise_clues_received ON enterprise_clues (received_on);

CREATE INDEX enterprise_clues_uscc ON enterprise_clues (uscc);

CREATE INDEX enterprise_inspections_date ON enterprise_inspections (on_date);

CREATE INDEX enterprise_inspections_uscc ON enterprise_inspections (uscc, on_date);

CREATE INDEX evidence_case ON evidence (case_id, collected_on);

CREATE INDEX merge_conflicts_open ON merge_conflicts (created_at) WHERE resolution IS NULL;

CREATE INDEX merge_receipts_content ON merge_receipts (content_sha256);

CREATE INDEX merge_receipts_file ON merge_receipts (file_sha256);

CREATE INDEX merge_receipts_source ON merge_receipts (source_id, sequence);

CREATE INDEX number_blocks_officer ON number_blocks (officer_id, doc_type, year);

CREATE INDEX package_sources_unit ON package_sources (unit_code);

CREATE INDEX parties_id_number ON parties (id_number) WHERE id_number IS NOT NULL;

CREATE INDEX parties_uscc ON parties (uscc) WHERE uscc IS NOT NULL;

CREATE INDEX payments_case ON payments (case_id, paid_on);

CREATE UNIQUE INDEX payments_reversed_once ON payments (reverses_id) WHERE reverses_id IS NOT NULL;

CREATE INDEX period_closes_range ON period_closes (to_on, from_on) WHERE reopened_at IS NULL;

CREATE INDEX public_service_events_case ON public_service_events (case_id, created_at);

CREATE UNIQUE INDEX public_service_events_once ON public_service_events (application_id, kind);

CREATE INDEX recovered_losses_case ON recovered_losses (case_id) WHERE case_id IS NOT NULL;

CREATE INDEX recovered_losses_clue ON recovered_losses (clue_id) WHERE clue_id IS NOT NULL;

CREATE INDEX recovered_losses_date ON recovered_losses (on_date);

CREATE INDEX recovered_losses_reverses ON recovered_losses (reverses_id) WHERE reverses_id IS NOT NULL;

CREATE INDEX recovered_losses_uscc ON recovered_losses (uscc, on_date);

CREATE INDEX review_verdicts_case ON review_verdicts (case_id, code, created_at);

CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
  SELECT RAISE(ABORT, 'audit_log is append-only');
END;

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
  SELECT RAISE(ABORT, 'audit_log is append-only');
END;

CREATE TRIGGER case_evaluations_no_delete BEFORE DELETE ON case_evaluations
BEGIN
  SELECT RAISE(ABORT, 'case_evaluations is append-only');
END;

CREATE TRIGGER case_evaluations_no_update BEFORE UPDATE ON case_evaluations
BEGIN
  SELECT RAISE(ABORT, 'case_evaluations is append-only');
END;

CREATE TRIGGER case_events_no_delete BEFORE DELETE ON case_events
BEGIN
  SELECT RAISE(ABORT, 'case_events is append-only');
END;

CREATE TRIGGER case_events_no_update BEFORE UPDATE ON case_events
BEGIN
  SELECT RAISE(ABORT, 'case_events is append-only');
END;

CREATE TRIGGER case_events_period_closed BEFORE INSERT ON case_events
WHEN NOT EXISTS (SELECT 1 FROM period_lock_bypass) AND EXISTS (SELECT 1 FROM period_closes p
  WHERE p.reopened_at IS NULL AND NEW.on_date BETWEEN p.from_on AND p.to_on)
BEGIN
  SELECT RAISE(ABORT, 'PERIOD_CLOSED');
END;

CREATE TRIGGER case_facts_dirty_case_insert AFTER INSERT ON cases
BEGIN
  INSERT OR IGNORE INTO case_facts_dirty (case_id) VALUES (NEW.id);
END;

CREATE TRIGGER case_facts_dirty_case_update AFTER UPDATE ON cases
BEGIN
  INSERT OR IGNORE INTO case_facts_dirty (case_id) VALUES (NEW.id);
END;

CREATE TRIGGER case_facts_dirty_evaluation AFTER INSERT ON case_evaluations
BEGIN
  INSERT OR IGNORE INTO case_facts_dirty (case_id) VALUES (NEW.case_id);
END;

CREATE TRIGGER case_facts_dirty_event AFTER INSERT ON case_events
BEGIN
  INSERT OR IGNORE INTO case_facts_dirty (case_id) VALUES (NEW.case_id);
END;

CREATE TRIGGER case_facts_dirty_fast_track AFTER INSERT ON fast_track_marks
BEGIN
  INSERT OR IGNORE INTO case_facts_dirty (case_id) VALUES (NEW.case_id);
END;

CREATE TRIGGER case_facts_dirty_public_service AFTER INSERT ON public_service_events
BEGIN
  INSERT OR IGNORE INTO case_facts_dirty (case_id) VALUES (NEW.case_id);
END;

CREATE TRIGGER case_facts_dirty_revocation AFTER INSERT ON decision_revocations
BEGIN
  INSERT OR IGNORE INTO case_facts_dirty (case_id) VALUES (NEW.case_id);
END;

CREATE TRIGGER case_search_delete INSTEAD OF DELETE ON case_search
BEGIN
  DELETE FROM case_search_text WHERE rowid = OLD.rowid;
END;

CREATE TRIGGER case_search_insert INSTEAD OF INSERT ON case_search
BEGIN
  INSERT INTO case_search_text (rowid, parties, body)
    VALUES (NEW.rowid, NEW.parties || char(31, 31), NEW.body || char(31, 31));
END;

CREATE TRIGGER case_search_update INSTEAD OF UPDATE ON case_search
BEGIN
  UPDATE case_search_text
     SET rowid = NEW.rowid, parties = NEW.parties || char(31, 31), body = NEW.body || char(31, 31)
   WHERE rowid = OLD.rowid;
END;

CREATE TRIGGER case_tally_delete AFTER DELETE ON cases WHEN OLD.deleted_at IS NULL
BEGIN
  UPDATE case_tally SET live = live - 1 WHERE status = OLD.status;
END;

CREATE TRIGGER case_tally_insert AFTER INSERT ON cases WHEN NEW.deleted_at IS NULL
BEGIN
  UPDATE case_tally SET live = live + 1 WHERE status = NEW.status;
END;

CREATE TRIGGER case_tally_update AFTER UPDATE OF status, deleted_at ON cases
BEGIN
  UPDATE case_tally SET live = live - 1 WHERE status = OLD.status AND OLD.deleted_at IS NULL;
  UPDATE case_tally SET live = live + 1 WHERE status = NEW.status AND NEW.deleted_at IS NULL;
END;

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

CREATE TRIGGER cases_period_closed_insert BEFORE INSERT ON cases
WHEN NEW.filed_on IS NOT NULL AND NOT EXISTS (SELECT 1 FROM period_lock_bypass)
  AND EXISTS (SELECT 1 FROM period_closes p
    WHERE p.reopened_at IS NULL AND NEW.filed_on BETWEEN p.from_on AND p.to_on)
BEGIN
  SELECT RAISE(ABORT, 'PERIOD_CLOSED');
END;

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

CREATE TRIGGER clue_steps_no_delete BEFORE DELETE ON clue_steps
BEGIN
  SELECT RAISE(ABORT, 'clue_steps is append-only');
END;

CREATE TRIGGER clue_steps_no_update BEFORE UPDATE ON clue_steps
BEGIN
  SELECT RAISE(ABORT, 'clue_steps is append-only');
END;

CREATE TRIGGER clue_steps_period_closed BEFORE INSERT ON clue_steps
WHEN NOT EXISTS (SELECT 1 FROM period_lock_bypass) AND EXISTS (SELECT 1 FROM period_closes p
  WHERE p.reopened_at IS NULL AND NEW.on_date BETWEEN p.from_on AND p.to_on)
BEGIN
  SELECT RAISE(ABORT, 'PERIOD_CLOSED');
END;

CREATE TRIGGER decision_revocations_no_delete BEFORE DELETE ON decision_revocations
BEGIN
  SELECT RAISE(ABORT, 'decision_revocations is append-only');
END;

CREATE TRIGGER decision_revocations_no_update BEFORE UPDATE ON decision_revocations
BEGIN
  SELECT RAISE(ABORT, 'decision_revocations is append-only');
END;

CREATE TRIGGER decision_revocations_period_closed BEFORE INSERT ON decision_revocations
WHEN NOT EXISTS (SELECT 1 FROM period_lock_bypass) AND EXISTS (SELECT 1 FROM period_closes p
  WHERE p.reopened_at IS NULL AND NEW.revoked_on BETWEEN p.from_on AND p.to_on)
BEGIN
  SELECT RAISE(ABORT, 'PERIOD_CLOSED');
END;

CREATE TRIGGER documents_no_delete BEFORE DELETE ON documents
BEGIN
  SELECT RAISE(ABORT, 'an issued document is immutable; issue a corrected version');
END;

CREATE TRIGGER documents_no_update BEFORE UPDATE ON documents
BEGIN
  SELECT RAISE(ABORT, 'an issued document is immutable; issue a corrected version');
END;

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

CREATE TRIGGER education_records_period_closed BEFORE INSERT ON education_records
WHEN NOT EXISTS (SELECT 1 FROM period_lock_bypass) AND EXISTS (SELECT 1 FROM period_closes p
  WHERE p.reopened_at IS NULL AND NEW.educated_on BETWEEN p.from_on AND p.to_on)
BEGIN
  SELECT RAISE(ABORT, 'PERIOD_CLOSED');
END;

CREATE TRIGGER enterprise_clues_no_delete BEFORE DELETE ON enterprise_clues
BEGIN
  SELECT RAISE(ABORT, 'enterprise clues are never deleted');
END;

CREATE TRIGGER enterprise_clues_period_closed BEFORE INSERT ON enterprise_clues
WHEN NOT EXISTS (SELECT 1 FROM period_lock_bypass) AND EXISTS (SELECT 1 FROM period_closes p
  WHERE p.reopened_at IS NULL AND NEW.received_on BETWEEN p.from_on AND p.to_on)
BEGIN
  SELECT RAISE(ABORT, 'PERIOD_CLOSED');
END;

CREATE TRIGGER enterprise_inspections_no_delete BEFORE DELETE ON enterprise_inspections
BEGIN
  SELECT RAISE(ABORT, 'enterprise_inspections is append-only');
END;

CREATE TRIGGER enterprise_inspections_no_update BEFORE UPDATE ON enterprise_inspections
BEGIN
  SELECT RAISE(ABORT, 'enterprise_inspections is append-only');
END;

CREATE TRIGGER enterprise_inspections_period_closed BEFORE INSERT ON enterprise_inspections
WHEN NOT EXISTS (SELECT 1 FROM period_lock_bypass) AND EXISTS (SELECT 1 FROM period_closes p
  WHERE p.reopened_at IS NULL AND NEW.on_date BETWEEN p.from_on AND p.to_on)
BEGIN
  SELECT RAISE(ABORT, 'PERIOD_CLOSED');
END;

CREATE TRIGGER fast_track_marks_no_delete BEFORE DELETE ON fast_track_marks
BEGIN
  SELECT RAISE(ABORT, 'fast_track_marks is append-only');
END;

CREATE TRIGGER fast_track_marks_no_update BEFORE UPDATE ON fast_track_marks
BEGIN
  SELECT RAISE(ABORT, 'fast_track_marks is append-only');
END;

CREATE TRIGGER inspection_voids_no_delete BEFORE DELETE ON inspection_voids
BEGIN
  SELECT RAISE(ABORT, 'inspection_voids is append-only');
END;

CREATE TRIGGER inspection_voids_no_update BEFORE UPDATE ON inspection_voids
BEGIN
  SELECT RAISE(ABORT, 'inspection_voids is append-only');
END;

CREATE TRIGGER merge_conflicts_no_delete BEFORE DELETE ON merge_conflicts
BEGIN
  SELECT RAISE(ABORT, 'merge_conflicts are never deleted');
END;

CREATE TRIGGER merge_conflicts_resolved_once BEFORE UPDATE ON merge_conflicts
WHEN OLD.resolution IS NOT NULL OR NEW.kind IS NOT OLD.kind OR NEW.record_id IS NOT OLD.record_id
  OR NEW.local_record IS NOT OLD.local_record OR NEW.incoming_record IS NOT OLD.incoming_record
  OR NEW.receipt_id IS NOT OLD.receipt_id
BEGIN
  SELECT RAISE(ABORT, 'a conflict keeps both versions and is resolved once');
END;

CREATE TRIGGER merge_receipts_no_delete BEFORE DELETE ON merge_receipts
BEGIN
  SELECT RAISE(ABORT, 'merge_receipts is append-only');
END;

CREATE TRIGGER merge_receipts_no_update BEFORE UPDATE ON merge_receipts
BEGIN
  SELECT RAISE(ABORT, 'merge_receipts is append-only');
END;

CREATE TRIGGER payments_no_delete BEFORE DELETE ON payments
BEGIN
  SELECT RAISE(ABORT, 'payments is append-only; record a reversing entry');
END;

CREATE TRIGGER payments_no_update BEFORE UPDATE ON payments
BEGIN
  SELECT RAISE(ABORT, 'payments is append-only; record a reversing entry');
END;

CREATE TRIGGER payments_period_closed BEFORE INSERT ON payments
WHEN NOT EXISTS (SELECT 1 FROM period_lock_bypass) AND EXISTS (SELECT 1 FROM period_closes p
  WHERE p.reopened_at IS NULL AND NEW.paid_on BETWEEN p.from_on AND p.to_on)
BEGIN
  SELECT RAISE(ABORT, 'PERIOD_CLOSED');
END;

CREATE TRIGGER period_closes_no_delete BEFORE DELETE ON period_closes
BEGIN
  SELECT RAISE(ABORT, 'period closes are never deleted');
END;

CREATE TRIGGER period_closes_no_overlap BEFORE INSERT ON period_closes
WHEN EXISTS (SELECT 1 FROM period_closes p WHERE p.reopened_at IS NULL
  AND p.unit_scope = NEW.unit_scope AND p.from_on <= NEW.to_on AND NEW.from_on <= p.to_on)
BEGIN
  SELECT RAISE(ABORT, 'period_closes may not overlap');
END;

CREATE TRIGGER period_closes_reopen_once BEFORE UPDATE ON period_closes
WHEN OLD.reopened_at IS NOT NULL OR NEW.id IS NOT OLD.id OR NEW.from_on IS NOT OLD.from_on
  OR NEW.to_on IS NOT OLD.to_on OR NEW.unit_scope IS NOT OLD.unit_scope
  OR NEW.include_revoked IS NOT OLD.include_revoked OR NEW.snapshot IS NOT OLD.snapshot
  OR NEW.data_hash IS NOT OLD.data_hash OR NEW.closed_by IS NOT OLD.closed_by
  OR NEW.closed_at IS NOT OLD.closed_at
BEGIN
  SELECT RAISE(ABORT, 'a period close is reopened once and otherwise never changes');
END;

CREATE TRIGGER public_service_events_evidence_of_case BEFORE INSERT ON public_service_events
WHEN NEW.evidence_id IS NOT NULL AND NOT EXISTS (
  SELECT 1 FROM evidence e WHERE e.id = NEW.evidence_id AND e.case_id = NEW.case_id)
BEGIN
  SELECT RAISE(ABORT, 'public-service evidence must belong to the same case');
END;

CREATE TRIGGER public_service_events_no_delete BEFORE DELETE ON public_service_events
BEGIN
  SELECT RAISE(ABORT, 'public_service_events is append-only');
END;

CREATE TRIGGER public_service_events_no_update BEFORE UPDATE ON public_service_events
BEGIN
  SELECT RAISE(ABORT, 'public_service_events is append-only');
END;

CREATE TRIGGER public_service_events_one_end BEFORE INSERT ON public_service_events
WHEN NEW.kind <> 'apply' AND (
  NOT EXISTS (SELECT 1 FROM public_service_events a
              WHERE a.id = NEW.application_id AND a.kind = 'apply' AND a.case_id = NEW.case_id)
  OR EXISTS (SELECT 1 FROM public_service_events x
             WHERE x.application_id = NEW.application_id AND x.kind <> 'apply'))
BEGIN
  SELECT RAISE(ABORT, 'a public-service application is verified or withdrawn once, in its own case');
END;

CREATE TRIGGER public_service_events_period_closed BEFORE INSERT ON public_service_events
WHEN NOT EXISTS (SELECT 1 FROM period_lock_bypass) AND EXISTS (SELECT 1 FROM period_closes p
  WHERE p.reopened_at IS NULL AND NEW.on_date BETWEEN p.from_on AND p.to_on)
BEGIN
  SELECT RAISE(ABORT, 'PERIOD_CLOSED');
END;

CREATE TRIGGER recovered_losses_no_delete BEFORE DELETE ON recovered_losses
BEGIN
  SELECT RAISE(ABORT, 'recovered_losses is append-only');
END;

CREATE TRIGGER recovered_losses_no_replace BEFORE INSERT ON recovered_losses
WHEN EXISTS (SELECT 1 FROM recovered_losses WHERE id = NEW.id)
BEGIN
  SELECT RAISE(ABORT, 'recovered_losses is append-only');
END;

CREATE TRIGGER recovered_losses_no_update BEFORE UPDATE ON recovered_losses
BEGIN
  SELECT RAISE(ABORT, 'recovered_losses is append-only');
END;

CREATE TRIGGER recovered_losses_period_closed BEFORE INSERT ON recovered_losses
WHEN NOT EXISTS (SELECT 1 FROM period_lock_bypass) AND EXISTS (SELECT 1 FROM period_closes p
  WHERE p.reopened_at IS NULL AND NEW.on_date BETWEEN p.from_on AND p.to_on)
BEGIN
  SELECT RAISE(ABORT, 'PERIOD_CLOSED');
END;

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

CREATE TRIGGER review_verdicts_no_delete BEFORE DELETE ON review_verdicts
BEGIN
  SELECT RAISE(ABORT, 'review_verdicts is append-only');
END;

CREATE TRIGGER review_verdicts_no_update BEFORE UPDATE ON review_verdicts
BEGIN
  SELECT RAISE(ABORT, 'review_verdicts is append-only');
END;

CREATE VIEW case_search (rowid, parties, body) AS
  SELECT rowid, substr(parties, 1, length(parties) - 2), substr(body, 1, length(body) - 2)
    FROM case_search_text;
