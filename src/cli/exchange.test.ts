// `yardstick export`, `import` and `stats` as a department's script uses them: exit codes, dry run,
// and consolidated figures equal to the sum of the counties.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { MergeReportView } from '../shared/exchange-views'
import type { StatisticsView } from '../shared/statistics-views'
import { makeUscc } from '../server/test-support'
import { cli, initArgs, rowCounts, tempDataDirs } from './cli-test-support'

const dataDir = tempDataDirs()
const WIDE = '2016-03-01..2026-03-01'

async function county(code: string, prefix: string, seed: string): Promise<string> {
  const dir = dataDir()
  const init = initArgs(dir).map((a, i, all) =>
    all[i - 1] === '--unit-code' ? code : all[i - 1] === '--case-prefix' ? prefix : a
  )
  expect((await cli(init)).code).toBe(0)
  const seeded = await cli([
    'seed',
    '--data',
    dir,
    '--cases',
    '25',
    '--seed',
    seed,
    '--base-date',
    '2026-03-02',
    '--outcomes'
  ])
  expect(seeded.code, seeded.stderr).toBe(0)
  return dir
}

async function stats(dir: string, unit?: string): Promise<StatisticsView> {
  const args = [
    'stats',
    '--data',
    dir,
    '--period',
    WIDE,
    '--json',
    ...(unit ? ['--unit', unit] : [])
  ]
  const result = await cli(args)
  expect(result.code, result.stderr).toBe(0)
  return JSON.parse(result.stdout) as StatisticsView
}

describe('yardstick export / import / stats', () => {
  it('moves two counties into a city: dry run first, then the figures add up, and a re-import changes nothing', async () => {
    const a = await county(makeUscc('420105', 'MB014302'), '汉阳市监立', '7')
    const b = await county(makeUscc('420106', 'MB014303'), '武昌市监立', '8')
    const city = dataDir()
    expect(
      (
        await cli(
          initArgs(city).map((a2, i, all) =>
            all[i - 1] === '--unit-code' ? makeUscc('420100', 'MB014300') : a2
          )
        )
      ).code
    ).toBe(0)

    const fileA = join(a, 'a.yspkg')
    const fileB = join(b, 'b.yspkg')
    const exported = await cli(['export', '--data', a, '--out', fileA])
    expect(exported.code, exported.stderr).toBe(0)
    expect(exported.stdout).toMatch(/已导出第 1 号数据包/)
    expect((await cli(['export', '--data', b, '--out', fileB])).code).toBe(0)

    const before = rowCounts(city)
    const dry = await cli(['import', fileA, '--data', city, '--dry-run', '--json'])
    expect(dry.code, dry.stderr).toBe(0)
    const dryReport = JSON.parse(dry.stdout) as MergeReportView
    expect(dryReport.totals.new).toBe(dryReport.manifest.recordCount)
    // Only the CLI's own session is audited; no record arrives.
    expect(rowCounts(city)).toMatchObject({ cases: before.cases, users: before.users })

    const applied = await cli(['import', fileA, '--data', city])
    expect(applied.code, applied.stderr).toBe(0)
    expect(applied.stdout).toMatch(/已导入：.*第 1 号数据包/)
    expect((await cli(['import', fileB, '--data', city])).code).toBe(0)

    const [sa, sb, sc] = [await stats(a), await stats(b), await stats(city, 'all')]
    expect(sc.counts.decided).toBe(sa.counts.decided + sb.counts.decided)
    expect(sc.counts.filed).toBe(sa.counts.filed + sb.counts.filed)
    expect(sc.amounts.finesAndConfiscationsFen).toBe(
      sa.amounts.finesAndConfiscationsFen + sb.amounts.finesAndConfiscationsFen
    )
    expect(sa.counts.decided).toBeGreaterThan(0)

    const again = await cli(['import', fileA, '--data', city, '--json'])
    expect(again.code).toBe(0)
    const report = JSON.parse(again.stdout) as MergeReportView
    expect(report.totals).toMatchObject({ new: 0, updated: 0, conflicts: 0 })
    expect(report.alreadyApplied).not.toBeNull()
    // A backup was taken before each applied import.
    expect(readdirSync(join(city, 'backups')).filter((n) => n.includes('pre-import'))).toHaveLength(
      3
    )
  }, 120_000)

  it('refuses a damaged package with exit code 1 and a reason, and bad usage with 2', async () => {
    const a = await county(makeUscc('420105', 'MB014302'), '汉阳市监立', '9')
    const file = join(a, 'a.yspkg')
    expect((await cli(['export', '--data', a, '--out', file, '--period', '2025'])).code).toBe(0)
    const bytes = readFileSync(file)
    writeFileSync(file, bytes.subarray(0, bytes.length - 50))
    const refused = await cli(['import', file, '--data', a])
    expect(refused.code).toBe(1)
    expect(refused.stderr).toMatch(/数据包未通过校验/)
    expect((await cli(['import', '--data', a])).code).toBe(2)
    expect((await cli(['export', '--data', a, '--out', file, '--period', '2025-13'])).code).toBe(2)
    expect(
      (await cli(['export', '--data', a, '--out', file, '--since', '1', '--period', '2025'])).code
    ).toBe(2)
  }, 120_000)
})
