import type { Locator, Page } from '@playwright/test'

export class DeadlinesPage {
  readonly counts: Locator
  readonly cases: Locator
  constructor(private readonly page: Page) {
    this.counts = page.getByTestId('deadline-counts')
    this.cases = page.getByTestId('deadline-cases').locator('tbody tr')
  }

  async open(): Promise<void> {
    await this.page
      .getByRole('navigation')
      .getByRole('link', { name: '期限提醒', exact: true })
      .click()
  }

  count(label: '已超期' | '今日到期' | '七日内到期'): Locator {
    return this.counts.locator('.count', { hasText: label }).locator('.count-n')
  }
}
