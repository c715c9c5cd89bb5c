import type { backupZh } from './backup.zh'

// UI strings of backup and restore (issue 9 §2), English.
export const backupEn: Record<keyof typeof backupZh, string> = {
  'nav.backups': 'Backups',
  'backup.title': 'Backup and restore',
  'backup.intro':
    'Yardstick backs the database up once a day, and before every database upgrade and package import; old backups are thinned by the retention rules. Backups hold the database only: evidence and document files are in the files/ folder of the data folder — copy it too when moving data.',
  'backup.folder': 'Backups folder: {folder}',
  'backup.create': 'Back up now',
  'backup.creating': 'Backing up…',
  'backup.created': 'Backed up: {name}',
  'backup.none': 'No backups yet.',
  'backup.col.takenAt': 'Taken at',
  'backup.col.reason': 'Reason',
  'backup.col.size': 'Size',
  'backup.col.name': 'File name',
  'backup.col.actions': 'Actions',
  'backup.reason.manual': 'Manual',
  'backup.reason.scheduled': 'Scheduled',
  'backup.reason.pre-migration': 'Before upgrade',
  'backup.reason.pre-import': 'Before import',
  'backup.reason.pre-restore': 'Before restore',
  'backup.reason.on-quit': 'On quit',
  'backup.verify': 'Verify',
  'backup.verifying': 'Verifying…',
  'backup.verify.ok':
    'Backup {name} verified: integrity and foreign-key checks passed, {rows} audit rows, hash chain intact.',
  'backup.verify.head': 'Audit chain head hash: {hash}',
  'backup.verify.failed': 'Backup {name} failed verification and cannot be restored:',
  'backup.restore': 'Restore',
  'backup.restore.title': 'Restore from a backup',
  'backup.restore.warning':
    'The current database will be replaced by backup {name} ({takenAt}); anything entered since will not be in the restored database. The current database is first saved as a "before restore" backup, which can be restored in turn. Everybody, you included, must sign in again afterwards.',
  'backup.restore.confirm': 'Restore',
  'backup.restore.running': 'Restoring…',
  'backup.restored': 'The database was restored from backup {name}.',
  'backup.restored.safety': 'The database as it was before is saved as backup {name}.',
  'backup.restored.raw': '(It was damaged: a raw copy of its file was kept.)',
  'backup.restored.none': 'There was no database in the data folder to save first.',
  'backup.restored.signIn': 'Everybody has been signed out. Please sign in again.',
  'backup.signInAgain': 'Sign in again'
}
