// What the backup handlers return (issue 9 §2).
import type { BackupReason } from './schemas/backups'

export type BackupView = {
  /** The file name in the data folder's backups/, which is also how a backup is named in calls. */
  name: string
  reason: BackupReason
  /** UTC ISO-8601. */
  takenAt: string
  bytes: number
}

export type BackupListView = {
  /** Where the backups are, so the administrator can copy them off the machine. */
  folder: string
  /** Newest first. */
  backups: BackupView[]
}

/** A backup checked without restoring it: integrity_check, foreign keys and the audit chain. */
export type BackupCheckView = {
  name: string
  ok: boolean
  /** Chinese, one line each; empty when ok. */
  problems: string[]
  /** Rows in the backup's audit chain (0 when it could not be read). */
  auditRows: number
  /** The chain's head hash when it holds: compare it with a copy kept elsewhere. */
  headHash: string | null
}

export type RestoreView = {
  restoredFrom: string
  /** The copy of the database that was replaced; null only when there was none. */
  safetyBackup: BackupView | null
  /** The replaced database was too damaged to back up through SQLite: its bytes were copied. */
  safetyIsRawCopy: boolean
}
