// Consolidation as a department sees it: two counties export, the city imports and merges, and
// nothing is lost, doubled or silently overwritten (issue 8 "Must show").
import { beforeAll, describe, expect, it } from 'vitest'
import { RECORD_KINDS } from '../../shared/schemas/exchange-records'
import type { TestServer } from '../test-support'
import { exchangeContentHash } from './content-hash'
import {
  COUNTY_A,
  COUNTY_B,
  databaseHash,
  exportFrom,
  importInto,
  makeCity,
  makeCounty
} from './exchange.test-support'

const WIDE = { from: '2016-03-01', to: '2026-03-01' }
const RECORDS_BUT_USERS = RECORD_KINDS.filter((k) => k !== 'user')

let a: TestServer
let b: TestServer

beforeAll(async () => {
  a = await makeCounty(COUNTY_A, 11, 40)
  b = await makeCounty(COUNTY_B, 22, 30)
}, 120_000)

function rows(t: TestServer, sql: string, ...params: unknown[]): number {
  return (t.server.deps.db.prepare(sql).get(...params) as { n: number }).n
}

async function stats(t: TestServer, unit?: string) {
  const view = await t.call('stats/period', { ...WIDE, ...(unit ? { unit } : {}) }, t.admin.token)
  return { counts: view.counts, amounts: view.amounts, losses: view.losses }
}

describe('a city merging two counties', () => {
  it('imports both: the dry run reports what applying does, and the totals are the sum of the counties', async () => {
    const city = await makeCity()
    const pa = await exportFrom(a)
    const pb = await exportFrom(b)
    const before = databaseHash(city.server.deps.db)
    const dry = await importInto(city, pa.bytes, { dryRun: true })
    // The dry run writes nothing.
    expect(databaseHash(city.server.deps.db)).toBe(before)
    expect(dry.receiptId).toBeNull()
    const applied = await importInto(city, pa.bytes)
    expect(applied.report.totals).toEqual(dry.report.totals)
    expect(applied.report.byKind).toEqual(dry.report.byKind)
    const caseCount = pa.manifest.counts.case
    expect(applied.report.byKind.find((k) => k.kind === 'case')?.new).toBe(caseCount)
    await importInto(city, pb.bytes)

    const [sa, sb, sc] = [await stats(a), await stats(b), await stats(city, 'all')]
    for (const key of Object.keys(sc.counts) as (keyof typeof sc.counts)[]) {
      expect(sc.counts[key], key).toBe(sa.counts[key] + sb.counts[key])
    }
    expect(sc.amounts.finesAndConfiscationsFen).toBe(
      sa.amounts.finesAndConfiscationsFen + sb.amounts.finesAndConfiscationsFen
    )
    expect(sa.counts.decided).toBeGreaterThan(0)
    // One county's figures at the city are that county's own.
    expect(await stats(city, COUNTY_A.code)).toEqual(sa)
    // Side by side, by unit and by county (the division code inside the unit code).
    const byUnit = await city.call('stats/units', WIDE, city.admin.token)
    const row = (code: string) => byUnit.units.find((u) => u.key === code)
    expect(row(COUNTY_A.code)?.figures.decided).toBe(sa.counts.decided)
    expect(row(COUNTY_B.code)?.figures.decided).toBe(sb.counts.decided)
    expect(row(COUNTY_A.code)?.name).toBe(COUNTY_A.name)
    expect(byUnit.counties.map((c) => c.key).sort()).toEqual(['420100', '420105', '420106'])
    expect(byUnit.total.decided).toBe(sc.counts.decided)
    expect(byUnit.total.finesAndConfiscationsFen).toBe(sc.amounts.finesAndConfiscationsFen)
    // The merged cases are searchable and are peers for the consistency checks.
    const decidedA = rows(a, 'SELECT count(*) AS n FROM case_outcomes')
    expect(
      rows(city, 'SELECT count(*) AS n FROM case_outcomes WHERE unit_code = ?', COUNTY_A.code)
    ).toBe(decidedA)
    const list = await city.call('cases/list', { text: COUNTY_B.casePrefix }, city.admin.token)
    expect(list.items.length).toBeGreaterThan(0)
    // The index rows are the ones the county wrote when its officers typed the cases in.
    const searchRows = (t: TestServer) =>
      t.server.deps.db
        .prepare(
          `SELECT c.id, s.parties, s.body FROM cases c JOIN case_search s ON s.rowid = c.row_no
            WHERE c.origin_unit = ? ORDER BY c.id`
        )
        .all(COUNTY_A.code)
    expect(searchRows(city)).toEqual(searchRows(a))
    // The accounts named by the records arrive, and cannot sign in.
    expect(rows(city, 'SELECT count(*) AS n FROM users WHERE active = 1')).toBe(1)
  }, 60_000)

  it('re-importing the same package, or the same records in a new package, changes nothing', async () => {
    const city = await makeCity()
    const pa = await exportFrom(a)
    await importInto(city, pa.bytes)
    const content = exchangeContentHash(city.server.deps.db)
    // The same file is recognised by its SHA-256 …
    const again = await importInto(city, pa.bytes)
    expect(again.report.alreadyApplied).not.toBeNull()
    expect(again.report.totals).toMatchObject({ new: 0, updated: 0, conflicts: 0 })
    expect(again.report.totals.unchanged).toBe(again.report.manifest.recordCount)
    // … and read and merged record by record, it changes nothing either.
    const reread = await importInto(city, pa.bytes, { reread: true })
    expect(reread.report.totals).toEqual(again.report.totals)
    expect(reread.report.byKind).toEqual(again.report.byKind)
    // A new package of the same records: new id and sequence, same content, merged record by record.
    const fresh = await exportFrom(a)
    expect(fresh.manifest.packageId).not.toBe(pa.manifest.packageId)
    expect(fresh.manifest.contentSha256).toBe(pa.manifest.contentSha256)
    const third = await importInto(city, fresh.bytes)
    expect(third.report.totals).toMatchObject({ new: 0, updated: 0, conflicts: 0 })
    expect(exchangeContentHash(city.server.deps.db)).toBe(content)
  }, 60_000)

  it('gives the same content whichever county arrives first', async () => {
    const pa = await exportFrom(a)
    const pb = await exportFrom(b)
    const first = await makeCity()
    await importInto(first, pa.bytes)
    await importInto(first, pb.bytes)
    const second = await makeCity()
    await importInto(second, pb.bytes)
    await importInto(second, pa.bytes)
    // The cities' own administrators differ (their ids are their own); everything merged is equal.
    expect(exchangeContentHash(first.server.deps.db, RECORDS_BUT_USERS)).toBe(
      exchangeContentHash(second.server.deps.db, RECORDS_BUT_USERS)
    )
    const imported =
      'SELECT group_concat(id) AS n FROM (SELECT id FROM users WHERE active = 0 ORDER BY id)'
    expect(rows(first, imported)).toBe(rows(second, imported))
  }, 60_000)
})

