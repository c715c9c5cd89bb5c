import { expect, test } from './fixtures/app'
import { createOrganisationCase, openCase, setUpUnitWithOfficers, uscc } from './fixtures/flows'
import { DiscretionPanel } from './pages/discretion-panel'
import { FastTrackCard, FlexiblePage } from './pages/flexible-page'
import { LifecyclePanel } from './pages/lifecycle-panel'

const PARTY = {
  name: '武汉市汉阳区晴川超市有限公司',
  uscc: uscc('420105', 'MA4KXY12'),
  legalRepresentative: '李明',
  address: '武汉市汉阳区晴川街1号'
}
const OTHER = { ...PARTY, name: '武汉市汉阳区龟山便利店有限公司', uscc: uscc('420105', 'MA4KXY34') }
const BEIJING_TODAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(
  new Date()
)

test('首违不罚 decided with education counts on #/flexible, and its follow-up is recorded there', async ({
  page,
  app
}) => {
  test.setTimeout(180_000)
  await setUpUnitWithOfficers(page, app.url)

  await createOrganisationCase(page, {
    cause: '未按规定明码标价',
    facts: '经检查，当事人店内 12 种商品未标明价格，当场改正。',
    violationOn: '2026-11-01',
    discoveredOn: '2026-11-02',
    filedOn: '2026-11-02',
    party: PARTY
  })
  const caseNumber = (await page.getByTestId('case-number').textContent()) ?? ''
  const discretion = new DiscretionPanel(page)
  await discretion.start()
  await discretion.chooseItem('明码标价', 'SC-PR-13-01')
  await discretion.setDates({
    violation: '2026-11-01',
    discovery: '2026-11-02',
    decision: '2026-11-05'
  })
  await discretion.setHarm('危害后果轻微')
  await discretion.check('已改正')
  await discretion.check('及时改正')
  await expect(discretion.proposalGround).toContainText('首违不罚')
  await discretion.accept()
  await expect(discretion.currentOutcome).toHaveText('不予行政处罚')

  const flow = new LifecyclePanel(page)
  await flow.record('调查终结', '2026-11-03', async () => {
    await flow.field('调查终结意见').selectOption({ label: '不予行政处罚' })
    await flow.field('内容摘要').fill('初次违法，危害后果轻微并及时改正。')
  })
  const educate = async (followUpOn: string) => {
    await expect(flow.field('决定结果')).toHaveValue('noPenalty')
    await expect(flow.form.getByTestId('penalty-editor')).toHaveCount(0)
    const editor = flow.form.getByTestId('education-editor')
    await editor.getByLabel('批评教育', { exact: true }).check()
    await editor.getByLabel('普法宣传', { exact: true }).check()
    await flow.field('教育内容').fill('指出未明码标价的违法性质，讲解《价格法》第十三条。')
    await flow.field('教育日期').fill('2026-11-05')
    await flow.field('回访日期').fill(followUpOn)
    await flow.field('理由').fill('当事人初次违法，危害后果轻微并及时改正。')
  }
  // APL Art. 33 ¶3: the follow-up comes after the decision and the education.
  const refusal = await flow.attempt('作出决定', '2026-11-05', () => educate('2026-11-05'))
  await expect(refusal).toContainText('回访日期')
  await expect(refusal).toContainText('第三十三条第三款')
  await flow.cancel()
  await flow.record('作出决定', '2026-11-05', () => educate('2026-11-20'))
  await expect(flow.status).toHaveText('已决定')
  await expect(flow.events.last()).toContainText('教育：批评教育、普法宣传；回访日期：2026-11-20')
  const card = new FastTrackCard(page)
  await expect(card.education).toContainText('批评教育、普法宣传')
  await expect(card.followUp).toHaveText('尚未回访（回访日期 2026-11-20）')

  // A second case, still open, marked for the fast track on its page.
  await createOrganisationCase(page, {
    cause: '未按规定明码标价',
    facts: '当事人承认未标明价格，自愿接受处罚。',
    violationOn: '2026-11-09',
    discoveredOn: '2026-11-10',
    filedOn: '2026-11-10',
    party: OTHER
  })
  const markedNumber = (await page.getByTestId('case-number').textContent()) ?? ''
  await expect(card.marked).toHaveText('未标记简案快办')
  await card.mark('当事人承认违法事实并自愿接受处罚')

  const flexible = new FlexiblePage(page)
  await flexible.open()
  // Opens on this year so far (Beijing time).
  await expect(flexible.period.from).toHaveValue(`${BEIJING_TODAY.slice(0, 4)}-01-01`)
  await expect(flexible.period.to).toHaveValue(BEIJING_TODAY)
  await flexible.count('2026-01-01', BEIJING_TODAY)
  await expect(flexible.figure('decided')).toHaveText('1')
  await expect(flexible.figure('first-violation')).toHaveText('1')
  await expect(flexible.figure('minor')).toHaveText('0')
  await expect(flexible.figure('no-penalty')).toHaveText('1')
  await expect(flexible.figure('ps-cases')).toHaveText('0')
  await expect(flexible.figure('ps-hours')).toHaveText('0')
  await expect(flexible.figure('ps-offset')).toHaveText('0.00元')
  await expect(flexible.figure('fast-track-share')).toHaveText('0.0%')
  await expect(flexible.figure('education')).toHaveText('1')
  await expect(flexible.figure('follow-ups-due')).toHaveText('1')
  await expect(flexible.fastTrackRow(markedNumber)).toContainText(
    '标记快办：当事人承认违法事实并自愿接受处罚'
  )
  await expect(flexible.fastTrackRow(markedNumber)).toContainText('尚未决定')

  // The follow-up date (2026-11-20) has passed: due, and recorded from the list.
  await expect(flexible.followUpRow(caseNumber).getByTestId('follow-up-state')).toHaveText('已到期')
  await flexible.recordFollowUp(caseNumber, '回访时当事人已全部明码标价，未再发现违法行为。')
  await expect(flexible.noFollowUps).toBeVisible()
  await expect(flexible.figure('followed-up')).toHaveText('1')
  await expect(flexible.figure('follow-ups-due')).toHaveText('0')

  // The case page shows the follow-up as recorded.
  await openCase(page, caseNumber)
  await expect(card.followUp).toContainText('回访时当事人已全部明码标价')
  await expect(card.followUp).toContainText(`已于 ${BEIJING_TODAY} 回访`)
})
