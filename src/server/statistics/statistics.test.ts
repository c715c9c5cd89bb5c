import ExcelJS from 'exceljs'
import { beforeAll, describe, expect, it } from 'vitest'
import { CASE_METRICS } from '../../core/statistics/metrics'
import { annualPenaltyRows } from '../../core/statistics/report-rows'
import { seedCases } from '../seed/seed'
import { makeTestServer, type TestServer } from '../test-support'
import { rebuildCaseFacts } from './case-facts'

let t: TestServer
let seeded: Awaited<ReturnType<typeof seedCases>>
const Y2025 = { from: '2025-01-01', to: '2025-12-31' }

function factRows(): unknown[] {
  return t.server.deps.db.prepare('SELECT * FROM case_facts ORDER BY case_id').all()
}

beforeAll(async () => {
  t = await makeTestServer({ idleMs: 365 * 24 * 3600 * 1000 })
  seeded = await seedCases(t.server, {
    cases: 400,
    seed: 7,
    baseDate: '2026-03-01',
    adminToken: t.admin.token,
    outcomes: true
  })
}, 120_000)

async function waitForFile(token: string, jobId: string) {
  for (let i = 0; i < 200; i++) {
    const s = await t.call('exports/status', { jobId }, token)
    if (s.state !== 'running') break
    await new Promise((r) => setTimeout(r, 10))
  }
  return t.call('exports/file', { jobId }, token)
}

