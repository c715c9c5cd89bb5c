import { expect, type Locator, type Page } from '@playwright/test'

/** One piece of evidence, added through the case page's 证据 section (the verification cites it). */
export type EvidenceUpload = { title: string; fileName: string; content: string; place: string }

/** 公益减罚 on a case page: the applications, and the apply, verify and withdraw forms. */
export class PublicServicePanel {
  readonly section: Locator
  readonly rows: Locator
  readonly refusal: Locator
  constructor(private readonly page: Page) {
    this.section = page.getByTestId('public-service-panel')
    this.rows = this.section.getByTestId('ps-row')
    this.refusal = this.section.getByTestId('refusal')
  }

  /** The row of an application by its service name (e.g. 河道、库区清漂保洁). */
  row(serviceName: string): Locator {
    return this.rows.filter({ hasText: serviceName })
  }

  status(serviceName: string): Locator {
    return this.row(serviceName).getByTestId('ps-status')
  }

  verification(serviceName: string): Locator {
    return this.row(serviceName).getByTestId('ps-verified')
  }

  /** Records the party's voluntary application; `quantity` in hours or points as typed (8, 2.5). */
  async apply(a: { serviceCode: string; quantity: string; on: string; statement: string }) {
    await this.section.getByTestId('ps-apply-open').click()
    const form = this.section.getByTestId('ps-apply-form')
    await form.getByLabel('公益服务项目').selectOption({ value: a.serviceCode })
    await form.getByLabel(/^申请数量/).fill(a.quantity)
    await form.getByLabel('申请日期').fill(a.on)
    await form.getByLabel('当事人申请内容').fill(a.statement)
    await form.getByLabel(/^当事人自愿申请/).check()
    await form.getByRole('button', { name: '保存申请' }).click()
    await expect(form).toBeHidden()
  }

  /** Verifies the application of `serviceName` against the case evidence titled `evidence`. */
  async verify(
    serviceName: string,
    v: { quantity: string; on: string; evidence: string; note: string }
  ) {
    await this.row(serviceName).getByRole('button', { name: '核实' }).click()
    const form = this.section.getByTestId('ps-verify-form')
    await form.getByLabel(/^核实完成数量/).fill(v.quantity)
    await form.getByLabel('核实日期').fill(v.on)
    const select = form.getByLabel('完成证明（本案证据）')
    await expect(select.locator('option', { hasText: v.evidence })).toHaveCount(1)
    await select.selectOption({ label: await optionLabel(select, v.evidence) })
    await form.getByLabel('核实情况').fill(v.note)
    await form.getByRole('button', { name: '确认核实' }).click()
    await expect(form).toBeHidden()
  }

  async withdraw(serviceName: string, w: { on: string; note: string }) {
    await this.row(serviceName).getByRole('button', { name: '撤回' }).click()
    const form = this.section.getByTestId('ps-withdraw-form')
    await form.getByLabel('撤回日期').fill(w.on)
    await form.getByLabel('撤回原因').fill(w.note)
    await form.getByRole('button', { name: '确认撤回' }).click()
    await expect(form).toBeHidden()
  }

  /** Adds a file to the case's 证据 section (APL Art. 46) so that a verification can cite it. */
  async addEvidence(e: EvidenceUpload): Promise<void> {
    const form = this.page.getByRole('form', { name: '添加证据' })
    await form.getByLabel('文件').setInputFiles({
      name: e.fileName,
      mimeType: 'image/png',
      buffer: Buffer.from(e.content)
    })
    await form.getByLabel('证据名称').fill(e.title)
    await form.getByLabel('收集地点').fill(e.place)
    await form.getByRole('button', { name: '添加证据' }).click()
    await expect(this.page.getByTestId('evidence-row').filter({ hasText: e.title })).toBeVisible()
  }
}

/** The full text of the option containing `text` (options read "title（date）"). */
async function optionLabel(select: Locator, text: string): Promise<string> {
  const label = await select.locator('option', { hasText: text }).first().textContent()
  if (!label) throw new Error(`no option ${text}`)
  return label
}
