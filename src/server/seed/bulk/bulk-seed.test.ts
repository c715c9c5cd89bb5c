import { createHash } from 'node:crypto'
import { beforeAll, describe, expect, it } from 'vitest'
import { evaluate } from '../../../core/discretion/evaluate'
import { parseFacts } from '../../../core/discretion/parse'
import { foldActions } from '../../../core/lifecycle/progress'
import type { LifecycleAction } from '../../../core/lifecycle/actions'
import type { CaseStatus } from '../../../core/cases/vocabulary'
import { dumpSchema } from '../../db/schema-dump'
import { exchangeContentHash } from '../../exchange/content-hash'
import { RECORD_KINDS } from '../../../shared/schemas/exchange-records'
import { verifyDatabase } from '../../integrity/verify'
import { loadCaseState } from '../../lifecycle/state'
import { recordOutcome } from '../../review/checks'
import { rebuildCaseFacts } from '../../statistics/case-facts'
import { makeTestServer, type TestServer } from '../../test-support'
import { createRng } from '../prng'
import { bulkSeed, SEED_AUDIT_ACTION, type BulkSeedReport } from './bulk-seed'
import { seededIdSource } from './ids'

const BASE_DATE = '2026-03-02'
const YEAR = 365 * 24 * 3600 * 1000
/** The schema as the migrations made it (schema.test.ts proves that equal to db/schema.sql). */
let migratedSchema = ''

async function seeded(cases: number, seed: number, units = 3) {
  const t = await makeTestServer({ idleMs: YEAR })
  migratedSchema = dumpSchema(t.server.deps.db)
  // Ids from a fixed stream from here on: the accounts the seed makes are then the same in two
  // runs, and so is every record that names them.
  const ids = seededIdSource(createRng(42))
  t.server.deps.newId = () => ids(Date.parse('2026-03-02T02:00:00Z'))
  const report = await bulkSeed(t.server, {
    cases,
    seed,
    baseDate: BASE_DATE,
    units,
    guardEvery: 1,
    actor: t.admin.user,
    adminToken: t.admin.token
  })
  return { t, report }
}

const all = (t: TestServer, sql: string, ...params: unknown[]) =>
  t.server.deps.db.prepare(sql).all(...params) as Record<string, unknown>[]

/** Everything a seed writes that the exchange content hash leaves out: projections and search. */
function derivedHash(t: TestServer): string {
  const h = createHash('sha256')
  for (const table of ['case_facts', 'case_outcomes', 'case_number_serials']) {
    h.update(JSON.stringify(all(t, `SELECT * FROM ${table} ORDER BY 1, 2`)))
  }
  h.update(JSON.stringify(all(t, 'SELECT rowid, parties, body FROM case_search ORDER BY rowid')))
  return h.digest('hex')
}

