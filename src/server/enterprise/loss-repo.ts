// The 挽回损失 ledger: raw SQL. This file holds the only statement that writes recovered_losses, an
// INSERT; the table's triggers refuse UPDATE, DELETE and REPLACE (db/migrations/0060_flexible.sql).
import type Database from 'better-sqlite3'
import type { LedgerEntry, LossSumRow } from '../../core/enterprise/ledger'
import type { LossCategory } from '../../core/enterprise/vocabulary'
import type { LossEntryView } from '../../shared/enterprise-views'
import { prepare } from '../db/statements'

export type LossRow = {
  id: string
  uscc: string
  enterprise_name: string
  category: LossCategory
  amount_fen: number
  on_date: string
  case_id: string | null
  clue_id: string | null
  evidence: string
  note: string
  reverses_id: string | null
  duplicate_of: string | null
  origin_unit: string
  created_by: string
  created_at: string
}

type LossViewRow = LossRow & {
  case_number: string | null
  clue_number: string | null
  display_name: string
}

const VIEW_SELECT = `SELECT l.*, k.case_number, c.clue_number, u.display_name
  FROM recovered_losses l
  JOIN users u ON u.id = l.created_by
  LEFT JOIN cases k ON k.id = l.case_id
  LEFT JOIN enterprise_clues c ON c.id = l.clue_id`

export function toLedgerEntry(row: LossRow): LedgerEntry {
  return {
    id: row.id,
    uscc: row.uscc,
    category: row.category,
    amountFen: row.amount_fen,
    on: row.on_date,
    caseId: row.case_id,
    clueId: row.clue_id,
    reversesId: row.reverses_id
  }
}

function toView(row: LossViewRow, remaining: number | null): LossEntryView {
  return {
    id: row.id,
    uscc: row.uscc,
    enterpriseName: row.enterprise_name,
    category: row.category,
    amountFen: row.amount_fen,
    on: row.on_date,
    caseId: row.case_id,
    caseNumber: row.case_number,
    clueId: row.clue_id,
    clueNumber: row.clue_number,
    evidence: row.evidence,
    note: row.note,
    reversesId: row.reverses_id,
    duplicateOf: row.duplicate_of,
    remainingFen: remaining,
    createdBy: row.display_name,
    createdAt: row.created_at
  }
}

export function insertLoss(db: Database.Database, row: LossRow): void {
  prepare(
    db,
    `INSERT INTO recovered_losses (id, uscc, enterprise_name, category, amount_fen, on_date, case_id,
       clue_id, evidence, note, reverses_id, duplicate_of, origin_unit, created_by, created_at)
     VALUES (@id, @uscc, @enterprise_name, @category, @amount_fen, @on_date, @case_id, @clue_id,
       @evidence, @note, @reverses_id, @duplicate_of, @origin_unit, @created_by, @created_at)`
  ).run(row)
}

export function getLoss(db: Database.Database, id: string): LossRow | null {
  return (
    (prepare(db, 'SELECT * FROM recovered_losses WHERE id = ?').get(id) as LossRow | undefined) ??
    null
  )
}

/** The entry and every reversal of it, the entry first. */
export function entryWithReversals(db: Database.Database, id: string): LossRow[] {
  return prepare(
    db,
    `SELECT * FROM recovered_losses WHERE id = @id OR reverses_id = @id
       ORDER BY reverses_id IS NOT NULL, on_date, created_at, id`
  ).all({ id }) as LossRow[]
}

/**
 * Original entries with the same enterprise, date and source as a new entry: the candidates of the
 * duplicate check, which the core predicate (amount, what reversals left) narrows down.
 */
export function sameDaySameSource(
  db: Database.Database,
  q: { uscc: string; on: string; caseId: string | null; clueId: string | null }
): LossRow[] {
  return prepare(
    db,
    `SELECT * FROM recovered_losses
       WHERE uscc = @uscc AND on_date = @on AND case_id IS @caseId AND clue_id IS @clueId
         AND reverses_id IS NULL
       ORDER BY created_at, id`
  ).all({ uscc: q.uscc, on: q.on, caseId: q.caseId, clueId: q.clueId }) as LossRow[]
}

export function lossView(
  db: Database.Database,
  id: string,
  remaining: number | null
): LossEntryView {
  const row = prepare(db, `${VIEW_SELECT} WHERE l.id = ?`).get(id) as LossViewRow | undefined
  if (!row) throw new Error(`recovered loss ${id} not found`)
  return toView(row, remaining)
}

/**
 * Entries of an enterprise, a clue or a case (the filters given are all applied), oldest first.
 * A reversal copies its original's enterprise, case and clue, so every reversal of a listed entry
 * is listed too and the remaining amounts can be computed from the result alone.
 */
export function listLosses(
  db: Database.Database,
  q: { uscc: string | null; clueId: string | null; caseId: string | null }
): { row: LossViewRow; entry: LedgerEntry }[] {
  const rows = prepare(
    db,
    `${VIEW_SELECT}
       WHERE (@uscc IS NULL OR l.uscc = @uscc) AND (@clueId IS NULL OR l.clue_id = @clueId)
         AND (@caseId IS NULL OR l.case_id = @caseId)
       ORDER BY l.on_date, l.created_at, l.id`
  ).all(q) as LossViewRow[]
  return rows.map((row) => ({ row, entry: toLedgerEntry(row) }))
}

export function toLossView(row: LossViewRow, remaining: number | null): LossEntryView {
  return toView(row, remaining)
}

/** Sums per category and unit of the entries dated in [@from, @to] (exported for the plan test). */
export const LOSS_SUMS_SQL = `SELECT category, origin_unit AS unitCode, SUM(amount_fen) AS amountFen,
    SUM(reverses_id IS NULL) AS entries
  FROM recovered_losses WHERE on_date BETWEEN @from AND @to
  GROUP BY category, origin_unit ORDER BY category, origin_unit`

/**
 * A reversal counts on its own date, not its original's: a period once reported is not rewritten by
 * a later correction, which shows in the period it was made (the accounting convention of 红字冲销).
 */
export function lossSums(db: Database.Database, from: string, to: string): LossSumRow[] {
  return prepare(db, LOSS_SUMS_SQL).all({ from, to }) as LossSumRow[]
}
