import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Envelope } from '../shared/errors'
import {
  createInvokeHandler,
  INVOKE_CHANNEL,
  registerInvoke,
  senderFrameOf,
  type Relay
} from './ipc'
import { APP_ENTRY_URL, APP_ORIGIN } from './window-options'

function setup() {
  const relayed: unknown[][] = []
  const relay: Relay = async (method, input, token) => {
    relayed.push([method, input, token])
    return { ok: true, value: 'relayed' }
  }
  return { relayed, handler: createInvokeHandler(relay, APP_ORIGIN) }
}

const top = { url: APP_ENTRY_URL, isTopFrame: true }

function codeOf(envelope: Envelope<unknown>): string | null {
  return envelope.ok ? null : envelope.error.code
}

describe('createInvokeHandler', () => {
  it('relays a known method from our top frame', async () => {
    const { handler, relayed } = setup()
    const relayedOk = { ok: true, value: 'relayed' }
    expect(await handler(top, 'cases/list', { page: 1 }, 'tok')).toEqual(relayedOk)
    expect(await handler(top, 'session/status', undefined, null)).toEqual(relayedOk)
    expect(relayed).toEqual([
      ['cases/list', { page: 1 }, 'tok'],
      ['session/status', undefined, null]
    ])
  })

  it.each([
    ['no frame', null],
    ['a foreign page', { url: 'https://evil.example/', isTopFrame: true }],
    ['a look-alike host', { url: 'app://yardstick.evil/index.html', isTopFrame: true }],
    ['credentials in the URL', { url: 'app://yardstick@evil/index.html', isTopFrame: true }],
    ['a file page', { url: 'file:///tmp/index.html', isTopFrame: true }],
    ['a subframe of our origin', { url: APP_ENTRY_URL, isTopFrame: false }]
  ])('refuses %s without relaying', async (_name, frame) => {
    const { handler, relayed } = setup()
    expect(codeOf(await handler(frame, 'cases/list', {}, 'tok'))).toBe('FORBIDDEN')
    expect(relayed).toEqual([])
  })

  it.each([
    42,
    null,
    undefined,
    { toString: () => 'cases/list' },
    'cases/nope',
    '__proto__',
    'constructor',
    'toString'
  ])('refuses method %s', async (method) => {
    const { handler, relayed } = setup()
    expect(codeOf(await handler(top, method, {}, null))).toBe('UNKNOWN_METHOD')
    expect(relayed).toEqual([])
  })

  it('caps the echoed method name', async () => {
    const { handler } = setup()
    const result = await handler(top, 'x'.repeat(10_000), {}, null)
    expect(result.ok ? '' : result.error.message.length).toBeLessThan(100)
  })

  it.each([1, {}, ['tok'], undefined])('refuses token %s', async (token) => {
    const { handler, relayed } = setup()
    expect(codeOf(await handler(top, 'cases/list', {}, token))).toBe('VALIDATION')
    expect(relayed).toEqual([])
  })
})

describe('senderFrameOf', () => {
  it('reads url and top-frame status', () => {
    const frame = { url: APP_ENTRY_URL, parent: null }
    expect(senderFrameOf({ senderFrame: frame as never })).toEqual(top)
    expect(senderFrameOf({ senderFrame: { url: APP_ENTRY_URL, parent: {} } as never })).toEqual({
      url: APP_ENTRY_URL,
      isTopFrame: false
    })
    expect(senderFrameOf({ senderFrame: null })).toBeNull()
  })

  it('treats a disposed frame as no frame', () => {
    const disposed = {
      get url(): string {
        throw new Error('Render frame was disposed')
      },
      parent: null
    }
    expect(senderFrameOf({ senderFrame: disposed as never })).toBeNull()
  })
})

describe('registerInvoke', () => {
  it('registers one channel and removes it', async () => {
    const handlers = new Map<string, (...args: unknown[]) => unknown>()
    const fakeIpc = {
      handle: (channel: string, listener: (...args: unknown[]) => unknown) => {
        handlers.set(channel, listener)
      },
      removeHandler: (channel: string) => {
        handlers.delete(channel)
      }
    }
    const { handler, relayed } = setup()
    const remove = registerInvoke(fakeIpc as never, handler)
    expect([...handlers.keys()]).toEqual([INVOKE_CHANNEL])
    const event = { senderFrame: { url: APP_ENTRY_URL, parent: null } }
    expect(await handlers.get(INVOKE_CHANNEL)?.(event, 'cases/get', { id: 'a' }, 't')).toEqual({
      ok: true,
      value: 'relayed'
    })
    expect(relayed).toEqual([['cases/get', { id: 'a' }, 't']])
    remove()
    expect(handlers.size).toBe(0)
  })
})

describe('preload', () => {
  const source = readFileSync(join(__dirname, '..', 'preload', 'index.ts'), 'utf8')

  it('invokes the channel main handles', () => {
    expect(source).toContain(`ipcRenderer.invoke('${INVOKE_CHANNEL}'`)
  })

  it('imports only contextBridge/ipcRenderer at runtime, and exposes its two bridge objects', () => {
    const runtimeImports = [...source.matchAll(/^import (?!type )(.*) from '([^']+)'/gm)]
    const imports = runtimeImports.map((m) => [m[1], m[2]])
    expect(imports).toEqual([['{ contextBridge, ipcRenderer }', 'electron']])
    const exposed = [...source.matchAll(/exposeInMainWorld\(([^)]*)\)/g)].map((m) => m[1])
    expect(exposed).toEqual(["'yardstick', bridge", "'yardstickDesktop', desktop"])
  })
})
