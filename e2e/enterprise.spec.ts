import { shanghaiDate } from '../src/core/text/calendar-date'
import { expect, test } from './fixtures/app'
import { setUpUnitWithOfficers, uscc } from './fixtures/flows'
import { ClueDetailPage } from './pages/clue-detail-page'
import { CluesPage } from './pages/clues-page'
import { EnterpriseNav } from './pages/enterprise-nav'
import { EnterprisePage } from './pages/enterprise-page'
import { InspectionsPage } from './pages/inspections-page'
import { LossesPage } from './pages/losses-page'
import { Shell } from './pages/shell'

/** A Beijing calendar date `days` before `date` (both YYYY-MM-DD). */
function daysBefore(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10)
}

const ENTERPRISE = {
  name: '武汉市汉阳区龟山建材有限公司',
  uscc: uscc('420105', 'MA4KXY56')
}
const OTHER_ENTERPRISE = {
  name: '武汉市汉阳区月湖餐饮有限公司',
  uscc: uscc('420105', 'MA4KXY78')
}
const REFUND = {
  category: '退还违规收费',
  amountYuan: '150000',
  evidence: '区财政局退费凭证第2026-117号',
  note: '违规收取的检测费全额退还'
}

test('挽回损失: a clue is transferred and handled with a 150,000.00 refund; the ledger and the unit total show it, a 50,000.00 reversal leaves 100,000.00, a duplicate is flagged, and an overdue clue is marked', async ({
  page,
  app
}) => {
  test.setTimeout(180_000)
  const today = shanghaiDate(new Date())
  await setUpUnitWithOfficers(page, app.url)
  await new Shell(page).navLink('涉企监督').click()
  const clues = new CluesPage(page)
  const clue = new ClueDetailPage(page)
  const enterprise = new EnterprisePage(page)
  const losses = new LossesPage(page)
  const nav = new EnterpriseNav(page)

  // Registered from the 12345 hotline; the app opens the new clue.
  const clueNumber = await clues.register({
    receivedOn: today,
    channel: '12345热线',
    reporter: '龟山建材 刘经理',
    uscc: ENTERPRISE.uscc,
    enterpriseName: ENTERPRISE.name,
    agency: '汉阳区某检测中心',
    problemType: '乱收费',
    amountYuan: '150000',
    summary: '企业反映检测中心在无收费依据的情况下收取“环境检测费”15万元。'
  })
  await expect(clue.status).toHaveText('已登记')

  // 转办 to the agency concerned with a deadline, then 办结 as substantiated.
  await clue.step('转办', '请核查收费依据，违规收取的费用予以退还。', {
    toAgency: '汉阳区生态环境分局',
    deadlineOn: daysBefore(today, -15)
  })
  await expect(clue.status).toHaveText('已转办')
  await clue.step('办结', '经核查收费无依据，已责令全额退还。', { finding: '属实' })
  await expect(clue.status).toHaveText('已办结')

  // The refund, linked to the clue.
  await clue.recordLoss({ ...REFUND, on: today })
  await expect(clue.ledgerRows.first().getByTestId('loss-amount')).toHaveText('150,000.00')
  await expect(clue.recovered).toHaveText('150,000.00')

  // The enterprise's ledger and the unit's total for this year.
  await clue.openEnterprise()
  await expect(enterprise.name).toHaveText(ENTERPRISE.name)
  await expect(enterprise.entries).toHaveCount(1)
  await expect(enterprise.total).toHaveText('150,000.00')
  await expect(enterprise.clueRows).toHaveCount(1)
  await nav.go('挽回损失')
  await expect(losses.unitTotal).toHaveText('150,000.00')
  await expect(losses.categoryAmount('退还违规收费')).toHaveText('150,000.00')

  // A correction is a reversing entry, never an edit: 50,000.00 of it was refunded twice in error.
  await losses.searchEnterprise(ENTERPRISE.uscc)
  const refund = enterprise.entries.first()
  await enterprise.reverse(refund, {
    amountYuan: '50000',
    on: today,
    reason: '其中5万元系另一笔退费重复计入，予以冲正。'
  })
  await expect(enterprise.reversals.first().getByTestId('loss-amount')).toHaveText('-50,000.00')
  await expect(refund.getByTestId('loss-amount')).toHaveText('150,000.00')
  await expect(refund.getByTestId('loss-remaining')).toHaveText('100,000.00')
  await expect(enterprise.total).toHaveText('100,000.00')
  await losses.open()
  await expect(losses.unitTotal).toHaveText('100,000.00')
  await expect(losses.unitRows.first().getByTestId('loss-unit-amount')).toHaveText('100,000.00')

  // The same refund entered again (same enterprise, amount, date and clue) is flagged before saving.
  await nav.go('线索')
  await clues.row(clueNumber).getByRole('link', { name: clueNumber }).click()
  await expect(clue.status).toHaveText('已办结')
  // The ledger loads after the clue's details: wait for the refund and its reversal before counting.
  const rowsBefore = 2
  await expect(clue.ledgerRows).toHaveCount(rowsBefore)
  await clue.submitLoss({ ...REFUND, on: today })
  await expect(clue.duplicateWarning).toBeVisible()
  // The server's message names the entry it would duplicate (its date, amount and voucher).
  await expect(clue.duplicateWarning).toContainText('可能重复登记')
  await expect(clue.duplicateWarning).toContainText(REFUND.evidence)
  await expect(clue.ledgerRows).toHaveCount(rowsBefore)
  // Saved anyway, it carries the flag, counts until reversed, and is reversed in full.
  await clue.saveDuplicateAnyway()
  await expect(clue.ledgerRows.getByTestId('duplicate-badge')).toHaveCount(1)
  await expect(clue.recovered).toHaveText('250,000.00')
  await clue.openEnterprise()
  await expect(enterprise.total).toHaveText('250,000.00')
  const flagged = enterprise.entries.filter({ has: page.getByTestId('duplicate-badge') })
  await enterprise.reverse(flagged, {
    amountYuan: '150000',
    on: today,
    reason: '疑似重复登记经核实确属重复，全额冲正。'
  })
  await expect(flagged.getByTestId('loss-remaining')).toHaveText('0.00')
  await expect(enterprise.total).toHaveText('100,000.00')
  await losses.open()
  await expect(losses.unitTotal).toHaveText('100,000.00')

  // An open clue past its deadline is highlighted, and the counts show received vs handled.
  await nav.go('线索')
  const lateNumber = await clues.register({
    receivedOn: daysBefore(today, 30),
    channel: '社会监督员',
    reporter: '社会监督员 王某',
    uscc: OTHER_ENTERPRISE.uscc,
    enterpriseName: OTHER_ENTERPRISE.name,
    agency: '汉阳区某执法大队',
    problemType: '乱检查',
    summary: '同一月内三次入店检查，均未出示检查依据。',
    deadlineOn: daysBefore(today, 1)
  })
  await expect(page.getByTestId('clue-overdue')).toBeVisible()
  await nav.go('线索')
  await expect(clues.count('received')).toHaveText('2')
  await expect(clues.count('handled')).toHaveText('1')
  await expect(clues.count('overdue')).toHaveText('1')
  await expect(clues.overdueRows).toHaveCount(1)
  await expect(clues.row(lateNumber)).toHaveClass(/clue-overdue/)
  await expect(clues.row(clueNumber)).toHaveAttribute('data-overdue', 'false')
  await clues.filter('已超期')
  await expect(clues.rows).toHaveCount(1)
  await expect(clues.row(lateNumber)).toBeVisible()
})