describe('statistics over seeded cases carried through the lifecycle', () => {
  it('decides a share of the seeded cases, 首违不罚 among them', async () => {
    expect(seeded.outcomes?.decided).toBeGreaterThan(50)
    expect(seeded.outcomes?.problems).toEqual([])
    expect(seeded.outcomes?.stopped).toBe(0)
    const s = await t.call('stats/period', Y2025, t.admin.token)
    expect(s.counts.decided).toBeGreaterThan(10)
    expect(s.counts.firstViolationExempt).toBeGreaterThan(0)
    expect(s.counts.penaltyDecisions + s.counts.noPenalty).toBe(s.counts.decided)
    // Each decided case has one column of the penalty table: the columns add up to the total.
    const columns = annualPenaltyRows(s).filter((r) => r.key.startsWith('penalty.'))
    expect(columns.reduce((n, r) => n + (r.value ?? 0), 0)).toBe(s.counts.penaltyDecisions)
    expect(s.meta.dataHash).toMatch(/^[0-9a-f]{64}$/)
  })

  it('drills every figure down to exactly as many cases', async () => {
    const s = await t.call('stats/period', Y2025, t.admin.token)
    for (const metric of CASE_METRICS) {
      // includeRevoked as the dashboard sends it: the unit's choice, explicit.
      const d = await t.call(
        'stats/drill',
        { ...Y2025, includeRevoked: true, metric, offset: 0, limit: 500 },
        t.admin.token
      )
      expect([metric, d.total, d.rows.length]).toEqual([
        metric,
        s.counts[metric],
        Math.min(500, d.total)
      ])
    }
    // An amount opens the cases it was computed from: the list's amounts add up to it.
    const penalties = await t.call(
      'stats/drill',
      { ...Y2025, metric: 'penaltyDecisions', limit: 500 },
      t.admin.token
    )
    const listed = penalties.rows.reduce((sum, r) => sum + r.finesAndConfiscationsFen, 0)
    expect(listed).toBe(s.amounts.finesAndConfiscationsFen)
    const fv = await t.call(
      'stats/drill',
      { ...Y2025, metric: 'firstViolationExempt' },
      t.admin.token
    )
    for (const row of fv.rows) {
      expect(row.outcome).toBe('不予行政处罚（首违不罚）')
      expect(row.decidedOn?.startsWith('2025-')).toBe(true)
    }
  })

  it('keeps the projection equal to a rebuild from the records', () => {
    // The stats call above synced the dirty rows; a full rebuild must give the same rows.
    const incremental = factRows()
    rebuildCaseFacts(t.server.deps.db)
    expect(factRows()).toEqual(incremental)
  })

  it('gives the same figures and hash for the same data, and a new hash after a change', async () => {
    const a = await t.call('stats/period', Y2025, t.admin.token)
    const b = await t.call('stats/period', Y2025, t.admin.token)
    expect(b.meta.dataHash).toBe(a.meta.dataHash)
    expect(b.counts).toEqual(a.counts)
    const head = await t.addUser('zhuren', ['head'])
    const victim = (
      await t.call('stats/drill', { ...Y2025, metric: 'penaltyDecisions', limit: 1 }, t.admin.token)
    ).rows[0]
    expect(victim).toBeDefined()
    if (!victim) return
    await t.call(
      'cases/revoke',
      {
        caseId: victim.caseId,
        on: '2026-02-01',
        authority: 'reconsideration',
        reason: '复议决定撤销'
      },
      head.token
    )
    const kept = await t.call('stats/period', Y2025, t.admin.token)
    expect(kept.meta.dataHash).not.toBe(a.meta.dataHash)
    expect(kept.counts.penaltyDecisions).toBe(a.counts.penaltyDecisions)
    const dropped = await t.call('stats/period', { ...Y2025, includeRevoked: false }, t.admin.token)
    expect(dropped.counts.penaltyDecisions).toBe(a.counts.penaltyDecisions - 1)
    expect(dropped.amounts.finesAndConfiscationsFen).toBe(
      a.amounts.finesAndConfiscationsFen - (victim.finesAndConfiscationsFen ?? 0)
    )
    const y2026 = await t.call(
      'stats/period',
      { from: '2026-01-01', to: '2026-12-31' },
      t.admin.token
    )
    expect(y2026.counts.revoked).toBe(1)
    // Once only, and only by a head.
    await expect(
      t.call(
        'cases/revoke',
        { caseId: victim.caseId, on: '2026-02-02', authority: 'litigation', reason: '再次' },
        head.token
      )
    ).rejects.toThrow(/已记录为被撤销/)
  })

  it('exports the annual tables to XLSX; reading the file back gives the same figures', async () => {
    const s = await t.call('stats/period', Y2025, t.admin.token)
    const job = await t.call(
      'exports/start',
      { kind: 'annual', ...Y2025, format: 'xlsx' },
      t.admin.token
    )
    const file = await waitForFile(t.admin.token, job.id)
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.load(Buffer.from(file.contentBase64, 'base64') as unknown as ArrayBuffer)
    const sheet = wb.getWorksheet('行政处罚实施情况')
    const rows = annualPenaltyRows(s)
    rows.forEach((r, i) => {
      expect(sheet?.getRow(1).getCell(i + 1).value).toBe(r.label)
      const expected = r.kind === 'yuan' ? (r.value ?? 0) / 100 : r.value
      expect([r.label, sheet?.getRow(2).getCell(i + 1).value]).toEqual([r.label, expected])
    })
    const notes = wb.getWorksheet('说明')
    const hashRow = notes
      ?.getSheetValues()
      .find((v) => Array.isArray(v) && v[1] === '数据哈希（SHA-256）') as unknown[]
    expect(hashRow?.[2]).toBe(s.meta.dataHash)
  })

  it('exports the cases behind a figure with the chosen columns and reports progress', async () => {
    const s = await t.call('stats/period', Y2025, t.admin.token)
    const job = await t.call(
      'exports/start',
      {
        kind: 'cases',
        ...Y2025,
        metric: 'decided',
        format: 'xlsx',
        columns: ['caseNumber', 'decidedOn', 'fine']
      },
      t.admin.token
    )
    expect(job.total).toBe(s.counts.decided)
    const file = await waitForFile(t.admin.token, job.id)
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.load(Buffer.from(file.contentBase64, 'base64') as unknown as ArrayBuffer)
    const sheet = wb.getWorksheet('案件清单')
    expect(sheet?.getRow(1).values).toEqual([undefined, '案号', '决定日期', '罚款（元）'])
    expect(sheet?.rowCount).toBe(s.counts.decided + 1)
    // Another user may not see the job.
    const other = await t.addUser('qita', ['officer'])
    await expect(t.call('exports/status', { jobId: job.id }, other.token)).rejects.toThrow(
      /NOT_FOUND/
    )
  })

  it('exports the case register with the list’s filters: the same cases as the list, in its order', async () => {
    const filters = { status: 'CLOSED' as const, from: '2025-01-01' }
    const listed: string[] = []
    let cursor: string | undefined
    do {
      const page = await t.call('cases/list', { ...filters, limit: 200, cursor }, t.admin.token)
      listed.push(...page.items.map((c) => c.caseNumber))
      cursor = page.nextCursor ?? undefined
    } while (cursor)
    expect(listed.length).toBeGreaterThan(0)
    const job = await t.call(
      'exports/start',
      { kind: 'register', ...filters, format: 'xlsx' },
      t.admin.token
    )
    expect(job.total).toBe(listed.length)
    const file = await waitForFile(t.admin.token, job.id)
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.load(Buffer.from(file.contentBase64, 'base64') as unknown as ArrayBuffer)
    const sheet = wb.getWorksheet('案件登记')
    const numbers: unknown[] = []
    sheet?.eachRow((row, i) => {
      if (i > 1) numbers.push(row.getCell(1).value)
    })
    expect(numbers).toEqual(listed)
    expect(sheet?.getRow(2).getCell(4).value).toBe('已结案')
  })
})
