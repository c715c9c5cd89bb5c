import { randomBytes } from 'node:crypto'
import { copyFileSync, existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { AppError } from '../../shared/errors'
import { systemClock } from '../clock'
import { DATABASE_FILE } from '../data-dir'
import { backupDataDir, type BackupOptions } from './create'
import { backupTarget, syncDir, syncFile } from './finish'
import { databaseInUse } from './in-use'
import type { BackupInfo } from './names'
import { backupRejection, verifyBackup, type BackupVerification } from './verify'

export type RestoreResult = {
  restoredFrom: string
  /** The copy of the database that was replaced; null when the folder had none. */
  safetyBackup: BackupInfo | null
  /** True when the safety copy is a raw file copy because the old database could not be read. */
  safetyIsRawCopy: boolean
  verification: BackupVerification
}

/** The companions SQLite keeps beside a database; after a swap they would belong to the wrong file. */
const COMPANIONS = ['-wal', '-shm', '-journal'] as const

function removeCompanions(file: string): void {
  for (const suffix of COMPANIONS) rmSync(`${file}${suffix}`, { force: true })
}

/**
 * The old database could not be backed up through SQLite (too damaged to read its header): keep its
 * bytes instead, with its -wal beside the copy so the pair stays matched. Safe because nobody has
 * the file open (checked before) and so no transaction is half-written.
 */
function rawSafetyCopy(dataDir: string, live: string, options: BackupOptions): BackupInfo {
  const takenAt = (options.clock ?? systemClock).now()
  const { final, name } = backupTarget(dataDir, takenAt, 'pre-restore')
  copyFileSync(live, final)
  if (existsSync(`${live}-wal`)) copyFileSync(`${live}-wal`, `${final}-wal`)
  return {
    file: final,
    name,
    reason: 'pre-restore',
    takenAt: takenAt.toISOString(),
    bytes: statSync(final).size
  }
}

/**
 * Replaces the data folder's database with a backup.
 *
 * THE CALLER CLOSES THE SERVER FIRST (every connection to the database: `server.close()`), and
 * reopens it afterwards with openDatabase/createServer, which migrates an older backup. This
 * function takes paths and closes nothing; it refuses when it finds the database still open.
 *
 * Order, so that every failure leaves the live database untouched:
 * 1. copy the backup next to the database (same folder, so the final rename is atomic) and verify
 *    that copy — exactly the bytes to be installed — refusing a bad one with the reasons;
 * 2. take a `pre-restore` safety backup of the current database (always);
 * 3. remove the old file's -wal/-shm/-journal (a stale WAL replayed onto the new file corrupts it,
 *    §B5) and rename the copy over the database.
 */
export async function restoreBackup(
  dataDir: string,
  file: string,
  options: BackupOptions = {}
): Promise<RestoreResult> {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 })
  const live = join(dataDir, DATABASE_FILE)
  const staged = join(dataDir, `.restore-${randomBytes(6).toString('hex')}.sqlite`)
  try {
    if (!existsSync(file)) throw new AppError('NOT_FOUND', `备份文件 ${file} 不存在。`)
    copyFileSync(file, staged)
    const verification = verifyBackup(staged, options)
    removeCompanions(staged)
    if (!verification.ok) {
      throw new AppError(
        'REFUSED',
        `${backupRejection({ ...verification, file })}\n未做任何恢复，现有数据库保持不变。`
      )
    }
    let safetyBackup: BackupInfo | null = null
    let safetyIsRawCopy = false
    if (existsSync(live)) {
      if (databaseInUse(live, options)) {
        throw new AppError(
          'REFUSED',
          '数据库正被使用（案衡可能仍在运行），请先关闭案衡再恢复备份。未做任何修改。'
        )
      }
      try {
        safetyBackup = await backupDataDir(dataDir, 'pre-restore', options)
      } catch {
        safetyBackup = rawSafetyCopy(dataDir, live, options)
        safetyIsRawCopy = true
      }
    }
    syncFile(staged)
    removeCompanions(live)
    renameSync(staged, live)
    syncDir(dataDir)
    return { restoredFrom: file, safetyBackup, safetyIsRawCopy, verification }
  } finally {
    rmSync(staged, { force: true })
    removeCompanions(staged)
  }
}
