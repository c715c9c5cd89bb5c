import type Database from 'better-sqlite3'

const running = new WeakMap<Database.Database, number>()

/**
 * Counts online backups under way on a connection while `work` runs. A live restore closes the
 * connection, and closing it under SQLite's backup API would abort the copy half-written, so a
 * restore asks backupsRunning first and refuses (live-restore.ts).
 */
export async function trackBackup<T>(db: Database.Database, work: () => Promise<T>): Promise<T> {
  running.set(db, (running.get(db) ?? 0) + 1)
  try {
    return await work()
  } finally {
    running.set(db, (running.get(db) ?? 1) - 1)
  }
}

export function backupsRunning(db: Database.Database): number {
  return running.get(db) ?? 0
}
