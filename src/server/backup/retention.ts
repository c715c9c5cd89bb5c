import { rmSync } from 'node:fs'
import { listBackups } from './list'
import { BACKUP_REASONS, compareBackups, type BackupInfo } from './names'

/**
 * What survives thinning. A backup is kept when any rule keeps it:
 * - `keepLastPerReason`: the newest N of each reason (so a burst of manual backups cannot push out
 *   the last pre-migration or pre-restore copy);
 * - `keepDaily`: the newest backup of each of the last N days that have one;
 * - `keepWeekly`: the newest backup of each of the last N weeks (Monday to Sunday) that have one.
 * Days and weeks are Beijing dates (UTC+8, no daylight saving), the office's calendar.
 */
export type RetentionPolicy = { keepLastPerReason: number; keepDaily: number; keepWeekly: number }

/** §B8 asks for at least 7 daily and 4 weekly copies; 10 per reason covers several restores/imports a day. */
export const DEFAULT_RETENTION: RetentionPolicy = {
  keepLastPerReason: 10,
  keepDaily: 7,
  keepWeekly: 4
}

const BEIJING_OFFSET_MS = 8 * 3_600_000
const DAY_MS = 86_400_000

function beijingDay(takenAt: string): string {
  return new Date(Date.parse(takenAt) + BEIJING_OFFSET_MS).toISOString().slice(0, 10)
}

/** The Beijing date of the Monday starting the backup's week. */
function beijingWeek(takenAt: string): string {
  const local = new Date(Date.parse(takenAt) + BEIJING_OFFSET_MS)
  const sinceMonday = (local.getUTCDay() + 6) % 7
  return new Date(local.getTime() - sinceMonday * DAY_MS).toISOString().slice(0, 10)
}

/** The newest backup of each of the newest `count` buckets. `newestFirst` must be sorted so. */
function newestPerBucket(
  newestFirst: readonly BackupInfo[],
  bucket: (b: BackupInfo) => string,
  count: number
): BackupInfo[] {
  const seen = new Set<string>()
  const kept: BackupInfo[] = []
  for (const backup of newestFirst) {
    const key = bucket(backup)
    if (seen.has(key)) continue
    if (seen.size >= count) break
    seen.add(key)
    kept.push(backup)
  }
  return kept
}

/** Which backups the policy lets go. Pure, so the promise is tested without files. */
export function backupsToDelete(
  backups: readonly BackupInfo[],
  policy: RetentionPolicy = DEFAULT_RETENTION
): BackupInfo[] {
  // At least one per reason, whatever the configuration: the backup just taken is never thinned away.
  const perReason = Math.max(1, policy.keepLastPerReason)
  const newestFirst = [...backups].sort((a, b) => compareBackups(b, a))
  const keep = new Set<string>()
  for (const reason of BACKUP_REASONS) {
    for (const b of newestFirst.filter((x) => x.reason === reason).slice(0, perReason))
      keep.add(b.file)
  }
  for (const b of newestPerBucket(newestFirst, (x) => beijingDay(x.takenAt), policy.keepDaily))
    keep.add(b.file)
  for (const b of newestPerBucket(newestFirst, (x) => beijingWeek(x.takenAt), policy.keepWeekly))
    keep.add(b.file)
  return newestFirst.filter((b) => !keep.has(b.file))
}

/** Thins the data folder's backups; returns what was deleted. Files we did not name are never touched. */
export function applyRetention(
  dataDir: string,
  policy: RetentionPolicy = DEFAULT_RETENTION
): BackupInfo[] {
  const doomed = backupsToDelete(listBackups(dataDir), policy)
  for (const b of doomed) {
    rmSync(b.file, { force: true })
    // A raw pre-restore copy of a damaged database keeps its WAL beside it (see restore.ts).
    rmSync(`${b.file}-wal`, { force: true })
  }
  return doomed
}
