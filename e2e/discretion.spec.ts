import { expect, test } from './fixtures/app'
import { createOrganisationCase, setUpUnitWithOfficers, uscc } from './fixtures/flows'
import { DiscretionPanel } from './pages/discretion-panel'

const PARTY = {
  name: '武汉市汉阳区晴川超市有限公司',
  uscc: uscc('420105', 'MA4KXY12'),
  legalRepresentative: '李明',
  address: '武汉市汉阳区晴川街1号'
}

/** Price-marking facts: slight harm, corrected promptly (APL Art. 33 ¶1, second sentence). */
async function enterFirstViolationFacts(panel: DiscretionPanel): Promise<void> {
  await panel.start()
  await panel.chooseItem('明码标价', 'SC-PR-13-01')
  await panel.setHarm('危害后果轻微')
  await panel.check('已改正')
  await panel.check('及时改正')
}

test('首违不罚 for a first price-marking case, and not for the same party a month later', async ({
  page,
  app
}) => {
  await setUpUnitWithOfficers(page, app.url)

  await createOrganisationCase(page, {
    cause: '未按规定明码标价',
    facts: '经检查，当事人店内 12 种商品未标明价格，当场改正。',
    discoveredOn: '2026-10-08',
    filedOn: '2026-10-09',
    party: PARTY
  })
  const panel = new DiscretionPanel(page)
  await enterFirstViolationFacts(panel)
  await expect(panel.proposalOutcome).toContainText('不予行政处罚')
  await expect(panel.proposalGround).toContainText('首违不罚')
  await expect(panel.proposalExplanation).toContainText('第三十三条')
  await expect(panel.priorCount).toContainText('违法 0 次')
  await panel.accept()
  await expect(panel.currentOutcome).toHaveText('不予行政处罚')
  await expect(panel.currentExplanation).toContainText('第三十三条')
  await expect(page.getByTestId('history-entry').last()).toContainText('记录裁量结果')

  await createOrganisationCase(page, {
    cause: '未按规定明码标价',
    facts: '一个月后复查，当事人再次未标明价格。',
    discoveredOn: '2026-11-08',
    filedOn: '2026-11-09',
    party: PARTY
  })
  await enterFirstViolationFacts(panel)
  await expect(panel.priorCount).toContainText('违法 1 次')
  await expect(panel.proposalOutcome).not.toContainText('不予行政处罚')
  await expect(panel.proposalGround).toHaveCount(0)
})
