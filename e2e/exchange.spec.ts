import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Browser, Download, Page, TestInfo } from '@playwright/test'
import type { AppHost } from './fixtures/app'
import { shanghaiDate } from '../src/core/text/calendar-date'
import {
  createOrganisationCase,
  HEAD,
  openCase,
  REVIEWER,
  setUpUnitWithOfficers,
  switchUser,
  uscc
} from './fixtures/flows'
import { expect, test } from './fixtures/units'
import { CaseDetailPage } from './pages/case-detail-page'
import { CaseFormPage } from './pages/case-form-page'
import { ExchangePage } from './pages/exchange-page'
import { Shell } from './pages/shell'
import { StatisticsPage } from './pages/statistics-page'

const ROOT = join(__dirname, '..')

/** Two counties and their city, as in the server's merge tests. */
const COUNTY_A = unit('420105', 'MB014302', '汉阳区市场监督管理局', '汉阳市监立')
const COUNTY_B = unit('420106', 'MB014303', '武昌区市场监督管理局', '武昌市监立')
const CITY = unit('420100', 'MB014300', '武汉市市场监督管理局', '武汉市监立')

const CASES_PER_COUNTY = 60
/** The seeded cases fall in the three years before this day; the period below covers them all. */
const BASE_DATE = '2026-03-01'
const WIDE = { from: '2016-03-01', to: '2026-03-01' }

function unit(area6: string, org8: string, unitName: string, casePrefix: string) {
  return {
    unitName,
    unitCode: uscc(area6, org8),
    casePrefix,
    adminUsername: 'admin',
    adminDisplayName: '系统管理员',
    adminPassword: 'Admin-pass-2026'
  }
}

/** A county's cases, the older ones carried to decisions, through the CLI beside the running app. */
function seed(dataDir: string, seedNumber: number): void {
  const out = execFileSync(
    process.execPath,
    [
      join(ROOT, 'out', 'main', 'cli.js'),
      'seed',
      '--data',
      dataDir,
      '--cases',
      String(CASES_PER_COUNTY),
      '--seed',
      String(seedNumber),
      '--base-date',
      BASE_DATE,
      '--outcomes'
    ],
    { cwd: ROOT, encoding: 'utf8' }
  )
  expect(out).toContain(`已生成 ${CASES_PER_COUNTY} 件演示案件`)
}

type Unit = typeof CITY

/** Another installation in its own browser context: set up with two officers, a reviewer and a head,
 * signed in as the first officer. */
async function openUnit(
  browser: Browser,
  startUnitHost: () => Promise<AppHost>,
  unit: Unit
): Promise<{ host: AppHost; page: Page }> {
  const host = await startUnitHost()
  const page = await (await browser.newContext()).newPage()
  await setUpUnitWithOfficers(page, host.url, { unit, reviewerAndHead: true })
  return { host, page }
}

/** Saves a download among the test's outputs. */
async function keep(download: Download, testInfo: TestInfo): Promise<string> {
  const file = testInfo.outputPath(download.suggestedFilename())
  await download.saveAs(file)
  return file
}

type Figures = { filed: number; decided: number; penaltyDecisions: number; finesFen: number }

/** The figures of the statistics page for the wide period, as shown: the unit's own, or with
 * `consolidated` every unit in its database. */
async function shownFigures(page: Page, consolidated = false): Promise<Figures> {
  await new Shell(page).navLink('统计报表').click()
  const stats = new StatisticsPage(page)
  await stats.period(WIDE.from, WIDE.to, consolidated ? '全部单位（汇总）' : '本单位')
  await expect(stats.meta).toContainText(`${WIDE.from} 至 ${WIDE.to}`)
  const count = async (key: string) => Number(await stats.figure(key).innerText())
  const fines = await stats.figure('finesAndConfiscations').innerText()
  expect(fines).toMatch(/^\d+\.\d{2}元$/)
  return {
    filed: await count('filed'),
    decided: await count('decided'),
    penaltyDecisions: await count('penaltyDecisions'),
    finesFen: Math.round(Number(fines.replace('元', '')) * 100)
  }
}

