import { expect, type Locator, type Page } from '@playwright/test'

export type NewClue = {
  receivedOn: string
  /** Labels as the form shows them, e.g. '12345热线', '乱收费'. */
  channel: string
  reporter: string
  uscc: string
  enterpriseName: string
  agency: string
  problemType: string
  amountYuan?: string
  summary: string
  /** Empty: the unit's default deadline. */
  deadlineOn?: string
}

/** 涉企问题线索: counts, the filtered register (overdue rows marked) and the register form. */
export class CluesPage {
  readonly rows: Locator
  readonly overdueRows: Locator
  private readonly form: Locator
  constructor(private readonly page: Page) {
    this.rows = page.getByTestId('clue-table').getByTestId('clue-row')
    this.overdueRows = this.rows.and(page.locator('[data-overdue="true"]'))
    this.form = page.getByRole('form', { name: '登记线索' })
  }

  /** 收到线索 / 已办结 / 办理中 / 已超期 as displayed. */
  count(kind: 'received' | 'handled' | 'open' | 'overdue'): Locator {
    return this.page.getByTestId(`clue-count-${kind}`).locator('.count-n')
  }

  row(clueNumber: string): Locator {
    return this.rows.filter({ has: this.page.getByRole('link', { name: clueNumber, exact: true }) })
  }

  async filter(label: '全部' | '办理中' | '已超期' | '已办结'): Promise<void> {
    await this.page.getByTestId('clue-filter').selectOption({ label })
  }

  /** Registers a clue; the app then opens it. Returns its number. */
  async register(clue: NewClue): Promise<string> {
    const f = this.form
    await f.getByLabel('收到日期').fill(clue.receivedOn)
    await f.getByLabel('来源渠道').selectOption({ label: clue.channel })
    await f.getByLabel('反映人').fill(clue.reporter)
    await f.getByLabel('统一社会信用代码').fill(clue.uscc)
    await f.getByLabel('企业名称').fill(clue.enterpriseName)
    await f.getByLabel('涉及执法单位').fill(clue.agency)
    await f.getByLabel('问题类型').selectOption({ label: clue.problemType })
    await f.getByLabel('涉及金额（元）').fill(clue.amountYuan ?? '')
    await f.getByLabel('办理期限').fill(clue.deadlineOn ?? '')
    await f.getByLabel('问题摘要').fill(clue.summary)
    await f.getByRole('button', { name: '登记线索' }).click()
    const number = this.page.getByTestId('clue-number')
    await expect(number).toBeVisible()
    return (await number.textContent()) ?? ''
  }
}
