// What the application menu's entries do, in Electron terms. The menu itself (labels, order,
// accelerators) is data in menu.ts; the dialogs' contents are in dialogs.ts.
import { mkdirSync } from 'node:fs'
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { BrowserWindow, dialog, shell } from 'electron'
import { sendMenuCommand } from './desktop-ipc'
import { aboutBox, PAGE_PDF_FILTERS, pagePdfName } from './dialogs'
import type { MenuActions } from './menu'
import { backupsFolder } from './paths'

export type CommandContext = {
  mainWindow: () => BrowserWindow | null
  dataDir: string
  version: string
  documentsFolder: () => string
}

function openFolder(folder: string): void {
  mkdirSync(folder, { recursive: true })
  void shell.openPath(folder).then((failure) => {
    if (failure) dialog.showErrorBox('无法打开文件夹', `${folder}\n${failure}`)
  })
}

function reportFailure(title: string) {
  return (error: unknown) => {
    console.error(title, error)
    dialog.showErrorBox(title, error instanceof Error ? error.message : String(error))
  }
}

async function savePageAsPdf(win: BrowserWindow, folder: string): Promise<void> {
  const choice = await dialog.showSaveDialog(win, {
    title: '将当前页面保存为 PDF',
    defaultPath: join(folder, pagePdfName(new Date())),
    buttonLabel: '保存',
    filters: PAGE_PDF_FILTERS,
    properties: ['createDirectory', 'showOverwriteConfirmation']
  })
  if (choice.canceled || !choice.filePath) return
  const pdf = await win.webContents.printToPDF({ printBackground: true, pageSize: 'A4' })
  await writeFile(choice.filePath, pdf)
}

export function createMenuActions(context: CommandContext): MenuActions {
  const openDataFolder = () => openFolder(context.dataDir)
  return {
    open(page) {
      const win = context.mainWindow()
      if (!win) return
      if (win.isMinimized()) win.restore()
      win.focus()
      sendMenuCommand(win.webContents, { type: 'navigate', page })
    },
    print() {
      // The focused window: a print preview prints its PDF, the main window its current page.
      const win = BrowserWindow.getFocusedWindow() ?? context.mainWindow()
      win?.webContents.print({}, (success, reason) => {
        if (!success && !/cancel/i.test(reason)) dialog.showErrorBox('打印失败', reason)
      })
    },
    saveAsPdf() {
      const win = context.mainWindow()
      if (win) savePageAsPdf(win, context.documentsFolder()).catch(reportFailure('无法保存 PDF'))
    },
    openDataFolder,
    openBackupsFolder: () => openFolder(backupsFolder(context.dataDir)),
    about() {
      const box = aboutBox({
        version: context.version,
        versions: {
          electron: process.versions.electron ?? '',
          chrome: process.versions.chrome ?? '',
          node: process.versions.node
        },
        dataDir: context.dataDir
      })
      const win = context.mainWindow()
      const shown = win ? dialog.showMessageBox(win, box) : dialog.showMessageBox(box)
      shown.then(({ response }) => {
        if (response === 1) openDataFolder()
      }, reportFailure('关于案衡'))
    }
  }
}