describe('bulk seed', () => {
  let t: TestServer
  let report: BulkSeedReport

  beforeAll(async () => {
    ;({ t, report } = await seeded(600, 11))
  }, 120_000)

  it('writes a complete register across units: lifecycle, ledgers, clues, projections, search', () => {
    expect(report.stopped).toBe(0)
    expect(report.problems).toEqual([])
    expect(report.units.map((u) => u.own)).toEqual([true, false, false])
    const r = report.rows
    expect(r.cases).toBe(600)
    expect(r.search).toBe(report.liveCases)
    expect(r.facts).toBe(report.liveCases)
    for (const n of [
      r.evaluations,
      r.events,
      r.payments,
      r.education,
      r.outcomes,
      r.clues,
      r.losses
    ]) {
      expect(n).toBeGreaterThan(0)
    }
    const units = all(t, 'SELECT origin_unit, count(*) AS n FROM cases GROUP BY 1')
    expect(units).toHaveLength(3)
    const years = all(
      t,
      'SELECT DISTINCT substr(coalesce(filed_on, discovered_on), 1, 4) AS y FROM cases'
    )
    expect(years.length).toBeGreaterThanOrEqual(3)
    const items = all(t, 'SELECT DISTINCT item_code FROM case_evaluations')
    expect(items.length).toBeGreaterThanOrEqual(5)
    const statuses = all(t, 'SELECT DISTINCT status FROM cases').map((s) => s.status)
    for (const s of ['REGISTERED', 'FILED', 'CLOSED', 'ARCHIVED', 'EXECUTING', 'DECLINED']) {
      expect(statuses).toContain(s)
    }
    expect(all(t, 'SELECT 1 FROM case_facts_dirty')).toEqual([])
  })

  it('writes the statistics facts the app derives from the same records', () => {
    const written = all(t, 'SELECT * FROM case_facts ORDER BY case_id')
    rebuildCaseFacts(t.server.deps.db)
    expect(all(t, 'SELECT * FROM case_facts ORDER BY case_id')).toEqual(written)
  })

  it('writes the peer rows the consistency review derives at the decision', () => {
    const written = all(t, 'SELECT * FROM case_outcomes ORDER BY case_id')
    const db = t.server.deps.db
    db.exec('DELETE FROM case_outcomes')
    const ctx = { ...t.server.deps, user: null, sessionToken: null }
    const decided = all(
      t,
      "SELECT DISTINCT case_id FROM case_events WHERE kind IN ('decide', 'decideOnTheSpot')"
    )
    for (const { case_id } of decided) recordOutcome(ctx, loadCaseState(ctx, String(case_id)))
    expect(all(t, 'SELECT * FROM case_outcomes ORDER BY case_id')).toEqual(written)
  })

  it('stores what the engine returns for each stored evaluation, and the status its actions fold to', () => {
    const active = t.server.deps.discretion.current(t.server.deps.db)
    const rows = all(t, 'SELECT facts, result FROM case_evaluations')
    for (const row of rows) {
      const parsed = parseFacts(JSON.parse(String(row.facts)))
      if (!parsed.ok) throw new Error('stored facts do not parse')
      expect(JSON.stringify(parsed.value)).toBe(row.facts)
      expect(JSON.stringify(evaluate(parsed.value, active.catalogue, active.config))).toBe(
        row.result
      )
    }
    const cases = all(t, 'SELECT id, status, filed_on FROM cases WHERE deleted_at IS NULL')
    for (const c of cases) {
      const actions = all(t, 'SELECT action FROM case_events WHERE case_id = ? ORDER BY seq', c.id)
      const fold = foldActions(
        c.filed_on ? 'FILED' : 'REGISTERED',
        (c.filed_on as string | null) ?? null,
        actions.map((a) => JSON.parse(String(a.action)) as LifecycleAction)
      )
      expect(fold.status).toBe(c.status)
    }
  })

  it('leaves the schema as the migrations made it, the file sound and the audit chain valid', () => {
    expect(dumpSchema(t.server.deps.db)).toBe(migratedSchema)
    const verified = verifyDatabase(t.server.deps.db)
    expect(verified.integrity).toEqual(['ok'])
    expect(verified.foreignKeys).toEqual([])
    expect(verified.ok).toBe(true)
    const audit = all(t, 'SELECT action, detail FROM audit_log WHERE action = ?', SEED_AUDIT_ACTION)
    expect(audit).toHaveLength(1)
    expect(JSON.parse(String(audit[0]?.detail))).toMatchObject({ seed: 11, cases: 600 })
  })

  it('is read by the handlers: list, search, detail, statistics', async () => {
    const token = t.admin.token
    const page = await t.call('cases/list', { limit: 20 }, token)
    expect(page.items).toHaveLength(20)
    const first = page.items[0]
    if (!first) throw new Error('no case listed')
    const detail = await t.call('cases/get', { id: first.id }, token)
    expect(detail.parties.map((p) => p.name)).toEqual(first.partyNames)
    const found = await t.call('cases/list', { party: report.rareParty, limit: 50 }, token)
    expect(found.items.length).toBeGreaterThan(0)
    // The count per status comes from the tally, which the load recounts (its trigger was off).
    const byStatus = all(
      t,
      'SELECT status, count(*) AS n FROM cases WHERE deleted_at IS NULL GROUP BY status'
    )
    expect(byStatus.length).toBeGreaterThan(3)
    for (const { status, n } of byStatus) {
      const counted = await t.call('cases/count', { status: status as CaseStatus }, token)
      expect({ status, n: counted.count }).toEqual({ status, n })
    }
    expect((await t.call('cases/count', {}, token)).count).toBe(report.liveCases)
    const year = { from: '2025-01-01', to: '2025-12-31' }
    const facts = all(
      t,
      `SELECT count(*) AS n FROM case_facts WHERE decided_on BETWEEN ? AND ? AND unit_code = ?`,
      year.from,
      year.to,
      report.units[0]?.code
    )[0]
    const own = await t.call('stats/period', year, token)
    expect(own.counts.decided).toBe(facts?.n)
    const consolidated = await t.call('stats/period', { ...year, unit: 'all' }, token)
    expect(consolidated.counts.decided).toBeGreaterThan(own.counts.decided)
    expect(consolidated.counts.penaltyDecisions + consolidated.counts.noPenalty).toBe(
      consolidated.counts.decided
    )
  })

  it('refuses the same seed twice, and callers who are not administrators', async () => {
    const again = bulkSeed(t.server, {
      cases: 10,
      seed: 11,
      baseDate: BASE_DATE,
      actor: t.admin.user,
      adminToken: t.admin.token
    })
    await expect(again).rejects.toThrow(/种子 11/)
    const officer = await t.addUser('plain-officer', ['officer'])
    const refused = bulkSeed(t.server, {
      cases: 10,
      seed: 12,
      baseDate: BASE_DATE,
      actor: officer.user,
      adminToken: officer.token
    })
    await expect(refused).rejects.toThrow(/管理员/)
  })
})

