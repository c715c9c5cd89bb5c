import type { Locator, Page } from '@playwright/test'

/** The sub-navigation of the enterprise-supervision screens: 线索 / 挽回损失 / 入企检查. */
export class EnterpriseNav {
  private readonly nav: Locator
  constructor(page: Page) {
    this.nav = page.getByTestId('enterprise-nav')
  }

  async go(tab: '线索' | '挽回损失' | '入企检查'): Promise<void> {
    await this.nav.getByRole('link', { name: tab, exact: true }).click()
  }
}
