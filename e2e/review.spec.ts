import { expect, test } from './fixtures/app'
import {
  createOrganisationCase,
  type NewUser,
  OFFICERS,
  openCase,
  REVIEWER,
  setUpUnitWithOfficers,
  switchUser,
  uscc
} from './fixtures/flows'
import { DiscretionPanel } from './pages/discretion-panel'
import { LifecyclePanel } from './pages/lifecycle-panel'
import { ReviewPanel } from './pages/review-panel'
import { ReviewQueuePage } from './pages/review-queue-page'

/** An officer who is also a legal reviewer: on the second case as 办案人员二. */
const OFFICER_REVIEWER: NewUser = {
  username: 'zhaolei',
  displayName: '赵磊',
  roles: ['执法人员', '法制审核人员'],
  password: 'Zhaolei-2026'
}

const CAUSE = '未按规定明码标价'
const FACTS = '经检查，当事人店内 36 种商品未标明价格，责令改正后仍未改正。'
const FIRST_PARTY = {
  name: '武汉市汉阳区晴川超市有限公司',
  uscc: uscc('420105', 'MA4KXY12'),
  legalRepresentative: '李明',
  address: '武汉市汉阳区晴川街1号'
}
const SECOND_PARTY = {
  name: '武汉市汉阳区鹦鹉便利店有限公司',
  uscc: uscc('420105', 'MA4KXY34'),
  legalRepresentative: '周强',
  address: '武汉市汉阳区鹦鹉大道18号'
}
const FIRST_CASE = '汉阳市监立〔2026〕1号'
const SECOND_CASE = '汉阳市监立〔2026〕2号'
const OUTLIER = 'PEER_OUTLIER'

/** SC-PR-13-01 (明码标价, at most 5 000 yuan), serious harm, not corrected: the HEAVIER level,
 * 3 000–5 000 yuan. Both cases get the same evaluation, so they are peers. */
async function applyBenchmark(discretion: DiscretionPanel, decision: string): Promise<void> {
  await discretion.start()
  await discretion.chooseItem('明码标价', 'SC-PR-13-01')
  await discretion.setDates({ violation: '2026-03-01', discovery: '2026-03-02', decision })
  await discretion.setHarm('危害后果严重')
  await expect(discretion.proposalFine).toHaveText('3000元至5000元')
  await discretion.accept()
  await expect(discretion.currentOutcome).toBeVisible()
}

