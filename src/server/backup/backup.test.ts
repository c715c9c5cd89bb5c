import Database from 'better-sqlite3'
import {
  existsSync,
  openSync,
  closeSync,
  writeSync,
  statSync,
  copyFileSync,
  readdirSync
} from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { AppError } from '../../shared/errors'
import { DATABASE_FILE } from '../data-dir'
import { openDatabase } from '../db/open'
import { verifyDatabase } from '../integrity/verify'
import { createBackup } from './create'
import { listBackups } from './list'
import { backupsDir } from './names'
import { restoreBackup } from './restore'
import { addUser, liveFolder, sha256, type LiveFolder } from './test-support'
import { verifyBackup } from './verify'

let cleanup: (() => void)[] = []
afterEach(() => {
  for (const remove of cleanup) remove()
  cleanup = []
})

async function folder(): Promise<LiveFolder> {
  const live = await liveFolder()
  cleanup.push(live.remove)
  return live
}

function usernames(file: string): string[] {
  const db = new Database(file, { readonly: true })
  try {
    return (
      db.prepare('SELECT username FROM users ORDER BY username').all() as { username: string }[]
    ).map((r) => r.username)
  } finally {
    db.close()
  }
}

/** Overwrites a run of bytes at the start of a page in the middle of the file. */
function corrupt(file: string): void {
  const pages = statSync(file).size / 4096
  const fd = openSync(file, 'r+')
  try {
    writeSync(fd, Buffer.alloc(200, 0xab), 0, 200, Math.floor(pages / 2) * 4096)
  } finally {
    closeSync(fd)
  }
}

async function rejection(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e
  )
  expect(error).toBeInstanceOf(AppError)
  return error as AppError
}

