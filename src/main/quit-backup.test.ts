import { mkdtempSync, rmSync, utimesSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { listBackups } from '../server/backup'
import { createServer } from '../server/app'
import { databasePath } from '../server/data-dir'
import { backupOnQuit, quitBackupNeeded } from './quit-backup'

describe('quitBackupNeeded', () => {
  const at = (iso: string) => Date.parse(iso)

  it('backs up when there is no backup yet', () => {
    expect(quitBackupNeeded(at('2026-03-02T01:00:00Z'), null)).toBe(true)
  })

  it('backs up a database written after the newest backup', () => {
    expect(quitBackupNeeded(at('2026-03-02T02:00:00Z'), '2026-03-02T01:00:00.000Z')).toBe(true)
  })

  it('skips when the newest backup already holds every write', () => {
    expect(quitBackupNeeded(at('2026-03-02T01:00:00Z'), '2026-03-02T01:30:00.000Z')).toBe(false)
  })

  it('does not trust a backup stamped in the future or unreadable', () => {
    expect(quitBackupNeeded(at('2026-03-02T01:00:00Z'), '2999-01-01T00:00:00.000Z')).toBe(true)
    expect(quitBackupNeeded(at('2026-03-02T01:00:00Z'), 'garbage')).toBe(true)
  })
})

describe('backupOnQuit', () => {
  const dirs: string[] = []
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
  })
  const dataDir = () => {
    const dir = mkdtempSync(join(tmpdir(), 'yardstick-quit-'))
    dirs.push(dir)
    return dir
  }

  it('does nothing for a folder without a database', async () => {
    const dir = dataDir()
    expect(await backupOnQuit(dir, null)).toBeNull()
    expect(listBackups(dir)).toEqual([])
  })

  it('takes one verified backup of a closed database, then none until it changes', async () => {
    const dir = dataDir()
    createServer(databasePath(dir)).close()
    const first = await backupOnQuit(dir, null)
    expect(first?.reason).toBe('on-quit')
    expect(listBackups(dir).map((b) => b.name)).toEqual([first?.name])
    expect(await backupOnQuit(dir, null)).toBeNull()
    // A later write (the database file's time moves past the backup).
    const later = new Date(Date.parse(first?.takenAt ?? '') + 60_000)
    utimesSync(join(dir, 'yardstick.sqlite'), later, later)
    expect(await backupOnQuit(dir, null)).not.toBeNull()
  })
})
