// The period lock as the handlers see it: a record dated in a closed period is refused with the
// period named, before the database triggers (db/migrations/0090_period_close.sql) would abort it.
import { dateZh } from '../../core/discretion/citation'
import { AppError } from '../../shared/errors'
import type Database from 'better-sqlite3'
import { prepare } from '../db/statements'
import type { CaseRow } from '../cases/repo'
import { closeContaining, type CloseRow } from './repo'

const CORRECTION = '更正请以调整记录录入当前期间。'

function periodText(close: CloseRow): string {
  return `${dateZh(close.from_on)}至${dateZh(close.to_on)}`
}

/** Refuses a record dated `date` when the date lies in a closed period. `what` names the record
 * (缴款记录, 办案记录 …). */
export function assertPeriodOpen(db: Database.Database, date: string, what = '记录'): void {
  const close = closeContaining(db, date)
  if (!close) return
  throw new AppError(
    'REFUSED',
    `${periodText(close)}已结账，不能再录入该期间的${what}；${CORRECTION}`
  )
}

/** The fields of a case that a closed period's report counted. */
export type CaseLockFields = Pick<
  CaseRow,
  | 'cause'
  | 'facts'
  | 'discovered_on'
  | 'filed_on'
  | 'violation_on'
  | 'deleted_at'
  | 'party_names'
  | 'officer1_id'
  | 'officer2_id'
>

const LOCK_FIELDS: readonly (keyof CaseLockFields)[] = [
  'cause',
  'facts',
  'discovered_on',
  'filed_on',
  'violation_on',
  'deleted_at',
  'party_names',
  'officer1_id',
  'officer2_id'
]

/** The case's decision, when it was made inside a closed period (as the trigger finds it). */
function decisionInClosed(
  db: Database.Database,
  caseId: string
): (CloseRow & { decided_on: string }) | undefined {
  return prepare(
    db,
    `SELECT p.*, e.on_date AS decided_on FROM case_events e JOIN period_closes p
       ON p.reopened_at IS NULL AND e.on_date BETWEEN p.from_on AND p.to_on
      WHERE e.case_id = ? AND e.kind IN ('decide', 'decideOnTheSpot') LIMIT 1`
  ).get(caseId) as (CloseRow & { decided_on: string }) | undefined
}

/**
 * Refuses a change to a case that a closed period counted: its substance once it was decided in
 * the period, its filing date moved into or out of one, or its deletion when it was filed in one.
 */
export function assertCaseChangeOpen(
  db: Database.Database,
  caseId: string,
  before: CaseLockFields,
  after: CaseLockFields
): void {
  if (!LOCK_FIELDS.some((f) => before[f] !== after[f])) return
  const decided = decisionInClosed(db, caseId)
  if (decided) {
    throw new AppError(
      'REFUSED',
      `本案于${dateZh(decided.decided_on)}作出决定，${periodText(decided)}已结账，不能再修改本案的案由、事实、当事人、日期或办案人员，也不能删除本案；${CORRECTION}`
    )
  }
  // 立案数 counts a case by its filing date: moving that date, or deleting the case, changes it.
  const filing =
    before.filed_on !== after.filed_on
      ? [before.filed_on, after.filed_on]
      : before.deleted_at !== after.deleted_at
        ? [before.filed_on]
        : []
  for (const date of filing) {
    const close = date === null ? undefined : closeContaining(db, date)
    if (!close || date === null) continue
    throw new AppError(
      'REFUSED',
      `立案日期${dateZh(date)}所在的${periodText(close)}已结账，不能再变更该期间的立案记录；${CORRECTION}`
    )
  }
}

/** The message of a lock trigger's abort, when the handler did not refuse first. */
export const PERIOD_CLOSED_MESSAGE = `该日期所在的期间已结账，不能再录入或修改该期间的记录；${CORRECTION}`

/** Whether an error is a lock trigger's abort (RAISE(ABORT, 'PERIOD_CLOSED')). */
export function isPeriodClosedError(error: unknown): boolean {
  return error instanceof Error && error.name === 'SqliteError' && error.message === 'PERIOD_CLOSED'
}
