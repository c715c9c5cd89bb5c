// Property tests of the browser host's front door. It listens on loopback, but any web page the user
// visits can make the browser send requests to it, and any local process can send raw bytes: so the
// file server must never leave the renderer folder, the Host and Origin checks must refuse every
// foreign value, and the API must always answer with a JSON envelope the renderer can show.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { connect } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import {
  array,
  asyncProperty,
  constant,
  constantFrom,
  assert as fcAssert,
  oneof,
  option,
  string,
  tuple,
  type Arbitrary
} from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createServerOnDb } from '../server/app'
import { migrate } from '../server/db/migrate'
import { startHost, type RunningHost } from './http-host'

const RUNS = { numRuns: 150 }

// Files beside the renderer folder, each with a marker that must never appear in a response. The
// sibling folder shares the renderer's name as a prefix, the classic startsWith() confusion.
const SECRET = 'TOP-SECRET-beside-renderer'
const SIBLING_SECRET = 'TOP-SECRET-in-sibling-folder'
const INDEX = '<!doctype html><title>案衡</title>'
const APP_JS = 'console.log("app")'

let root = ''
let host: RunningHost
let cookie = ''
let ownHost = ''

type RawReply = { status: number; head: string; body: string }

/**
 * Sends `request` byte for byte over a fresh socket (no client-side validation or normalisation, unlike
 * node:http) and reads until the server closes: HTTP/1.0 replies are neither chunked nor kept alive.
 */
function raw(request: string): Promise<RawReply> {
  return new Promise((resolve, reject) => {
    const port = Number(new URL(host.origin).port)
    const socket = connect(port, '127.0.0.1')
    const chunks: Buffer[] = []
    socket.on('data', (c: Buffer) => chunks.push(c))
    socket.on('error', reject)
    socket.on('close', () => {
      const text = Buffer.concat(chunks).toString('latin1')
      const split = text.indexOf('\r\n\r\n')
      const head = split < 0 ? text : text.slice(0, split)
      const body = split < 0 ? '' : Buffer.from(text.slice(split + 4), 'latin1').toString('utf8')
      resolve({ status: Number(/^HTTP\/1\.[01] (\d{3})/.exec(head)?.[1] ?? 0), head, body })
    })
    // Not end(): the server drops a half-closed connection before an asynchronous reply is written.
    socket.write(Buffer.from(request, 'latin1'))
    socket.setTimeout(5000, () => socket.destroy(new Error(`no reply to ${request.slice(0, 80)}`)))
  })
}

function get(path: string, headers: string[] = [`Host: ${ownHost}`, `Cookie: ${cookie}`]) {
  return raw(`GET ${path} HTTP/1.0\r\n${headers.map((h) => `${h}\r\n`).join('')}\r\n`)
}

function postApi(path: string, headers: string[], body = '{}') {
  const all = [
    `Host: ${ownHost}`,
    `Cookie: ${cookie}`,
    'Content-Type: application/json',
    `Content-Length: ${Buffer.byteLength(body)}`,
    ...headers
  ]
  return raw(`POST ${path} HTTP/1.0\r\n${all.map((h) => `${h}\r\n`).join('')}\r\n${body}`)
}

type Envelope = { ok: boolean; error?: { code: string; message: string } }

function envelopeOf(reply: RawReply): Envelope {
  expect(reply.head.toLowerCase()).toContain('content-type: application/json')
  const parsed = JSON.parse(reply.body) as unknown
  expect(parsed).toMatchObject({ ok: expect.any(Boolean) })
  const env = parsed as Envelope
  if (!env.ok) expect(env.error).toEqual({ code: expect.any(String), message: expect.any(String) })
  return env
}

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'ys-host-prop-'))
  const staticDir = join(root, 'renderer')
  mkdirSync(join(staticDir, 'assets'), { recursive: true })
  writeFileSync(join(staticDir, 'index.html'), INDEX)
  writeFileSync(join(staticDir, 'assets', 'app.js'), APP_JS)
  writeFileSync(join(root, 'secret.txt'), SECRET)
  mkdirSync(join(root, 'renderer-sibling'))
  writeFileSync(join(root, 'renderer-sibling', 'secret.txt'), SIBLING_SECRET)
  const db = new Database(':memory:')
  migrate(db)
  host = await startHost({
    server: createServerOnDb(db, { log: () => undefined }),
    staticDir,
    port: 0
  })
  ownHost = new URL(host.origin).host
  const launch = await get(`/?launch=${host.launchToken}`, [`Host: ${ownHost}`])
  cookie = /set-cookie: ([^;\r\n]+)/i.exec(launch.head)?.[1] ?? ''
  expect(cookie).toMatch(/^ys_launch=/)
})

