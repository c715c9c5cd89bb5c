// The period_closes table (结账): one row per close, reopened at most once, never deleted.
import type Database from 'better-sqlite3'
import type { PeriodCloseView, PeriodUnitScope } from '../../shared/period-views'
import { prepare } from '../db/statements'

export type CloseRow = {
  id: string
  from_on: string
  to_on: string
  unit_scope: PeriodUnitScope
  include_revoked: number
  snapshot: string
  data_hash: string
  closed_by: string
  closed_at: string
  reopened_by: string | null
  reopened_at: string | null
  reopen_reason: string | null
}

type CloseRowWithNames = CloseRow & { closed_by_name: string; reopened_by_name: string | null }

const SELECT = `SELECT p.*, c.display_name AS closed_by_name, r.display_name AS reopened_by_name
  FROM period_closes p JOIN users c ON c.id = p.closed_by LEFT JOIN users r ON r.id = p.reopened_by`

export function closeView(row: CloseRowWithNames): PeriodCloseView {
  return {
    id: row.id,
    from: row.from_on,
    to: row.to_on,
    unitScope: row.unit_scope,
    includeRevoked: row.include_revoked === 1,
    dataHash: row.data_hash,
    closedAt: row.closed_at,
    closedBy: row.closed_by_name,
    reopenedAt: row.reopened_at,
    reopenedBy: row.reopened_by_name,
    reopenReason: row.reopen_reason
  }
}

/** Every close, the newest first (reopened ones too: they are part of the record). */
export function listCloses(db: Database.Database): PeriodCloseView[] {
  const rows = prepare(
    db,
    `${SELECT} ORDER BY p.closed_at DESC, p.id DESC`
  ).all() as CloseRowWithNames[]
  return rows.map(closeView)
}

export function getClose(db: Database.Database, id: string): CloseRowWithNames | undefined {
  return prepare(db, `${SELECT} WHERE p.id = ?`).get(id) as CloseRowWithNames | undefined
}

/** The closed (not reopened) period of this scope that overlaps the range, if any. */
export function overlappingClose(
  db: Database.Database,
  range: { from: string; to: string },
  scope: PeriodUnitScope
): CloseRow | undefined {
  return prepare(
    db,
    `SELECT * FROM period_closes WHERE reopened_at IS NULL AND unit_scope = @scope
       AND from_on <= @to AND @from <= to_on ORDER BY from_on LIMIT 1`
  ).get({ ...range, scope }) as CloseRow | undefined
}

/** The closed period containing the date, of any scope: the records dated in it are locked. */
export function closeContaining(db: Database.Database, date: string): CloseRow | undefined {
  return prepare(
    db,
    `SELECT * FROM period_closes WHERE reopened_at IS NULL AND @date BETWEEN from_on AND to_on
       ORDER BY from_on LIMIT 1`
  ).get({ date }) as CloseRow | undefined
}

/** The close of exactly this period, scope and counting choice, when it is still closed. */
export function exactClose(
  db: Database.Database,
  range: { from: string; to: string },
  scope: PeriodUnitScope,
  includeRevoked: boolean
): CloseRowWithNames | undefined {
  return prepare(
    db,
    `${SELECT} WHERE p.reopened_at IS NULL AND p.from_on = @from AND p.to_on = @to
       AND p.unit_scope = @scope AND p.include_revoked = @includeRevoked`
  ).get({ ...range, scope, includeRevoked: includeRevoked ? 1 : 0 }) as
    CloseRowWithNames | undefined
}

/** The still-closed periods of this scope that ended in [since, before): the ones whose later
 * corrections a report starting at `before` shows as adjustments. */
export function closesEndingBetween(
  db: Database.Database,
  since: string,
  before: string,
  scope: PeriodUnitScope
): CloseRow[] {
  return prepare(
    db,
    `SELECT * FROM period_closes WHERE reopened_at IS NULL AND unit_scope = @scope
       AND to_on >= @since AND to_on < @before ORDER BY to_on DESC`
  ).all({ since, before, scope }) as CloseRow[]
}

export function insertClose(
  db: Database.Database,
  row: Omit<CloseRow, 'reopened_by' | 'reopened_at' | 'reopen_reason'>
): void {
  prepare(
    db,
    `INSERT INTO period_closes (id, from_on, to_on, unit_scope, include_revoked, snapshot, data_hash,
       closed_by, closed_at)
     VALUES (@id, @from_on, @to_on, @unit_scope, @include_revoked, @snapshot, @data_hash, @closed_by,
       @closed_at)`
  ).run(row)
}

export function markReopened(
  db: Database.Database,
  id: string,
  by: string,
  at: string,
  reason: string
): boolean {
  const result = prepare(
    db,
    `UPDATE period_closes SET reopened_by = ?, reopened_at = ?, reopen_reason = ?
       WHERE id = ? AND reopened_at IS NULL`
  ).run(by, at, reason, id)
  return result.changes === 1
}
