// The backup taken when the desktop app quits, run by the server's utility process after it has
// closed the database: every write is then in the main file (the WAL checkpointed), and no other
// connection is open. Its own reason ('on-quit'), so the list says why it was taken and retention
// keeps the newest few of them apart from the daily scheduled ones.
import { statSync } from 'node:fs'
import { join } from 'node:path'
import { backupDataDir, listBackups, type BackupInfo } from '../server/backup'
import { DATABASE_FILE } from '../server/data-dir'

/**
 * Whether the database changed since the newest backup: a session that only read (or a second
 * start the same minute) adds no copy. No backup yet, or a clock that went backwards, means yes.
 */
export function quitBackupNeeded(
  databaseModifiedMs: number,
  newestBackupAt: string | null
): boolean {
  if (newestBackupAt === null) return true
  const taken = Date.parse(newestBackupAt)
  return !(taken >= databaseModifiedMs) || taken > Date.now()
}

export async function backupOnQuit(
  dataDir: string,
  nativeBinding: string | null
): Promise<BackupInfo | null> {
  let modified: number
  try {
    modified = statSync(join(dataDir, DATABASE_FILE)).mtimeMs
  } catch {
    return null // no database (setup never finished): nothing to keep
  }
  const newest = listBackups(dataDir).at(-1)?.takenAt ?? null
  if (!quitBackupNeeded(modified, newest)) return null
  return backupDataDir(dataDir, 'on-quit', nativeBinding ? { nativeBinding } : {})
}
