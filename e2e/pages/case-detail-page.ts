import type { Locator, Page } from '@playwright/test'

export class CaseDetailPage {
  readonly caseNumber: Locator
  readonly cause: Locator
  readonly facts: Locator
  readonly historyEntries: Locator
  constructor(private readonly page: Page) {
    this.caseNumber = page.getByTestId('case-number')
    this.cause = page.getByTestId('case-cause')
    this.facts = page.getByTestId('case-facts')
    this.historyEntries = page.getByTestId('history-entry')
  }

  async edit(): Promise<void> {
    await this.page.getByRole('link', { name: '编辑' }).click()
  }
}
