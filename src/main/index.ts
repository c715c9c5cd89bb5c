// Electron composition root: one instance per data folder, a sandboxed window on app://, the server
// in a utility process, the Chinese application menu, print previews of issued documents, and a
// backup when the app quits. Main itself never opens the database. Nothing here reaches the
// network: no telemetry, no crash reporter, no auto-update, no remote content (a test checks).
import { join } from 'node:path'
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  protocol,
  screen,
  session,
  type WebContents
} from 'electron'
import { version } from '../../package.json'
import { resolveDataDir } from '../server/data-dir'
import { createAppHandler } from './app-protocol'
import { createMenuActions } from './desktop-commands'
import { createPrintHandler, registerPrint } from './desktop-ipc'
import { createInvokeHandler, registerInvoke } from './ipc'
import { buildMenuTemplate, MENU_LABELS_ZH } from './menu'
import { dataFlag } from './paths'
import { isAllowedPrintNavigation } from './print'
import { createPrintPreviews, type PrintPreviews } from './print-window'
import { findNativeBinding, spawnServerChild } from './server-child'
import { ServerConnection } from './server-connection'
import { serverArgs } from './server-endpoint'
import { createMainWindow, hardenContents, hardenSession } from './window'
import { APP_ORIGIN, APP_SCHEME, isAllowedNavigation, WINDOW_LIMITS } from './window-options'
import { placeWindow, readWindowState, windowStateFile } from './window-state'

// Before 'ready': the name and userData decide where Chromium keeps its profile and which folder
// the single-instance lock covers. userData is the data folder itself, so the default matches
// resolveDataDir() for the browser host and CLI, and `--data DIR` isolates everything (e2e runs).
app.setName('Yardstick')
const dataDir = resolveDataDir(dataFlag(process.argv))
app.setPath('userData', dataDir)
app.enableSandbox()
protocol.registerSchemesAsPrivileged([
  {
    scheme: APP_SCHEME,
    // standard: a real origin for 'self' and relative URLs; secure: a secure context. No
    // corsEnabled and no bypassCSP: other origins cannot read app:// and the CSP applies in full.
    privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true }
  }
])

/**
 * How long quitting may wait for the server: in-flight calls, closing the database and the backup
 * on quit (seconds for a large database). Past it the process is killed; the database stays
 * consistent (WAL), only that backup is lost.
 */
const STOP_TIMEOUT_MS = 120_000

let mainWindow: BrowserWindow | null = null
let previews: PrintPreviews | null = null
let quitting = false

function openWindow(): void {
  const stateFile = windowStateFile(dataDir)
  const workAreas = screen.getAllDisplays().map((display) => display.workArea)
  const placement = placeWindow(readWindowState(stateFile), workAreas, WINDOW_LIMITS)
  const preload = join(__dirname, '../preload/index.js')
  mainWindow = createMainWindow({ preload, devTools: !app.isPackaged }, placement, stateFile)
  mainWindow.on('closed', () => {
    mainWindow = null
  })
}

function startServer(): ServerConnection {
  const nativeBinding = findNativeBinding({
    isPackaged: app.isPackaged,
    resourcesPath: process.resourcesPath,
    appPath: app.getAppPath(),
    platform: process.platform,
    arch: process.arch
  })
  const connection = new ServerConnection({
    spawn: () =>
      spawnServerChild(join(__dirname, 'server-process.js'), serverArgs(dataDir, nativeBinding)),
    onGiveUp: (reason) => {
      dialog.showErrorBox('案衡无法启动数据服务', reason)
      app.quit()
    },
    stopTimeoutMs: STOP_TIMEOUT_MS
  })
  connection.start()
  return connection
}

/**
 * Print previews (and their PDF viewer) follow the preview's rules, everything else the app's.
 * Decided at each navigation, not at creation: a window's contents exist before we know it is a
 * preview.
 */
function isAllowedFor(contents: WebContents, url: string): boolean {
  const print = previews
  if (print?.owns(contents)) return isAllowedPrintNavigation(url, print.root)
  return isAllowedNavigation(url, APP_ORIGIN)
}

/** The user's documents folder, where save dialogs start; home if the system names none. */
function documentsFolder(): string {
  try {
    return app.getPath('documents')
  } catch {
    return app.getPath('home')
  }
}

function onSecondInstance(): void {
  if (quitting) {
    // The lock is still ours while the server closes and backs up; say so rather than stay silent.
    void dialog.showMessageBox({
      type: 'info',
      title: '案衡',
      message: '案衡正在退出并备份数据，请稍候再打开。'
    })
    return
  }
  if (!mainWindow) return
  if (mainWindow.isMinimized()) mainWindow.restore()
  mainWindow.focus()
}

async function run(): Promise<void> {
  app.on('web-contents-created', (_event, contents) =>
    hardenContents(contents, (url) => isAllowedFor(contents, url))
  )
  app.on('second-instance', onSecondInstance)

  await app.whenReady()
  protocol.handle(APP_SCHEME, createAppHandler(join(__dirname, '../renderer')))
  hardenSession(session.defaultSession, APP_ORIGIN, documentsFolder())
  const connection = startServer()
  const relay = (method: string, input: unknown, token: string | null) =>
    connection.call(method, input, token)
  registerInvoke(ipcMain, createInvokeHandler(relay, APP_ORIGIN))
  const print = createPrintPreviews(app.getPath('temp'), () => mainWindow)
  previews = print
  registerPrint(ipcMain, createPrintHandler(print.open, APP_ORIGIN))
  const actions = createMenuActions({
    mainWindow: () => mainWindow,
    dataDir,
    version,
    documentsFolder
  })
  const template = buildMenuTemplate(MENU_LABELS_ZH, actions, { devTools: !app.isPackaged })
  Menu.setApplicationMenu(Menu.buildFromTemplate(template))
  openWindow()

  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) openWindow()
  })
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })
  // Let in-flight calls finish, the database close cleanly and the backup on quit be taken before
  // the process ends.
  let serverStopped = false
  app.on('before-quit', (event) => {
    if (serverStopped) return
    quitting = true
    event.preventDefault()
    void connection.stop().finally(() => {
      serverStopped = true
      app.quit()
    })
  })
  app.on('will-quit', () => print.dispose())
}

if (app.requestSingleInstanceLock()) {
  run().catch((error: unknown) => {
    console.error('Yardstick failed to start', error)
    dialog.showErrorBox('案衡无法启动', String(error))
    app.exit(1)
  })
} else {
  // Another window already serves this data folder; it gets focused through 'second-instance'.
  app.quit()
}
