// Decided cases as peers (case_outcomes) and the reviewers' verdicts on flags; raw SQL.
import type Database from 'better-sqlite3'
import type { ReviewFlag, ReviewFlagCode } from '../../core/review/flag'
import type { PeerCase } from '../../core/review/types'
import type { ReviewVerdictView } from '../../shared/review-views'
import type { ReviewVerdict } from '../../shared/schemas/review'
import { prepare } from '../db/statements'

type OutcomeRow = {
  case_id: string
  case_number: string
  unit_code: string
  item_code: string
  item_name: string
  benchmark_id: string
  level: string
  decided_on: string
  fine_fen: number | null
  position: number | null
  fine_per_base: number | null
}

function toPeer(r: OutcomeRow): PeerCase {
  return {
    caseId: r.case_id,
    caseNumber: r.case_number,
    unitCode: r.unit_code,
    itemCode: r.item_code,
    itemName: r.item_name,
    benchmarkId: r.benchmark_id,
    level: r.level as PeerCase['level'],
    decidedOn: r.decided_on,
    fineFen: r.fine_fen,
    position: r.position,
    finePerBase: r.fine_per_base
  }
}

export function upsertOutcome(db: Database.Database, p: PeerCase): void {
  prepare(
    db,
    `INSERT INTO case_outcomes (case_id, case_number, unit_code, item_code, item_name, benchmark_id, level,
       decided_on, fine_fen, position, fine_per_base)
     VALUES (@caseId, @caseNumber, @unitCode, @itemCode, @itemName, @benchmarkId, @level, @decidedOn,
       @fineFen, @position, @finePerBase)
     ON CONFLICT (case_id) DO UPDATE SET case_number = excluded.case_number, unit_code = excluded.unit_code,
       item_code = excluded.item_code, item_name = excluded.item_name, benchmark_id = excluded.benchmark_id,
       level = excluded.level, decided_on = excluded.decided_on, fine_fen = excluded.fine_fen,
       position = excluded.position, fine_per_base = excluded.fine_per_base`
  ).run({ ...p, caseNumber: p.caseNumber ?? '' })
}

/** Decided cases of the item, benchmark and level in (from, to], for the peer checks. */
export function peersOf(
  db: Database.Database,
  q: { itemCode: string; benchmarkId: string; level: string; from: string; to: string }
): PeerCase[] {
  const rows = prepare(
    db,
    `SELECT * FROM case_outcomes c
       WHERE item_code = @itemCode AND benchmark_id = @benchmarkId AND level = @level
         AND decided_on > @from AND decided_on <= @to
         AND EXISTS (SELECT 1 FROM cases k WHERE k.id = c.case_id AND k.deleted_at IS NULL)
       ORDER BY decided_on, case_id`
  ).all(q) as OutcomeRow[]
  return rows.map(toPeer)
}

/** Decided cases in [from, to], optionally of one item, for the consistency report. */
export function outcomesIn(
  db: Database.Database,
  q: { from: string; to: string; itemCode: string | null }
): PeerCase[] {
  const rows = prepare(
    db,
    `SELECT * FROM case_outcomes c
       WHERE decided_on >= @from AND decided_on <= @to AND (@itemCode IS NULL OR item_code = @itemCode)
         AND EXISTS (SELECT 1 FROM cases k WHERE k.id = c.case_id AND k.deleted_at IS NULL)
       ORDER BY decided_on, case_id`
  ).all(q) as OutcomeRow[]
  return rows.map(toPeer)
}

export function insertVerdict(
  db: Database.Database,
  row: {
    id: string
    caseId: string
    code: ReviewFlagCode
    verdict: ReviewVerdict
    reason: string
    flag: ReviewFlag
    originUnit: string
    createdBy: string
    createdAt: string
  }
): void {
  prepare(
    db,
    `INSERT INTO review_verdicts (id, case_id, code, verdict, reason, flag, origin_unit, created_by, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`
  ).run(
    row.id,
    row.caseId,
    row.code,
    row.verdict,
    row.reason,
    JSON.stringify(row.flag),
    row.originUnit,
    row.createdBy,
    row.createdAt
  )
}

/** The latest verdict per flag code on the case. */
export function latestVerdicts(
  db: Database.Database,
  caseId: string
): Map<ReviewFlagCode, ReviewVerdictView> {
  const rows = prepare(
    db,
    `SELECT v.code, v.verdict, v.reason, v.created_by, u.display_name, v.created_at
       FROM review_verdicts v JOIN users u ON u.id = v.created_by
       WHERE v.case_id = ? ORDER BY v.created_at, v.id`
  ).all(caseId) as {
    code: ReviewFlagCode
    verdict: ReviewVerdict
    reason: string
    created_by: string
    display_name: string
    created_at: string
  }[]
  const out = new Map<ReviewFlagCode, ReviewVerdictView>()
  for (const r of rows) {
    out.set(r.code, {
      verdict: r.verdict,
      reason: r.reason,
      by: { id: r.created_by, displayName: r.display_name },
      at: r.created_at
    })
  }
  return out
}

/** 罚没收入 received (payments ledger, reversals included) from 1 January to `to`, and in the same span
 * of the year before. */
export function revenueFigures(
  db: Database.Database,
  to: string
): { thisYearFen: number; lastYearFen: number } {
  const year = Number(to.slice(0, 4))
  const sum = (from: string, until: string) =>
    (
      prepare(
        db,
        `SELECT coalesce(sum(p.amount_fen), 0) AS total FROM payments p
           JOIN cases c ON c.id = p.case_id AND c.deleted_at IS NULL
           WHERE p.paid_on >= ? AND p.paid_on <= ?`
      ).get(from, until) as { total: number }
    ).total
  // 29 February falls back to the 28th a year before.
  const lastTo = `${year - 1}${to.slice(4) === '-02-29' ? '-02-28' : to.slice(4)}`
  return {
    thisYearFen: sum(`${year}-01-01`, to),
    lastYearFen: sum(`${year - 1}-01-01`, lastTo)
  }
}
