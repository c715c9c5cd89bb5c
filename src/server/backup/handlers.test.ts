import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { ROLES } from '../../core/cases/vocabulary'
import type { Method } from '../../shared/api'
import { DATABASE_FILE } from '../data-dir'
import { makeTestServer } from '../test-support'
import { createBackup } from './create'
import { liveServer, type LiveServer } from './live-fixtures'
import { backupsDir } from './names'

const BACKUP_METHODS: Method[] = [
  'backups/list',
  'backups/create',
  'backups/verify',
  'backups/restore'
]
const SOME_NAME = 'yardstick-20260302T020000000Z-manual.sqlite'

let live: LiveServer | undefined
afterEach(() => {
  live?.remove()
  live = undefined
})

function auditRows(s: LiveServer, action: string) {
  return s.server.deps.db
    .prepare('SELECT actor_name, entity_id, detail FROM audit_log WHERE action = ? ORDER BY seq')
    .all(action) as { actor_name: string; entity_id: string; detail: string }[]
}

describe('backup handlers: who may call them', () => {
  it('lets only the administrator list, create, verify and restore, auditing every denial', async () => {
    const s = (live = await liveServer())
    for (const role of ROLES.filter((r) => r !== 'admin')) {
      const username = `only-${role}`
      await s.call(
        'users/create',
        { username, displayName: username, roles: [role], password: 'password-2026' },
        s.token
      )
      const user = await s.login(username, 'password-2026')
      for (const method of BACKUP_METHODS) {
        const error = await s.refusal(method, { name: SOME_NAME }, user.token)
        expect([role, method, error.code]).toEqual([role, method, 'FORBIDDEN'])
      }
    }
    const denied = auditRows(s, 'auth/denied').map((r) => r.entity_id)
    expect(denied).toEqual([...BACKUP_METHODS, ...BACKUP_METHODS, ...BACKUP_METHODS])
  })

  it('refuses, without writing, on a server whose database is in memory', async () => {
    const t = await makeTestServer()
    const result = await t.server.call('backups/list', {}, t.admin.token)
    expect(result.ok ? null : result.error.code).toBe('REFUSED')
  })
})

describe('backup handlers: a backup is named, never a path', () => {
  it('refuses anything but a backup file name as a validation error, for verify and restore', async () => {
    const s = (live = await liveServer())
    const hostile = [
      '../yardstick.sqlite',
      `../${DATABASE_FILE}`,
      '/etc/passwd',
      `backups/${SOME_NAME}`,
      `${SOME_NAME}/../../${DATABASE_FILE}`,
      `..\\${SOME_NAME}`,
      `${SOME_NAME}\u0000`,
      `${SOME_NAME}-wal`,
      'yardstick-20260302T020000000Z-whatever.sqlite',
      'my-copy.sqlite',
      ''
    ]
    for (const name of hostile) {
      for (const method of ['backups/verify', 'backups/restore'] as const) {
        const error = await s.refusal(method, { name }, s.token)
        expect([method, name, error.code]).toEqual([method, name, 'VALIDATION'])
      }
    }
  })

  it('answers NOT_FOUND for a well-formed name that is not in the folder, or is not a plain file', async () => {
    const s = (live = await liveServer())
    const missing = await s.refusal('backups/restore', { name: SOME_NAME }, s.token)
    expect(missing).toMatchObject({ code: 'NOT_FOUND' })
    expect(missing.message).toContain(SOME_NAME)
    // A link named like a backup, pointing at the live database, is not a backup.
    mkdirSync(backupsDir(s.dir), { recursive: true })
    const link = 'yardstick-20260301T020000000Z-manual.sqlite'
    symlinkSync(join(s.dir, DATABASE_FILE), join(backupsDir(s.dir), link))
    const linked = await s.refusal('backups/verify', { name: link }, s.token)
    expect(linked.code).toBe('NOT_FOUND')
    // A directory with a backup's name neither.
    mkdirSync(join(backupsDir(s.dir), 'yardstick-20260301T030000000Z-manual.sqlite'))
    const dir = await s.refusal(
      'backups/restore',
      { name: 'yardstick-20260301T030000000Z-manual.sqlite' },
      s.token
    )
    expect(dir.code).toBe('NOT_FOUND')
  })
})

