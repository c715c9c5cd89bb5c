// The renderer's security policy, kept free of runtime Electron imports so the unit tests can read
// exactly what main applies: window preferences, the CSP, and the origin checks for navigation, IPC
// senders and outgoing requests (perf-reliability-security.md §C8).
import type { BrowserWindowConstructorOptions } from 'electron'

export const APP_SCHEME = 'app'
export const APP_HOST = 'yardstick'
/** The renderer's only origin. A standard scheme gives it a real (host) origin, unlike file://. */
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`

/**
 * The same policy the browser host sends (src/shared/csp.ts): the renderer then runs under one CSP
 * in both modes, so the Playwright runs against the host also prove it works under the desktop's.
 * The tests beside this file hold it to §C8: no 'unsafe-eval', no inline script, no remote origin.
 */
export { CONTENT_SECURITY_POLICY } from '../shared/csp'

export type WindowOptionsInput = {
  preload: string
  /** DevTools only in unpackaged (development) runs. */
  devTools: boolean
}

/** The first-run size and the smallest the forms still lay out in (window-state.ts keeps to it). */
export const WINDOW_LIMITS = { width: 1280, height: 820, minWidth: 960, minHeight: 640 }

export function hardenedWindowOptions(input: WindowOptionsInput): BrowserWindowConstructorOptions {
  return {
    ...WINDOW_LIMITS,
    // Shown on 'ready-to-show', so the user never sees an unstyled flash.
    show: false,
    title: '案衡 Yardstick',
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: input.preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: false,
      // Middle-click opens links in new windows; the popup handler denies them anyway, and this
      // keeps the event from firing at all (Electronegativity's AUXCLICK check).
      disableBlinkFeatures: 'Auxclick',
      devTools: input.devTools
    }
  }
}

function parse(url: string): URL | null {
  try {
    return new URL(url)
  } catch {
    return null
  }
}

/**
 * Same scheme, host and port as the app origin, and no credentials. Compared field by field on
 * parsed URLs: a prefix test would accept `app://yardstick.evil` or `app://yardstick@evil`. Hosts
 * compare case-insensitively because Chromium lowercases standard-scheme hosts (Node keeps opaque
 * hosts as-is).
 */
export function isAllowedNavigation(url: string, appOrigin: string): boolean {
  const target = parse(url)
  const origin = parse(appOrigin)
  if (!target || !origin) return false
  return (
    target.protocol === origin.protocol &&
    target.hostname !== '' &&
    target.hostname.toLowerCase() === origin.hostname.toLowerCase() &&
    target.port === origin.port &&
    target.username === '' &&
    target.password === ''
  )
}

/** An IPC sender is trusted only if its frame still shows our own page. */
export function isTrustedSender(frameUrl: string | null | undefined, appOrigin: string): boolean {
  return typeof frameUrl === 'string' && isAllowedNavigation(frameUrl, appOrigin)
}

// Schemes a renderer may request besides the app origin: inline assets and object URLs it made
// itself (e.g. a file download), and DevTools in development. Everything else — http(s), ws(s),
// file, ftp — is cancelled, so the window can never load remote or local-file content.
const LOCAL_SCHEMES = new Set(['data:', 'blob:', 'devtools:'])

export function isAllowedRequest(url: string, appOrigin: string): boolean {
  const target = parse(url)
  if (!target) return false
  return LOCAL_SCHEMES.has(target.protocol) || isAllowedNavigation(url, appOrigin)
}
