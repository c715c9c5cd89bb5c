// 涉企问题线索 and their steps: raw SQL. The clue row carries the fold of its steps (status, deadline,
// handled date, finding, referral) so lists and the overdue index need no replay; steps are append-only.
import type Database from 'better-sqlite3'
import { isOverdue, type ClueState, type ClueStep } from '../../core/enterprise/clues'
import type {
  ClueChannel,
  ClueFinding,
  ClueProblemType,
  ClueStatus,
  ClueStepKind
} from '../../core/enterprise/vocabulary'
import { assertNever } from '../../core/assert'
import type { ClueStepView, ClueView } from '../../shared/enterprise-views'
import { prepare } from '../db/statements'

export type ClueRow = {
  id: string
  clue_number: string
  received_on: string
  channel: ClueChannel
  reporter: string
  uscc: string
  enterprise_name: string
  agency: string
  problem_type: ClueProblemType
  amount_fen: number | null
  summary: string
  deadline_on: string
  status: ClueStatus
  handled_on: string | null
  finding: ClueFinding | null
  referred: number
  rev: number
  origin_unit: string
  created_by: string
  created_at: string
  updated_at: string
}

type ClueListRow = ClueRow & { recovered_fen: number }

type StepRow = {
  id: string
  kind: ClueStepKind
  on_date: string
  to_agency: string | null
  deadline_on: string | null
  finding: ClueFinding | null
  note: string
  display_name: string
  created_at: string
}

// The net recovered losses of a clue: entries minus reversals, all linked to it.
const CLUE_COLUMNS = `c.*, (SELECT COALESCE(SUM(l.amount_fen), 0) FROM recovered_losses l
  WHERE l.clue_id = c.id) AS recovered_fen`

function toView(row: ClueListRow, today: string): ClueView {
  return {
    id: row.id,
    clueNumber: row.clue_number,
    receivedOn: row.received_on,
    channel: row.channel,
    reporter: row.reporter,
    uscc: row.uscc,
    enterpriseName: row.enterprise_name,
    agency: row.agency,
    problemType: row.problem_type,
    amountFen: row.amount_fen,
    summary: row.summary,
    deadlineOn: row.deadline_on,
    status: row.status,
    handledOn: row.handled_on,
    finding: row.finding,
    referred: row.referred === 1,
    overdue: isOverdue({ deadlineOn: row.deadline_on, handledOn: row.handled_on }, today),
    recoveredFen: row.recovered_fen,
    rev: row.rev
  }
}

/**
 * The next number of the unit's clues of a year: `head` is e.g. 汉阳市监线索〔2026〕, and the serial is
 * one more than the highest under that head (CAST reads the digits before 号). Called inside the
 * register transaction, so two registrations cannot take the same number.
 */
export function nextClueNumber(db: Database.Database, head: string, unit: string): string {
  // Per unit: clues merged in from other units keep their own numbers (migration 0080).
  const row = prepare(
    db,
    `SELECT MAX(CAST(substr(clue_number, length(@head) + 1) AS INTEGER)) AS n FROM enterprise_clues
       WHERE origin_unit = @unit AND substr(clue_number, 1, length(@head)) = @head`
  ).get({ head, unit }) as { n: number | null }
  return `${head}${(row.n ?? 0) + 1}号`
}

export function insertClue(db: Database.Database, row: Omit<ClueRow, 'updated_at'>): void {
  prepare(
    db,
    `INSERT INTO enterprise_clues (id, clue_number, received_on, channel, reporter, uscc,
       enterprise_name, agency, problem_type, amount_fen, summary, deadline_on, status, handled_on,
       finding, referred, rev, origin_unit, created_by, created_at, updated_at)
     VALUES (@id, @clue_number, @received_on, @channel, @reporter, @uscc, @enterprise_name, @agency,
       @problem_type, @amount_fen, @summary, @deadline_on, @status, @handled_on, @finding, @referred,
       @rev, @origin_unit, @created_by, @created_at, @created_at)`
  ).run(row)
}

export function getClueRow(db: Database.Database, id: string): ClueRow | null {
  return (
    (prepare(db, 'SELECT * FROM enterprise_clues WHERE id = ?').get(id) as ClueRow | undefined) ??
    null
  )
}

