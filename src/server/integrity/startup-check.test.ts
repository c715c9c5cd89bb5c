import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { createServer } from '../app'
import { runStartupCheck } from './startup-check'

async function databaseWithHistory(): Promise<string> {
  const file = join(mkdtempSync(join(tmpdir(), 'ys-startup-')), 'yardstick.sqlite')
  const server = createServer(file)
  const setup = await server.call(
    'session/setup',
    {
      unitCode: '11100000MB0143028R',
      unitName: '测试局',
      casePrefix: '测试',
      adminUsername: 'admin',
      adminDisplayName: '管理员',
      adminPassword: 'admin-pass-2026'
    },
    null
  )
  if (!setup.ok) throw new Error(setup.error.message)
  server.close()
  return file
}

describe('start-up integrity check', () => {
  it('passes on a sound database and reports the audit head', async () => {
    const file = await databaseWithHistory()
    const status = runStartupCheck(file)
    expect(status).toMatchObject({ state: 'ok', auditRows: 2 })
  })

  it('names the first edited audit row', async () => {
    const file = await databaseWithHistory()
    const db = new Database(file)
    db.exec('DROP TRIGGER audit_log_no_update')
    db.prepare("UPDATE audit_log SET actor_name = '别人' WHERE seq = 2").run()
    db.close()
    const status = runStartupCheck(file)
    expect(status.state).toBe('failed')
    if (status.state === 'failed') expect(status.problems.join('')).toContain('第 2 条')
  })
})