afterAll(async () => {
  await host.close()
  rmSync(root, { recursive: true, force: true })
})

/** Path pieces an attacker would combine: dot segments in every encoding, separators, NUL, names. */
const segment: Arbitrary<string> = oneof(
  constantFrom(
    '..',
    '.',
    '',
    '%2e%2e',
    '%2E%2e',
    '.%2e',
    '%2e.',
    '..%2f',
    '..%2F',
    '..%5c',
    '..\\',
    '\\..',
    '%5c..',
    '%00',
    '..%00',
    '%252e%252e',
    '%c0%ae%c0%ae',
    '%e0%80%ae',
    '....',
    '..;',
    'secret.txt',
    'renderer',
    'renderer-sibling',
    'renderer-sibling%2fsecret.txt',
    'assets',
    'app.js',
    'index.html',
    '~',
    '%',
    '%zz'
  ),
  string({ unit: constantFrom(...'.%/\\2efcFC5a0s'), maxLength: 12 })
)

const requestPath: Arbitrary<string> = tuple(
  constantFrom('/', '//', '/./', '///'),
  array(segment, { maxLength: 8 }),
  option(constantFrom('?x=1', '?launch=1', '#frag', '?/../secret.txt'), { nil: '' })
).map(([lead, segments, tail]) => lead + segments.join('/') + tail)

describe('static files', () => {
  it('never serves a file outside the renderer folder, whatever the path', async () => {
    await fcAssert(
      asyncProperty(
        requestPath,
        constantFrom('origin-form', 'absolute-form'),
        async (path, form) => {
          const target = form === 'origin-form' ? path : `http://${ownHost}${path}`
          const reply = await get(target)
          expect(reply.body, target).not.toContain(SECRET)
          expect(reply.body, target).not.toContain(SIBLING_SECRET)
          // Whatever is served is one of the renderer's own files.
          if (reply.status === 200) expect([INDEX, APP_JS], target).toContain(reply.body)
        }
      ),
      RUNS
    )
  })

  it('still serves the app itself (the property above is not vacuous)', async () => {
    expect((await get('/assets/app.js')).body).toBe(APP_JS)
    expect((await get('/cases/123')).body).toBe(INDEX)
  })
})

/** Header values a client can put on the wire: printable ASCII with inner spaces and tabs. */
const headerValue = string({
  unit: constantFrom(...' \t!#%-./0123456789:;@[]_abcdefghijklmnopqrstuvwxyzAEILOST'),
  maxLength: 40
})

/** Near-misses of a legitimate value, the interesting part of the space. */
function nearMisses(own: string): Arbitrary<string> {
  return oneof(
    constantFrom(
      own.replace('127.0.0.1', 'localhost'),
      own.replace('127.0.0.1', '127.1'),
      own.replace('127.0.0.1', '[::1]'),
      own.replace('127.0.0.1', '0.0.0.0'),
      own.replace('127.0.0.1', '127.0.0.01'),
      `${own}.`,
      `${own}:80`,
      `${own}@evil.example`,
      `evil.example/${own}`,
      `${own}, evil.example`,
      own.replace(/:(\d+)/, ':0$1'),
      own.replace(/:(\d+)$/, ''),
      `${own}.evil.example`,
      'null',
      ''
    ),
    tuple(headerValue, headerValue).map(([a, b]) => `${a}${own}${b}`)
  )
}