test('同案不同罚: the outlier is flagged, the reviewer marks it 需纠正 and returns the case, no decision until review passes, no review by an officer on the case', async ({
  page,
  app
}) => {
  test.setTimeout(180_000)
  await setUpUnitWithOfficers(page, app.url, {
    reviewerAndHead: true,
    moreUsers: [OFFICER_REVIEWER]
  })
  const [officer] = OFFICERS
  if (!officer) throw new Error('no officer')
  const flow = new LifecyclePanel(page)
  const discretion = new DiscretionPanel(page)
  const review = new ReviewPanel(page)

  // Case 1: decided at the top of the level (5 000 yuan); it becomes the peer of case 2.
  await createOrganisationCase(page, {
    cause: CAUSE,
    facts: FACTS,
    violationOn: '2026-03-01',
    discoveredOn: '2026-03-02',
    filedOn: '2026-03-02',
    party: FIRST_PARTY
  })
  await expect(page.getByTestId('case-number')).toHaveText(FIRST_CASE)
  await applyBenchmark(discretion, '2026-03-10')
  await flow.record('调查终结', '2026-03-05', async () => {
    await expect(flow.field('调查终结意见')).toHaveValue('penalty')
    await flow.field('内容摘要').fill('违法事实清楚，拟给予罚款。')
  })
  await flow.record('事先告知', '2026-03-06', () =>
    flow.setPenalty({ types: ['罚款'], fineYuan: '5000' })
  )
  await flow.record('当事人放弃陈述申辩', '2026-03-09')
  await flow.record('作出决定', '2026-03-10', async () => {
    await expect(flow.form.getByLabel('罚款金额（元）')).toHaveValue('5000.00')
    await flow.field('理由').fill('违法事实清楚，依法决定。')
  })
  await expect(flow.status).toHaveText('已决定')

  // Case 2: same item and facts, another company; 赵磊 (officer and reviewer) is 办案人员二.
  await createOrganisationCase(page, {
    cause: CAUSE,
    facts: FACTS,
    violationOn: '2026-03-01',
    discoveredOn: '2026-03-02',
    filedOn: '2026-03-02',
    party: SECOND_PARTY,
    secondOfficer: OFFICER_REVIEWER.displayName
  })
  await expect(page.getByTestId('case-number')).toHaveText(SECOND_CASE)
  await applyBenchmark(discretion, '2026-03-20')
  await flow.record('调查终结', '2026-03-11', async () => {
    await flow.field('属于应当进行法制审核的情形（第五十八条）').check()
    await flow.field('内容摘要').fill('违法事实清楚，拟给予罚款。')
  })
  await flow.record('事先告知', '2026-03-12', () =>
    flow.setPenalty({ types: ['罚款'], fineYuan: '3000' })
  )
  await expect(flow.status).toHaveText('已告知')

  // 3 000 yuan sits at 60 % of the range; its one peer at 100 %: more than 30 % apart.
  await expect(review.flag(OUTLIER)).toBeVisible()
  await expect(review.flag(OUTLIER)).toHaveAttribute('data-severity', 'flag')
  const message = review.flag(OUTLIER).getByTestId('review-message')
  await expect(message).toContainText('本案罚款位于法定幅度的60%处')
  await expect(message).toContainText('1件案件中位数为100%')
  await expect(review.checkpoint).toHaveText('作出决定前')
  await expect(review.peerCount).toHaveText('1 件')
  await expect(review.reviewRequired).toContainText('第五十八条')
  await expect(review.verdict(OUTLIER)).toHaveText('尚无审查意见')
  // The officer records no verdict, and no review, on their own case.
  await expect(review.verdictForms).toHaveCount(0)
  await expect(flow.action('当事人放弃陈述申辩')).toBeVisible()
  await expect(flow.action('法制审核')).toHaveCount(0)

  // A reviewer who is an officer on the case cannot review it: no verdict form, no 法制审核 step.
  await switchUser(page, OFFICER_REVIEWER)
  await openCase(page, SECOND_CASE)
  await expect(review.flag(OUTLIER)).toBeVisible()
  await expect(review.verdict(OUTLIER)).toHaveText('尚无审查意见')
  await expect(review.verdictForms).toHaveCount(0)
  await expect(flow.action('当事人放弃陈述申辩')).toBeVisible()
  await expect(flow.action('法制审核')).toHaveCount(0)

  // The independent reviewer finds case 2 in the queue (case 1 is decided), marks the outlier
  // 需纠正 and returns the case.
  await switchUser(page, REVIEWER)
  const queue = new ReviewQueuePage(page)
  await queue.open()
  await expect(queue.rows).toHaveCount(1)
  await expect(queue.row(SECOND_CASE)).toContainText('第五十八条')
  await expect(queue.row(SECOND_CASE).getByTestId('review-queue-unanswered')).not.toHaveText('0')
  await queue.openCase(SECOND_CASE)
  await expect(page.getByTestId('case-number')).toHaveText(SECOND_CASE)
  await review.judge(OUTLIER, '需纠正', '同类案件罚款5000元，本案3000元，情节相同而罚款差距过大。')
  await expect(review.verdict(OUTLIER)).toHaveAttribute('data-verdict', 'needsCorrection')
  await expect(review.verdict(OUTLIER)).toContainText(REVIEWER.displayName)
  await flow.record('法制审核', '2026-03-13', async () => {
    await flow.field('审核意见').selectOption({ label: '退回补正' })
    await flow.field('理由').fill('罚款与同类案件明显不一致，请核查情节后重新提出处罚意见。')
  })
  await expect(flow.status).toHaveText('调查中')

  // Back with the officer: no decision from the investigation stage …
  await switchUser(page, officer)
  await openCase(page, SECOND_CASE)
  await expect(flow.status).toHaveText('调查中')
  await expect(flow.action('调查终结')).toBeVisible()
  await expect(flow.action('作出决定')).toHaveCount(0)

  // … nor after concluding it again: the new conclusion needs its own review (APL Art. 58).
  await flow.record('调查终结', '2026-03-16', async () => {
    await flow.field('属于应当进行法制审核的情形（第五十八条）').check()
    await flow
      .field('内容摘要')
      .fill('补充调查：当事人系初次违法，检查当日即开始整改，拟维持告知的罚款。')
  })
  await expect(flow.status).toHaveText('审核中')
  await expect(flow.action('作出决定')).toBeVisible()
  const refusal = await flow.attempt('作出决定', '2026-03-23', () =>
    flow.field('理由').fill('违法事实清楚，依法决定。')
  )
  await expect(refusal).toContainText('第五十八条')
  await expect(refusal).toContainText('尚未审核')
  await flow.cancel()
  await expect(flow.status).toHaveText('审核中')
  // 调查终结, 事先告知, 法制审核 (退回补正), 调查终结: the refused decision left no entry.
  await expect(flow.events).toHaveCount(4)

  // The reviewer weighs the supplementary findings, revises the verdict and approves.
  await switchUser(page, REVIEWER)
  await queue.open()
  await queue.openCase(SECOND_CASE)
  await expect(review.verdict(OUTLIER)).toHaveAttribute('data-verdict', 'needsCorrection')
  await review.judge(OUTLIER, '合理', '补充调查查明初次违法、及时整改，与同类案件情节不同。')
  await expect(review.verdict(OUTLIER)).toHaveAttribute('data-verdict', 'reasonable')
  await flow.record('法制审核', '2026-03-24', async () => {
    await flow.field('审核意见').selectOption({ label: '同意' })
    await flow.field('理由').fill('事实清楚，证据确凿，程序合法，处罚适当。')
  })
  await expect(flow.section.getByTestId('fact-review')).toContainText('2026-03-24 同意')
  await queue.open()
  await expect(queue.empty).toBeVisible()
  await expect(queue.rows).toHaveCount(0)

  // Review passed: the officer decides.
  await switchUser(page, officer)
  await openCase(page, SECOND_CASE)
  await flow.record('作出决定', '2026-03-26', async () => {
    await expect(flow.form.getByLabel('罚款金额（元）')).toHaveValue('3000.00')
    await flow.field('理由').fill('违法事实清楚，经法制审核，依法决定。')
  })
  await expect(flow.status).toHaveText('已决定')
})
