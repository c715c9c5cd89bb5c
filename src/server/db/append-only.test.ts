import { beforeAll, describe, expect, it } from 'vitest'
import { seedCases } from '../seed/seed'
import { makeTestServer, type TestServer } from '../test-support'

let t: TestServer

beforeAll(async () => {
  t = await makeTestServer({ idleMs: 365 * 24 * 3600 * 1000 })
  await seedCases(t.server, {
    cases: 80,
    seed: 11,
    baseDate: '2026-03-01',
    adminToken: t.admin.token,
    outcomes: true
  })
}, 60_000)

/** Tables whose rows may never be deleted: those with a BEFORE DELETE trigger that aborts. */
function appendOnlyTables(): string[] {
  const rows = t.server.deps.db
    .prepare(
      `SELECT tbl_name FROM sqlite_schema WHERE type = 'trigger' AND sql LIKE '%BEFORE DELETE%'
        AND sql LIKE '%RAISE(ABORT%' ORDER BY tbl_name`
    )
    .pluck()
    .all() as string[]
  return [...new Set(rows)]
}

describe('append-only tables', () => {
  it('refuse INSERT OR REPLACE of a stored row, which would delete it without a DELETE statement', () => {
    const db = t.server.deps.db
    const tables = appendOnlyTables()
    expect(tables).toEqual(expect.arrayContaining(['audit_log', 'case_events', 'payments']))
    let tried = 0
    for (const table of tables) {
      const count = db.prepare(`SELECT count(*) FROM "${table}"`).pluck().get() as number
      if (count === 0) continue
      tried++
      const before = JSON.stringify(db.prepare(`SELECT * FROM "${table}"`).raw().all())
      expect(() => db.prepare(`INSERT OR REPLACE INTO "${table}" SELECT * FROM "${table}" LIMIT 1`).run(), table).toThrow()
      expect(JSON.stringify(db.prepare(`SELECT * FROM "${table}"`).raw().all()), table).toBe(before)
    }
    // The seeded lifecycle fills the event, evaluation, payment and audit tables at least.
    expect(tried).toBeGreaterThanOrEqual(4)
  })
})
