import type { Page } from '@playwright/test'

export class LoginPage {
  constructor(private readonly page: Page) {}

  async login(username: string, password: string): Promise<void> {
    // Scoped to the login form: right after sign-out the previous page may still be on screen.
    const form = this.page.getByRole('form', { name: '登录' })
    await form.getByLabel('用户名').fill(username)
    await form.getByLabel('密码').fill(password)
    await form.getByRole('button', { name: '登录' }).click()
  }
}
