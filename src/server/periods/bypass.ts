// The one door through the period lock: a package import lets late records of other units arrive in
// closed periods, where they show as adjustments rather than changing the frozen report.
import type Database from 'better-sqlite3'
import { prepare } from '../db/statements'

/**
 * Runs `fn` with the period lock lifted: inserts the period_lock_bypass row, runs `fn`, and deletes
 * the row whatever happens. Call it inside an open transaction (the row must never be committed);
 * nested calls share the outer call's row.
 *
 *   db.transaction(() => withPeriodLockBypass(db, () => applyPackage(db, pkg)))()
 */
export function withPeriodLockBypass<T>(db: Database.Database, fn: () => T): T {
  if (!db.inTransaction) {
    throw new Error('withPeriodLockBypass must be called inside an open transaction')
  }
  if (bypassActive(db)) return fn()
  prepare(db, 'INSERT INTO period_lock_bypass (id) VALUES (1)').run()
  try {
    return fn()
  } finally {
    // After a failure SQLite may already have rolled the transaction (and the row) back.
    if (db.inTransaction) prepare(db, 'DELETE FROM period_lock_bypass WHERE id = 1').run()
  }
}

export function bypassActive(db: Database.Database): boolean {
  return prepare(db, 'SELECT 1 FROM period_lock_bypass').get() !== undefined
}
