import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import type { Method } from '../../shared/api'
import { createServerOnDb, type Server } from '../app'
import { migrate } from '../db/migrate'
import { expectOk } from './envelope'
import { BATCH_SIZE, seedCases } from './seed'

async function setUpServer(): Promise<{ server: Server; adminToken: string }> {
  const db = new Database(':memory:')
  db.pragma('foreign_keys = ON')
  migrate(db)
  const server = createServerOnDb(db, { log: () => undefined })
  const session = expectOk(
    await server.call(
      'session/setup',
      {
        unitCode: '11100000MB0143028R',
        unitName: '黄冈市黄州区市场监督管理局',
        casePrefix: '黄州市监立',
        adminUsername: 'admin',
        adminDisplayName: '管理员',
        adminPassword: 'admin-pass-2026'
      },
      null
    )
  )
  return { server, adminToken: session.token }
}

function count(server: Server, sql: string): number {
  return (server.deps.db.prepare(sql).get() as { n: number }).n
}

describe('seedCases', () => {
  it('creates missing officers, then cases via cases/create, audited and indexed', async () => {
    const { server, adminToken } = await setUpServer()
    const progress: number[] = []
    const total = BATCH_SIZE + 20 // crosses a batch boundary
    const report = await seedCases(server, {
      cases: total,
      seed: 5,
      baseDate: '2026-03-02',
      adminToken,
      progress: (done) => progress.push(done)
    })
    expect(report).toMatchObject({ created: total, officers: 4 })
    const usernames = report.officersCreated.map((o) => o.username)
    expect(usernames).toEqual([1, 2, 3, 4].map((n) => `seed-officer-${n}`))
    expect(progress).toEqual([BATCH_SIZE, total])
    expect(count(server, 'SELECT count(*) AS n FROM cases')).toBe(total)
    const audited = "SELECT count(*) AS n FROM audit_log WHERE action = 'cases/create'"
    expect(count(server, audited)).toBe(total)
    expect(count(server, 'SELECT count(*) AS n FROM case_search')).toBe(total)
    // Each case is created by its first officer, never by the admin.
    expect(count(server, 'SELECT count(*) AS n FROM cases WHERE created_by <> officer1_id')).toBe(0)
    expect(server.deps.db.inTransaction).toBe(false)

    // The search index answers for a seeded party name.
    const sample = expectOk(await server.call('cases/list', { limit: 1 }, adminToken)).items[0]
    const name = sample?.partyNames[0] ?? ''
    const found = expectOk(await server.call('cases/list', { party: name, limit: 200 }, adminToken))
    expect(found.items.map((c) => c.id)).toContain(sample?.id)

    // With four officers present, a second run creates none and continues the 案号 serials.
    const again = await seedCases(server, { cases: 3, seed: 5, baseDate: '2026-03-02', adminToken })
    expect(again.officersCreated).toEqual([])
    expect(count(server, 'SELECT count(*) AS n FROM cases')).toBe(total + 3)
  })

  it('rolls back the failing batch and leaves no transaction open', async () => {
    const { server, adminToken } = await setUpServer()
    await seedCases(server, { cases: 2, seed: 1, baseDate: '2026-03-02', adminToken })
    let creates = 0
    // A server whose fifth cases/create fails, as if the disk filled up mid-batch.
    const failing: Server = {
      ...server,
      call: (method, input, token) => {
        if ((method as Method) === 'cases/create' && ++creates === 5) throw new Error('disk full')
        return server.call(method, input, token)
      }
    }
    const run = seedCases(failing, { cases: 10, seed: 1, baseDate: '2026-03-02', adminToken })
    await expect(run).rejects.toThrow('disk full')
    expect(server.deps.db.inTransaction).toBe(false)
    expect(count(server, 'SELECT count(*) AS n FROM cases')).toBe(2)
  })
})
