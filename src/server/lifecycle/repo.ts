// Case events (recorded lifecycle actions) and fine payments: append-only rows, raw SQL.
import type Database from 'better-sqlite3'
import type { LifecycleAction } from '../../core/lifecycle/actions'
import type { PaymentEntry } from '../../core/lifecycle/execution'
import type { CaseEventView, PaymentView } from '../../shared/lifecycle-views'
import { prepare } from '../db/statements'

type EventRow = {
  seq: number
  action: string
  created_by: string
  display_name: string
  created_at: string
}

export function caseActions(db: Database.Database, caseId: string): LifecycleAction[] {
  const rows = prepare(db, 'SELECT action FROM case_events WHERE case_id = ? ORDER BY seq').all(
    caseId
  ) as { action: string }[]
  return rows.map((r) => JSON.parse(r.action) as LifecycleAction)
}

export function caseEvents(db: Database.Database, caseId: string): CaseEventView[] {
  const rows = prepare(
    db,
    `SELECT e.seq, e.action, e.created_by, u.display_name, e.created_at
       FROM case_events e JOIN users u ON u.id = e.created_by
       WHERE e.case_id = ? ORDER BY e.seq`
  ).all(caseId) as EventRow[]
  return rows.map((r) => ({
    seq: r.seq,
    action: JSON.parse(r.action) as LifecycleAction,
    actor: { id: r.created_by, displayName: r.display_name },
    at: r.created_at
  }))
}

export function insertEvent(
  db: Database.Database,
  row: {
    id: string
    caseId: string
    action: LifecycleAction
    originUnit: string
    createdBy: string
    createdAt: string
  }
): number {
  const next = prepare(
    db,
    'SELECT coalesce(max(seq), 0) + 1 AS seq FROM case_events WHERE case_id = ?'
  ).get(row.caseId) as { seq: number }
  prepare(
    db,
    `INSERT INTO case_events (id, case_id, seq, kind, on_date, action, origin_unit, created_by, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`
  ).run(
    row.id,
    row.caseId,
    next.seq,
    row.action.kind,
    row.action.on,
    JSON.stringify(row.action),
    row.originUnit,
    row.createdBy,
    row.createdAt
  )
  return next.seq
}

type PaymentRow = {
  id: string
  paid_on: string
  amount_fen: number
  receipt_no: string
  note: string
  reverses_id: string | null
  reversed_by_id: string | null
  created_by: string
  display_name: string
  created_at: string
}

export function casePayments(db: Database.Database, caseId: string): PaymentView[] {
  const rows = prepare(
    db,
    `SELECT p.*, r.id AS reversed_by_id, u.display_name
       FROM payments p
       JOIN users u ON u.id = p.created_by
       LEFT JOIN payments r ON r.reverses_id = p.id
       WHERE p.case_id = ? ORDER BY p.paid_on, p.created_at, p.id`
  ).all(caseId) as PaymentRow[]
  return rows.map((r) => ({
    id: r.id,
    paidOn: r.paid_on,
    amountFen: r.amount_fen,
    receiptNo: r.receipt_no,
    note: r.note,
    reversesId: r.reverses_id,
    reversedById: r.reversed_by_id,
    createdBy: { id: r.created_by, displayName: r.display_name },
    createdAt: r.created_at
  }))
}

export function paymentEntries(payments: readonly PaymentView[]): PaymentEntry[] {
  return payments.map((p) => ({ on: p.paidOn, amountFen: p.amountFen }))
}

export function getPayment(
  db: Database.Database,
  id: string
): { case_id: string; amount_fen: number; reverses_id: string | null } | null {
  return (
    (prepare(db, 'SELECT case_id, amount_fen, reverses_id FROM payments WHERE id = ?').get(id) as
      { case_id: string; amount_fen: number; reverses_id: string | null } | undefined) ?? null
  )
}

export function insertPayment(
  db: Database.Database,
  row: {
    id: string
    caseId: string
    paidOn: string
    amountFen: number
    receiptNo: string
    note: string
    reversesId: string | null
    originUnit: string
    createdBy: string
    createdAt: string
  }
): void {
  prepare(
    db,
    `INSERT INTO payments (id, case_id, paid_on, amount_fen, receipt_no, note, reverses_id, origin_unit,
       created_by, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
  ).run(
    row.id,
    row.caseId,
    row.paidOn,
    row.amountFen,
    row.receiptNo,
    row.note,
    row.reversesId,
    row.originUnit,
    row.createdBy,
    row.createdAt
  )
}

/** The stored derived dates: the decision due date (null once decided or while suspended) and the
 * payment due date (null unless a fine is outstanding). */
export function setDerivedDates(
  db: Database.Database,
  caseId: string,
  decisionDueOn: string | null,
  paymentDueOn: string | null
): void {
  prepare(db, 'UPDATE cases SET decision_due_on = ?, payment_due_on = ? WHERE id = ?').run(
    decisionDueOn,
    paymentDueOn,
    caseId
  )
}