test('two counties export, the city imports both (dry run, apply, receipt), its consolidated totals are their sum, and re-importing changes nothing', async ({
  page,
  app,
  browser,
  startUnitHost
}, testInfo) => {
  test.setTimeout(180_000)

  // Each county: its own installation, cases recorded, its head exports everything.
  const counties = [
    { unit: COUNTY_A, seed: 11 },
    { unit: COUNTY_B, seed: 22 }
  ]
  const exported: { file: string; figures: Figures }[] = []
  for (const county of counties) {
    const { host, page: countyPage } = await openUnit(browser, startUnitHost, county.unit)
    // Officers neither export nor import.
    await expect(new Shell(countyPage).navLink('数据交换')).toHaveCount(0)
    seed(host.dataDir, county.seed)
    await switchUser(countyPage, HEAD)
    const figures = await shownFigures(countyPage)
    expect(figures.decided).toBeGreaterThan(0)
    expect(figures.finesFen).toBeGreaterThan(0)

    await new Shell(countyPage).navLink('数据交换').click()
    const exchange = new ExchangePage(countyPage)
    await expect(countyPage.getByTestId('last-export')).toHaveText('本单位尚未导出过数据包。')
    const download = await exchange.exportPackage()
    expect(download.suggestedFilename()).toMatch(
      new RegExp(`^${county.unit.unitName}-数据包-1-\\d{4}-\\d{2}-\\d{2}\\.yspkg$`)
    )
    const file = await keep(download, testInfo)
    await expect(countyPage.getByTestId('last-export')).toContainText('第 1 号数据包')
    exported.push({ file, figures })
    await countyPage.context().close()
  }
  const [a, b] = exported
  if (!a || !b) throw new Error('both counties export')

  // The city: its head imports county A's package, reads the dry run, applies, gets the receipt.
  await setUpUnitWithOfficers(page, app.url, { unit: CITY, reviewerAndHead: true })
  await switchUser(page, HEAD)
  const shell = new Shell(page)
  await shell.navLink('数据交换').click()
  const exchange = new ExchangePage(page)
  await expect(page.getByText('尚未导入任何数据包。')).toBeVisible()

  await exchange.inspect(a.file)
  await expect(exchange.reportSource).toHaveText(`${COUNTY_A.unitName}（${COUNTY_A.unitCode}）`)
  await expect(page.getByTestId('report-sequence')).toHaveText('1')
  // First package from this unit: its key is registered on apply, after a phone check.
  await expect(exchange.trustNew).toContainText('核对')
  await expect(page.getByTestId('report-fingerprint')).toHaveText(/^([0-9a-f]{4} ){7}[0-9a-f]{4}$/)
  await expect(exchange.kindCount('case', 'new')).toHaveText(String(CASES_PER_COUNTY))
  expect(await exchange.total('new')).toBeGreaterThan(CASES_PER_COUNTY)
  expect(await exchange.total('updated')).toBe(0)
  expect(await exchange.total('conflicts')).toBe(0)
  await expect(exchange.noChange).toHaveCount(0)
  await expect(exchange.alreadyApplied).toHaveCount(0)
  const plannedNew = await exchange.total('new')
  await exchange.apply()
  // The receipt states what was merged: what the dry run said.
  await expect(page.getByTestId('receipt-applied')).toContainText(COUNTY_A.unitName)
  await expect(page.getByTestId('receipt-applied')).toContainText(HEAD.displayName)
  expect(await exchange.total('new')).toBe(plannedNew)
  const receiptFile = await exchange.downloadReceipt()
  expect(receiptFile.suggestedFilename()).toBe(`合并回执-${COUNTY_A.unitName}-1.json`)
  const receipt = JSON.parse(readFileSync(await receiptFile.path(), 'utf8')) as {
    report: { totals: { new: number }; manifest: { unitCode: string } }
  }
  expect(receipt.report.manifest.unitCode).toBe(COUNTY_A.unitCode)
  expect(receipt.report.totals.new).toBe(plannedNew)
  await exchange.finish('完成')

  // Then county B.
  await exchange.inspect(b.file)
  await expect(exchange.reportSource).toHaveText(`${COUNTY_B.unitName}（${COUNTY_B.unitCode}）`)
  await expect(exchange.trustNew).toBeVisible()
  await expect(exchange.kindCount('case', 'new')).toHaveText(String(CASES_PER_COUNTY))
  expect(await exchange.total('conflicts')).toBe(0)
  await exchange.apply()
  await exchange.finish('完成')
  await expect(exchange.sourceRows).toHaveCount(2)
  await expect(exchange.sourceRows.filter({ hasText: COUNTY_A.unitName })).toContainText(
    COUNTY_A.unitCode
  )
  await expect(exchange.sourceRows.filter({ hasText: COUNTY_B.unitName })).toBeVisible()
  await expect(exchange.receiptRows).toHaveCount(2)

  // The city's consolidated figures (every unit in its database), as its statistics page shows
  // them, are the sum of the counties'; the by-unit table lists each county with its own.
  const city = await shownFigures(page, true)
  expect(city.filed).toBe(a.figures.filed + b.figures.filed)
  expect(city.decided).toBe(a.figures.decided + b.figures.decided)
  expect(city.penaltyDecisions).toBe(a.figures.penaltyDecisions + b.figures.penaltyDecisions)
  expect(city.finesFen).toBe(a.figures.finesFen + b.figures.finesFen)
  const stats = new StatisticsPage(page)
  await expect(stats.unitRow(COUNTY_A.unitCode)).toContainText(COUNTY_A.unitName)
  await expect(stats.unitRow(COUNTY_B.unitCode).locator('td').nth(1)).toHaveText(
    String(b.figures.decided)
  )
  await new Shell(page).navLink('数据交换').click()

  // Re-importing county A's package: already applied, and nothing would change.
  await exchange.inspect(a.file)
  await expect(exchange.alreadyApplied).toBeVisible()
  await expect(exchange.noChange).toHaveText(/无变化/)
  await expect(exchange.trustKnown).toBeVisible()
  expect(await exchange.total('new')).toBe(0)
  expect(await exchange.total('updated')).toBe(0)
  expect(await exchange.total('conflicts')).toBe(0)
  expect(await exchange.total('unchanged')).toBeGreaterThan(CASES_PER_COUNTY)
  await exchange.finish('取消')
  await expect(exchange.receiptRows).toHaveCount(2)

  // A legal reviewer reads what was received but neither imports nor exports.
  await switchUser(page, REVIEWER)
  await shell.navLink('数据交换').click()
  await expect(exchange.sourceRows).toHaveCount(2)
  await expect(exchange.fileInput).toHaveCount(0)
  await expect(page.getByRole('button', { name: '导出数据包' })).toHaveCount(0)
})

