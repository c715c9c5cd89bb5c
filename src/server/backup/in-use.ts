import Database from 'better-sqlite3'

/**
 * True when another connection — a running server, the desktop app, another CLI — has the
 * database open. Takes SQLite's exclusive lock for an instant without waiting: in WAL mode every
 * open connection holds a shared lock on the file, so the lock is refused while anyone uses it. Any
 * other failure (a damaged file) is not "in use": restore exists for exactly that case.
 */
export function databaseInUse(file: string, options: { nativeBinding?: string } = {}): boolean {
  let db: Database.Database | undefined
  try {
    db = new Database(file, {
      fileMustExist: true,
      timeout: 0,
      ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {})
    })
    db.pragma('locking_mode = EXCLUSIVE')
    db.exec('BEGIN EXCLUSIVE')
    db.exec('COMMIT')
    return false
  } catch (error) {
    const code = (error as { code?: unknown }).code
    return code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED'
  } finally {
    db?.close()
  }
}
