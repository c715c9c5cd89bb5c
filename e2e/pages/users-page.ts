import { expect, type Locator, type Page } from '@playwright/test'

export class UsersPage {
  readonly table: Locator
  constructor(private readonly page: Page) {
    this.table = page.getByTestId('users-table')
  }

  async open(): Promise<void> {
    await this.page.goto(`${new URL(this.page.url()).origin}/#/users`)
  }

  async add(user: {
    username: string
    displayName: string
    roles: string[]
    password: string
  }): Promise<void> {
    const form = this.page.getByRole('form', { name: '添加用户' })
    await form.getByLabel('用户名').fill(user.username)
    await form.getByLabel('姓名').fill(user.displayName)
    for (const role of ['执法人员', '法制审核人员', '负责人', '管理员']) {
      await form.getByLabel(role).setChecked(user.roles.includes(role))
    }
    await form.getByLabel('初始密码').fill(user.password)
    await form.getByRole('button', { name: '添加用户' }).click()
    await this.page.getByText(`已添加用户 ${user.displayName}`).waitFor()
  }

  /** Opens the reset form of `username` and submits `password`; the outcome is the caller's to check. */
  async submitPasswordReset(username: string, password: string): Promise<Locator> {
    await this.page.getByRole('button', { name: `重置密码：${username}` }).click()
    const form = this.page.getByRole('form', { name: new RegExp(`（${username}）重置密码$`) })
    await expect(form).toBeVisible()
    await form.getByLabel('新密码').fill(password)
    await form.getByRole('button', { name: '确认重置' }).click()
    return form
  }

  /** Resets the password of `user` and waits for the confirmation. */
  async resetPassword(user: { username: string; displayName: string }, password: string) {
    await this.submitPasswordReset(user.username, password)
    await this.page.getByText(`已为 ${user.displayName} 重置密码`).waitFor()
  }
}
