import Database from 'better-sqlite3'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { DATABASE_FILE } from '../data-dir'
import { migrate } from '../db/migrate'
import { MIGRATIONS } from '../db/migrations'
import { openDatabase } from '../db/open'
import { listBackups } from './list'
import { backupBeforeMigration } from './pre-migration'
import { fixedClock } from './test-support'
import { verifyBackup } from './verify'

let dirs: string[] = []
afterEach(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true })
  dirs = []
})

function dataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'yardstick-premig-'))
  dirs.push(dir)
  return dir
}

describe('backupBeforeMigration', () => {
  it('keeps a copy of a database an older build wrote, before it is migrated', () => {
    const dir = dataDir()
    const file = join(dir, DATABASE_FILE)
    const old = new Database(file)
    old.pragma('journal_mode = WAL')
    migrate(old, MIGRATIONS.slice(0, 1))
    old.close()

    const info = backupBeforeMigration(file, { clock: fixedClock() })
    expect(info).toMatchObject({ reason: 'pre-migration', takenAt: '2026-03-02T02:00:00.000Z' })
    expect(listBackups(dir)).toEqual([info])
    const check = verifyBackup(info?.file ?? '')
    expect(check.ok).toBe(true)
    expect(check.result?.file?.userVersion).toBe(MIGRATIONS[0]?.version)

    // openDatabase takes the same copy itself before it migrates; once migrated, nothing is pending.
    openDatabase(file).close()
    expect(listBackups(dir).map((b) => b.reason)).toEqual(['pre-migration', 'pre-migration'])
    expect(backupBeforeMigration(file)).toBeNull()
    openDatabase(file).close()
    expect(listBackups(dir)).toHaveLength(2)
  })

  it('does nothing for a missing, in-memory, fresh or foreign file', () => {
    const dir = dataDir()
    const file = join(dir, DATABASE_FILE)
    expect(backupBeforeMigration(file)).toBeNull()
    expect(backupBeforeMigration(':memory:')).toBeNull()
    new Database(file).close()
    expect(backupBeforeMigration(file)).toBeNull()
    const foreign = new Database(file)
    foreign.pragma('application_id = 7')
    foreign.pragma('user_version = 3')
    foreign.close()
    expect(backupBeforeMigration(file)).toBeNull()
    expect(listBackups(dir)).toEqual([])
  })
})
