// What the fast-track list and the flexible-enforcement figures read of each case, in one query:
// the latest decision event, the fast-track mark, the decisive evaluation (the latest one recorded
// before the decision, or the latest while undecided), verified public service and the education
// record. Raw SQL; the rules that read these rows are pure (core/flexible).
import type Database from 'better-sqlite3'
import { OPEN_STATUSES } from '../../core/flexible/fast-track'
import { prepare } from '../db/statements'

export type FlexibleCaseRow = {
  case_id: string
  case_number: string
  cause: string
  status: string
  filed_on: string | null
  decision_kind: 'decide' | 'decideOnTheSpot' | null
  decided_on: string | null
  /** 'penalty' | 'noPenalty' for decide events; null on the spot (always a penalty). */
  outcome: string | null
  decided_fine_fen: number | null
  mark_reason: string | null
  item_code: string | null
  item_name: string | null
  eval_ok: number | null
  procedure_kind: string | null
  procedure_max_fen: number | null
  outcome_level: string | null
  ground: string | null
  mandatory: number | null
  intended_fine_fen: number | null
  offset_fen: number | null
  ps_hours_tenths: number
  ps_points_tenths: number
  follow_up_on: string | null
  followed_up_on: string | null
}

const verified = (measure: 'hours' | 'points') =>
  `(SELECT coalesce(sum(p.quantity_tenths), 0) FROM public_service_events p
     WHERE p.case_id = c.id AND p.kind = 'verify' AND p.measure = '${measure}'
       AND NOT EXISTS (SELECT 1 FROM public_service_events w
                       WHERE w.application_id = p.application_id AND w.kind = 'withdraw'))`

const SELECT = `
WITH decisions AS (
  SELECT e.case_id, e.kind, e.on_date, e.action, e.created_at,
         row_number() OVER (PARTITION BY e.case_id ORDER BY e.seq DESC) AS n
  FROM case_events e WHERE e.kind IN ('decide', 'decideOnTheSpot')
)
SELECT c.id AS case_id, c.case_number, c.cause, c.status, c.filed_on,
  d.kind AS decision_kind, d.on_date AS decided_on,
  json_extract(d.action, '$.outcome') AS outcome,
  json_extract(d.action, '$.penalty.fineFen') AS decided_fine_fen,
  m.reason AS mark_reason,
  v.item_code,
  json_extract(v.result, '$.itemName') AS item_name,
  json_extract(v.result, '$.ok') AS eval_ok,
  json_extract(v.result, '$.procedure.kind') AS procedure_kind,
  json_extract(v.result, '$.procedure.maxFen') AS procedure_max_fen,
  v.outcome_level,
  json_extract(v.result, '$.outcome.ground') AS ground,
  json_extract(v.result, '$.outcome.mandatory') AS mandatory,
  v.intended_fine_fen,
  v.public_service_offset_fen AS offset_fen,
  ${verified('hours')} AS ps_hours_tenths,
  ${verified('points')} AS ps_points_tenths,
  r.follow_up_on, r.followed_up_on
FROM cases c
LEFT JOIN decisions d ON d.case_id = c.id AND d.n = 1
LEFT JOIN fast_track_marks m ON m.case_id = c.id
LEFT JOIN case_evaluations v ON v.id = (
  SELECT v2.id FROM case_evaluations v2
  WHERE v2.case_id = c.id AND (d.created_at IS NULL OR v2.created_at <= d.created_at)
  ORDER BY v2.created_at DESC, v2.id DESC LIMIT 1)
LEFT JOIN education_records r ON r.case_id = c.id
WHERE c.deleted_at IS NULL`

const OPEN_LIST = OPEN_STATUSES.map((s) => `'${s}'`).join(', ')

/** Live cases decided in [from, to], and, with `includeOpen`, the live cases still undecided. */
export function flexibleCaseRows(
  db: Database.Database,
  q: { from: string; to: string; includeOpen: boolean }
): FlexibleCaseRow[] {
  return prepare(
    db,
    `${SELECT} AND ((d.on_date >= @from AND d.on_date <= @to)
       OR (@includeOpen = 1 AND d.case_id IS NULL AND c.status IN (${OPEN_LIST})))
     ORDER BY c.case_number`
  ).all({ from: q.from, to: q.to, includeOpen: q.includeOpen ? 1 : 0 }) as FlexibleCaseRow[]
}

export function flexibleCaseRow(db: Database.Database, caseId: string): FlexibleCaseRow | null {
  const row = prepare(db, `${SELECT} AND c.id = ?`).get(caseId) as FlexibleCaseRow | undefined
  return row ?? null
}

export function getMark(db: Database.Database, caseId: string): { reason: string } | null {
  const row = prepare(db, 'SELECT reason FROM fast_track_marks WHERE case_id = ?').get(caseId) as
    { reason: string } | undefined
  return row ?? null
}

export function insertMark(
  db: Database.Database,
  row: { caseId: string; reason: string; originUnit: string; createdBy: string; createdAt: string }
): void {
  prepare(
    db,
    `INSERT INTO fast_track_marks (case_id, reason, origin_unit, created_by, created_at)
     VALUES (?, ?, ?, ?, ?)`
  ).run(row.caseId, row.reason, row.originUnit, row.createdBy, row.createdAt)
}
