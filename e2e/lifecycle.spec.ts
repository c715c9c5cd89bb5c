import { execFileSync } from 'node:child_process'
import { rmSync } from 'node:fs'
import { dirname } from 'node:path'
import { expect, test } from './fixtures/app'
import {
  createOrganisationCase,
  HEAD,
  OFFICERS,
  openCase,
  REVIEWER,
  setUpUnitWithOfficers,
  switchUser,
  uscc
} from './fixtures/flows'
import { DeadlinesPage } from './pages/deadlines-page'
import { DiscretionPanel } from './pages/discretion-panel'
import { DocumentsPanel } from './pages/documents-panel'
import { LifecyclePanel } from './pages/lifecycle-panel'
import { PaymentsPanel } from './pages/payments-panel'

const PARTY = {
  name: '武汉市汉阳区晴川超市有限公司',
  uscc: uscc('420105', 'MA4KXY12'),
  legalRepresentative: '李明',
  address: '武汉市汉阳区晴川街1号'
}
/** 处罚依据 of benchmark item SC-PR-13-01, as the decision cites it. */
const PENALTY_PROVISION = '《价格违法行为行政处罚规定》（2010年12月4日文本）第十三条'
/** Within the benchmark's range for serious harm, not corrected (at most 5 000 yuan). */
const FINE_YUAN = '5000'
const FINE = '5000.00元'

/** The PDF's text with all whitespace removed (pdftotext breaks lines inside sentences). */
function pdfText(path: string): string {
  return execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' }).replace(/\s+/g, '')
}

/** Dark pixels on page 1, rendered at 40 dpi in grey: a binary (P5) PGM on stdout. Poppler's
 * pdftoppm has no -pgm switch; -gray alone writes PGM. */
function darkPixelsOnPageOne(path: string): { dark: number; total: number } {
  const pgm = execFileSync('pdftoppm', ['-r', '40', '-gray', '-f', '1', '-l', '1', path])
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(pgm.subarray(0, 64).toString('latin1'))
  if (!header) throw new Error('pdftoppm did not write a binary PGM')
  const [, width, height] = header.map(Number)
  const total = (width ?? 0) * (height ?? 0)
  const pixels = pgm.subarray(header[0].length, header[0].length + total)
  expect(pixels.length).toBe(total)
  let dark = 0
  for (const value of pixels) if (value < 128) dark++
  return { dark, total }
}