describe('backups', () => {
  it('creates a self-contained, checked backup, lists it and verifies it', async () => {
    const live = await folder()
    const info = await createBackup(live.server.deps.db, live.dir, 'manual', { clock: live.clock })
    expect(info).toMatchObject({
      name: 'yardstick-20260302T020000000Z-manual.sqlite',
      reason: 'manual',
      takenAt: '2026-03-02T02:00:00.000Z'
    })
    expect(listBackups(live.dir)).toEqual([info])
    // One file, no WAL beside it, no half-written leftovers.
    expect(readdirSync(backupsDir(live.dir))).toEqual([info.name])
    const check = verifyBackup(info.file)
    expect(check).toMatchObject({ ok: true, problems: [] })
    expect(check.result?.audit.rows).toBe(2)
    // A second backup in the same millisecond gets its own name.
    const again = await createBackup(live.server.deps.db, live.dir, 'manual', { clock: live.clock })
    expect(again.name).toBe('yardstick-20260302T020000000Z-manual-2.sqlite')
    expect(listBackups(live.dir).map((b) => b.name)).toEqual([info.name, again.name])
  })

  it('fails a corrupted backup with a Chinese reason, and restore refuses it leaving the live database untouched', async () => {
    const live = await folder()
    await addUser(live, 'zhang')
    const info = await createBackup(live.server.deps.db, live.dir, 'manual', { clock: live.clock })
    corrupt(info.file)
    const check = verifyBackup(info.file)
    expect(check.ok).toBe(false)
    expect(check.problems.join('\n')).toMatch(/数据库完整性检查未通过|无法读取/)

    live.server.close()
    const liveFile = join(live.dir, DATABASE_FILE)
    const before = sha256(liveFile)
    const error = await rejection(restoreBackup(live.dir, info.file, { clock: live.clock }))
    expect(error.code).toBe('REFUSED')
    expect(error.message).toContain(`备份文件 ${info.name} 未通过检查`)
    expect(error.message).toContain('现有数据库保持不变')
    expect(sha256(liveFile)).toBe(before)
    // Refused before anything else: no safety copy, no staged file left in the data folder.
    expect(listBackups(live.dir).map((b) => b.reason)).toEqual(['manual'])
    expect(readdirSync(live.dir).filter((n) => n.startsWith('.'))).toEqual([])
  })

  it('refuses a file that is not a 案衡 database', async () => {
    const live = await folder()
    const foreign = join(live.dir, 'other.sqlite')
    const db = new Database(foreign)
    db.exec('CREATE TABLE t (x)')
    db.close()
    expect(verifyBackup(foreign).problems.join('')).toContain('不是案衡数据库')
    const text = join(live.dir, 'notes.txt')
    copyFileSync(__filename, text)
    expect(verifyBackup(text).ok).toBe(false)
  })

  it('restores a good backup after taking a pre-restore safety copy', async () => {
    const live = await folder()
    const info = await createBackup(live.server.deps.db, live.dir, 'manual', { clock: live.clock })
    await addUser(live, 'after-backup')
    live.clock.set('2026-03-02T03:00:00Z')

    // Still open: restore refuses rather than pull the file from under a running server.
    const busy = await rejection(restoreBackup(live.dir, info.file, { clock: live.clock }))
    expect(busy.message).toContain('请先关闭案衡')

    live.server.close()
    const liveFile = join(live.dir, DATABASE_FILE)
    const result = await restoreBackup(live.dir, info.file, { clock: live.clock })
    expect(result.safetyIsRawCopy).toBe(false)
    expect(result.safetyBackup).toMatchObject({
      reason: 'pre-restore',
      takenAt: '2026-03-02T03:00:00.000Z'
    })
    const safety = result.safetyBackup?.file ?? ''
    expect(usernames(safety)).toEqual(['admin', 'after-backup'])
    expect(verifyBackup(safety).ok).toBe(true)
    expect(usernames(liveFile)).toEqual(['admin'])
    expect(existsSync(`${liveFile}-wal`)).toBe(false)

    // The restored database opens normally and verifies.
    const reopened = openDatabase(liveFile)
    try {
      expect(verifyDatabase(reopened).ok).toBe(true)
    } finally {
      reopened.close()
    }
    // And the restore can itself be undone from the safety copy.
    await restoreBackup(live.dir, safety, { clock: live.clock })
    expect(usernames(liveFile)).toEqual(['admin', 'after-backup'])
  })

  it('recovers from a corrupted live database: backup → corrupt → restore → verify OK', async () => {
    const live = await folder()
    await addUser(live, 'before-damage')
    const info = await createBackup(live.server.deps.db, live.dir, 'manual', { clock: live.clock })
    live.server.deps.db.pragma('wal_checkpoint(TRUNCATE)')
    live.server.close()
    const liveFile = join(live.dir, DATABASE_FILE)
    corrupt(liveFile)
    const damaged = new Database(liveFile, { readonly: true })
    try {
      expect(verifyDatabase(damaged).ok).toBe(false)
    } finally {
      damaged.close()
    }

    live.clock.set('2026-03-02T04:00:00Z')
    const result = await restoreBackup(live.dir, info.file, { clock: live.clock })
    // The damaged file is kept too (a raw copy when it cannot be read as a database).
    expect(result.safetyBackup?.reason).toBe('pre-restore')
    const reopened = openDatabase(liveFile)
    try {
      expect(verifyDatabase(reopened).ok).toBe(true)
      const names = reopened.prepare('SELECT username FROM users ORDER BY username').all()
      expect(names).toEqual([{ username: 'admin' }, { username: 'before-damage' }])
    } finally {
      reopened.close()
    }
  })

  it('restores into an empty folder (a new PC) without a safety copy', async () => {
    const live = await folder()
    const info = await createBackup(live.server.deps.db, live.dir, 'manual', { clock: live.clock })
    const fresh = join(live.dir, 'new-pc')
    const result = await restoreBackup(fresh, info.file, { clock: live.clock })
    expect(result.safetyBackup).toBeNull()
    expect(usernames(join(fresh, DATABASE_FILE))).toEqual(['admin'])
  })
})