export function getClueView(db: Database.Database, id: string, today: string): ClueView | null {
  const row = prepare(db, `SELECT ${CLUE_COLUMNS} FROM enterprise_clues c WHERE c.id = ?`).get(
    id
  ) as ClueListRow | undefined
  return row ? toView(row, today) : null
}

export type ClueFilter = { status: 'open' | 'overdue' | 'handled' | 'all'; uscc: string | null }

/** Newest receipt first. `open` and `overdue` use the partial index on unhandled deadlines. */
export function listClues(db: Database.Database, filter: ClueFilter, today: string): ClueView[] {
  const rows = prepare(
    db,
    `SELECT ${CLUE_COLUMNS} FROM enterprise_clues c
       WHERE (@uscc IS NULL OR c.uscc = @uscc)
         AND (@status = 'all'
           OR (@status = 'open' AND c.handled_on IS NULL)
           OR (@status = 'overdue' AND c.handled_on IS NULL AND c.deadline_on < @today)
           OR (@status = 'handled' AND c.handled_on IS NOT NULL))
       ORDER BY c.received_on DESC, c.created_at DESC, c.id DESC`
  ).all({ uscc: filter.uscc, status: filter.status, today }) as ClueListRow[]
  return rows.map((r) => toView(r, today))
}

export function clueStepViews(db: Database.Database, clueId: string): ClueStepView[] {
  const rows = prepare(
    db,
    `SELECT s.id, s.kind, s.on_date, s.to_agency, s.deadline_on, s.finding, s.note, u.display_name,
       s.created_at
     FROM clue_steps s JOIN users u ON u.id = s.created_by
     WHERE s.clue_id = ? ORDER BY s.created_at, s.id`
  ).all(clueId) as StepRow[]
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    on: r.on_date,
    toAgency: r.to_agency,
    deadlineOn: r.deadline_on,
    finding: r.finding,
    note: r.note,
    createdBy: r.display_name,
    createdAt: r.created_at
  }))
}

/** A stored step as the fold sees it; a row missing what its kind needs is a corrupt database. */
export function toClueStep(view: ClueStepView): ClueStep {
  const broken = () => new Error(`clue step ${view.id} lacks the fields of a ${view.kind}`)
  switch (view.kind) {
    case 'transfer':
      if (view.toAgency === null || view.deadlineOn === null) throw broken()
      return { kind: 'transfer', on: view.on, toAgency: view.toAgency, deadlineOn: view.deadlineOn }
    case 'urge':
      if (view.deadlineOn === null) throw broken()
      return { kind: 'urge', on: view.on, deadlineOn: view.deadlineOn }
    case 'handle':
      if (view.finding === null) throw broken()
      return { kind: 'handle', on: view.on, finding: view.finding }
    case 'feedback':
      return { kind: 'feedback', on: view.on }
    case 'refer':
      if (view.toAgency === null) throw broken()
      return { kind: 'refer', on: view.on, toAgency: view.toAgency }
    default:
      return assertNever(view.kind)
  }
}

export function insertClueStep(
  db: Database.Database,
  row: {
    id: string
    clueId: string
    step: ClueStep
    note: string
    createdBy: string
    createdAt: string
  }
): void {
  const s = row.step
  prepare(
    db,
    `INSERT INTO clue_steps (id, clue_id, kind, on_date, to_agency, deadline_on, finding, note,
       created_by, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
  ).run(
    row.id,
    row.clueId,
    s.kind,
    s.on,
    s.kind === 'transfer' || s.kind === 'refer' ? s.toAgency : null,
    s.kind === 'transfer' || s.kind === 'urge' ? s.deadlineOn : null,
    s.kind === 'handle' ? s.finding : null,
    row.note,
    row.createdBy,
    row.createdAt
  )
}

/** Writes the fold back and bumps rev; false when the clue changed since `rev` was read. */
export function rewriteClue(
  db: Database.Database,
  id: string,
  rev: number,
  state: ClueState,
  at: string
): boolean {
  const result = prepare(
    db,
    `UPDATE enterprise_clues SET status = @status, deadline_on = @deadlineOn, handled_on = @handledOn,
       finding = @finding, referred = @referred, rev = rev + 1, updated_at = @at
     WHERE id = @id AND rev = @rev`
  ).run({
    id,
    rev,
    at,
    status: state.status,
    deadlineOn: state.deadlineOn,
    handledOn: state.handledOn,
    finding: state.finding,
    referred: state.referred ? 1 : 0
  })
  return result.changes === 1
}
