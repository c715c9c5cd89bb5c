import { expect, type Locator, type Page } from '@playwright/test'

/** Penalty types by their labels (警告, 罚款 …); the fine in yuan as typed. */
export type PenaltyInput = { types: string[]; fineYuan?: string }

/** 办案流程 on a case page: the stage, the steps the user may record now, the step form, the timeline. */
export class LifecyclePanel {
  readonly section: Locator
  readonly status: Locator
  readonly facts: Locator
  readonly form: Locator
  readonly refusal: Locator
  readonly events: Locator
  constructor(page: Page) {
    this.section = page.getByRole('region', { name: '办案流程' })
    this.status = this.section.getByTestId('lifecycle-status')
    this.facts = this.section.getByTestId('progress-facts')
    this.form = this.section.getByTestId('action-form')
    this.refusal = this.form.getByTestId('refusal')
    this.events = this.section.getByTestId('events').getByTestId('event')
  }

  /** A step button in 可办理事项, by its Chinese label (立案, 调查终结, 作出决定 …). */
  action(name: string): Locator {
    return this.section
      .getByRole('group', { name: '可办理事项' })
      .getByRole('button', { name, exact: true })
  }

  /** Opens the step's form and sets its date. */
  async start(name: string, on: string): Promise<void> {
    await this.action(name).click()
    await expect(this.form.getByRole('heading', { name, exact: true })).toBeVisible()
    await this.form.getByLabel('日期', { exact: true }).fill(on)
  }

  /** A field of the open form by its label. */
  field(label: string): Locator {
    return this.form.getByLabel(label, { exact: true })
  }

  async setPenalty(penalty: PenaltyInput): Promise<void> {
    const editor = this.form.getByTestId('penalty-editor')
    for (const type of penalty.types) await editor.getByLabel(type, { exact: true }).check()
    if (penalty.fineYuan !== undefined) {
      await editor.getByLabel('罚款金额（元）').fill(penalty.fineYuan)
    }
  }

  async submit(): Promise<void> {
    await this.form.getByRole('button', { name: '确认记录' }).click()
  }

  /**
   * Records a step: opens its form, sets the date, lets `fill` enter the rest, submits, and waits
   * until the timeline shows the new entry (the panel has then re-read the case).
   */
  async record(name: string, on: string, fill?: () => Promise<void>): Promise<void> {
    // The button comes with the progress read, so the timeline is on screen when it shows.
    await expect(this.action(name)).toBeVisible()
    const before = await this.events.count()
    await this.start(name, on)
    if (fill) await fill()
    await this.submit()
    await expect(this.form).toBeHidden()
    await expect(this.events).toHaveCount(before + 1)
  }

  /** Submits a step that the server refuses; the form stays open with the refusal. */
  async attempt(name: string, on: string, fill?: () => Promise<void>): Promise<Locator> {
    await this.start(name, on)
    if (fill) await fill()
    await this.submit()
    await expect(this.refusal).toBeVisible()
    return this.refusal
  }

  async cancel(): Promise<void> {
    await this.form.getByRole('button', { name: '取消' }).click()
    await expect(this.form).toBeHidden()
  }
}
