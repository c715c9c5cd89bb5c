// The desktop app under Playwright's Electron driver: launch on a fresh data folder, and the
// application menu as a page model (entries are chosen by the ids src/main/menu.ts gives them).
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { _electron as electron, type ElectronApplication, type Page } from '@playwright/test'

const ROOT = join(__dirname, '..', '..')

export type Desktop = { app: ElectronApplication; page: Page; dataDir: string }

/**
 * Starts the built app (`npm run build` first) the way `npm start` does: Electron on the project
 * folder, so app.getAppPath() and package.json are the real ones.
 */
export async function launchDesktop(binary: string, dataDir?: string): Promise<Desktop> {
  const dir = dataDir ?? mkdtempSync(join(tmpdir(), 'yardstick-electron-'))
  const env = { ...process.env } as Record<string, string>
  // Set, it would turn Electron into plain Node.
  delete env.ELECTRON_RUN_AS_NODE
  const app = await electron.launch({
    executablePath: binary,
    args: [ROOT, '--data', dir],
    cwd: ROOT,
    env
  })
  const page = await app.firstWindow()
  return { app, page, dataDir: dir }
}

/** 文件 / 编辑 / 视图 / 帮助, read and chosen through Electron's own Menu API in main. */
export class DesktopMenu {
  constructor(private readonly app: ElectronApplication) {}

  topLabels(): Promise<string[]> {
    return this.app.evaluate(({ Menu }) =>
      (Menu.getApplicationMenu()?.items ?? []).map((item) => item.label)
    )
  }

  /** Chooses an entry as a click would (e.g. 'file.import-package'). */
  async choose(id: string): Promise<void> {
    const found = await this.app.evaluate(({ Menu, BrowserWindow }, itemId) => {
      const item = Menu.getApplicationMenu()?.getMenuItemById(itemId)
      if (!item) return false
      const win = BrowserWindow.getAllWindows()[0]
      item.click(undefined, win, undefined)
      return true
    }, id)
    if (!found) throw new Error(`no menu entry ${id}`)
  }
}
