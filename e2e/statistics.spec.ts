import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import { expect, test } from './fixtures/app'
import { setUpUnitWithOfficers } from './fixtures/flows'
import { Shell } from './pages/shell'
import { StatisticsPage } from './pages/statistics-page'

const ROOT = join(__dirname, '..')

/** Three years of demo cases, older ones carried to decisions, through the CLI beside the running app. */
function seed(dataDir: string): string {
  return execFileSync(
    process.execPath,
    [
      join(ROOT, 'out', 'main', 'cli.js'),
      'seed',
      '--data',
      dataDir,
      '--cases',
      '600',
      '--seed',
      '3',
      '--outcomes'
    ],
    { cwd: ROOT, encoding: 'utf8' }
  )
}

test('the 2025 首违不罚 figure drills down to exactly that many cases, and the XLSX export reads back the same figures', async ({
  page,
  app
}) => {
  test.setTimeout(180_000)
  await setUpUnitWithOfficers(page, app.url, { reviewerAndHead: true })
  const report = seed(app.dataDir)
  expect(report).toMatch(/已办理至结案/)

  await new Shell(page).navLink('统计报表').click()
  const stats = new StatisticsPage(page)
  await stats.period('2025-01-01', '2025-12-31')
  await expect(stats.meta).toContainText('2025-01-01 至 2025-12-31')

  const firstViolation = Number(await stats.figure('firstViolationExempt').innerText())
  expect(firstViolation).toBeGreaterThan(0)
  await stats.drill('firstViolationExempt')
  await expect(stats.drillTotal).toHaveAttribute('data-total', String(firstViolation))
  await expect(stats.drillRows).toHaveCount(firstViolation)
  for (const row of await stats.drillRows.all()) {
    await expect(row).toContainText('首违不罚')
    await expect(row).toContainText('2025-')
  }

  // The annual table as shown, then the same figures read back from the exported workbook.
  const shown = new Map<string, string>()
  const keys = ['penalty.warning', 'penalty.fine', 'penalty.confiscation', 'penaltyDecisions']
  for (const key of keys) shown.set(key, await stats.figure(key).innerText())
  const fines = await stats.figure('finesAndConfiscations').innerText()
  const download = await stats.exportAnnual('Excel')
  expect(download.suggestedFilename()).toMatch(/^行政执法统计年报-.*2025-01-01至2025-12-31\.xlsx$/)
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.load(readFileSync(await download.path()) as unknown as ArrayBuffer)
  const table = wb.getWorksheet('行政处罚实施情况')
  const header = (table?.getRow(1).values ?? []) as unknown[]
  const values = (table?.getRow(2).values ?? []) as unknown[]
  const cell = (label: string) => values[header.indexOf(label)]
  expect(String(cell('警告（通报批评）'))).toBe(shown.get('penalty.warning'))
  expect(String(cell('罚款'))).toBe(shown.get('penalty.fine'))
  expect(String(cell('没收违法所得、没收非法财物'))).toBe(shown.get('penalty.confiscation'))
  expect(String(cell('合计（宗）'))).toBe(shown.get('penaltyDecisions'))
  expect(`${Number(cell('罚没金额（元）')).toFixed(2)}元`).toBe(fines)
  const kpis = wb.getWorksheet('主要指标')
  const fvRow = kpis
    ?.getSheetValues()
    .find((r) => Array.isArray(r) && r[2] === '首违不罚') as unknown[]
  expect(fvRow?.[3]).toBe(firstViolation)
})
