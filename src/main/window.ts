// Creates the main window and applies the navigation, popup, webview and permission rules to every
// web contents and to the session. The rules themselves are pure functions in window-options.ts
// (the app) and print.ts (print previews); the saved size and position in window-state.ts.
import { BrowserWindow, type Session, type WebContents } from 'electron'
import { saveDialogOptionsFor } from './dialogs'
import {
  APP_ENTRY_URL,
  hardenedWindowOptions,
  isAllowedRequest,
  type WindowOptionsInput
} from './window-options'
import { writeWindowState, type Placement } from './window-state'

export function createMainWindow(
  input: WindowOptionsInput,
  placement: Placement,
  stateFile: string
): BrowserWindow {
  const options = hardenedWindowOptions(input)
  const win = new BrowserWindow({
    ...options,
    ...placement.bounds,
    // The security preferences once more as literals: they are already in `options` (and tested
    // there), but Electronegativity reads only what is written inside `new BrowserWindow(…)`.
    webPreferences: {
      ...options.webPreferences,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      disableBlinkFeatures: 'Auxclick'
    }
  })
  win.once('ready-to-show', () => (placement.maximized ? win.maximize() : win.show()))
  // 'close', not 'closed': the bounds can still be read. Normal bounds, so a maximised window
  // comes back maximised over its old size rather than as a huge normal one.
  win.on('close', () => {
    try {
      writeWindowState(stateFile, { ...win.getNormalBounds(), maximized: win.isMaximized() })
    } catch (error) {
      console.error('cannot save the window state', error)
    }
  })
  win.webContents.on('render-process-gone', (_event, details) => {
    console.error(`renderer gone: ${details.reason} (exit code ${details.exitCode})`)
  })
  win.loadURL(APP_ENTRY_URL).catch((error: unknown) => {
    console.error('cannot load the renderer from', APP_ENTRY_URL, error)
  })
  return win
}

type NavigationEvent = { url: string; preventDefault: () => void }

/**
 * For every web contents the app ever creates (app 'web-contents-created'): navigation only where
 * `isAllowed` says (the app origin; in a print preview, its document and the PDF viewer).
 */
export function hardenContents(contents: WebContents, isAllowed: (url: string) => boolean): void {
  const guard = (event: NavigationEvent) => {
    if (!isAllowed(event.url)) event.preventDefault()
  }
  contents.on('will-navigate', guard)
  contents.on('will-frame-navigate', guard)
  contents.on('will-redirect', guard)
  // No popups: window.open and target=_blank links open nothing, not even an external browser.
  contents.setWindowOpenHandler(() => ({ action: 'deny' }))
  contents.on('will-attach-webview', (event) => event.preventDefault())
}

/**
 * No permission (camera, notifications, clipboard…) is ever granted; no remote request leaves; no
 * spell-check dictionary is fetched; every download (a file the page built from a server reply)
 * asks where to save it, in the user's documents folder by default.
 */
export function hardenSession(session: Session, appOrigin: string, downloadsFolder: string): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  session.setPermissionCheckHandler(() => false)
  session.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isAllowedRequest(details.url, appOrigin) })
  })
  session.setSpellCheckerEnabled(false)
  session.on('will-download', (_event, item) => {
    item.setSaveDialogOptions(saveDialogOptionsFor(item.getFilename(), downloadsFolder))
  })
}
