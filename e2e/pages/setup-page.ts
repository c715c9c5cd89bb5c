import type { Page } from '@playwright/test'

export type SetupValues = {
  unitName: string
  unitCode: string
  casePrefix: string
  adminUsername: string
  adminDisplayName: string
  adminPassword: string
}

export class SetupPage {
  constructor(private readonly page: Page) {}

  async complete(values: SetupValues): Promise<void> {
    const p = this.page
    await p.getByLabel('单位名称').fill(values.unitName)
    await p.getByLabel('单位统一社会信用代码').fill(values.unitCode)
    await p.getByLabel('案号前缀').fill(values.casePrefix)
    await p.getByLabel('管理员用户名').fill(values.adminUsername)
    await p.getByLabel('管理员姓名').fill(values.adminDisplayName)
    await p.getByLabel('管理员密码').fill(values.adminPassword)
    await p.getByRole('button', { name: '完成设置' }).click()
  }
}
