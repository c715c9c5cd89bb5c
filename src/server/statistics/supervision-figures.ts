// The enterprise-supervision figures of a period (domain.md §7.3 涉企): recovered losses by category,
// clues received, handled, overdue and referred, and inspections against the year before. Each query
// also feeds its rows to the data hash, so the stamp covers them.
import type { Hash } from 'node:crypto'
import type Database from 'better-sqlite3'
import { LOSS_CATEGORIES, type LossCategory } from '../../core/enterprise/vocabulary'
import { yearBefore, type Period } from '../../core/statistics/period'
import { changePermille } from '../../core/statistics/ratios'
import { prepare } from '../db/statements'
import { hashRows } from './data-hash'

export type SupervisionFigures = {
  losses: { totalFen: number; byCategory: { category: LossCategory; amountFen: number }[] }
  clues: { received: number; handled: number; overdue: number; referred: number }
  inspections: { count: number; previousYearCount: number; changePermille: number | null }
}

function lossFigures(db: Database.Database, p: Period, unit: string | null, hash: Hash) {
  // A reversal counts in the period of its own date: a closed period keeps its figure, and the
  // correction shows where it was made.
  const rows = prepare(
    db,
    `SELECT id, category, amount_fen, on_date FROM recovered_losses
      WHERE on_date BETWEEN @from AND @to AND (@unit IS NULL OR origin_unit = @unit) ORDER BY id`
  ).all({ ...p, unit }) as { id: string; category: LossCategory; amount_fen: number }[]
  hashRows(hash, 'losses', rows)
  const sums = new Map<LossCategory, number>()
  let totalFen = 0
  for (const r of rows) {
    sums.set(r.category, (sums.get(r.category) ?? 0) + r.amount_fen)
    totalFen += r.amount_fen
  }
  return {
    totalFen,
    byCategory: LOSS_CATEGORIES.map((category) => ({
      category,
      amountFen: sums.get(category) ?? 0
    }))
  }
}

function clueFigures(
  db: Database.Database,
  p: Period,
  unit: string | null,
  asOf: string,
  hash: Hash
) {
  const rows = prepare(
    db,
    `SELECT id, received_on, deadline_on, handled_on FROM enterprise_clues
      WHERE (@unit IS NULL OR origin_unit = @unit) AND (received_on BETWEEN @from AND @to
         OR handled_on BETWEEN @from AND @to OR deadline_on BETWEEN @from AND @to)
      ORDER BY id`
  ).all({ ...p, unit }) as {
    id: string
    received_on: string
    deadline_on: string
    handled_on: string | null
  }[]
  const referred = prepare(
    db,
    `SELECT s.id, s.clue_id, s.on_date FROM clue_steps s JOIN enterprise_clues c ON c.id = s.clue_id
      WHERE s.kind = 'refer' AND s.on_date BETWEEN @from AND @to
        AND (@unit IS NULL OR c.origin_unit = @unit) ORDER BY s.id`
  ).all({ ...p, unit }) as { id: string }[]
  hashRows(hash, 'clues', rows)
  hashRows(hash, 'clueReferrals', referred)
  const within = (d: string | null) => d !== null && d >= p.from && d <= p.to
  let received = 0
  let handled = 0
  let overdue = 0
  for (const r of rows) {
    if (within(r.received_on)) received++
    if (within(r.handled_on)) handled++
    // Like a case: counted in the period its deadline fell in, once that deadline has passed
    // without the clue being handled.
    const late = r.handled_on === null ? r.deadline_on < asOf : r.handled_on > r.deadline_on
    if (within(r.deadline_on) && late) overdue++
  }
  return { received, handled, overdue, referred: referred.length }
}

function inspectionCount(
  db: Database.Database,
  p: Period,
  unit: string | null,
  hash: Hash,
  label: string
) {
  const rows = prepare(
    db,
    `SELECT i.id, i.on_date FROM enterprise_inspections i
      WHERE i.on_date BETWEEN @from AND @to AND (@unit IS NULL OR i.origin_unit = @unit)
        AND NOT EXISTS (SELECT 1 FROM inspection_voids v WHERE v.inspection_id = i.id)
      ORDER BY i.id`
  ).all({ ...p, unit }) as { id: string }[]
  hashRows(hash, label, rows)
  return rows.length
}

export function supervisionFigures(
  db: Database.Database,
  p: Period,
  unit: string | null,
  asOf: string,
  hash: Hash
): SupervisionFigures {
  const count = inspectionCount(db, p, unit, hash, 'inspections')
  const previousYearCount = inspectionCount(db, yearBefore(p), unit, hash, 'inspectionsYearBefore')
  return {
    losses: lossFigures(db, p, unit, hash),
    clues: clueFigures(db, p, unit, asOf, hash),
    inspections: {
      count,
      previousYearCount,
      changePermille: changePermille(count, previousYearCount)
    }
  }
}
