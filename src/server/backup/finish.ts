import Database from 'better-sqlite3'
import {
  closeSync,
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  renameSync,
  rmSync,
  statSync
} from 'node:fs'
import { join } from 'node:path'
import { passed, quickCheck } from '../integrity/verify'
import { backupFileName, backupsDir, type BackupInfo, type BackupReason } from './names'

/** Makes the backups folder (private, like the data folder) and returns its path. */
export function ensureBackupsDir(dataDir: string): string {
  const dir = backupsDir(dataDir)
  mkdirSync(dir, { recursive: true, mode: 0o700 })
  return dir
}

/** A free final name for a backup taken at `at`, and the hidden temporary file it is written to. */
export function backupTarget(
  dataDir: string,
  at: Date,
  reason: BackupReason
): { final: string; partial: string; name: string } {
  const dir = ensureBackupsDir(dataDir)
  for (let attempt = 1; ; attempt++) {
    const name = backupFileName(at, reason, attempt)
    const final = join(dir, name)
    // The leading dot and the suffix keep a half-written file out of listBackups and retention.
    const partial = join(dir, `.${name}.partial`)
    if (!existsSync(final) && !existsSync(partial)) return { final, partial, name }
  }
}

/** fsync a directory so a rename in it survives power loss; not possible (nor needed) on Windows. */
export function syncDir(dir: string): void {
  let fd: number | undefined
  try {
    fd = openSync(dir, 'r')
    fsyncSync(fd)
  } catch {
    // Windows cannot open a directory; NTFS journals the rename itself.
  } finally {
    if (fd !== undefined) closeSync(fd)
  }
}

/** fsync a file: a plain copy is only in the OS cache until then, and a rename must not outlive it. */
export function syncFile(file: string): void {
  const fd = openSync(file, 'r+')
  try {
    fsyncSync(fd)
  } finally {
    closeSync(fd)
  }
}

/**
 * Turns a freshly written copy into a finished backup: one self-contained file (rollback journal,
 * not WAL, so it never needs a -wal beside it and can be opened read-only anywhere), which passes
 * quick_check (§B8: every backup is checked after it is written), then renamed into place. A copy
 * that fails is deleted and the error thrown, so a bad backup is never listed as good.
 */
export function finishBackup(
  partial: string,
  final: string,
  name: string,
  reason: BackupReason,
  takenAt: Date,
  /** better-sqlite3's `nativeBinding`: inside Electron the default (Node) build cannot load. */
  options: { nativeBinding?: string } = {}
): BackupInfo {
  try {
    const db = new Database(partial, {
      fileMustExist: true,
      ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {})
    })
    let rows: string[]
    try {
      db.pragma('journal_mode = DELETE')
      rows = quickCheck(db)
    } finally {
      db.close()
    }
    if (!passed(rows)) throw new Error(`新备份未通过快速完整性检查：${rows.slice(0, 3).join('；')}`)
    renameSync(partial, final)
  } catch (error) {
    rmSync(partial, { force: true })
    throw error
  }
  syncDir(join(final, '..'))
  return { file: final, name, reason, takenAt: takenAt.toISOString(), bytes: statSync(final).size }
}
