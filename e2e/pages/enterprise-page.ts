import { expect, type Locator, type Page } from '@playwright/test'

/** One enterprise: its recovered-loss ledger with reversals and net total, its clues and inspections. */
export class EnterprisePage {
  readonly name: Locator
  readonly total: Locator
  readonly rows: Locator
  readonly entries: Locator
  readonly reversals: Locator
  readonly clueRows: Locator
  constructor(private readonly page: Page) {
    const ledger = page.getByTestId('loss-ledger')
    this.name = page.getByTestId('enterprise-name')
    this.total = ledger.getByTestId('loss-total')
    this.rows = ledger.getByTestId('loss-row')
    this.entries = this.rows.and(page.locator('[data-kind="entry"]'))
    this.reversals = this.rows.and(page.locator('[data-kind="reversal"]'))
    this.clueRows = page.getByTestId('clue-table').getByTestId('clue-row')
  }

  async open(uscc: string): Promise<void> {
    await this.page.goto(`${new URL(this.page.url()).origin}/#/enterprises/${uscc}`)
    await expect(this.page.getByTestId('enterprise-uscc')).toContainText(uscc)
  }

  /** Records a reversing entry against `entry` (a row of `entries`) and waits until it is listed. */
  async reverse(
    entry: Locator,
    reversal: { amountYuan: string; on: string; reason: string }
  ): Promise<void> {
    const before = await this.reversals.count()
    await entry.getByRole('button', { name: '冲正' }).click()
    const form = this.page.getByRole('form', { name: '冲正挽回损失' })
    await form.getByLabel('冲正金额（元）').fill(reversal.amountYuan)
    await form.getByLabel('日期').fill(reversal.on)
    await form.getByLabel('冲正原因').fill(reversal.reason)
    await form.getByRole('button', { name: '确认冲正' }).click()
    await expect(this.reversals).toHaveCount(before + 1)
  }
}
