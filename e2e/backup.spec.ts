import { expect, test } from './fixtures/app'
import {
  createOrganisationCase,
  OFFICERS,
  setUpUnitWithOfficers,
  switchUser,
  UNIT,
  uscc
} from './fixtures/flows'
import { BackupPage } from './pages/backup-page'
import { CaseListPage } from './pages/case-list-page'
import { LoginPage } from './pages/login-page'
import { Shell } from './pages/shell'
import { UsersPage } from './pages/users-page'

const ADMIN = {
  username: UNIT.adminUsername,
  displayName: UNIT.adminDisplayName,
  password: UNIT.adminPassword
}

function officer(index: number) {
  const found = OFFICERS[index]
  if (!found) throw new Error(`no officer ${index}`)
  return found
}

test('the administrator backs up, a case is added, the backup is restored from the page, and the case is gone', async ({
  page,
  app
}) => {
  test.setTimeout(120_000)
  await setUpUnitWithOfficers(page, app.url)
  await switchUser(page, ADMIN)
  const backups = new BackupPage(page)
  await backups.open()
  const name = await backups.backUpNow()
  await expect(backups.row(name)).toContainText('手动')
  await backups.verify(name)
  await expect(backups.verifyResult).toContainText(`备份 ${name} 校验通过`)

  await switchUser(page, officer(0))
  await createOrganisationCase(page, {
    cause: '未按规定明码标价',
    facts: '经检查，当事人经营的商品未标明价格。',
    discoveredOn: '2026-02-20',
    filedOn: '2026-02-25',
    party: {
      name: '武汉市汉阳区晴川超市有限公司',
      uscc: uscc('420105', 'MA4KXY12'),
      legalRepresentative: '李明',
      address: '武汉市汉阳区晴川街1号'
    }
  })
  const cases = new CaseListPage(page)
  await cases.open()
  await expect(cases.rows).toHaveCount(1)

  await switchUser(page, ADMIN)
  await backups.open()
  await backups.askRestore(name)
  // The confirmation names the file and promises the safety copy before anything happens.
  await expect(backups.confirm).toContainText(name)
  await expect(backups.confirm).toContainText('恢复前会先把当前数据库另存为一份“恢复前”备份')
  await backups.confirmRestore()
  await expect(backups.restored).toContainText(`已从备份 ${name} 恢复数据库`)
  await expect(backups.restored).toContainText('恢复前的数据库已保存为备份')
  await backups.signInAgain()

  await new LoginPage(page).login(ADMIN.username, ADMIN.password)
  const shell = new Shell(page)
  await expect(shell.currentUser).toHaveText(`当前用户：${ADMIN.displayName}`)
  await cases.open()
  await expect(page.getByText('没有符合条件的案件')).toBeVisible()
  await expect(cases.rows).toHaveCount(0)
  // The replaced database is listed as the newest backup.
  await backups.open()
  await expect(backups.rows.first()).toContainText('恢复前')
})

test('the administrator resets an officer’s password; the officer signs in with the new one', async ({
  page,
  app
}) => {
  test.setTimeout(90_000)
  await setUpUnitWithOfficers(page, app.url)
  await switchUser(page, ADMIN)
  const shell = new Shell(page)
  await shell.navLink('用户管理').click()
  const users = new UsersPage(page)
  const zhang = officer(0)

  // The policy is shown on the form, and nothing is sent.
  const form = await users.submitPasswordReset(zhang.username, 'short')
  await expect(form.getByTestId('error-reset-password')).toHaveText(
    '密码至少 10 位，且须同时包含字母和数字'
  )
  await form.getByRole('button', { name: '取消' }).click()

  const fresh = 'Zhangwei-new-2027'
  await users.resetPassword(zhang, fresh)
  await shell.logout()
  const login = new LoginPage(page)
  await login.login(zhang.username, zhang.password)
  await expect(page.getByTestId('error-banner')).toContainText('用户名或密码不正确')
  await login.login(zhang.username, fresh)
  await expect(shell.currentUser).toHaveText(`当前用户：${zhang.displayName}`)
})
