import { expect, type Locator, type Page } from '@playwright/test'

export type NewInspection = {
  uscc: string
  enterpriseName: string
  on: string
  legalBasis: string
  /** The result label, e.g. '未发现问题'. */
  result: string
}

/** 入企检查: the year's statistics, the log with repeats flagged, recording and voiding. */
export class InspectionsPage {
  readonly rows: Locator
  readonly repeatedRows: Locator
  readonly count: Locator
  readonly repeatedCount: Locator
  private readonly form: Locator
  constructor(private readonly page: Page) {
    this.rows = page.getByTestId('inspection-table').getByTestId('inspection-row')
    this.repeatedRows = this.rows.filter({ has: page.getByTestId('repeat-badge') })
    this.count = page.getByTestId('inspection-count')
    this.repeatedCount = page.getByTestId('inspection-repeated')
    this.form = page.getByRole('form', { name: '登记入企检查' })
  }

  /** Records one inspection and waits until the log lists it. */
  async record(i: NewInspection): Promise<void> {
    const before = await this.rows.count()
    await this.form.getByLabel('统一社会信用代码').fill(i.uscc)
    await this.form.getByLabel('企业名称').fill(i.enterpriseName)
    await this.form.getByLabel('检查日期').fill(i.on)
    await this.form.getByLabel('检查依据').fill(i.legalBasis)
    await this.form.getByLabel('检查结果').selectOption({ label: i.result })
    await this.form.getByRole('button', { name: '登记入企检查' }).click()
    await expect(this.rows).toHaveCount(before + 1)
  }

  /** Voids the inspection of `on` with a reason. */
  async void(on: string, reason: string): Promise<void> {
    await this.rows.filter({ hasText: on }).getByRole('button', { name: '作废' }).click()
    const form = this.page.getByRole('form', { name: /^作废/ })
    await form.getByLabel('作废原因').fill(reason)
    await form.getByRole('button', { name: '确认作废' }).click()
    await expect(this.rows.filter({ hasText: on }).getByTestId('void-badge')).toBeVisible()
  }
}
