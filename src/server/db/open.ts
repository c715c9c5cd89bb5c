import Database from 'better-sqlite3'
import { backupBeforeMigration } from '../backup/pre-migration'
import { migrate } from './migrate'

export type OpenOptions = {
  /** better-sqlite3's `nativeBinding`: the Electron build of the addon, when running inside Electron. */
  nativeBinding?: string
}

/** Opens (creating if needed) a Yardstick database with the durability settings of architecture.md §3. */
export function openDatabase(file: string, options: OpenOptions = {}): Database.Database {
  // A copy of the file as it was, before any pending migration changes it.
  if (file !== ':memory:') backupBeforeMigration(file, { nativeBinding: options.nativeBinding })
  const db = new Database(file, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {})
  try {
    if (file !== ':memory:') db.pragma('journal_mode = WAL')
    db.pragma('synchronous = FULL')
    db.pragma('foreign_keys = ON')
    db.pragma('busy_timeout = 5000')
    // INSERT OR REPLACE deletes the row it replaces; only with recursive triggers does that delete
    // fire the no-delete triggers of the append-only tables (audit log, events, ledgers).
    db.pragma('recursive_triggers = ON')
    // Schema objects from a foreign file must not run functions with side effects.
    db.pragma('trusted_schema = OFF')
    migrate(db)
    return db
  } catch (error) {
    db.close()
    throw error
  }
}
