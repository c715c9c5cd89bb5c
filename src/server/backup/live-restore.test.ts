import Database from 'better-sqlite3'
import { closeSync, existsSync, openSync, writeSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { DATABASE_FILE } from '../data-dir'
import { COUNTY_B, exportFrom, makeCounty } from '../exchange/exchange.test-support'
import { verifyDatabase } from '../integrity/verify'
import { verifyDatabaseFile } from '../integrity/verify-file'
import { caseInput, causesIn, liveServer, type LiveServer } from './live-fixtures'
import { listBackups } from './list'
import { backupsDir } from './names'
import { currentConnection } from './successors'

let live: LiveServer | undefined
afterEach(() => {
  live?.remove()
  live = undefined
})

function restoreRows(s: LiveServer) {
  return s.server.deps.db
    .prepare("SELECT actor_name, entity_id, detail FROM audit_log WHERE action = 'backups/restore'")
    .all() as { actor_name: string; entity_id: string; detail: string }[]
}

/** Overwrites the start of one page of a table in the database file, as a failing disk would. */
function corruptTable(file: string, table: string): void {
  const db = new Database(file, { readonly: true })
  const { rootpage } = db
    .prepare('SELECT rootpage FROM sqlite_schema WHERE name = ?')
    .get(table) as { rootpage: number }
  const pageSize = db.pragma('page_size', { simple: true }) as number
  db.close()
  const fd = openSync(file, 'r+')
  try {
    writeSync(fd, Buffer.alloc(64, 0xab), 0, 64, (rootpage - 1) * pageSize)
  } finally {
    closeSync(fd)
  }
}

describe('restore in a running server', () => {
  it('round trip: backup → add a case → restore → the case is gone, kept in the safety copy, audited, everybody signed out', async () => {
    const s = (live = await liveServer())
    const before = s.server.deps.db
    const backup = await s.call('backups/create', {}, s.token)
    await s.call('cases/create', caseInput(s.officers, '销售过期食品'), s.officers[0].token)
    expect((await s.call('cases/list', {}, s.token)).items).toHaveLength(1)

    s.clock.set('2026-03-02T02:05:00Z')
    const result = await s.call('backups/restore', { name: backup.name }, s.token)
    expect(result).toMatchObject({
      restoredFrom: backup.name,
      safetyIsRawCopy: false,
      safetyBackup: { reason: 'pre-restore', takenAt: '2026-03-02T02:05:00.000Z' }
    })

    // Every session belonged to the data that was replaced: all of them are gone.
    for (const token of [s.token, s.officers[0].token, s.officers[1].token]) {
      const after = await s.server.call('cases/list', {}, token)
      expect(after.ok ? 'OK' : after.error.code).toBe('UNAUTHENTICATED')
    }
    const admin = await s.login('admin', 'admin-pass-2026')
    expect((await s.call('cases/list', {}, admin.token)).items).toEqual([])

    // The replaced database is whole in the safety copy, the case included.
    const safety = join(backupsDir(s.dir), result.safetyBackup?.name ?? '')
    expect(causesIn(safety)).toEqual(['销售过期食品'])
    expect(listBackups(s.dir).map((b) => b.reason)).toEqual(['manual', 'pre-restore'])

    // The restore is the restored trail's newest row, naming both files; the chain holds.
    expect(restoreRows(s)).toHaveLength(1)
    const [row] = restoreRows(s)
    expect(row).toMatchObject({ actor_name: '管理员', entity_id: backup.name })
    expect(JSON.parse(row?.detail ?? '{}')).toEqual({
      restoredFrom: backup.name,
      safetyBackup: result.safetyBackup?.name,
      safetyIsRawCopy: false
    })
    expect(verifyDatabase(s.server.deps.db).ok).toBe(true)

    // The old connection is closed; whoever held it (the daily schedule) now reaches the new one.
    expect(before.open).toBe(false)
    expect(currentConnection(before)).toBe(s.server.deps.db)
    // And the server works normally on the restored data.
    const again = await s.login('zhangwei', 'password-2026')
    const officer2 = await s.login('wangfang', 'password-2026')
    await s.call('cases/create', caseInput([again, officer2], '无照经营'), again.token)
    expect((await s.call('cases/list', {}, admin.token)).items).toHaveLength(1)
  })

  it('backup → corrupt the live database file → restore from the page → verify OK', async () => {
    const s = (live = await liveServer())
    await s.call('cases/create', caseInput(s.officers, '未按规定明码标价'), s.officers[0].token)
    const backup = await s.call('backups/create', {}, s.token)
    const liveFile = join(s.dir, DATABASE_FILE)
    // Everything in the main file, then a page of the cases table damaged under the running server.
    s.server.deps.db.pragma('wal_checkpoint(TRUNCATE)')
    corruptTable(liveFile, 'cases')
    expect(verifyDatabaseFile(liveFile).ok).toBe(false)

    const result = await s.call('backups/restore', { name: backup.name }, s.token)
    // The damaged database is kept too, whatever SQLite could still read of it.
    expect(result.safetyBackup?.reason).toBe('pre-restore')
    expect(existsSync(join(backupsDir(s.dir), result.safetyBackup?.name ?? ''))).toBe(true)

    expect(verifyDatabase(s.server.deps.db)).toMatchObject({ ok: true, integrity: ['ok'] })
    expect(verifyDatabaseFile(liveFile).ok).toBe(true)
    const admin = await s.login('admin', 'admin-pass-2026')
    const cases = await s.call('cases/list', {}, admin.token)
    expect(cases.items.map((c) => c.cause)).toEqual(['未按规定明码标价'])
  })

  it('refuses a damaged backup and carries on with the live database, sessions intact', async () => {
    const s = (live = await liveServer())
    const backup = await s.call('backups/create', {}, s.token)
    await s.call('cases/create', caseInput(s.officers), s.officers[0].token)
    corruptTable(join(backupsDir(s.dir), backup.name), 'users')

    const refused = await s.refusal('backups/restore', { name: backup.name }, s.token)
    expect(refused.code).toBe('REFUSED')
    expect(refused.message).toContain(`备份文件 ${backup.name} 未通过检查`)
    expect(refused.message).toContain('现有数据库保持不变')
    // Same data, same sessions; no safety copy was needed.
    expect((await s.call('cases/list', {}, s.officers[0].token)).items).toHaveLength(1)
    expect(listBackups(s.dir).map((b) => b.reason)).toEqual(['manual'])
    expect(restoreRows(s)).toEqual([])
  })

  it('refuses while another program has the database open, changing nothing', async () => {
    const s = (live = await liveServer())
    const backup = await s.call('backups/create', {}, s.token)
    const other = new Database(join(s.dir, DATABASE_FILE))
    try {
      other.prepare('SELECT count(*) FROM users').get()
      const refused = await s.refusal('backups/restore', { name: backup.name }, s.token)
      expect(refused.message).toContain('数据库正被另一个程序使用')
    } finally {
      other.close()
    }
    expect((await s.call('backups/list', {}, s.token)).backups).toHaveLength(1)
  })

  it('waits for the calls under way, and turns new ones away until the restore is done', async () => {
    const s = (live = await liveServer())
    const backup = await s.call('backups/create', {}, s.token)
    // users/create awaits scrypt before it writes: it is under way when the restore arrives.
    const creating = s.server.call(
      'users/create',
      { username: 'lihua', displayName: '李华', roles: ['officer'], password: 'password-2026' },
      s.token
    )
    const restoring = s.server.call('backups/restore', { name: backup.name }, s.token)
    const meanwhile = await s.server.call('cases/list', {}, s.officers[0].token)
    expect(meanwhile.ok ? null : meanwhile.error).toEqual({
      code: 'REFUSED',
      message: '正在恢复备份，请稍候再试。'
    })
    const [created, restored] = await Promise.all([creating, restoring])
    // The user was written to the old database before the swap: it is in the safety copy only.
    expect(created.ok).toBe(true)
    expect(restored.ok).toBe(true)
    const safety = restored.ok ? restored.value.safetyBackup?.name : ''
    const users = new Database(join(backupsDir(s.dir), safety ?? ''), { readonly: true })
    try {
      expect(
        users.prepare("SELECT count(*) AS n FROM users WHERE username = 'lihua'").get()
      ).toEqual({ n: 1 })
    } finally {
      users.close()
    }
    const admin = await s.login('admin', 'admin-pass-2026')
    const names = (await s.call('users/list', {}, admin.token)).map((u) => u.username)
    expect(names).not.toContain('lihua')
  })

  it('drops a verified package waiting for its apply: its dry run described the replaced data', async () => {
    const s = (live = await liveServer())
    const county = await makeCounty(COUNTY_B, 7, 2)
    const pkg = await exportFrom(county)
    const backup = await s.call('backups/create', {}, s.token)
    const started = await s.call(
      'exchange/inspect',
      { fileName: 'b.yspkg', contentBase64: pkg.bytes.toString('base64') },
      s.token
    )
    let job = started
    for (let i = 0; i < 200 && job.state === 'verifying'; i++) {
      await new Promise((resolve) => setTimeout(resolve, 10))
      job = await s.call('exchange/import-status', { importId: started.importId }, s.token)
    }
    expect(job.state).toBe('ready')

    await s.call('backups/restore', { name: backup.name }, s.token)
    const admin = await s.login('admin', 'admin-pass-2026')
    const gone = await s.refusal('exchange/apply', { importId: started.importId }, admin.token)
    expect(gone.code).toBe('NOT_FOUND')
  })
})