test('ordinary procedure: filing, notice with hearing, legal review, decision, payment with surcharge, archive', async ({
  page,
  app
}) => {
  test.setTimeout(180_000)
  await setUpUnitWithOfficers(page, app.url, { reviewerAndHead: true })
  const [officer] = OFFICERS
  if (!officer) throw new Error('no officer')

  await createOrganisationCase(page, {
    cause: '未按规定明码标价',
    facts: '经检查，当事人店内 36 种商品未标明价格，责令改正后仍未改正。',
    violationOn: '2026-03-01',
    discoveredOn: '2026-03-02',
    filedOn: '2026-03-02',
    party: PARTY
  })
  const caseNumber = (await page.getByTestId('case-number').textContent()) ?? ''
  expect(caseNumber).toBe('汉阳市监立〔2026〕1号')
  await expect(page.getByTestId('case-violation-on')).toHaveText('2026-03-01')
  await expect(page.getByTestId('case-limitation')).toHaveText('二年')
  const flow = new LifecyclePanel(page)
  await expect(flow.status).toHaveText('已立案')

  // 处罚依据: the benchmark evaluation the decision document cites.
  const discretion = new DiscretionPanel(page)
  await discretion.start()
  await discretion.chooseItem('明码标价', 'SC-PR-13-01')
  await discretion.setDates({
    violation: '2026-03-01',
    discovery: '2026-03-02',
    decision: '2026-03-24'
  })
  await discretion.setHarm('危害后果严重')
  await expect(discretion.proposalFine).toHaveText('3000元至5000元')
  await discretion.accept()
  await expect(discretion.currentOutcome).toBeVisible()

  await flow.record('调查终结', '2026-03-05', async () => {
    await expect(flow.field('调查终结意见')).toHaveValue('penalty')
    await flow.field('内容摘要').fill('违法事实清楚，拟给予罚款。')
  })
  await expect(flow.status).toHaveText('审核中')

  await flow.record('事先告知', '2026-03-06', async () => {
    await flow.setPenalty({ types: ['罚款'], fineYuan: FINE_YUAN })
    await flow.field('告知当事人有权要求听证').check()
  })
  await expect(flow.status).toHaveText('已告知')
  await expect(flow.section.getByTestId('fact-notice')).toContainText(`罚款${FINE}；已告知听证权利`)

  // APL Art. 64: requested within 5 working days; notified at least 7 working days before.
  await flow.record('当事人要求听证', '2026-03-09')
  await flow.record('通知听证', '2026-03-10', async () => {
    await flow.field('听证日期').fill('2026-03-20')
    await flow.field('地点').fill('本局第一听证室')
  })
  await flow.record('举行听证', '2026-03-20', async () => {
    await flow.field('内容摘要').fill('当事人对违法事实无异议，请求从轻处罚。')
  })
  await expect(flow.section.getByTestId('fact-hearing')).toContainText(
    '2026-03-09 申请；2026-03-10 通知，定于 2026-03-20 举行；2026-03-20 举行'
  )

  // Art. 58: a case that went through a hearing is decided only after legal review.
  const refusal = await flow.attempt('作出决定', '2026-03-23', () =>
    flow.field('理由').fill('依据听证笔录，维持告知的处罚。')
  )
  await expect(refusal).toContainText('本案经过听证程序')
  await expect(refusal).toContainText('第五十八条')
  await expect(flow.status).toHaveText('已告知')
  // The officer cannot record the review on their own case.
  await expect(flow.action('法制审核')).toHaveCount(0)

  await switchUser(page, REVIEWER)
  await openCase(page, caseNumber)
  await flow.record('法制审核', '2026-03-23', async () => {
    await flow.field('审核意见').selectOption({ label: '同意' })
    await flow.field('理由').fill('事实清楚，证据确凿，程序合法，处罚适当。')
  })
  await expect(flow.section.getByTestId('fact-review')).toContainText('2026-03-23 同意')

  await switchUser(page, officer)
  await openCase(page, caseNumber)
  await flow.record('作出决定', '2026-03-24', async () => {
    await expect(flow.field('决定结果')).toHaveValue('penalty')
    await expect(flow.form.getByLabel('罚款金额（元）')).toHaveValue('5000.00')
    await flow.field('理由').fill('依据听证笔录，维持告知的处罚。')
  })
  await expect(flow.status).toHaveText('已决定')

  const documents = new DocumentsPanel(page)
  await documents.issue('行政处罚决定书', 'penaltyDecision')
  const documentNumber = '汉阳市监处罚〔2026〕1号'
  await expect(documents.number('penaltyDecision')).toHaveText(documentNumber)
  const pdf = await documents.downloadPdf('penaltyDecision')
  const text = pdfText(pdf)
  for (const needle of [
    '行政处罚决定书',
    documentNumber,
    `案号：${caseNumber}`,
    PARTY.name,
    PARTY.uscc,
    PENALTY_PROVISION,
    `罚款${FINE}`,
    '听证'
  ]) {
    expect(text, needle).toContain(needle)
  }
  const { dark, total } = darkPixelsOnPageOne(pdf)
  expect(dark).toBeGreaterThan(total / 100)
  rmSync(dirname(pdf), { recursive: true, force: true })

  await flow.record('送达决定书', '2026-03-25', async () => {
    await flow.field('送达方式').selectOption({ label: '直接送达' })
  })
  await expect(flow.status).toHaveText('已送达')

  // APL Art. 67 ¶3: payment due 15 days after service (2026-04-09), long past.
  const payments = new PaymentsPanel(page)
  await expect(payments.due).toHaveText('2026-04-09')
  const deadlines = new DeadlinesPage(page)
  await deadlines.open()
  const row = deadlines.cases.filter({ hasText: caseNumber })
  await expect(row).toHaveCount(1)
  await expect(row.getByTestId('deadline-clock')).toHaveText('缴款期限')
  await expect(row.getByTestId('deadline-due')).toHaveText('2026-04-09')
  await expect(row).toContainText('已超期')

  // Art. 72(1): 3 % of the fine a day from 2026-04-10, capped at the fine (reached on day 34).
  await openCase(page, caseNumber)
  await payments.record({ paidOn: '2026-06-01', amountYuan: FINE_YUAN, receiptNo: 'HY2026-0601' })
  await expect(payments.fine).toHaveText(FINE)
  await expect(payments.surcharge).toHaveText(FINE)
  await expect(payments.paid).toHaveText(FINE)
  await expect(payments.outstanding).toHaveText(FINE)
  await expect(payments.explanation).toContainText('已达罚款数额上限')

  await payments.record({
    paidOn: '2026-06-02',
    amountYuan: FINE_YUAN,
    receiptNo: 'HY2026-0602',
    note: '加处罚款'
  })
  await expect(payments.paid).toHaveText('10000.00元')
  await expect(payments.outstanding).toHaveText('0.00元')

  // Closing and archiving are the head's approvals.
  await expect(flow.action('结案')).toHaveCount(0)
  await switchUser(page, HEAD)
  await openCase(page, caseNumber)
  await flow.record('结案', '2026-06-03')
  await expect(flow.status).toHaveText('已结案')
  await flow.record('归档', '2026-06-04')
  await expect(flow.status).toHaveText('已归档')
  await expect(flow.section.getByTestId('fact-archived')).toContainText('2026-06-04')
  await expect(flow.section.getByText('当前阶段没有可由您办理的事项。')).toBeVisible()
})
