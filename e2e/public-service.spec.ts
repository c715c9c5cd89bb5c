import { execFileSync } from 'node:child_process'
import { rmSync } from 'node:fs'
import { dirname } from 'node:path'
import { expect, test } from './fixtures/app'
import { createOrganisationCase, setUpUnitWithOfficers, uscc } from './fixtures/flows'
import { DiscretionPanel } from './pages/discretion-panel'
import { DocumentsPanel } from './pages/documents-panel'
import { LifecyclePanel } from './pages/lifecycle-panel'
import { PublicServicePanel } from './pages/public-service-panel'
import { Shell } from './pages/shell'

const SERVICE = '河道、库区清漂保洁'
const EVIDENCE = '汉江晴川段清漂签到表'
/** 8 hours × 50 元 (PS-CLEAN in the shipped unit-config.yaml; cap 50 % of 5000 元, not reached). */
const GROUND = `当事人自愿参加公益服务（${SERVICE}）8小时，经核实完成`

/** The PDF's text with all whitespace removed (pdftotext breaks lines inside sentences). */
function pdfText(path: string): string {
  return execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' }).replace(/\s+/g, '')
}

test('公益减罚: 8 verified hours lower the proposed fine by 400 yuan and the decision cites the ground', async ({
  page,
  app
}) => {
  test.setTimeout(180_000)
  await setUpUnitWithOfficers(page, app.url)
  await createOrganisationCase(page, {
    cause: '未按规定明码标价',
    facts: '经检查，当事人店内 36 种商品未标明价格。',
    violationOn: '2026-03-01',
    discoveredOn: '2026-03-02',
    filedOn: '2026-03-02',
    party: {
      name: '武汉市汉阳区晴川超市有限公司',
      uscc: uscc('420105', 'MA4KXY12'),
      legalRepresentative: '李明',
      address: '武汉市汉阳区晴川街1号'
    }
  })

  const ps = new PublicServicePanel(page)
  await ps.apply({
    serviceCode: 'PS-CLEAN',
    quantity: '8',
    on: '2026-03-03',
    statement: '本公司法定代表人自愿参加汉江晴川段清漂保洁8小时，申请折抵罚款。'
  })
  await expect(ps.status(SERVICE)).toHaveText('已申请，待核实')
  await ps.addEvidence({
    title: EVIDENCE,
    fileName: 'sign-in.png',
    content: 'sign-in sheet, 8 hours',
    place: '汉江晴川段'
  })
  await ps.verify(SERVICE, {
    quantity: '8',
    on: '2026-03-04',
    evidence: EVIDENCE,
    note: '经核对签到表和现场照片，服务完成。'
  })
  await expect(ps.status(SERVICE)).toHaveText('已核实')
  await expect(ps.verification(SERVICE)).toContainText(`8小时，2026-03-04`)
  await expect(ps.verification(SERVICE)).toContainText(EVIDENCE)

  // SC-PR-13-01, serious harm, not corrected: 从重 3000–5000 yuan before the offset.
  const discretion = new DiscretionPanel(page)
  await discretion.start()
  await discretion.chooseItem('明码标价', 'SC-PR-13-01')
  await discretion.setDates({
    violation: '2026-03-01',
    discovery: '2026-03-02',
    decision: '2026-03-10'
  })
  await discretion.setHarm('危害后果严重')
  await expect(discretion.proposalFine).toHaveText('2600元至4600元')
  await expect(page.getByTestId('proposal-public-service')).toHaveText(
    '3000元至5000元 → 2600元至4600元（折抵400元）'
  )
  await expect(discretion.proposalOutcome).toContainText('从重处罚')
  await expect(discretion.proposalExplanation).toContainText(GROUND)
  await expect(discretion.proposalExplanation).toContainText(
    '折抵罚款400元，建议罚款2600元至4600元'
  )
  await discretion.accept()
  await expect(discretion.currentExplanation).toContainText(GROUND)

  // The lowest fine of the reduced range is inside the benchmark: no deviation, no review stop.
  const flow = new LifecyclePanel(page)
  await flow.record('调查终结', '2026-03-05', async () => {
    await flow.field('内容摘要').fill('违法事实清楚，拟给予罚款。')
  })
  await flow.record('事先告知', '2026-03-06', () =>
    flow.setPenalty({ types: ['罚款'], fineYuan: '2600' })
  )
  await flow.record('当事人放弃陈述申辩', '2026-03-09')
  await flow.record('作出决定', '2026-03-10', async () => {
    await expect(flow.form.getByLabel('罚款金额（元）')).toHaveValue('2600.00')
    await flow.field('理由').fill('违法事实清楚，当事人经核实完成公益服务，依法折抵。')
  })
  await expect(flow.status).toHaveText('已决定')

  const documents = new DocumentsPanel(page)
  await documents.issue('行政处罚决定书', 'penaltyDecision')
  const pdf = await documents.downloadPdf('penaltyDecision')
  const text = pdfText(pdf)
  for (const needle of [GROUND, '第三十二条第（一）项', '折抵罚款400元', '罚款2600.00元']) {
    expect(text, needle).toContain(needle)
  }
  rmSync(dirname(pdf), { recursive: true, force: true })

  // Hours and the offset are kept for statistics (柔性执法, this year so far).
  await new Shell(page).navLink('柔性执法').click()
  await expect(page.getByTestId('flexible-ps-hours')).toHaveText('8')
  await expect(page.getByTestId('flexible-ps-offset')).toHaveText('400.00元')
})
