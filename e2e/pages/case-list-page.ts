import type { Locator, Page } from '@playwright/test'

export class CaseListPage {
  readonly rows: Locator
  constructor(private readonly page: Page) {
    this.rows = page.getByTestId('case-table').locator('tbody tr')
  }

  async open(): Promise<void> {
    await this.page.getByRole('navigation').getByRole('link', { name: '案件', exact: true }).click()
  }

  async searchByParty(name: string): Promise<void> {
    const filters = this.page.getByRole('search')
    await filters.getByLabel('当事人').fill(name)
    await filters.getByRole('button', { name: '查询' }).click()
  }

  async openCase(caseNumber: string): Promise<void> {
    await this.page.getByRole('link', { name: caseNumber }).click()
  }
}