/** HTTP strips leading and trailing spaces and tabs from a header value (RFC 9110 §5.5). */
const onWire = (v: string) => v.replace(/^[ \t]+|[ \t]+$/g, '')

describe('Host and Origin checks', () => {
  it('refuses every Host header other than the host’s own (DNS rebinding)', async () => {
    const own = ownHost
    await fcAssert(
      asyncProperty(oneof(headerValue, nearMisses(own)), async (value) => {
        if (onWire(value) === own) return
        const reply = await get('/', [`Host: ${value}`, `Cookie: ${cookie}`])
        expect(reply.status, JSON.stringify(value)).not.toBe(200)
        expect(reply.body).not.toContain('案衡')
      }),
      RUNS
    )
    // A request without any Host header (allowed in HTTP/1.0) is refused too.
    expect((await get('/', [`Cookie: ${cookie}`])).status).toBe(421)
  })

  it('refuses every API call whose Origin is not the host’s own (cross-site requests)', async () => {
    await fcAssert(
      asyncProperty(oneof(headerValue, nearMisses(host.origin)), async (value) => {
        if (onWire(value) === host.origin) return
        const reply = await postApi('/api/session/status', [`Origin: ${value}`])
        expect(reply.status, JSON.stringify(value)).toBe(403)
        expect(envelopeOf(reply).error?.code).toBe('FORBIDDEN')
      }),
      RUNS
    )
    // The control: the same call from the host's own page is answered.
    const own = await postApi('/api/session/status', [`Origin: ${host.origin}`])
    expect(envelopeOf(own)).toEqual({ ok: true, value: { state: 'setupRequired' } })
  })
})

describe('API method names', () => {
  const methodName = oneof(
    string({ unit: 'binary', maxLength: 40 }),
    constantFrom('__proto__', 'constructor', 'toString', 'hasOwnProperty', 'cases/../users/create'),
    constant('session/status')
  )

  it('answers any well-encoded method name with a JSON envelope, never INTERNAL', async () => {
    await fcAssert(
      asyncProperty(methodName, async (name) => {
        const path = `/api/${name.split('/').map(encodeURIComponent).join('/')}`
        const reply = await postApi(path, [])
        const env = envelopeOf(reply)
        expect(env.error?.code, path).not.toBe('INTERNAL')
        expect(reply.status, path).toBe(200)
      }),
      RUNS
    )
  })

  it('answers any raw method name, however malformed, with a JSON envelope', async () => {
    const rawName = string({ unit: constantFrom(...'%/.?#;=&+aAzZ09eE_-~'), maxLength: 30 })
    await fcAssert(
      asyncProperty(rawName, async (name) => {
        const reply = await postApi(`/api/${name}`, [])
        envelopeOf(reply)
      }),
      RUNS
    )
  })

  // Regression (found by the property above): /api/.. was resolved to / by URL parsing and answered
  // as a static request (405 text), not as an API call.
  it('answers a dot-segment method name as an API call', async () => {
    const reply = await postApi('/api/..', [])
    expect(envelopeOf(reply).error?.code).toBe('UNKNOWN_METHOD')
  })

  // Regression (found by these properties): a malformed percent-escape in the method name made
  // decodeURIComponent throw and was answered 500 INTERNAL — a client mistake reported as a server fault.
  it('answers a malformed percent-escape in the method name as a client error', async () => {
    const reply = await postApi('/api/%', [])
    expect(reply.status).toBeLessThan(500)
    expect(envelopeOf(reply).error?.code).not.toBe('INTERNAL')
  })
})

describe('request targets', () => {
  // Regression (found by these properties): a target starting with // is read as a scheme-relative URL;
  // an invalid authority made the URL constructor throw and the request was answered 500.
  it('refuses a target that is not a valid URL path as a client error', async () => {
    const reply = await get('//[/')
    expect(reply.status).toBeLessThan(500)
  })
})
