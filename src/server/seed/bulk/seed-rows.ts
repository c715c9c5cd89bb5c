// The seed's writes as a stream of rows: when the cases are planned in a worker thread
// (plan-worker.ts), the writers run against recorders of the statements instead of the statements
// themselves, and the main thread runs the recorded calls in the order they were made. The rows
// and their order are therefore exactly those of a seed planned on the main thread, so the ids,
// row numbers and content hash do not depend on where the planning ran.
import type Database from 'better-sqlite3'
import { STATEMENT_KEYS, type SeedStatements, type StatementKey } from './statements'

/** Recorded calls: `keys[i]` is the statement's index in STATEMENT_KEYS, `params[i]` its
 * parameters; a key of MARK ends the cases (the clue register follows). */
export type RowBatch = { keys: number[]; params: unknown[][] }

export const MARK = -1

export function recordingStatements(
  flush: (batch: RowBatch) => void,
  batchRows: number
): { sql: SeedStatements; mark: () => void; end: () => void } {
  let batch: RowBatch = { keys: [], params: [] }
  const push = (key: number, params: unknown[]) => {
    batch.keys.push(key)
    batch.params.push(params)
    if (batch.keys.length >= batchRows) end()
  }
  const end = () => {
    if (batch.keys.length === 0) return
    flush(batch)
    batch = { keys: [], params: [] }
  }
  const sql: Partial<SeedStatements> = {}
  STATEMENT_KEYS.forEach((key, index) => {
    sql[key] = { run: (...params: unknown[]) => push(index, params) }
  })
  return { sql: sql as SeedStatements, mark: () => push(MARK, []), end }
}

/** Runs a batch of recorded calls; `onCase` after each case row, `onMark` at the mark. */
export function replayRows(
  statements: Record<StatementKey, Database.Statement>,
  batch: RowBatch,
  onCase: () => void,
  onMark: () => void
): void {
  const byIndex = STATEMENT_KEYS.map((key) => statements[key])
  const caseIndex = STATEMENT_KEYS.indexOf('case')
  const { keys, params } = batch
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] ?? MARK
    if (key === MARK) {
      onMark()
      continue
    }
    // An array binds its items by position, like the writers' spread arguments.
    const statement = byIndex[key]
    if (!statement) throw new Error(`bulk seed: no statement ${key}`)
    statement.run(params[i] ?? [])
    if (key === caseIndex) onCase()
  }
}
