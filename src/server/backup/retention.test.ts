import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { backupFileName, backupsDir, type BackupInfo, type BackupReason } from './names'
import { applyRetention, backupsToDelete, DEFAULT_RETENTION } from './retention'

const DAY = 86_400_000

function backup(iso: string, reason: BackupReason = 'scheduled'): BackupInfo {
  const at = new Date(iso)
  const name = backupFileName(at, reason)
  return { file: `/b/${name}`, name, reason, takenAt: at.toISOString(), bytes: 1 }
}

/** One scheduled backup a day at 03:00 Beijing time (19:00 UTC the day before), newest last. */
function daily(days: number, last = '2026-03-01T19:00:00Z'): BackupInfo[] {
  const end = Date.parse(last)
  return Array.from({ length: days }, (_, i) =>
    backup(new Date(end - (days - 1 - i) * DAY).toISOString())
  )
}

const kept = (all: BackupInfo[], doomed: BackupInfo[]) =>
  all.filter((b) => !doomed.includes(b)).map((b) => b.takenAt.slice(0, 10))

let dirs: string[] = []
afterEach(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true })
  dirs = []
})

describe('retention', () => {
  it('by default keeps the newest 10 of a reason, and the newest of the last 7 days and 4 weeks', () => {
    const all = daily(60)
    const left = kept(all, backupsToDelete(all))
    // The 10 newest (which cover the 7 dailies) plus the newest of each of the 4 Beijing weeks.
    // 2026-03-02 (Beijing) is a Monday: the weeks start 03-02, 02-23, 02-16, 02-09; their newest
    // backups are the ones taken 03-02, 03-01, 02-22, 02-15 Beijing time = the UTC days before.
    expect(left).toEqual([
      '2026-02-14',
      '2026-02-20',
      '2026-02-21',
      '2026-02-22',
      '2026-02-23',
      '2026-02-24',
      '2026-02-25',
      '2026-02-26',
      '2026-02-27',
      '2026-02-28',
      '2026-03-01'
    ])
    expect(DEFAULT_RETENTION).toEqual({ keepLastPerReason: 10, keepDaily: 7, keepWeekly: 4 })
  })

  it('thins several backups a day down to one per day and one per week', () => {
    const policy = { keepLastPerReason: 1, keepDaily: 2, keepWeekly: 2 }
    // 09:00 and 17:00 Beijing time, 1 to 10 March 2026 (Monday 2 and Monday 9 start the weeks).
    const all = Array.from(
      { length: 10 },
      (_, d) => `2026-03-${String(d + 1).padStart(2, '0')}`
    ).flatMap((day) => [backup(`${day}T01:00:00Z`), backup(`${day}T09:00:00Z`)])
    const doomed = backupsToDelete(all, policy)
    const left = all.filter((b) => !doomed.includes(b)).map((b) => b.takenAt)
    expect(left).toEqual([
      '2026-03-08T09:00:00.000Z', // the newest of the week of 2 March: kept by the weekly rule only
      '2026-03-09T09:00:00.000Z', // the newest of 9 March: the second daily
      '2026-03-10T09:00:00.000Z' // the newest overall: last of its reason, daily and weekly
    ])
  })

  it('never lets one reason push out another: the last pre-restore copy survives many manual ones', () => {
    const policy = { keepLastPerReason: 2, keepDaily: 1, keepWeekly: 1 }
    const preRestore = backup('2026-01-05T08:00:00Z', 'pre-restore')
    const preMigration = backup('2026-01-04T08:00:00Z', 'pre-migration')
    const manual = Array.from({ length: 6 }, (_, i) =>
      backup(`2026-03-0${i + 1}T08:00:00Z`, 'manual')
    )
    const doomed = backupsToDelete([preMigration, preRestore, ...manual], policy)
    expect(doomed).toEqual([manual[3], manual[2], manual[1], manual[0]])
  })

  it('deletes only files it named, in the backups folder', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'yardstick-retention-'))
    dirs.push(dataDir)
    const dir = backupsDir(dataDir)
    mkdirSync(dir)
    const names = daily(5).map((b) => b.name)
    for (const name of [...names, 'my-copy.sqlite', 'notes.txt'])
      writeFileSync(join(dir, name), 'x')
    const doomed = applyRetention(dataDir, { keepLastPerReason: 2, keepDaily: 2, keepWeekly: 0 })
    expect(doomed.map((b) => b.name)).toEqual([names[2], names[1], names[0]])
    expect(readdirSync(dir).sort()).toEqual(
      [names[3], names[4], 'my-copy.sqlite', 'notes.txt'].sort()
    )
  })
})
