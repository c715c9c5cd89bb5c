// Queries behind the deadlines dashboard: open cases by their stored decision due date.
import type Database from 'better-sqlite3'
import type { CaseSummary } from '../../shared/views'
import { SUMMARY_COLUMNS, SUMMARY_FROM, toSummary, type SummaryRow } from '../cases/repo'
import { prepare } from '../db/statements'

/** Statuses in which the decision is still to be made, so the decision clock runs. */
const OPEN_FOR_DECISION = "('FILED', 'INVESTIGATING', 'NOTIFIED', 'UNDER_REVIEW')"

export type DueRow = {
  id: string
  clock: 'decision' | 'payment'
  due_on: string
  officer1_id: string
  officer2_id: string
}

/**
 * Open cases whose decision is due on or before `until`. INDEXED BY pins the partial index: without
 * statistics the planner may walk every open case by status instead of the few due ones.
 */
export const CASES_DUE_SQL = `SELECT id, 'decision' AS clock, decision_due_on AS due_on, officer1_id, officer2_id
  FROM cases INDEXED BY cases_open_decision_due
  WHERE deleted_at IS NULL AND decision_due_on IS NOT NULL AND decision_due_on <= @until
    AND status IN ${OPEN_FOR_DECISION}
    AND (@officerId IS NULL OR officer1_id = @officerId OR officer2_id = @officerId)
  ORDER BY decision_due_on, id`

/** Served fine decisions whose payment is due on or before `until` and still outstanding (APL Art. 67). */
export const PAYMENTS_DUE_SQL = `SELECT id, 'payment' AS clock, payment_due_on AS due_on, officer1_id, officer2_id
  FROM cases INDEXED BY cases_open_payment_due
  WHERE deleted_at IS NULL AND payment_due_on IS NOT NULL AND payment_due_on <= @until
    AND status IN ('SERVED', 'EXECUTING')
    AND (@officerId IS NULL OR officer1_id = @officerId OR officer2_id = @officerId)
  ORDER BY payment_due_on, id`

/** Both clocks, earliest first. */
export function casesDueBy(
  db: Database.Database,
  until: string,
  officerId: string | null
): DueRow[] {
  const decisions = prepare(db, CASES_DUE_SQL).all({ until, officerId }) as DueRow[]
  const payments = prepare(db, PAYMENTS_DUE_SQL).all({ until, officerId }) as DueRow[]
  return [...decisions, ...payments].sort((a, b) =>
    a.due_on === b.due_on ? (a.id < b.id ? -1 : 1) : a.due_on < b.due_on ? -1 : 1
  )
}

/** Summaries of the given cases, in the order of `ids`. */
export function summariesByIds(db: Database.Database, ids: readonly string[]): CaseSummary[] {
  const byId = new Map<string, CaseSummary>()
  const statement = prepare(db, `SELECT ${SUMMARY_COLUMNS} ${SUMMARY_FROM} WHERE c.id = ?`)
  for (const id of ids) {
    const row = statement.get(id) as SummaryRow | undefined
    if (row) byId.set(id, toSummary(row))
  }
  return ids.flatMap((id) => byId.get(id) ?? [])
}
