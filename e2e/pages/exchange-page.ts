import { expect, type Download, type Locator, type Page } from '@playwright/test'

/** 数据交换: export a package, import one (verification, dry-run report, apply, receipt), the units
 * received and the receipts. */
export class ExchangePage {
  readonly report: Locator
  readonly reportSource: Locator
  readonly trustNew: Locator
  readonly trustKnown: Locator
  readonly noChange: Locator
  readonly alreadyApplied: Locator
  readonly receipt: Locator
  readonly sourceRows: Locator
  readonly receiptRows: Locator
  readonly fileInput: Locator
  readonly conflicts: Locator
  readonly openConflicts: Locator
  constructor(private readonly page: Page) {
    this.report = page.getByTestId('import-report')
    this.reportSource = page.getByTestId('report-source')
    this.trustNew = page.getByTestId('trust-new')
    this.trustKnown = page.getByTestId('trust-known')
    this.noChange = page.getByTestId('no-change')
    this.alreadyApplied = page.getByTestId('already-applied')
    this.receipt = page.getByTestId('receipt')
    this.sourceRows = page.getByTestId('source-row')
    this.receiptRows = page.getByTestId('receipt-row')
    this.fileInput = page.getByLabel('数据包文件')
    this.conflicts = page.getByTestId('conflict')
    this.openConflicts = page.getByTestId('open-conflicts')
  }

  async open(): Promise<void> {
    await this.page.goto(`${new URL(this.page.url()).origin}/#/exchange`)
    await expect(this.page.getByRole('heading', { name: '数据交换', level: 1 })).toBeVisible()
  }

  /** Exports everything, or the changes since the last package, and returns the package as the
   * browser downloads it. */
  async exportPackage(scope: '全部数据' | '上次导出以来的变更' = '全部数据'): Promise<Download> {
    await this.page.getByLabel(scope).check()
    const download = this.page.waitForEvent('download')
    await this.page.getByRole('button', { name: '导出数据包' }).click()
    return download
  }

  /** Chooses the file; its verification runs and the dry-run report appears. */
  async inspect(path: string): Promise<void> {
    await this.fileInput.setInputFiles(path)
    await expect(this.report).toBeVisible({ timeout: 30_000 })
  }

  /** The report's (or receipt's) total of a column: new, updated, unchanged or conflicts. */
  async total(column: 'new' | 'updated' | 'unchanged' | 'conflicts'): Promise<number> {
    return Number(await this.page.getByTestId(`total-${column}`).innerText())
  }

  /** One record kind's count in a column, e.g. ('case', 'new'). */
  kindCount(kind: string, column: 'new' | 'updated' | 'unchanged' | 'conflicts'): Locator {
    return this.page
      .locator(`[data-testid="kind-row"][data-kind="${kind}"]`)
      .getByTestId(`kind-${column}`)
  }

  async apply(): Promise<void> {
    await this.page.getByRole('button', { name: '应用', exact: true }).click()
    await expect(this.receipt).toBeVisible({ timeout: 30_000 })
  }

  async downloadReceipt(): Promise<Download> {
    const download = this.page.waitForEvent('download')
    await this.receipt.getByRole('button', { name: '下载回执' }).click()
    return download
  }

  /** Back to choosing a file: 完成 after a receipt, 取消 from a report. */
  async finish(label: '完成' | '取消'): Promise<void> {
    await this.page.getByRole('button', { name: label, exact: true }).click()
    await expect(this.fileInput).toBeVisible()
  }

  /** The fields of a conflict that differ between the local and the incoming record. */
  changedFields(conflict: Locator): Locator {
    return conflict.locator('[data-testid="conflict-diff"] tr[data-changed="true"]')
  }

  /** Opens the head's form on a conflict (then submitResolution). */
  async startResolving(conflict: Locator): Promise<Locator> {
    await conflict.getByRole('button', { name: '处理' }).click()
    return conflict.getByRole('form', { name: /^处理冲突/ })
  }

  async submitResolution(
    form: Locator,
    keep: '保留本库版本' | '采用来件版本',
    reason: string
  ): Promise<void> {
    await form.getByLabel(keep).check()
    await form.getByLabel('处理理由').fill(reason)
    await form.getByRole('button', { name: '确认处理' }).click()
  }
}
