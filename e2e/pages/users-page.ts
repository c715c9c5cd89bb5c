import type { Locator, Page } from '@playwright/test'

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
}
