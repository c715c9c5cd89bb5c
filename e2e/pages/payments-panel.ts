import { expect, type Locator, type Page } from '@playwright/test'

/** 罚款缴纳 on a case page: the balance (fine, due date, surcharge, paid, outstanding) and the ledger. */
export class PaymentsPanel {
  readonly section: Locator
  readonly fine: Locator
  readonly due: Locator
  readonly surcharge: Locator
  readonly paid: Locator
  readonly outstanding: Locator
  readonly explanation: Locator
  readonly rows: Locator
  readonly refusal: Locator
  private readonly form: Locator
  constructor(page: Page) {
    this.section = page.getByRole('region', { name: '罚款缴纳' })
    this.fine = this.section.getByTestId('balance-fine')
    this.due = this.section.getByTestId('balance-due')
    this.surcharge = this.section.getByTestId('balance-surcharge')
    this.paid = this.section.getByTestId('balance-paid')
    this.outstanding = this.section.getByTestId('balance-outstanding')
    this.explanation = this.section.getByTestId('balance-explanation')
    this.rows = this.section.getByTestId('payment-row')
    this.form = this.section.getByRole('form', { name: '登记缴款' })
    this.refusal = this.form.getByTestId('refusal')
  }

  /** Records one receipt and waits until the ledger shows it. */
  async record(payment: {
    paidOn: string
    amountYuan: string
    receiptNo: string
    note?: string
  }): Promise<void> {
    // The form comes with the progress read, so the ledger is on screen when it shows.
    await expect(this.form).toBeVisible()
    const before = await this.rows.count()
    await this.form.getByLabel('缴款日期').fill(payment.paidOn)
    await this.form.getByLabel('金额（元）').fill(payment.amountYuan)
    await this.form.getByLabel('收据号').fill(payment.receiptNo)
    await this.form.getByLabel('备注').fill(payment.note ?? '')
    await this.form.getByRole('button', { name: '登记缴款' }).click()
    await expect(this.rows).toHaveCount(before + 1)
  }
}
