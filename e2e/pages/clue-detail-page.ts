import { expect, type Locator, type Page } from '@playwright/test'

/** The note's label differs by step: what the note of that step records. */
const NOTE_LABEL: Record<string, string> = {
  转办: '转办意见',
  督办: '督办意见',
  办结: '办理结果',
  反馈举报人: '反馈内容',
  移送纪检监察: '移送理由'
}

export type StepFields = { on?: string; toAgency?: string; deadlineOn?: string; finding?: string }
export type LossEntry = {
  /** The category label, e.g. '退还违规收费'. */
  category: string
  amountYuan: string
  on: string
  evidence: string
  note?: string
}

/** One clue: status, steps, the next-step forms, and its linked recovered-loss ledger. */
export class ClueDetailPage {
  readonly status: Locator
  readonly recovered: Locator
  readonly steps: Locator
  readonly ledgerRows: Locator
  readonly duplicateWarning: Locator
  private readonly lossForm: Locator
  constructor(private readonly page: Page) {
    this.status = page.getByTestId('clue-status')
    this.recovered = page.getByTestId('clue-recovered')
    this.steps = page.getByTestId('clue-step')
    this.ledgerRows = page.getByTestId('loss-ledger').getByTestId('loss-row')
    this.lossForm = page.getByRole('form', { name: '登记挽回损失' })
    this.duplicateWarning = this.lossForm.getByTestId('duplicate-warning')
  }

  /** Takes a step (转办, 督办, 办结, 反馈举报人, 移送纪检监察) and waits until it is on the timeline. */
  async step(kind: string, note: string, fields: StepFields = {}): Promise<void> {
    const before = await this.steps.count()
    await this.page
      .getByTestId('clue-next-steps')
      .getByRole('button', { name: kind, exact: true })
      .click()
    const form = this.page.getByRole('form', { name: kind, exact: true })
    if (fields.on) await form.getByLabel('日期', { exact: true }).fill(fields.on)
    if (fields.toAgency !== undefined) {
      await form.getByLabel(kind === '移送纪检监察' ? '移送机关' : '转办至').fill(fields.toAgency)
    }
    if (fields.deadlineOn) {
      await form.getByLabel(kind === '督办' ? '新的办理期限' : '办理期限').fill(fields.deadlineOn)
    }
    if (fields.finding) await form.getByLabel('核查结论').selectOption({ label: fields.finding })
    await form.getByLabel(NOTE_LABEL[kind] ?? kind).fill(note)
    await form.getByRole('button', { name: `确认${kind}` }).click()
    await expect(this.steps).toHaveCount(before + 1)
  }

  /** Fills and sends the loss form; the caller checks the outcome (saved or a duplicate warning). */
  async submitLoss(entry: LossEntry): Promise<void> {
    const f = this.lossForm
    await f.getByLabel('类别').selectOption({ label: entry.category })
    await f.getByLabel('金额（元）').fill(entry.amountYuan)
    await f.getByLabel('日期').fill(entry.on)
    await f.getByLabel('凭证').fill(entry.evidence)
    await f.getByLabel('备注').fill(entry.note ?? '')
    await f.getByRole('button', { name: '登记挽回损失' }).click()
  }

  /** Records an entry that is not a duplicate and waits until the ledger shows it. */
  async recordLoss(entry: LossEntry): Promise<void> {
    const before = await this.ledgerRows.count()
    await this.submitLoss(entry)
    await expect(this.ledgerRows).toHaveCount(before + 1)
  }

  async saveDuplicateAnyway(): Promise<void> {
    const before = await this.ledgerRows.count()
    await this.duplicateWarning.getByRole('button', { name: '仍然保存（标记为疑似重复）' }).click()
    await expect(this.ledgerRows).toHaveCount(before + 1)
  }

  async openEnterprise(): Promise<void> {
    await this.page.getByRole('link', { name: '查看该企业' }).click()
    await expect(this.page.getByTestId('enterprise-uscc')).toBeVisible()
  }
}