test('a case the city deleted while the county went on editing it comes back as a conflict: the city head sees both versions and restores the county’s with a reason', async ({
  page,
  app,
  browser,
  startUnitHost
}, testInfo) => {
  test.setTimeout(120_000)
  const today = shanghaiDate(new Date())
  const facts = '经检查，当事人店内 36 种商品未标明价格。'
  const countyFacts = `${facts}县局复核后补充：另有 4 种商品价签不清。`

  // The county records a case through the form; its head exports everything.
  const county = await openUnit(browser, startUnitHost, COUNTY_A)
  await createOrganisationCase(county.page, {
    cause: '未按规定明码标价',
    facts,
    discoveredOn: today,
    filedOn: today,
    party: {
      name: '武汉市汉阳区晴川超市有限公司',
      uscc: uscc('420105', 'MA4KXY12'),
      legalRepresentative: '李明',
      address: '武汉市汉阳区晴川街1号'
    }
  })
  const caseNumber = await county.page.getByTestId('case-number').innerText()
  await switchUser(county.page, HEAD)
  const countyExchange = new ExchangePage(county.page)
  await countyExchange.open()
  const first = await keep(await countyExchange.exportPackage(), testInfo)

  // The city imports it, and its head deletes the case (taking it for a duplicate).
  await setUpUnitWithOfficers(page, app.url, { unit: CITY, reviewerAndHead: true })
  await switchUser(page, HEAD)
  const exchange = new ExchangePage(page)
  await exchange.open()
  await exchange.inspect(first)
  await expect(exchange.kindCount('case', 'new')).toHaveText('1')
  await exchange.apply()
  await exchange.finish('完成')
  await openCase(page, caseNumber)
  await page.getByRole('button', { name: '删除' }).click()
  await page.getByLabel('删除原因').fill('疑似重复登记')
  await page.getByRole('button', { name: '确认删除' }).click()
  await expect(page.getByTestId('case-table')).toBeVisible()

  // Meanwhile the county's head corrects the facts and sends the changes since the last package.
  await openCase(county.page, caseNumber)
  await new CaseDetailPage(county.page).edit()
  const form = new CaseFormPage(county.page)
  await form.form.getByLabel('违法事实').fill(countyFacts)
  await form.save()
  await expect(new CaseDetailPage(county.page).facts).toHaveText(countyFacts)
  await countyExchange.open()
  await expect(county.page.getByTestId('last-export')).toContainText('第 1 号数据包')
  const second = await countyExchange.exportPackage('上次导出以来的变更')
  expect(second.suggestedFilename()).toContain('-数据包-2-')
  const secondFile = await keep(second, testInfo)

  // The dry run names the conflict; applying leaves the city's record as it is.
  await exchange.open()
  await exchange.inspect(secondFile)
  await expect(page.getByTestId('report-manifest')).toContainText('第 1 号数据包以来的变更')
  await expect(exchange.trustKnown).toBeVisible()
  expect(await exchange.total('conflicts')).toBe(1)
  await expect(page.getByTestId('report-conflict-row')).toContainText('案件')
  await expect(page.getByTestId('report-conflict-row')).toContainText('双方都修改了同一记录')
  await expect(exchange.noChange).toHaveCount(0)
  await exchange.apply()
  await exchange.finish('完成')
  await expect(exchange.openConflicts).toHaveText('待处理 1 条')
  const conflict = exchange.conflicts.first()
  const changedFacts = exchange.changedFields(conflict).filter({ hasText: '案件事实' })
  await expect(changedFacts).toContainText('县局复核后补充')
  await expect(exchange.changedFields(conflict).filter({ hasText: '疑似重复登记' })).toHaveCount(1)

  // The head resolves it; a reason is required.
  const resolve = await exchange.startResolving(conflict)
  await resolve.getByRole('button', { name: '确认处理' }).click()
  await expect(resolve.getByRole('alert')).toBeVisible()
  await exchange.submitResolution(resolve, '采用来件版本', '县局仍在办理，恢复县局版本')
  await expect(conflict.getByTestId('conflict-resolution')).toContainText('已采用来件版本（')
  await expect(conflict.getByTestId('conflict-resolution')).toContainText('恢复县局版本')
  await expect(exchange.openConflicts).toHaveCount(0)
  await openCase(page, caseNumber)
  await expect(new CaseDetailPage(page).facts).toHaveText(countyFacts)
})
