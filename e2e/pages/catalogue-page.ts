import type { Locator, Page } from '@playwright/test'

/** 裁量基准: the items in force, the unit's own packages and (for administrators) the editor. */
export class CataloguePage {
  readonly items: Locator
  readonly packages: Locator
  readonly editor: Locator
  readonly problems: Locator
  readonly error: Locator
  constructor(private readonly page: Page) {
    this.items = page.getByTestId('catalogue-items').locator('tbody tr')
    this.packages = page.getByTestId('catalogue-packages').locator('tbody tr')
    this.editor = page.getByRole('form', { name: '编辑裁量基准' })
    this.problems = page.getByTestId('catalogue-problems').locator('li')
    this.error = page.getByTestId('error-banner')
  }

  async open(): Promise<void> {
    const nav = this.page.getByRole('navigation')
    await nav.getByRole('link', { name: '裁量基准', exact: true }).click()
  }

  item(text: string): Locator {
    return this.items.filter({ hasText: text })
  }

  package(packageId: string): Locator {
    return this.packages.filter({ hasText: packageId })
  }

  async saveDraft(yaml: string): Promise<void> {
    await this.editor.getByLabel('裁量基准文本（YAML）').fill(yaml)
    await this.editor.getByRole('button', { name: '保存草稿' }).click()
  }

  async publish(): Promise<void> {
    await this.editor.getByRole('button', { name: '发布', exact: true }).click()
  }
}