describe('concurrent edits, deletions and the ledger', () => {
  it('turns edits of one case on both sides into a conflict that keeps both, resolved by a person', async () => {
    const county = await makeCounty(COUNTY_A, 33, 8)
    const city = await makeCity()
    await importInto(city, (await exportFrom(county)).bytes)
    const id = (
      county.server.deps.db.prepare('SELECT id FROM cases ORDER BY id LIMIT 1').get() as {
        id: string
      }
    ).id
    // Any write path: the lineage notices the content changed, not who changed it.
    county.server.deps.db
      .prepare("UPDATE cases SET facts = facts || '（县局补充）' WHERE id = ?")
      .run(id)
    city.server.deps.db
      .prepare("UPDATE cases SET facts = facts || '（市局批注）' WHERE id = ?")
      .run(id)
    const second = await exportFrom(county)
    const merged = await importInto(city, second.bytes)
    expect(merged.report.totals.conflicts).toBe(1)
    expect(merged.report.conflicts[0]).toMatchObject({
      kind: 'case',
      recordId: id,
      reason: 'concurrentEdit'
    })
    const [conflict] = await city.call('exchange/conflicts', {}, city.admin.token)
    expect(String(conflict?.local.facts)).toMatch(/市局批注/)
    expect(String(conflict?.incoming.facts)).toMatch(/县局补充/)
    // Nothing was overwritten: the city's edit stands until someone chooses.
    const facts = () =>
      (
        city.server.deps.db.prepare('SELECT facts FROM cases WHERE id = ?').get(id) as {
          facts: string
        }
      ).facts
    expect(facts()).toMatch(/市局批注/)
    // The same package again records no second conflict.
    const again = await importInto(city, second.bytes)
    expect(again.report.totals.conflicts).toBe(0)
    expect(rows(city, 'SELECT count(*) AS n FROM merge_conflicts')).toBe(1)

    const head = await city.addUser('cityhead', ['head'])
    const done = await city.call(
      'exchange/resolve',
      { id: conflict?.id ?? '', keep: 'incoming', reason: '以县局补充的事实为准' },
      head.token
    )
    expect(done.resolution).toBe('incoming')
    expect(facts()).toMatch(/县局补充/)
    // After the choice, the county's version is no longer news, and the city's next package makes
    // the county take the resolution as newer.
    const third = await importInto(city, (await exportFrom(county)).bytes)
    expect(third.report.totals).toMatchObject({ conflicts: 0, updated: 0 })
    const back = await importInto(county, (await exportFrom(city)).bytes)
    expect(back.report.totals.conflicts).toBe(0)
    expect(exchangeContentHash(county.server.deps.db, ['case'])).toBe(
      exchangeContentHash(city.server.deps.db, ['case'])
    )
  }, 60_000)

  it('carries a deletion as a tombstone: the city marks the case deleted and drops it from search', async () => {
    const county = await makeCounty(COUNTY_B, 44, 12)
    const city = await makeCity()
    await importInto(city, (await exportFrom(county)).bytes)
    const registered = county.server.deps.db
      .prepare("SELECT id, rev, case_number FROM cases WHERE status = 'REGISTERED' LIMIT 1")
      .get() as { id: string; rev: number; case_number: string }
    const head = await county.addUser('countyhead', ['head'])
    await county.call(
      'cases/delete',
      { id: registered.id, rev: registered.rev, reason: '重复登记' },
      head.token
    )
    const merged = await importInto(city, (await exportFrom(county)).bytes)
    expect(merged.report.totals).toMatchObject({ updated: 1, tombstones: 1, conflicts: 0 })
    const row = city.server.deps.db
      .prepare('SELECT deleted_at, deleted_reason FROM cases WHERE id = ?')
      .get(registered.id) as { deleted_at: string | null; deleted_reason: string }
    expect(row.deleted_at).not.toBeNull()
    expect(row.deleted_reason).toBe('重复登记')
    const found = await city.call('cases/list', { text: registered.case_number }, city.admin.token)
    expect(found.items.map((c) => c.id)).not.toContain(registered.id)
  }, 60_000)

  it('merges the loss ledger by entry id: however often an entry arrives, it counts once', async () => {
    const county = await makeCounty(COUNTY_A, 55, 6)
    const head = await county.addUser('losshead', ['head'])
    const caseId = (
      county.server.deps.db.prepare('SELECT id FROM cases LIMIT 1').get() as { id: string }
    ).id
    const entry = await county.call(
      'losses/record',
      {
        uscc: COUNTY_A.code,
        enterpriseName: '某某食品有限公司',
        category: 'illegalFeeRefunded',
        amountFen: 15_000_000,
        on: '2026-02-10',
        caseId,
        clueId: null,
        evidence: '退费凭证 001',
        note: ''
      },
      head.token
    )
    const city = await makeCity()
    const first = await exportFrom(county)
    await importInto(city, first.bytes)
    await county.call(
      'losses/reverse',
      { entryId: entry.id, amountFen: 5_000_000, on: '2026-02-20', reason: '部分退费系重复登记' },
      head.token
    )
    const second = await exportFrom(county)
    const delta = await exportFrom(county, {
      kind: 'since',
      afterSequence: first.manifest.sequence
    })
    expect(delta.manifest.counts.loss).toBe(1)
    for (const p of [second, delta, first, second]) await importInto(city, p.bytes)
    const total = (t: TestServer) =>
      rows(t, 'SELECT coalesce(sum(amount_fen), 0) AS n FROM recovered_losses')
    expect(total(county)).toBe(10_000_000)
    expect(total(city)).toBe(10_000_000)
    expect(rows(city, 'SELECT count(*) AS n FROM recovered_losses')).toBe(2)
    const period = { from: '2026-01-01', to: '2026-03-01' }
    const cityTotals = await city.call('stats/period', { ...period, unit: 'all' }, city.admin.token)
    expect(cityTotals.losses.totalFen).toBe(10_000_000)
  }, 60_000)
})

