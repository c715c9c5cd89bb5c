import type { Locator, Page } from '@playwright/test'

/** The 裁量基准适用 section of a case page: the evaluation form, its live proposal, and the result. */
export class DiscretionPanel {
  readonly proposalOutcome: Locator
  readonly proposalGround: Locator
  readonly proposalExplanation: Locator
  readonly proposalFine: Locator
  readonly priorCount: Locator
  readonly currentOutcome: Locator
  readonly currentExplanation: Locator
  private readonly form: Locator
  constructor(private readonly page: Page) {
    this.form = page.getByRole('form', { name: '裁量基准适用' })
    this.proposalOutcome = page.getByTestId('proposal-outcome')
    this.proposalGround = page.getByTestId('proposal-ground')
    this.proposalExplanation = page.getByTestId('proposal-explanation')
    this.proposalFine = page.getByTestId('proposal-fine')
    this.priorCount = page.getByTestId('prior-count')
    this.currentOutcome = page.getByTestId('evaluation-outcome')
    this.currentExplanation = page.getByTestId('evaluation-explanation')
  }

  async start(): Promise<void> {
    await this.page.getByRole('button', { name: /^(适用裁量基准|重新评估)$/ }).click()
  }

  async chooseItem(search: string, code: string): Promise<void> {
    await this.form.getByLabel('按名称、编码或法律检索').fill(search)
    await this.form.getByLabel('违法行为事项').selectOption({ value: code })
  }

  async setDates(dates: { violation: string; discovery: string; decision: string }): Promise<void> {
    await this.form.getByLabel('违法行为发生日', { exact: true }).fill(dates.violation)
    await this.form.getByLabel('发现日', { exact: true }).fill(dates.discovery)
    await this.form.getByLabel('拟决定日', { exact: true }).fill(dates.decision)
  }

  async setHarm(label: '没有危害后果' | '危害后果轻微' | '危害后果严重'): Promise<void> {
    await this.form.getByLabel('危害后果', { exact: true }).selectOption({ label })
  }

  async check(label: string): Promise<void> {
    await this.form.getByLabel(label, { exact: true }).check()
  }

  async accept(): Promise<void> {
    await this.form.getByRole('button', { name: '采纳建议' }).click()
  }
}
