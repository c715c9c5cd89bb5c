import { expect, type Locator, type Page } from '@playwright/test'

/** 备份与恢复 (administrators): the backups, back up now, verify one, restore one. */
export class BackupPage {
  readonly rows: Locator
  readonly verifyResult: Locator
  readonly confirm: Locator
  readonly restored: Locator
  constructor(private readonly page: Page) {
    this.rows = page.getByTestId('backup-row')
    this.verifyResult = page.getByTestId('verify-result')
    this.confirm = page.getByTestId('restore-confirm')
    this.restored = page.getByTestId('restored')
  }

  /** Through the navigation: a reload would sign out (the session token lives in page memory). */
  async open(): Promise<void> {
    await this.page.getByRole('navigation').getByRole('link', { name: '备份与恢复' }).click()
    await expect(this.page.getByRole('heading', { name: '备份与恢复', level: 1 })).toBeVisible()
  }

  row(name: string): Locator {
    return this.page.locator(`[data-testid="backup-row"][data-name="${name}"]`)
  }

  /** Backs up now and returns the new backup's file name. */
  async backUpNow(): Promise<string> {
    await this.page.getByRole('button', { name: '立即备份' }).click()
    const notice = this.page.getByRole('status').filter({ hasText: '已备份：' })
    await expect(notice).toBeVisible()
    const name = /已备份：(\S+\.sqlite)/.exec((await notice.textContent()) ?? '')?.[1]
    if (!name) throw new Error('no backup name in the notice')
    await expect(this.row(name)).toBeVisible()
    return name
  }

  async verify(name: string): Promise<void> {
    await this.row(name).getByRole('button', { name: '校验' }).click()
    await expect(this.verifyResult).toBeVisible()
  }

  /** Asks to restore `name`: the confirmation is shown, not yet accepted. */
  async askRestore(name: string): Promise<void> {
    await this.row(name).getByRole('button', { name: '恢复' }).click()
    await expect(this.confirm).toBeVisible()
  }

  async confirmRestore(): Promise<void> {
    await this.confirm.getByRole('button', { name: '确认恢复' }).click()
    await expect(this.restored).toBeVisible()
  }

  /** After a restore everybody is signed out: back to the login page. */
  async signInAgain(): Promise<void> {
    await this.restored.getByRole('button', { name: '重新登录' }).click()
    await expect(this.page.getByRole('form', { name: '登录' })).toBeVisible()
  }
}
