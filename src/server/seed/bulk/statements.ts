// The INSERTs of the bulk seed: the same rows and columns the repositories write (cases/repo.ts,
// lifecycle/repo.ts, discretion/repo.ts, flexible/education-repo.ts, statistics/case-facts.ts,
// review/repo.ts, enterprise/*-repo.ts), as positional prepared statements compiled once per seed:
// binding an array is cheaper than binding named parameters a million times.
import type Database from 'better-sqlite3'

const SQL = {
  user: `INSERT INTO users (id, username, display_name, password_hash, active, rev, created_at, updated_at)
    VALUES (?, ?, ?, ?, 0, 1, ?, ?)`,
  case: `INSERT INTO cases (id, origin_unit, case_number, cause, source, status, discovered_on, filed_on,
      sort_on, facts, officer1_id, officer2_id, party_names, rev, created_by, created_at, updated_at,
      deleted_at, deleted_reason, decision_due_on, violation_on, extended_limitation, payment_due_on)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?)`,
  party: `INSERT INTO parties (id, case_id, position, kind, name, id_number, uscc, legal_representative,
      address, contact)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  event: `INSERT INTO case_events (id, case_id, seq, kind, on_date, action, origin_unit, created_by,
      created_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  evaluation: `INSERT INTO case_evaluations (id, case_id, item_code, act_date, establishes_violation,
      benchmark_id, statute_version, prior_violations, facts, result, choice, outcome_level, fine_min_fen,
      fine_max_fen, intended_fine_fen, deviation, deviation_reason, public_service_offset_fen, origin_unit,
      created_by, created_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'accept', ?, ?, ?, NULL, 0, NULL, NULL, ?, ?, ?)`,
  payment: `INSERT INTO payments (id, case_id, paid_on, amount_fen, receipt_no, note, reverses_id,
      origin_unit, created_by, created_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  education: `INSERT INTO education_records (case_id, forms, content, educated_on, follow_up_on,
      origin_unit, created_by, created_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  revocation: `INSERT INTO decision_revocations (case_id, revoked_on, authority, reason, origin_unit,
      created_by, created_at)
    VALUES (?, ?, ?, ?, ?, ?, ?)`,
  fact: `INSERT INTO case_facts (case_id, case_number, unit_code, cause, item_code, item_name, filed_on,
      decided_on, outcome, procedure, penalty_types, fine_fen, confiscation_fen, no_penalty_ground,
      revoked_on, transferred_on, closed_on, decision_due_on, hearing_held_on, legal_reviewed_on,
      collective_on, fast_track, ps_hours_tenths, ps_points_tenths, ps_offset_fen, annual_column,
      decision_days, h1, h2)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, NULL, NULL, ?, ?, ?, ?)`,
  outcome: `INSERT INTO case_outcomes (case_id, case_number, unit_code, item_code, item_name,
      benchmark_id, level, decided_on, fine_fen, position, fine_per_base)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  clue: `INSERT INTO enterprise_clues (id, clue_number, received_on, channel, reporter, uscc,
      enterprise_name, agency, problem_type, amount_fen, summary, deadline_on, status, handled_on,
      finding, referred, rev, origin_unit, created_by, created_at, updated_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  clueStep: `INSERT INTO clue_steps (id, clue_id, kind, on_date, to_agency, deadline_on, finding, note,
      created_by, created_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  loss: `INSERT INTO recovered_losses (id, uscc, enterprise_name, category, amount_fen, on_date,
      case_id, clue_id, evidence, note, reverses_id, duplicate_of, origin_unit, created_by, created_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?)`,
  // A case's full-text row written with it (BulkTuning.searchAtEnd off), keyed by the case's row
  // number found by its id: the statement stream carries no rowids (seed-rows.ts).
  search: `INSERT INTO case_search (rowid, parties, body) SELECT row_no, ?, ? FROM cases WHERE id = ?`,
  serial: `INSERT INTO case_number_serials (prefix, year, last_serial) VALUES (?, ?, ?)
    ON CONFLICT (prefix, year) DO UPDATE SET last_serial = max(last_serial, excluded.last_serial)`
} as const

export type StatementKey = keyof typeof SQL

/** The statements' keys in a fixed order: a recorded row names its statement by its index here. */
export const STATEMENT_KEYS = Object.keys(SQL) as StatementKey[]

/** What the writers use of a statement: a run with positional parameters. The seed's writers get
 * either prepared statements or recorders of the same calls (seed-rows.ts). */
export type SeedStatement = { run: (...params: unknown[]) => unknown }

export type SeedStatements = Record<StatementKey, SeedStatement>

export function seedStatements(db: Database.Database): Record<StatementKey, Database.Statement> {
  const out: Partial<Record<StatementKey, Database.Statement>> = {}
  for (const key of STATEMENT_KEYS) out[key] = db.prepare(SQL[key])
  return out as Record<StatementKey, Database.Statement>
}
