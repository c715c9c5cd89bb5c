// 入企检查 log: raw SQL. Inspections are append-only; a wrong one is voided with a reason
// (inspection_voids) and then counts for nothing: not in the statistics, not as a repeat.
import type Database from 'better-sqlite3'
import type { InspectionDate, InspectionResult } from '../../core/enterprise/inspections'
import type { InspectionView } from '../../shared/enterprise-views'
import { prepare } from '../db/statements'

export type InspectionRow = {
  id: string
  uscc: string
  enterprise_name: string
  on_date: string
  agency: string
  legal_basis: string
  result: InspectionResult
  result_note: string
  case_id: string | null
  origin_unit: string
  created_by: string
  created_at: string
}

type InspectionViewRow = InspectionRow & { void_reason: string | null; voided_at: string | null }

const VIEW_SELECT = `SELECT i.*, v.reason AS void_reason, v.created_at AS voided_at
  FROM enterprise_inspections i LEFT JOIN inspection_voids v ON v.inspection_id = i.id`

const NOT_VOIDED = 'NOT EXISTS (SELECT 1 FROM inspection_voids v WHERE v.inspection_id = i.id)'

export function insertInspection(db: Database.Database, row: InspectionRow): void {
  prepare(
    db,
    `INSERT INTO enterprise_inspections (id, uscc, enterprise_name, on_date, agency, legal_basis,
       result, result_note, case_id, origin_unit, created_by, created_at)
     VALUES (@id, @uscc, @enterprise_name, @on_date, @agency, @legal_basis, @result, @result_note,
       @case_id, @origin_unit, @created_by, @created_at)`
  ).run(row)
}

export function insertVoid(
  db: Database.Database,
  row: { inspectionId: string; reason: string; createdBy: string; createdAt: string }
): void {
  prepare(
    db,
    `INSERT INTO inspection_voids (inspection_id, reason, created_by, created_at)
     VALUES (@inspectionId, @reason, @createdBy, @createdAt)`
  ).run(row)
}

export function toInspectionView(row: InspectionViewRow, repeated: boolean): InspectionView {
  return {
    id: row.id,
    uscc: row.uscc,
    enterpriseName: row.enterprise_name,
    on: row.on_date,
    agency: row.agency,
    legalBasis: row.legal_basis,
    result: row.result,
    resultNote: row.result_note,
    caseId: row.case_id,
    voided:
      row.void_reason === null || row.voided_at === null
        ? null
        : { reason: row.void_reason, at: row.voided_at },
    repeated
  }
}

export function getInspection(db: Database.Database, id: string): InspectionViewRow | null {
  return (
    (prepare(db, `${VIEW_SELECT} WHERE i.id = ?`).get(id) as InspectionViewRow | undefined) ?? null
  )
}

/** Newest first; `from`/`to` bound the inspection date (both included). */
export function listInspections(
  db: Database.Database,
  q: { uscc: string | null; from: string | null; to: string | null }
): InspectionViewRow[] {
  return prepare(
    db,
    `${VIEW_SELECT}
       WHERE (@uscc IS NULL OR i.uscc = @uscc) AND (@from IS NULL OR i.on_date >= @from)
         AND (@to IS NULL OR i.on_date <= @to)
       ORDER BY i.on_date DESC, i.created_at DESC, i.id DESC`
  ).all(q) as InspectionViewRow[]
}

/**
 * Valid inspections of the given enterprises dated in [from, to]: the neighbours the repeat flag
 * compares with. The enterprises go in as one JSON array parameter, so the SQL text stays fixed.
 */
export function validInspectionsOf(
  db: Database.Database,
  usccs: readonly string[],
  from: string,
  to: string
): InspectionDate[] {
  return prepare(
    db,
    `SELECT i.id, i.uscc, i.on_date AS "on" FROM enterprise_inspections i
       WHERE i.uscc IN (SELECT value FROM json_each(@usccs)) AND i.on_date BETWEEN @from AND @to
         AND ${NOT_VOIDED}`
  ).all({ usccs: JSON.stringify(usccs), from, to }) as InspectionDate[]
}

/** Valid inspections of every enterprise dated in [from, to]. */
export function validInspectionsIn(
  db: Database.Database,
  from: string,
  to: string
): InspectionDate[] {
  return prepare(
    db,
    `SELECT i.id, i.uscc, i.on_date AS "on" FROM enterprise_inspections i
       WHERE i.on_date BETWEEN @from AND @to AND ${NOT_VOIDED}`
  ).all({ from, to }) as InspectionDate[]
}

/** Count of valid inspections and of distinct enterprises inspected in [@from, @to]. */
export const INSPECTION_COUNTS_SQL = `SELECT COUNT(*) AS count, COUNT(DISTINCT i.uscc) AS enterprises
  FROM enterprise_inspections i WHERE i.on_date BETWEEN @from AND @to AND ${NOT_VOIDED}`

export function inspectionCounts(
  db: Database.Database,
  from: string,
  to: string
): { count: number; enterprises: number } {
  return prepare(db, INSPECTION_COUNTS_SQL).get({ from, to }) as {
    count: number
    enterprises: number
  }
}
