// While another connection holds the write lock (a package merging in its worker, the CLI), a call
// that writes is refused with a message that says why, and changes nothing; once the lock is gone
// the same call succeeds.
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { createServer } from './app'

describe('a write while another connection holds the lock', () => {
  it('is refused with a plain message, changes nothing, and succeeds afterwards', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'yardstick-busy-')), 'yardstick.sqlite')
    const server = createServer(file, { log: () => undefined })
    try {
      const setup = await server.call(
        'session/setup',
        {
          unitCode: '11100000MB0143028R',
          unitName: '武汉市汉阳区市场监督管理局',
          casePrefix: '汉阳市监立',
          adminUsername: 'admin',
          adminDisplayName: '管理员',
          adminPassword: 'admin-pass-2026'
        },
        null
      )
      if (!setup.ok) throw new Error(setup.error.message)
      const token = setup.value.token
      const user = {
        username: 'zhangwei',
        displayName: '张伟',
        roles: ['officer' as const],
        password: 'Zhangwei-pass-2026'
      }
      const other = new Database(file)
      other.exec('BEGIN IMMEDIATE')
      // As during a merge (worker-importer.ts): a short wait for the lock.
      server.deps.db.pragma('busy_timeout = 50')
      const refused = await server.call('users/create', user, token)
      expect(refused.ok).toBe(false)
      if (refused.ok) return
      expect(refused.error.code).toBe('REFUSED')
      expect(refused.error.message).toMatch(/正被另一项操作占用.*数据未被修改.*请稍后重试/)
      other.exec('ROLLBACK')
      other.close()
      const users = server.deps.db.prepare(
        "SELECT count(*) AS n FROM users WHERE username = 'zhangwei'"
      )
      expect((users.get() as { n: number }).n).toBe(0)
      const created = await server.call('users/create', user, token)
      expect(created.ok).toBe(true)
      expect((users.get() as { n: number }).n).toBe(1)
    } finally {
      server.close()
    }
  })
})
