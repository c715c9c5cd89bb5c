// Creates the main window and applies the navigation, popup, webview and permission rules to every
// web contents and to the session. The rules themselves are pure functions in window-options.ts.
import { BrowserWindow, type Session, type WebContents } from 'electron'
import {
  APP_ENTRY_URL,
  hardenedWindowOptions,
  isAllowedNavigation,
  isAllowedRequest
} from './window-options'

export function createMainWindow(preload: string, devTools: boolean): BrowserWindow {
  const win = new BrowserWindow(hardenedWindowOptions({ preload, devTools }))
  win.once('ready-to-show', () => win.show())
  win.webContents.on('render-process-gone', (_event, details) => {
    console.error(`renderer gone: ${details.reason} (exit code ${details.exitCode})`)
  })
  win.loadURL(APP_ENTRY_URL).catch((error: unknown) => {
    console.error('cannot load the renderer from', APP_ENTRY_URL, error)
  })
  return win
}

type NavigationEvent = { url: string; preventDefault: () => void }

/** For every web contents the app ever creates (app 'web-contents-created'). */
export function hardenContents(contents: WebContents, appOrigin: string): void {
  const guard = (event: NavigationEvent) => {
    if (!isAllowedNavigation(event.url, appOrigin)) event.preventDefault()
  }
  contents.on('will-navigate', guard)
  contents.on('will-frame-navigate', guard)
  contents.on('will-redirect', guard)
  // No popups: window.open and target=_blank links open nothing, not even an external browser.
  contents.setWindowOpenHandler(() => ({ action: 'deny' }))
  contents.on('will-attach-webview', (event) => event.preventDefault())
}

/** No permission (camera, notifications, clipboard…) is ever granted; no remote request leaves. */
export function hardenSession(session: Session, appOrigin: string): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  session.setPermissionCheckHandler(() => false)
  session.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isAllowedRequest(details.url, appOrigin) })
  })
}
