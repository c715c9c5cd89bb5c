import { expect, type Locator, type Page } from '@playwright/test'

/** 为企业挽回损失: the unit's totals for a period (this year by default) and the USCC search. */
export class LossesPage {
  readonly unitTotal: Locator
  readonly unitRows: Locator
  constructor(private readonly page: Page) {
    this.unitTotal = page.getByTestId('loss-unit-total')
    this.unitRows = page.getByTestId('loss-unit-row')
  }

  async open(): Promise<void> {
    await this.page.goto(`${new URL(this.page.url()).origin}/#/losses`)
    await expect(this.unitTotal).toBeVisible()
  }

  /** The net amount of one category (its label, e.g. '退还违规收费'). */
  categoryAmount(label: string): Locator {
    return this.page
      .getByTestId('loss-category-row')
      .filter({ hasText: label })
      .getByTestId('loss-category-amount')
  }

  async searchEnterprise(uscc: string): Promise<void> {
    const form = this.page.getByRole('form', { name: '按统一社会信用代码查询企业' })
    await form.getByLabel('按统一社会信用代码查询企业').fill(uscc)
    await form.getByRole('button', { name: '查询' }).click()
    await expect(this.page.getByTestId('enterprise-uscc')).toContainText(uscc)
  }
}
