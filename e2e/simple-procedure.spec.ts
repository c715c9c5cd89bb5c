import { expect, test } from './fixtures/app'
import { OFFICERS, setUpUnitWithOfficers } from './fixtures/flows'
import { CaseFormPage } from './pages/case-form-page'
import { LifecyclePanel } from './pages/lifecycle-panel'
import { Shell } from './pages/shell'

test('on-the-spot penalty on a registered clue: 201 yuan for a citizen is refused (Art. 51), 200 is decided', async ({
  page,
  app
}) => {
  await setUpUnitWithOfficers(page, app.url)
  await new Shell(page).navLink('新建案件').click()
  const form = new CaseFormPage(page)
  await form.fillBasics({
    cause: '未按规定明码标价',
    facts: '当事人流动摊位所售水果未标明价格。',
    discoveredOn: '2026-11-02',
    filedOn: '',
    secondOfficer: OFFICERS[1]?.displayName ?? ''
  })
  await form.fillPerson(0, {
    name: '赵小兰',
    idNumber: '11010519491231002X',
    address: '武汉市汉阳区鹦鹉大道8号'
  })
  await form.save()
  await expect(page.getByTestId('case-number')).toBeVisible()
  const flow = new LifecyclePanel(page)
  await expect(flow.status).toHaveText('线索登记')

  const refusal = await flow.attempt('当场处罚', '2026-11-02', async () => {
    await flow.setPenalty({ types: ['罚款'], fineYuan: '201' })
    await flow.field('地点').fill('鹦鹉大道8号门前')
    await flow.field('已告知拟处罚的事实、理由、依据，并听取了陈述、申辩').check()
  })
  await expect(refusal).toContainText('第五十一条')
  await expect(refusal).toContainText('201.00元')
  await expect(flow.status).toHaveText('线索登记')
  await expect(flow.events).toHaveCount(0)

  // The form stays open with what was typed; only the amount changes.
  await flow.form.getByLabel('罚款金额（元）').fill('200')
  await flow.submit()
  await expect(flow.form).toBeHidden()
  await expect(flow.status).toHaveText('已送达')
  await expect(flow.events).toHaveCount(1)
  await expect(flow.events.first()).toContainText('罚款200.00元')
  await expect(flow.section.getByTestId('fact-decision')).toContainText('简易程序（当场作出）')
})
