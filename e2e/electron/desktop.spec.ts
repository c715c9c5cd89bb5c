// The desktop shell in real Electron, with the page models of the browser suite. Runs wherever the
// Electron runtime is installed; elsewhere it is skipped with the one-line reason below (and
// playwright.config.ts prints it once at the start of `npm test`).
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { ELECTRON_SKIP_REASON, electronBinary } from '../fixtures/electron-binary'
import { UNIT } from '../fixtures/flows'
import { ExchangePage } from '../pages/exchange-page'
import { SetupPage } from '../pages/setup-page'
import { Shell } from '../pages/shell'
import { DesktopMenu, launchDesktop, type Desktop } from './desktop-app'

const binary = electronBinary()

/** A minimal well-formed PDF: one empty A4 page. */
const TINY_PDF = [
  '%PDF-1.4',
  '1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj',
  '2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj',
  '3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj',
  'trailer<</Root 1 0 R>>',
  '%%EOF'
].join('\n')

type DesktopWindow = {
  yardstickDesktop?: {
    printPdf: (request: { fileName: string; contentBase64: string }) => Promise<unknown>
  }
}

test.describe('desktop shell (Electron)', () => {
  test.skip(!binary, ELECTRON_SKIP_REASON)

  let desktop: Desktop
  test.beforeEach(async () => {
    desktop = await launchDesktop(binary ?? '')
    await new SetupPage(desktop.page).complete(UNIT)
    await expect(new Shell(desktop.page).currentUser).toHaveText('当前用户：系统管理员')
  })
  test.afterEach(async () => {
    await desktop.app.close().catch(() => undefined)
  })

  test('the renderer has no Node, no popups, no way off the app, and only the two bridges', async () => {
    const { page } = desktop
    const exposed = await page.evaluate(() => {
      const w = window as unknown as Record<string, unknown>
      return {
        require: typeof w.require,
        process: typeof w.process,
        bridges: Object.keys(w)
          .filter((key) => key.startsWith('yardstick'))
          .sort(),
        invoke: Object.keys((w.yardstick ?? {}) as object),
        desktop: Object.keys((w.yardstickDesktop ?? {}) as object).sort(),
        popup: window.open('https://example.com') === null
      }
    })
    expect(exposed).toEqual({
      require: 'undefined',
      process: 'undefined',
      bridges: ['yardstick', 'yardstickDesktop'],
      invoke: ['invoke'],
      desktop: ['onMenuCommand', 'printPdf'],
      popup: true
    })
    const before = page.url()
    await page.evaluate(() => {
      window.location.href = 'https://example.com/'
    })
    await page.waitForTimeout(500)
    expect(page.url()).toBe(before)
    expect(desktop.app.windows()).toHaveLength(1)
  })

  test('the Chinese menu opens the exchange page for import and export', async () => {
    const menu = new DesktopMenu(desktop.app)
    expect(await menu.topLabels()).toEqual(['文件(&F)', '编辑(&E)', '视图(&V)', '帮助(&H)'])
    await menu.choose('file.import-package')
    const exchange = new ExchangePage(desktop.page)
    await expect(desktop.page.getByRole('heading', { name: '数据交换', level: 1 })).toBeVisible()
    await expect(exchange.fileInput).toBeVisible()
    await menu.choose('view.case-list')
    await expect(desktop.page).toHaveURL(/#\/cases$/)
  })

  test('a PDF opens in a sandboxed print preview; anything else is refused', async () => {
    const { app, page } = desktop
    const contentBase64 = Buffer.from(TINY_PDF, 'latin1').toString('base64')
    const opened = app.waitForEvent('window')
    const result = await page.evaluate(
      (request) => (window as unknown as DesktopWindow).yardstickDesktop?.printPdf(request),
      { fileName: '测试决定书.pdf', contentBase64 }
    )
    expect(result).toEqual({ ok: true, value: { opened: true } })
    const preview = await opened
    expect(preview.url()).toMatch(/^file:\/\/.*yardstick-print-.*\/%E6%B5%8B.*\.pdf$/)
    const title = await app.evaluate(({ BrowserWindow }) =>
      BrowserWindow.getAllWindows().map((w) => w.getTitle())
    )
    expect(title).toContainEqual(expect.stringMatching(/^打印预览 — 测试决定书\.pdf/))

    const refused = await page.evaluate(
      (request) => (window as unknown as DesktopWindow).yardstickDesktop?.printPdf(request),
      { fileName: 'x.pdf', contentBase64: Buffer.from('<html>').toString('base64') }
    )
    expect(refused).toMatchObject({ ok: false, error: { code: 'VALIDATION' } })
  })

  test('quitting keeps the window state and takes a backup', async () => {
    await desktop.app.close()
    const state = JSON.parse(readFileSync(join(desktop.dataDir, 'window-state.json'), 'utf8'))
    expect(state).toMatchObject({ width: expect.any(Number), maximized: false })
    const backups = join(desktop.dataDir, 'backups')
    expect(existsSync(backups)).toBe(true)
    expect(readdirSync(backups).filter((name) => name.endsWith('-scheduled.sqlite'))).toHaveLength(
      1
    )
  })
})
