// Electron composition root: one instance per data folder, a sandboxed window on app://, and the
// server in a utility process. Main itself never opens the database.
import { join } from 'node:path'
import { app, BrowserWindow, dialog, ipcMain, protocol, session } from 'electron'
import { resolveDataDir } from '../server/data-dir'
import { createAppHandler } from './app-protocol'
import { createInvokeHandler, registerInvoke } from './ipc'
import { dataFlag } from './paths'
import { findNativeBinding, spawnServerChild } from './server-child'
import { ServerConnection } from './server-connection'
import { serverArgs } from './server-endpoint'
import { createMainWindow, hardenContents, hardenSession } from './window'
import { APP_ORIGIN, APP_SCHEME } from './window-options'

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

let mainWindow: BrowserWindow | null = null

function openWindow(): void {
  mainWindow = createMainWindow(join(__dirname, '../preload/index.js'), !app.isPackaged)
  mainWindow.on('closed', () => {
    mainWindow = null
  })
}

function startServer(): ServerConnection {
  const nativeBinding = findNativeBinding({
    isPackaged: app.isPackaged,
    resourcesPath: process.resourcesPath,
    appPath: app.getAppPath()
  })
  const connection = new ServerConnection({
    spawn: () =>
      spawnServerChild(join(__dirname, 'server-process.js'), serverArgs(dataDir, nativeBinding)),
    onGiveUp: (reason) => {
      dialog.showErrorBox('案衡无法启动数据服务', reason)
      app.quit()
    }
  })
  connection.start()
  return connection
}

async function run(): Promise<void> {
  app.on('web-contents-created', (_event, contents) => hardenContents(contents, APP_ORIGIN))
  app.on('second-instance', () => {
    if (!mainWindow) return
    if (mainWindow.isMinimized()) mainWindow.restore()
    mainWindow.focus()
  })

  await app.whenReady()
  protocol.handle(APP_SCHEME, createAppHandler(join(__dirname, '../renderer')))
  hardenSession(session.defaultSession, APP_ORIGIN)
  const connection = startServer()
  const relay = (method: string, input: unknown, token: string | null) =>
    connection.call(method, input, token)
  registerInvoke(ipcMain, createInvokeHandler(relay, APP_ORIGIN))
  openWindow()

  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) openWindow()
  })
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })
  // Let in-flight calls finish and the database close cleanly before the process ends.
  let serverStopped = false
  app.on('before-quit', (event) => {
    if (serverStopped) return
    event.preventDefault()
    void connection.stop().finally(() => {
      serverStopped = true
      app.quit()
    })
  })
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
