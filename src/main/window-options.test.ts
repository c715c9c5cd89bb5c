import { describe, expect, it } from 'vitest'
import {
  APP_ENTRY_URL,
  APP_ORIGIN,
  CONTENT_SECURITY_POLICY,
  hardenedWindowOptions,
  isAllowedNavigation,
  isAllowedRequest,
  isTrustedSender
} from './window-options'

function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp.split(';').map((part) => {
      const [name = '', ...values] = part.trim().split(/\s+/)
      return [name, values]
    })
  )
}

describe('hardenedWindowOptions', () => {
  const options = hardenedWindowOptions({ preload: '/app/out/preload/index.js', devTools: false })
  const prefs = options.webPreferences

  it('isolates and sandboxes the renderer', () => {
    expect(prefs).toMatchObject({
      preload: '/app/out/preload/index.js',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      spellcheck: false,
      devTools: false
    })
  })

  it('enables no Blink feature, and turns off middle-click opening links', () => {
    expect(prefs && 'enableBlinkFeatures' in prefs).toBe(false)
    expect(prefs?.disableBlinkFeatures).toBe('Auxclick')
  })
})

describe('CONTENT_SECURITY_POLICY', () => {
  const csp = directives(CONTENT_SECURITY_POLICY)

  it('never allows eval or inline script', () => {
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval')
    expect(CONTENT_SECURITY_POLICY).not.toContain('wasm-unsafe-eval')
    expect(csp.get('script-src')).toEqual(["'self'"])
  })

  it('falls back to own-origin or nothing, and names no remote origin', () => {
    expect([["'self'"], ["'none'"]]).toContainEqual(csp.get('default-src'))
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:|wss?:|\*/)
  })

  it('locks objects, base, framing and forms', () => {
    expect(csp.get('object-src')).toEqual(["'none'"])
    expect(csp.get('base-uri')).toEqual(["'none'"])
    expect(csp.get('frame-ancestors')).toEqual(["'none'"])
    expect(csp.get('form-action')).toEqual(["'none'"])
    expect(csp.get('connect-src')).toEqual(["'self'"])
    expect(csp.get('style-src')).toEqual(["'self'"])
    const images = csp.get('img-src') ?? []
    expect(images.every((source) => source === "'self'" || source === 'data:')).toBe(true)
  })
})

describe('isAllowedNavigation', () => {
  it.each([
    APP_ENTRY_URL,
    `${APP_ORIGIN}/`,
    `${APP_ORIGIN}/index.html#/cases/1`,
    'APP://YARDSTICK/index.html'
  ])('allows %s', (url) => expect(isAllowedNavigation(url, APP_ORIGIN)).toBe(true))

  it.each([
    'app://yardstick.evil/index.html',
    'app://yardstick@evil/index.html',
    'app://user:pass@yardstick/index.html',
    'app://evil/yardstick',
    'app://yardstick:8080/index.html',
    'app:yardstick/index.html',
    'app:///index.html',
    'app://yardstick\\evil',
    'javascript:alert(1)',
    'file:///etc/passwd',
    'https://yardstick/index.html',
    'http://localhost:5173/',
    'data:text/html,<script>alert(1)</script>',
    'about:blank',
    '',
    'not a url'
  ])('denies %s', (url) => expect(isAllowedNavigation(url, APP_ORIGIN)).toBe(false))
})

describe('isTrustedSender', () => {
  it('trusts only frames showing the app origin', () => {
    expect(isTrustedSender(APP_ENTRY_URL, APP_ORIGIN)).toBe(true)
    expect(isTrustedSender('app://yardstick@evil/', APP_ORIGIN)).toBe(false)
    expect(isTrustedSender('file:///tmp/x.html', APP_ORIGIN)).toBe(false)
    expect(isTrustedSender(null, APP_ORIGIN)).toBe(false)
    expect(isTrustedSender(undefined, APP_ORIGIN)).toBe(false)
  })
})

describe('isAllowedRequest', () => {
  it('lets the app origin and local data through', () => {
    expect(isAllowedRequest(`${APP_ORIGIN}/assets/index.js`, APP_ORIGIN)).toBe(true)
    expect(isAllowedRequest('data:image/png;base64,AAAA', APP_ORIGIN)).toBe(true)
    expect(isAllowedRequest('blob:app://yardstick/2b1d', APP_ORIGIN)).toBe(true)
  })

  it.each([
    'https://example.com/x.js',
    'http://127.0.0.1:8080/',
    'wss://example.com',
    'file:///etc/hosts',
    'ftp://x/y'
  ])('cancels %s', (url) => expect(isAllowedRequest(url, APP_ORIGIN)).toBe(false))
})
