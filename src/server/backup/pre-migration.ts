import Database from 'better-sqlite3'
import { existsSync, rmSync } from 'node:fs'
import { dirname } from 'node:path'
import { systemClock } from '../clock'
import { APPLICATION_ID, latestVersion } from '../db/migrate'
import { MIGRATIONS, type Migration } from '../db/migrations'
import type { BackupOptions } from './create'
import { backupTarget, finishBackup } from './finish'
import type { BackupInfo } from './names'
import { applyRetention, DEFAULT_RETENTION } from './retention'

/**
 * Before openDatabase migrates an existing 案衡 database, keeps a `pre-migration` copy in the
 * backups folder beside it, so a migration that goes wrong — or a build that must be rolled back —
 * never costs data. Returns null without touching anything when there is nothing to protect: no
 * file, ':memory:', a foreign or fresh file (migrate refuses or initialises those), or no pending
 * migration.
 *
 * Synchronous on purpose, like openDatabase: it uses VACUUM INTO (a consistent snapshot, written as
 * one rollback-journal file) rather than the asynchronous backup API. It opens and closes a
 * connection of its own, before openDatabase opens the file, and writes nothing to the database.
 */
export function backupBeforeMigration(
  file: string,
  options: BackupOptions & { migrations?: readonly Migration[] } = {}
): BackupInfo | null {
  if (file === ':memory:' || !existsSync(file)) return null
  const takenAt = (options.clock ?? systemClock).now()
  const dataDir = dirname(file)
  let target: ReturnType<typeof backupTarget>
  // Read-write (no write is made) so that closing removes the -wal/-shm a read-only connection leaves.
  const db = new Database(file, {
    fileMustExist: true,
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {})
  })
  try {
    db.pragma('busy_timeout = 5000')
    const appId = db.pragma('application_id', { simple: true }) as number
    const version = db.pragma('user_version', { simple: true }) as number
    const latest = latestVersion(options.migrations ?? MIGRATIONS)
    if (appId !== APPLICATION_ID || version === 0 || version >= latest) return null
    target = backupTarget(dataDir, takenAt, 'pre-migration')
    try {
      db.prepare('VACUUM INTO ?').run(target.partial)
    } catch (error) {
      rmSync(target.partial, { force: true })
      throw error
    }
  } finally {
    db.close()
  }
  const info = finishBackup(
    target.partial,
    target.final,
    target.name,
    'pre-migration',
    takenAt,
    options
  )
  applyRetention(dataDir, options.retention ?? DEFAULT_RETENTION)
  return info
}