describe('likely duplicates across units', () => {
  it('flags a case of the same party, item and act date recorded by another unit', async () => {
    // The same seed: both counties record the same parties, items and dates.
    const first = await makeCounty(COUNTY_A, 123, 12)
    const second = await makeCounty(COUNTY_B, 123, 12)
    const city = await makeCity()
    const fromA = await importInto(city, (await exportFrom(first)).bytes)
    expect(fromA.report.duplicates).toEqual([])
    const fromB = await importInto(city, (await exportFrom(second)).bytes)
    const evaluated = rows(second, 'SELECT count(DISTINCT case_id) AS n FROM case_evaluations')
    expect(evaluated).toBeGreaterThan(0)
    expect(fromB.report.duplicates.length).toBeGreaterThanOrEqual(evaluated)
    for (const d of fromB.report.duplicates) {
      expect(d.unitCode).toBe(COUNTY_B.code)
      expect(d.otherUnitCode).toBe(COUNTY_A.code)
      expect(d.caseNumber.startsWith('武昌')).toBe(true)
      expect(d.otherCaseNumber.startsWith('汉阳')).toBe(true)
    }
    // Flagged, not merged: both cases stay.
    expect(fromB.report.byKind.find((k) => k.kind === 'case')?.new).toBe(12)
  }, 60_000)
})