describe('backup handlers: list, create, verify', () => {
  it('backs up now, lists newest first with reason, time and size, and verifies without restoring', async () => {
    const s = (live = await liveServer())
    const first = await s.call('backups/create', {}, s.token)
    s.clock.set('2026-03-02T02:10:00Z')
    const second = await s.call('backups/create', {}, s.token)
    expect(first).toMatchObject({ reason: 'manual', takenAt: '2026-03-02T02:00:00.000Z' })
    expect(first.bytes).toBeGreaterThan(0)
    const listed = await s.call('backups/list', {}, s.token)
    expect(listed.folder).toBe(backupsDir(s.dir))
    expect(listed.backups).toEqual([second, first])
    // The view carries no path: a backup is only ever named.
    expect(Object.keys(first).sort()).toEqual(['bytes', 'name', 'reason', 'takenAt'])

    const check = await s.call('backups/verify', { name: first.name }, s.token)
    expect(check).toMatchObject({ name: first.name, ok: true, problems: [] })
    expect(check.auditRows).toBeGreaterThan(0)
    expect(check.headHash).toMatch(/^[0-9a-f]{64}$/)

    expect(auditRows(s, 'backups/create').map((r) => [r.actor_name, r.entity_id])).toEqual([
      ['管理员', first.name],
      ['管理员', second.name]
    ])
    const verified = auditRows(s, 'backups/verify')
    expect(verified.map((r) => r.entity_id)).toEqual([first.name])
    expect(JSON.parse(verified[0]?.detail ?? '{}')).toMatchObject({ ok: true, problems: 0 })
  })

  it('reports a damaged backup with Chinese reasons', async () => {
    const s = (live = await liveServer())
    const info = await s.call('backups/create', {}, s.token)
    writeFileSync(join(backupsDir(s.dir), info.name), Buffer.alloc(8192, 0xab))
    const check = await s.call('backups/verify', { name: info.name }, s.token)
    expect(check.ok).toBe(false)
    expect(check.problems.join('\n')).toMatch(/不是案衡数据库|无法|完整性/)
    expect(check.headHash).toBeNull()
  })
})

describe('backup handlers: restore refuses while background work runs', () => {
  it('refuses while an export job runs, naming it, and restores once it has finished', async () => {
    const s = (live = await liveServer())
    const info = await s.call('backups/create', {}, s.token)
    let finish: () => void = () => undefined
    const done = new Promise<void>((resolve) => (finish = resolve))
    // The server's own (watched) job store, with a job that runs until the test lets it finish.
    s.server.deps.exports.start('job-1', s.officers[0].id, 1, async () => {
      await done
      return { fileName: 'x.csv', mediaType: 'text/csv', sha256: '', contentBase64: '' }
    })
    const refused = await s.refusal('backups/restore', { name: info.name }, s.token)
    expect(refused.code).toBe('REFUSED')
    expect(refused.message).toBe(
      '导出任务正在后台进行，完成后才能恢复备份。请稍后再试；未做任何修改。'
    )
    // Nothing happened: the session holds and no safety copy was taken.
    expect((await s.call('backups/list', {}, s.token)).backups).toHaveLength(1)

    finish()
    await new Promise((resolve) => setTimeout(resolve, 20))
    await s.call('backups/restore', { name: info.name }, s.token)
  })

  it('refuses while a scheduled backup is copying the database', async () => {
    const s = (live = await liveServer())
    const info = await s.call('backups/create', {}, s.token)
    const scheduled = createBackup(s.server.deps.db, s.dir, 'scheduled', { clock: s.clock })
    const refused = await s.refusal('backups/restore', { name: info.name }, s.token)
    expect(refused.message).toContain('备份正在后台进行')
    await scheduled
    expect((await s.call('backups/list', {}, s.token)).backups.map((b) => b.reason)).toEqual([
      'scheduled',
      'manual'
    ])
  })
})
