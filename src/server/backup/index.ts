// The backup module's public surface: online backups into <data dir>/backups/, listing, verification
// without restoring, restore with a safety copy, retention, the schedule and the pre-migration copy.
export { BACKUP_REASONS, backupsDir, type BackupInfo, type BackupReason } from './names'
export { backupDataDir, createBackup, type BackupOptions } from './create'
export { listBackups } from './list'
export { backupRejection, verifyBackup, type BackupVerification } from './verify'
export { restoreBackup, type RestoreResult } from './restore'
export {
  applyRetention,
  backupsToDelete,
  DEFAULT_RETENTION,
  type RetentionPolicy
} from './retention'
export { startBackupSchedule, type ScheduleOptions } from './schedule'
export { backupBeforeMigration } from './pre-migration'
export { databaseInUse } from './in-use'