describe('packages of changes and sequence numbers', () => {
  it('reports a missing earlier package, and the gap before a later one', async () => {
    const county = await makeCounty(COUNTY_B, 66, 10)
    const city = await makeCity()
    const full = await exportFrom(county)
    const id = (
      county.server.deps.db.prepare('SELECT id FROM cases LIMIT 1').get() as { id: string }
    ).id
    county.server.deps.db
      .prepare("UPDATE cases SET cause = cause || '（更正）' WHERE id = ?")
      .run(id)
    const delta = await exportFrom(county, { kind: 'since', afterSequence: full.manifest.sequence })
    expect(delta.manifest.sequence).toBe(full.manifest.sequence + 1)
    expect(delta.manifest.counts.case).toBe(1)
    const before = databaseHash(city.server.deps.db)
    // The delta alone: the dry run names the package it builds on.
    const dry = await importInto(city, delta.bytes, { dryRun: true })
    expect(dry.report.missingBase).toBe(full.manifest.sequence)
    expect(dry.report.gaps).toEqual([full.manifest.sequence])
    expect(databaseHash(city.server.deps.db)).toBe(before)
    await importInto(city, full.bytes)
    const merged = await importInto(city, delta.bytes)
    expect(merged.report.missingBase).toBeNull()
    expect(merged.report.gaps).toEqual([])
    expect(merged.report.totals).toMatchObject({ updated: 1, new: 0, conflicts: 0 })
    // A later package after a skipped one names the gap.
    await exportFrom(county, { kind: 'all' })
    const fourth = await exportFrom(county, { kind: 'all' })
    const skipped = await importInto(city, fourth.bytes)
    expect(skipped.report.gaps).toEqual([full.manifest.sequence + 2])
  }, 60_000)

  it('a period package carries the period and everything its records reference', async () => {
    const county = await makeCounty(COUNTY_A, 77, 30)
    const period = { kind: 'period' as const, from: '2025-01-01', to: '2025-12-31' }
    const pkg = await exportFrom(county, period)
    const inPeriod = rows(
      county,
      "SELECT count(*) AS n FROM cases WHERE sort_on BETWEEN '2025-01-01' AND '2025-12-31'"
    )
    expect(pkg.manifest.counts.case).toBe(inPeriod)
    const city = await makeCity()
    const merged = await importInto(city, pkg.bytes)
    expect(merged.report.coverage.from! >= '2025-01-01').toBe(true)
    expect(merged.report.coverage.to! <= '2025-12-31').toBe(true)
    const received = await city.call('exchange/overview', {}, city.admin.token)
    expect(received.sources).toHaveLength(1)
    expect(received.sources[0]?.coverage[0]?.scope).toEqual(period)
  }, 60_000)
})
