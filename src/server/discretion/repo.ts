import type Database from 'better-sqlite3'
import type { EvaluationResult } from '../../core/discretion/result-types'
import type { CaseEvaluationView } from '../../shared/views'
import { prepare } from '../db/statements'

export type EvaluationRow = {
  id: string
  case_id: string
  item_code: string
  act_date: string
  establishes_violation: number
  benchmark_id: string
  statute_version: string
  prior_violations: number
  facts: string
  result: string
  choice: 'accept' | 'declineExemption'
  outcome_level: string
  fine_min_fen: number | null
  fine_max_fen: number | null
  intended_fine_fen: number | null
  deviation: number
  deviation_reason: string | null
  /** 公益减罚 taken off the proposed fine, kept for statistics (公益折抵金额); null when none. */
  public_service_offset_fen: number | null
  origin_unit: string
  created_by: string
  created_at: string
}

/**
 * Earlier violations of the same item by the same party (same 身份证号 or 统一社会信用代码) whose act
 * date falls in [from, before): counted from each other live case's latest evaluation, when that
 * evaluation established a violation (an exemption such as 首违不罚 does; no fault or limitation
 * does not).
 */
export function countPriorViolations(
  db: Database.Database,
  q: { caseId: string; itemCode: string; from: string; before: string }
): number {
  const row = prepare(
    db,
    `SELECT count(DISTINCT e.case_id) AS n
     FROM case_evaluations e
     JOIN cases c ON c.id = e.case_id AND c.deleted_at IS NULL
     WHERE e.item_code = @itemCode AND e.case_id <> @caseId AND e.establishes_violation = 1
       AND e.act_date >= @from AND e.act_date < @before
       AND e.id = (SELECT e2.id FROM case_evaluations e2 WHERE e2.case_id = e.case_id
                   ORDER BY e2.created_at DESC, e2.id DESC LIMIT 1)
       AND EXISTS (
         SELECT 1 FROM parties p JOIN parties mine ON mine.case_id = @caseId
         WHERE p.case_id = e.case_id
           AND ((p.uscc IS NOT NULL AND p.uscc = mine.uscc)
             OR (p.id_number IS NOT NULL AND p.id_number = mine.id_number)))`
  ).get(q) as { n: number }
  return row.n
}

export function insertEvaluation(db: Database.Database, row: EvaluationRow): void {
  prepare(
    db,
    `INSERT INTO case_evaluations (id, case_id, item_code, act_date, establishes_violation, benchmark_id,
       statute_version, prior_violations, facts, result, choice, outcome_level, fine_min_fen, fine_max_fen,
       intended_fine_fen, deviation, deviation_reason, public_service_offset_fen, origin_unit, created_by,
       created_at)
     VALUES (@id, @case_id, @item_code, @act_date, @establishes_violation, @benchmark_id, @statute_version,
       @prior_violations, @facts, @result, @choice, @outcome_level, @fine_min_fen, @fine_max_fen,
       @intended_fine_fen, @deviation, @deviation_reason, @public_service_offset_fen, @origin_unit,
       @created_by, @created_at)`
  ).run(row)
}

export function evaluationsOfCase(db: Database.Database, caseId: string): CaseEvaluationView[] {
  const rows = prepare(
    db,
    `SELECT e.*, u.display_name AS creator FROM case_evaluations e JOIN users u ON u.id = e.created_by
     WHERE e.case_id = ? ORDER BY e.created_at DESC, e.id DESC`
  ).all(caseId) as (EvaluationRow & { creator: string })[]
  return rows.map(toView)
}

function toView(row: EvaluationRow & { creator: string }): CaseEvaluationView {
  const result = JSON.parse(row.result) as EvaluationResult
  return {
    id: row.id,
    caseId: row.case_id,
    itemCode: row.item_code,
    itemName: result.ok ? result.itemName : row.item_code,
    choice: row.choice,
    outcomeLevel: row.outcome_level,
    fine:
      row.fine_min_fen === null || row.fine_max_fen === null
        ? null
        : { minFen: row.fine_min_fen, maxFen: row.fine_max_fen },
    intendedFineFen: row.intended_fine_fen,
    deviation: row.deviation === 1,
    deviationReason: row.deviation_reason,
    explanation: result.ok ? result.explanation : '',
    result,
    facts: JSON.parse(row.facts) as unknown,
    priorViolations: row.prior_violations,
    createdAt: row.created_at,
    createdBy: row.creator
  }
}
