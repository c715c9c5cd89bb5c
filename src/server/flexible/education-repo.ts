// Education records after a no-penalty decision (APL Art. 33 ¶3) and their follow-up: raw SQL. The
// row is written in the decision's transaction; the follow-up is written once (a trigger keeps the
// rest of the row as written).
import type Database from 'better-sqlite3'
import type { Education } from '../../core/lifecycle/actions'
import { EDUCATION_FORMS, type EducationForm } from '../../core/flexible/vocabulary'
import { AppError } from '../../shared/errors'
import { prepare } from '../db/statements'
import type { queryParams } from '../statistics/count'
import { DECIDED } from '../statistics/metric-sql'

export type EducationRow = {
  case_id: string
  case_number: string
  forms: string
  content: string
  educated_on: string
  follow_up_on: string
  followed_up_on: string | null
  follow_up_result: string | null
  /** The no-penalty decision's date (the latest decide event). */
  decided_on: string | null
}

const SELECT = `SELECT r.case_id, c.case_number, r.forms, r.content, r.educated_on, r.follow_up_on,
    r.followed_up_on, r.follow_up_result,
    (SELECT e.on_date FROM case_events e WHERE e.case_id = r.case_id AND e.kind = 'decide'
      ORDER BY e.seq DESC LIMIT 1) AS decided_on
  FROM education_records r JOIN cases c ON c.id = r.case_id`

export function insertEducation(
  db: Database.Database,
  row: {
    caseId: string
    education: Education
    originUnit: string
    createdBy: string
    createdAt: string
  }
): void {
  const existing = prepare(db, 'SELECT 1 FROM education_records WHERE case_id = ?').get(row.caseId)
  if (existing) throw new AppError('REFUSED', '本案已有不予处罚后的教育记录。')
  const e = row.education
  prepare(
    db,
    `INSERT INTO education_records (case_id, forms, content, educated_on, follow_up_on, origin_unit,
       created_by, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`
  ).run(
    row.caseId,
    JSON.stringify(e.forms),
    e.content,
    e.educatedOn,
    e.followUpOn,
    row.originUnit,
    row.createdBy,
    row.createdAt
  )
}

export function getEducation(db: Database.Database, caseId: string): EducationRow | null {
  const row = prepare(db, `${SELECT} WHERE r.case_id = ? AND c.deleted_at IS NULL`).get(caseId) as
    EducationRow | undefined
  return row ?? null
}

/** Records not followed up whose follow-up date is on or before `until`, soonest first. */
export function pendingEducation(db: Database.Database, until: string): EducationRow[] {
  return prepare(
    db,
    `${SELECT} WHERE r.followed_up_on IS NULL AND r.follow_up_on <= ? AND c.deleted_at IS NULL
     ORDER BY r.follow_up_on, c.case_number`
  ).all(until) as EducationRow[]
}

export function recordFollowUp(
  db: Database.Database,
  row: { caseId: string; on: string; result: string; by: string }
): boolean {
  const changed = prepare(
    db,
    `UPDATE education_records SET followed_up_on = ?, follow_up_result = ?, followed_up_by = ?
     WHERE case_id = ? AND followed_up_on IS NULL`
  ).run(row.on, row.result, row.by, row.caseId)
  return changed.changes === 1
}

/** The stored forms, in the vocabulary's order; an unknown word (a damaged row) is dropped. */
export function parseForms(text: string): EducationForm[] {
  const parsed: unknown = JSON.parse(text)
  const list = Array.isArray(parsed) ? (parsed as unknown[]) : []
  return EDUCATION_FORMS.filter((f) => list.includes(f))
}

/** Education of the cases whose decision counts in the period (the statistics' own condition):
 * recorded, followed up, and due (follow-up date reached, none recorded) as of @asOf. */
export function educationOfDecided(
  db: Database.Database,
  params: ReturnType<typeof queryParams>
): { recorded: number; followedUp: number; due: number } {
  const unit = 'unit' in params ? ' AND f.unit_code = @unit' : ''
  return prepare(
    db,
    `SELECT count(*) AS recorded,
       coalesce(sum(r.followed_up_on IS NOT NULL), 0) AS followedUp,
       coalesce(sum(r.followed_up_on IS NULL AND r.follow_up_on <= @asOf), 0) AS due
     FROM education_records r JOIN case_facts f ON f.case_id = r.case_id
     WHERE f.decided_on BETWEEN @from AND @to AND ${DECIDED}${unit}`
  ).get(params) as { recorded: number; followedUp: number; due: number }
}
