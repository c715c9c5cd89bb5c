import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { _electron as electron, expect, test } from '@playwright/test'
import { ELECTRON_SKIP_REASON, electronBinary } from '../fixtures/electron-binary'
import { UNIT } from '../fixtures/flows'
import { SetupPage } from '../pages/setup-page'
import { Shell } from '../pages/shell'

const binary = electronBinary()

test.describe('desktop shell (Electron)', () => {
  test.skip(!binary, ELECTRON_SKIP_REASON)

  test('first run works in the desktop window, and the renderer has no Node or popups', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'yardstick-electron-'))
    const app = await electron.launch({
      executablePath: binary ?? undefined,
      args: [join(__dirname, '..', '..', 'out', 'main', 'index.js'), '--data', dataDir]
    })
    try {
      const page = await app.firstWindow()
      await new SetupPage(page).complete(UNIT)
      await expect(new Shell(page).currentUser).toHaveText('当前用户：系统管理员')
      const exposed = await page.evaluate(() => ({
        require: typeof (globalThis as { require?: unknown }).require,
        process: typeof (globalThis as { process?: unknown }).process,
        popup: window.open('https://example.com') === null
      }))
      expect(exposed).toEqual({ require: 'undefined', process: 'undefined', popup: true })
      const before = page.url()
      await page.evaluate(() => {
        window.location.href = 'https://example.com/'
      })
      await page.waitForTimeout(500)
      expect(page.url()).toBe(before)
    } finally {
      await app.close()
    }
  })
})
