import type { Locator, Page } from '@playwright/test'

/** 法制审核 (#/review): the cases awaiting legal review, with their findings. */
export class ReviewQueuePage {
  readonly rows: Locator
  readonly empty: Locator
  constructor(private readonly page: Page) {
    this.rows = page.getByTestId('review-queue-row')
    this.empty = page.getByText('没有待法制审核的案件。')
  }

  async open(): Promise<void> {
    await this.page
      .getByRole('navigation')
      .getByRole('link', { name: '法制审核', exact: true })
      .click()
  }

  row(caseNumber: string): Locator {
    return this.rows.filter({ hasText: caseNumber })
  }

  async openCase(caseNumber: string): Promise<void> {
    await this.row(caseNumber).getByRole('link', { name: caseNumber }).click()
  }
}
