import type { Locator, Page } from '@playwright/test'

/** The signed-in frame: navigation, current user, language switch and sign-out. */
export class Shell {
  readonly currentUser: Locator
  constructor(private readonly page: Page) {
    this.currentUser = page.getByTestId('current-user')
  }

  navLink(name: string): Locator {
    return this.page.getByRole('navigation').getByRole('link', { name, exact: true })
  }

  async logout(): Promise<void> {
    await this.page.getByRole('button', { name: '退出登录' }).click()
  }

  async switchLanguage(): Promise<void> {
    await this.page.getByRole('button', { name: /^(English|中文)$/ }).click()
  }
}
