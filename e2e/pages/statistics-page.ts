import type { Download, Locator, Page } from '@playwright/test'

/** 统计报表: the period bar, the figures (each a button that opens its cases), the drill-down list
 * and the exports. */
export class StatisticsPage {
  readonly drillTotal: Locator
  readonly drillRows: Locator
  readonly meta: Locator
  constructor(private readonly page: Page) {
    this.drillTotal = page.getByTestId('drill-total')
    this.drillRows = page.getByTestId('drill-row')
    this.meta = page.getByTestId('stats-meta')
  }

  /** The period, and whose cases: 本单位 (the default) or 全部单位（汇总）. */
  async period(from: string, to: string, scope?: '本单位' | '全部单位（汇总）'): Promise<void> {
    await this.page.getByLabel('起始日期').fill(from)
    await this.page.getByLabel('截止日期').fill(to)
    if (scope) await this.page.getByLabel('统计范围').selectOption({ label: scope })
    await this.page.getByRole('button', { name: '统计', exact: true }).click()
  }

  /** The consolidated view's row of one unit (by unit code) in the by-unit table. */
  unitRow(unitCode: string): Locator {
    return this.page.getByTestId('stats-units').locator(`tr[data-unit="${unitCode}"]`).first()
  }

  /** The figure's cell (text as shown) by its key, e.g. firstViolationExempt or penalty.fine. There
   * may be two (the annual table and a KPI group show some figures twice): both show the same. */
  figure(key: string): Locator {
    return this.page.getByTestId(`figure-${key}`).first()
  }

  async drill(key: string): Promise<void> {
    await this.figure(key).getByRole('button').click()
  }

  async exportAnnual(format: 'Excel' | 'CSV' | 'PDF'): Promise<Download> {
    const download = this.page.waitForEvent('download')
    await this.page.getByRole('button', { name: `年报（${format}）` }).click()
    return download
  }
}
