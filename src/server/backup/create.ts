import Database from 'better-sqlite3'
import { existsSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { AppError } from '../../shared/errors'
import { systemClock, type Clock } from '../clock'
import { DATABASE_FILE } from '../data-dir'
import { fileIdentity } from '../integrity/file-identity'
import { backupTarget, finishBackup } from './finish'
import type { BackupInfo, BackupReason } from './names'
import { applyRetention, DEFAULT_RETENTION, type RetentionPolicy } from './retention'
import { trackBackup } from './running'

export type BackupOptions = {
  clock?: Clock
  retention?: RetentionPolicy
  /** better-sqlite3's `nativeBinding` (Electron) for the connections this module opens itself. */
  nativeBinding?: string
}

/**
 * An online backup of an open database into `<dataDir>/backups/`, with SQLite's backup API
 * (better-sqlite3 `db.backup`): it copies 100 pages per event-loop tick, so the server keeps
 * answering, and the copy is a consistent snapshot. Keep a single writer connection — a write from
 * another connection restarts the copy (§B5). Retention runs after each backup.
 */
export async function createBackup(
  db: Database.Database,
  dataDir: string,
  reason: BackupReason,
  options: BackupOptions = {}
): Promise<BackupInfo> {
  const takenAt = (options.clock ?? systemClock).now()
  const { final, partial, name } = backupTarget(dataDir, takenAt, reason)
  try {
    await trackBackup(db, () => db.backup(partial))
  } catch (error) {
    rmSync(partial, { force: true })
    throw error
  }
  const info = finishBackup(partial, final, name, reason, takenAt, options)
  applyRetention(dataDir, options.retention ?? DEFAULT_RETENTION)
  return info
}

/**
 * A backup of the data folder's database through a connection of its own (the CLI; restore's
 * safety copy). It neither migrates nor writes the database. Refuses a file that is not ours.
 */
export async function backupDataDir(
  dataDir: string,
  reason: BackupReason,
  options: BackupOptions = {}
): Promise<BackupInfo> {
  // Not databasePath(): that creates the folder, and a mistyped --data must not leave one behind.
  const file = join(dataDir, DATABASE_FILE)
  if (!existsSync(file)) {
    throw new AppError(
      'SETUP_REQUIRED',
      `数据目录 ${dataDir} 中没有案衡数据库（${DATABASE_FILE}），无从备份。`
    )
  }
  const db = new Database(file, {
    fileMustExist: true,
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {})
  })
  try {
    db.pragma('busy_timeout = 5000')
    const identity = fileIdentity(db)
    if (identity.problem === 'foreign')
      throw new AppError('REFUSED', '该文件不是案衡数据库，已拒绝备份。')
    return await createBackup(db, dataDir, reason, options)
  } finally {
    db.close()
  }
}