test('入企检查: a second inspection of one enterprise within the 30-day window flags both as 重复检查; voiding one clears the flag and the count', async ({
  page,
  app
}) => {
  const today = shanghaiDate(new Date())
  // Both in this year, so the year's count (1 January to today) holds both.
  const yearStart = `${today.slice(0, 4)}-01-01`
  const earlier = daysBefore(today, 10) < yearStart ? yearStart : daysBefore(today, 10)
  await setUpUnitWithOfficers(page, app.url)
  await new Shell(page).navLink('涉企监督').click()
  await new EnterpriseNav(page).go('入企检查')
  const inspections = new InspectionsPage(page)
  const visit = {
    uscc: ENTERPRISE.uscc,
    enterpriseName: ENTERPRISE.name,
    legalBasis: '《建设工程质量管理条例》第四十七条',
    result: '未发现问题'
  }
  await inspections.record({ ...visit, on: earlier })
  await expect(inspections.repeatedRows).toHaveCount(0)
  await inspections.record({ ...visit, on: today })
  await expect(inspections.repeatedRows).toHaveCount(2)
  await expect(inspections.count).toHaveText('2')
  await expect(inspections.repeatedCount).toHaveText('2')

  await inspections.void(today, '同一次检查重复登记。')
  await expect(inspections.repeatedRows).toHaveCount(0)
  await expect(inspections.count).toHaveText('1')
  await expect(inspections.repeatedCount).toHaveText('0')
})
