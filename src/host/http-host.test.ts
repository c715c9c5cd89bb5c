import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { request } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createServerOnDb } from '../server/app'
import { migrate } from '../server/db/migrate'
import { startHost, type RunningHost } from './http-host'
import { resolveStaticPath } from './static-files'

let host: RunningHost
let cookie = ''

type Reply = {
  status: number
  headers: Record<string, string | string[] | undefined>
  body: string
}

function send(
  path: string,
  init: { method?: string; headers?: Record<string, string>; body?: string } = {}
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      `${host.origin}${path}`,
      { method: init.method ?? 'GET', headers: init.headers ?? {} },
      (res) => {
        let body = ''
        res.on('data', (c: Buffer) => (body += c.toString()))
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }))
      }
    )
    req.on('error', reject)
    req.end(init.body)
  })
}

beforeAll(async () => {
  const root = mkdtempSync(join(tmpdir(), 'ys-host-'))
  const staticDir = join(root, 'renderer')
  mkdirSync(staticDir)
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>案衡</title>')
  writeFileSync(join(root, 'secret.txt'), 'secret')
  const db = new Database(':memory:')
  migrate(db)
  host = await startHost({ server: createServerOnDb(db), staticDir, port: 0 })
})

afterAll(() => host.close())

describe('browser host', () => {
  it('binds to loopback and refuses requests without the launch cookie', async () => {
    expect(host.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
    const page = await send('/')
    expect(page.status).toBe(403)
    const api = await send('/api/session/status', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}'
    })
    expect(api.status).toBe(403)
  })

  it('sets an HttpOnly same-site cookie from the launch URL, then serves the app with a strict CSP', async () => {
    const wrong = await send('/?launch=guess')
    expect(wrong.status).toBe(403)
    const launch = await send(`/?launch=${host.launchToken}`)
    expect(launch.status).toBe(303)
    const setCookie = String(launch.headers['set-cookie'])
    expect(setCookie).toContain('HttpOnly')
    expect(setCookie).toContain('SameSite=Strict')
    cookie = setCookie.split(';')[0] ?? ''
    const page = await send('/cases/123', { headers: { cookie } })
    expect(page.status).toBe(200)
    expect(page.body).toContain('案衡')
    expect(page.headers['content-security-policy']).toContain("script-src 'self'")
    expect(page.headers['content-security-policy']).not.toContain('unsafe-eval')
  })

  it('answers the API with envelopes', async () => {
    const reply = await send('/api/session/status', {
      method: 'POST',
      headers: { cookie, 'content-type': 'application/json' },
      body: '{}'
    })
    expect(JSON.parse(reply.body)).toEqual({ ok: true, value: { state: 'setupRequired' } })
    const bad = await send('/api/session/status', {
      method: 'POST',
      headers: { cookie, 'content-type': 'application/json' },
      body: '{oops'
    })
    expect(bad.status).toBe(400)
    expect(JSON.parse(bad.body).error.code).toBe('VALIDATION')
  })

  it('refuses cross-origin API calls, a foreign Host header and oversized bodies', async () => {
    const cross = await send('/api/session/status', {
      method: 'POST',
      headers: { cookie, 'content-type': 'application/json', origin: 'http://evil.example' },
      body: '{}'
    })
    expect(cross.status).toBe(403)
    const rebinding = await send('/', { headers: { cookie, host: 'evil.example' } })
    expect(rebinding.status).toBe(421)
    const big = await send('/api/session/status', {
      method: 'POST',
      headers: { cookie, 'content-type': 'application/json' },
      body: JSON.stringify({ x: 'x'.repeat(2 * 1024 * 1024) })
    }).catch(() => ({ status: 413 }))
    expect(big.status).toBe(413)
  })

  it('never serves files outside the renderer folder', async () => {
    expect(resolveStaticPath('/srv/r', '/../secret.txt')).toBeNull()
    expect(resolveStaticPath('/srv/r', '/%2e%2e/secret.txt')).toBeNull()
    expect(resolveStaticPath('/srv/r', '/..%5csecret.txt')).toBeNull()
    expect(resolveStaticPath('/srv/r', '/assets/app.js')).toBe('/srv/r/assets/app.js')
    const traversal = await send('/%2e%2e/secret.txt', { headers: { cookie } })
    expect(traversal.status).toBe(404)
  })
})
