import type { Locator, Page } from '@playwright/test'

export type OrganisationParty = {
  name: string
  uscc: string
  legalRepresentative: string
  address: string
}

export type PersonParty = { name: string; idNumber: string; address: string }

export class CaseFormPage {
  readonly form: Locator
  constructor(private readonly page: Page) {
    this.form = page.locator('form.case-form')
  }

  async fillBasics(values: {
    cause: string
    facts: string
    discoveredOn: string
    /** Empty for a clue registered without filing. */
    filedOn: string
    /** 违法行为发生（终了）日 (APL Art. 36); defaults to the discovery date. */
    violationOn?: string
    secondOfficer: string
  }) {
    await this.form.getByLabel('案由').fill(values.cause)
    await this.form.getByLabel('发现日期').fill(values.discoveredOn)
    await this.form.getByLabel('立案日期').fill(values.filedOn)
    await this.form
      .getByLabel('违法行为发生（终了）日')
      .fill(values.violationOn ?? values.discoveredOn)
    await this.form.getByLabel('办案人员二').selectOption({ label: values.secondOfficer })
    await this.form.getByLabel('违法事实').fill(values.facts)
  }

  async fillOrganisation(index: number, party: OrganisationParty) {
    const box = this.page.getByTestId(`party-${index}`)
    await box.getByLabel('当事人类型').selectOption('organisation')
    await box.getByLabel('名称/姓名').fill(party.name)
    await box.getByLabel('统一社会信用代码').fill(party.uscc)
    await box.getByLabel('法定代表人（负责人）').fill(party.legalRepresentative)
    await box.getByLabel('住所/地址').fill(party.address)
  }

  async fillPerson(index: number, party: PersonParty) {
    const box = this.page.getByTestId(`party-${index}`)
    await box.getByLabel('当事人类型').selectOption('person')
    await box.getByLabel('名称/姓名').fill(party.name)
    await box.getByLabel('身份证号').fill(party.idNumber)
    await box.getByLabel('住所/地址').fill(party.address)
  }

  fieldError(id: string): Locator {
    return this.page.getByTestId(`error-${id}`)
  }

  async save() {
    await this.form.getByRole('button', { name: '保存' }).click()
  }
}
