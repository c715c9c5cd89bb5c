import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { contentTypeOf, createAppHandler } from './app-protocol'
import { CONTENT_SECURITY_POLICY } from './window-options'

let base: string
let root: string

beforeAll(() => {
  base = mkdtempSync(join(tmpdir(), 'yardstick-app-'))
  root = join(base, 'renderer')
  mkdirSync(join(root, 'assets'), { recursive: true })
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>案衡</title>')
  writeFileSync(join(root, 'assets', 'index.js'), 'console.log(1)')
  writeFileSync(join(base, 'secret.txt'), 'secret')
  if (process.platform !== 'win32') {
    symlinkSync(join(base, 'secret.txt'), join(root, 'assets', 'link.txt'))
  }
})

afterAll(() => rmSync(base, { recursive: true, force: true }))

const get = (url: string, method = 'GET') => createAppHandler(root)(new Request(url, { method }))

describe('createAppHandler', () => {
  it('serves index.html with the CSP and a strict content type', async () => {
    const response = await get('app://yardstick/')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY)
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    expect(await response.text()).toContain('案衡')
  })

  it('serves module scripts as JavaScript', async () => {
    const response = await get('app://yardstick/assets/index.js')
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8')
    expect(await response.text()).toBe('console.log(1)')
  })

  it('answers HEAD without a body', async () => {
    const response = await get('app://yardstick/index.html', 'HEAD')
    expect(response.status).toBe(200)
    expect(await response.text()).toBe('')
  })

  it.each([
    'app://yardstick/..%2fsecret.txt',
    'app://yardstick/assets/..%2f..%2fsecret.txt',
    'app://yardstick/missing.js',
    'app://yardstick/assets/',
    'app://evil/index.html'
  ])('gives 404 for %s', async (url) => {
    const response = await get(url)
    expect(response.status).toBe(404)
    expect(await response.text()).not.toContain('secret')
  })

  it.skipIf(process.platform === 'win32')('does not follow a symlink out of the root', async () => {
    expect((await get('app://yardstick/assets/link.txt')).status).toBe(404)
  })

  it('refuses methods other than GET and HEAD', async () => {
    expect((await get('app://yardstick/index.html', 'POST')).status).toBe(405)
  })
})

describe('contentTypeOf', () => {
  it('falls back to an opaque type', () => {
    expect(contentTypeOf('a.CSS')).toBe('text/css; charset=utf-8')
    expect(contentTypeOf('a.exe')).toBe('application/octet-stream')
  })
})
