import { expect, test } from './fixtures/app'
import { UNIT, uscc } from './fixtures/flows'
import { CaseDetailPage } from './pages/case-detail-page'
import { CaseFormPage } from './pages/case-form-page'
import { CaseListPage } from './pages/case-list-page'
import { LoginPage } from './pages/login-page'
import { SetupPage } from './pages/setup-page'
import { Shell } from './pages/shell'
import { UsersPage } from './pages/users-page'

const BASICS = {
  cause: '未按规定明码标价',
  facts: '经检查，当事人店内 36 种商品未标明价格。',
  discoveredOn: '2026-11-20',
  filedOn: '2026-11-23',
  secondOfficer: '王芳'
}
const PARTY = {
  name: '武汉市汉阳区晴川超市有限公司',
  legalRepresentative: '李明',
  address: '武汉市汉阳区晴川街1号'
}

test('first run, officers, a case with an organisation party: create, find, edit, history', async ({
  page,
  app
}) => {
  await page.goto(app.url)
  await new SetupPage(page).complete(UNIT)
  const shell = new Shell(page)
  await expect(shell.currentUser).toHaveText('当前用户：系统管理员')

  const users = new UsersPage(page)
  await shell.navLink('用户管理').click()
  await users.add({
    username: 'zhangwei',
    displayName: '张伟',
    roles: ['执法人员'],
    password: 'Zhangwei-2026'
  })
  await users.add({
    username: 'wangfang',
    displayName: '王芳',
    roles: ['执法人员'],
    password: 'Wangfang-2026'
  })
  await expect(users.table.locator('tbody tr')).toHaveCount(3)
  await shell.logout()

  await new LoginPage(page).login('zhangwei', 'Zhangwei-2026')
  await expect(shell.currentUser).toHaveText('当前用户：张伟')
  await shell.navLink('新建案件').click()
  const form = new CaseFormPage(page)
  await form.fillBasics(BASICS)
  const good = uscc('420105', 'MA4KXY12')
  const bad = good.slice(0, 17) + (good.endsWith('0') ? '1' : '0')
  await form.fillOrganisation(0, { ...PARTY, uscc: bad })
  await form.save()
  await expect(form.fieldError('parties.0.uscc')).toHaveText(
    '统一社会信用代码校验位不正确（GB 32100）'
  )
  await expect(page).toHaveURL(/#\/cases\/new$/)

  // Nothing was saved: the register is still empty.
  const list = new CaseListPage(page)
  await list.open()
  await expect(page.getByText('没有符合条件的案件')).toBeVisible()
  await expect(list.rows).toHaveCount(0)

  await shell.navLink('新建案件').click()
  await form.fillBasics(BASICS)
  await form.fillOrganisation(0, { ...PARTY, uscc: good })
  await form.save()
  const detail = new CaseDetailPage(page)
  await expect(detail.caseNumber).toHaveText('汉阳市监立〔2026〕1号')
  // APL Art. 60: the decision is due 90 days after filing (2026-11-23), the filing day not counted.
  await expect(page.getByTestId('clock-decision')).toContainText('2027-02-21 届满')

  await list.open()
  await list.searchByParty('晴川超市')
  await expect(list.rows).toHaveCount(1)
  await expect(list.rows.first()).toContainText('武汉市汉阳区晴川超市有限公司')
  await expect(list.count).toHaveText('共 1 件')
  await list.searchByParty('不存在的公司')
  await expect(list.rows).toHaveCount(0)
  await list.searchByParty('晴川')
  await list.openCase('汉阳市监立〔2026〕1号')

  await detail.edit()
  await form.form.getByLabel('案由').fill('未按规定明码标价（超市）')
  await form.form.getByLabel('违法事实').fill('经检查，当事人店内 38 种商品未标明价格。')
  await form.save()
  await expect(detail.cause).toHaveText('未按规定明码标价（超市）')
  await expect(detail.facts).toHaveText('经检查，当事人店内 38 种商品未标明价格。')

  await expect(detail.historyEntries).toHaveCount(2)
  await expect(detail.historyEntries.nth(0)).toContainText('创建案件')
  await expect(detail.historyEntries.nth(0)).toContainText('张伟')
  const edit = detail.historyEntries.nth(1)
  await expect(edit).toContainText('修改案件')
  await expect(edit).toContainText('张伟')
  await expect(edit.locator('tr', { hasText: '案由' })).toContainText('未按规定明码标价（超市）')
  await expect(edit.locator('tr', { hasText: '违法事实' })).toContainText('38 种商品')
})

test('an officer cannot manage users: no menu entry, and the server refuses the page', async ({
  page,
  app
}) => {
  await page.goto(app.url)
  await new SetupPage(page).complete(UNIT)
  const shell = new Shell(page)
  const users = new UsersPage(page)
  await shell.navLink('用户管理').click()
  await users.add({
    username: 'liqiang',
    displayName: '李强',
    roles: ['执法人员'],
    password: 'Liqiang-2026'
  })
  await shell.logout()
  await new LoginPage(page).login('liqiang', 'Liqiang-2026')
  await expect(shell.currentUser).toHaveText('当前用户：李强')
  await expect(shell.navLink('用户管理')).toHaveCount(0)
  await users.open()
  await expect(page.getByTestId('error-banner')).toContainText('您的角色无权执行此操作')
  await expect(users.table.locator('tbody tr')).toHaveCount(0)
})

test('the interface switches to English and back', async ({ page, app }) => {
  await page.goto(app.url)
  await new SetupPage(page).complete(UNIT)
  const shell = new Shell(page)
  await shell.switchLanguage()
  await expect(shell.navLink('Cases')).toBeVisible()
  await expect(shell.currentUser).toHaveText('Signed in as 系统管理员')
  await shell.switchLanguage()
  await expect(shell.navLink('案件')).toBeVisible()
})

test('a wrong password is refused with a Chinese message', async ({ page, app }) => {
  await page.goto(app.url)
  await new SetupPage(page).complete(UNIT)
  await new Shell(page).logout()
  await new LoginPage(page).login('admin', 'not-the-password-1')
  await expect(page.getByTestId('error-banner')).toContainText('用户名或密码不正确')
})
