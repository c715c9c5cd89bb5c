// The live-case tally per status (migration 0110), kept by triggers on `cases`: the register's total
// and a status filter's count without reading the register.
import type Database from 'better-sqlite3'
import type { CaseStatus } from '../../core/cases/vocabulary'
import { prepare } from '../db/statements'

/** Live cases in `status`, or in all statuses. */
export function tallied(db: Database.Database, status?: CaseStatus): number {
  return status
    ? (prepare(db, 'SELECT live FROM case_tally WHERE status = ?').pluck().get(status) as number)
    : (prepare(db, 'SELECT sum(live) FROM case_tally').pluck().get() as number)
}

/**
 * Counts the register again into the tally: for a bulk load that ran without the tally's triggers
 * (src/server/seed/bulk). One grouped pass over the status index.
 */
export function recountTally(db: Database.Database): void {
  prepare(
    db,
    `UPDATE case_tally SET live = coalesce(
       (SELECT n FROM (SELECT status, count(*) AS n FROM cases WHERE deleted_at IS NULL GROUP BY status) g
         WHERE g.status = case_tally.status), 0)`
  ).run()
}
