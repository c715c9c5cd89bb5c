import { expect, type Locator, type Page } from '@playwright/test'

/** 柔性执法 (#/flexible): the period, the figures, the fast-track table and the follow-ups due. */
export class FlexiblePage {
  readonly fastTrackRows: Locator
  readonly followUpRows: Locator
  readonly noFollowUps: Locator
  constructor(private readonly page: Page) {
    this.fastTrackRows = page.getByTestId('fast-track-row')
    this.followUpRows = page.getByTestId('follow-up-row')
    this.noFollowUps = page.getByTestId('follow-ups-none')
  }

  async open(): Promise<void> {
    await this.page
      .getByRole('navigation')
      .getByRole('link', { name: '柔性执法', exact: true })
      .click()
    await expect(this.page.getByTestId('flexible-page')).toBeVisible()
  }

  get period(): { from: Locator; to: Locator } {
    const form = this.page.getByRole('form', { name: '统计期间' })
    return { from: form.getByLabel('起始日期'), to: form.getByLabel('截止日期') }
  }

  async count(from: string, to: string): Promise<void> {
    await this.period.from.fill(from)
    await this.period.to.fill(to)
    await this.page
      .getByRole('form', { name: '统计期间' })
      .getByRole('button', { name: '统计' })
      .click()
  }

  /** A figure by its test id without the `flexible-` prefix: first-violation, ps-hours … */
  figure(id: string): Locator {
    return this.page.getByTestId(`flexible-${id}`)
  }

  fastTrackRow(caseNumber: string): Locator {
    return this.fastTrackRows.filter({ hasText: caseNumber })
  }

  followUpRow(caseNumber: string): Locator {
    return this.followUpRows.filter({ hasText: caseNumber })
  }

  async recordFollowUp(caseNumber: string, result: string): Promise<void> {
    await this.followUpRow(caseNumber).getByRole('button', { name: '记录回访' }).click()
    const form = this.page.getByTestId('follow-up-form')
    await form.getByLabel('回访情况').fill(result)
    await form.getByRole('button', { name: '保存回访' }).click()
    await expect(form).toBeHidden()
  }
}

/** The fast-track and education card on a case page. */
export class FastTrackCard {
  readonly card: Locator
  readonly marked: Locator
  readonly education: Locator
  readonly followUp: Locator
  constructor(page: Page) {
    this.card = page.getByTestId('fast-track-card')
    this.marked = this.card.getByTestId('fast-track-marked')
    this.education = this.card.getByTestId('education-record')
    this.followUp = this.card.getByTestId('education-follow-up')
  }

  async mark(reason: string): Promise<void> {
    await this.card.getByRole('button', { name: '标记简案快办' }).click()
    await this.card.getByLabel('标记理由（如当事人承认违法事实、自愿接受处罚）').fill(reason)
    await this.card.getByRole('button', { name: '确认标记' }).click()
    await expect(this.marked).toContainText('已标记简案快办')
  }
}
