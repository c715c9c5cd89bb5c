// Inputs of the backup handlers (issue 9 §2). A backup is always named by its file name as the list
// gives it — never by a path — so a caller can only reach files in the data folder's backups/.
import { z } from 'zod'
import { emptyInput } from './accounts'

/** Why a backup was taken; retention keeps the newest few of each reason. */
export const BACKUP_REASONS = [
  'manual',
  'scheduled',
  'pre-migration',
  'pre-import',
  'pre-restore',
  'on-quit'
] as const
export type BackupReason = (typeof BACKUP_REASONS)[number]

/**
 * `yardstick-20260302T020000123Z-manual.sqlite` (`-2`… when two land in one millisecond). The
 * pattern admits no separator, no `..` and nothing but these names: path traversal cannot be spelt.
 */
export const BACKUP_NAME = new RegExp(
  `^yardstick-\\d{8}T\\d{9}Z-(?:${BACKUP_REASONS.join('|')})(?:-\\d{1,6})?\\.sqlite$`
)

export const backupName = z.string().max(80).regex(BACKUP_NAME, { message: 'v.invalid' })

export const backupListInput = emptyInput
export const backupCreateInput = emptyInput
export const backupRefInput = z.strictObject({ name: backupName })
