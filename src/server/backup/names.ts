import { join } from 'node:path'
import { BACKUP_REASONS, type BackupReason } from '../../shared/schemas/backups'

// The reasons are part of the contract (handlers name backups by file name, checked by a schema).
export { BACKUP_REASONS, type BackupReason }

export const BACKUPS_FOLDER = 'backups'

export function backupsDir(dataDir: string): string {
  return join(dataDir, BACKUPS_FOLDER)
}

/** A backup as found in the folder: the name carries when (UTC) and why, so nothing else is needed. */
export type BackupInfo = {
  file: string
  name: string
  reason: BackupReason
  /** UTC ISO-8601, from the name. */
  takenAt: string
  bytes: number
}

const NAME = new RegExp(
  `^yardstick-(\\d{8})T(\\d{6})(\\d{3})Z-(${BACKUP_REASONS.join('|')})(?:-(\\d+))?\\.sqlite$`
)

/**
 * `yardstick-20260302T020000123Z-manual.sqlite`: the UTC time to the millisecond, so names sort in
 * time order and read the same on every machine; `-2`, `-3`… only when two land in one millisecond.
 */
export function backupFileName(at: Date, reason: BackupReason, attempt = 1): string {
  const stamp = at.toISOString().replace(/[-:]/g, '').replace('.', '')
  return `yardstick-${stamp}-${reason}${attempt > 1 ? `-${attempt}` : ''}.sqlite`
}

/** The time and reason of a backup file name; null for any other file (never touched by retention). */
export function parseBackupName(name: string): { takenAt: string; reason: BackupReason } | null {
  const m = NAME.exec(name)
  if (!m) return null
  const [, date = '', time = '', ms = '', reason] = m
  const iso = `${date.slice(0, 4)}-${date.slice(4, 6)}-${date.slice(6, 8)}T${time.slice(0, 2)}:${time.slice(2, 4)}:${time.slice(4, 6)}.${ms}Z`
  if (Number.isNaN(Date.parse(iso))) return null
  return { takenAt: iso, reason: reason as BackupReason }
}

/** Oldest first; within one millisecond, `-2` after the plain name and `-10` after `-9`. */
export function compareBackups(a: BackupInfo, b: BackupInfo): number {
  if (a.takenAt !== b.takenAt) return a.takenAt < b.takenAt ? -1 : 1
  if (a.name.length !== b.name.length) return a.name.length - b.name.length
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0
}