describe('bulk seed determinism and atomicity', () => {
  it('writes the same content for the same seed, and other content for another', async () => {
    const a = await seeded(150, 5)
    const b = await seeded(150, 5)
    const c = await seeded(150, 6)
    // The administrator made at setup has a random id; every other record is the seed's.
    const kinds = RECORD_KINDS.filter((k) => k !== 'user')
    const hash = (x: { t: TestServer }) => [
      exchangeContentHash(x.t.server.deps.db, kinds),
      derivedHash(x.t),
      JSON.stringify(
        all(
          x.t,
          "SELECT id, username, display_name FROM users WHERE username <> 'admin' ORDER BY id"
        )
      )
    ]
    expect(hash(b)).toEqual(hash(a))
    expect(hash(c)[0]).not.toBe(hash(a)[0])
  }, 120_000)

  it('leaves nothing behind when the load fails halfway', async () => {
    const t = await makeTestServer({ idleMs: YEAR })
    const db = t.server.deps.db
    const schema = dumpSchema(db)
    const failing = bulkSeed(t.server, {
      cases: 300,
      seed: 3,
      baseDate: BASE_DATE,
      actor: t.admin.user,
      adminToken: t.admin.token,
      progress: (phase) => {
        if (phase === 'search') throw new Error('disk full')
      }
    })
    await expect(failing).rejects.toThrow('disk full')
    expect(db.inTransaction).toBe(false)
    expect(all(t, 'SELECT count(*) AS n FROM cases')[0]).toEqual({ n: 0 })
    for (const table of [
      'parties',
      'case_events',
      'case_evaluations',
      'case_facts',
      'case_search'
    ]) {
      expect([table, all(t, `SELECT count(*) AS n FROM ${table}`)[0]]).toEqual([table, { n: 0 }])
    }
    // Indexes and triggers dropped for the load are back: the rollback undid the DROPs too.
    expect(dumpSchema(db)).toBe(schema)
    const audit = all(t, 'SELECT count(*) AS n FROM audit_log WHERE action = ?', SEED_AUDIT_ACTION)
    expect(audit[0]).toEqual({ n: 0 })
  }, 60_000)
})
