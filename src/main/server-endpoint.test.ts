import { describe, expect, it } from 'vitest'
import { AppError, type Envelope } from '../shared/errors'
import {
  createServerEndpoint,
  describeOpenFailure,
  parseServerArgs,
  serverArgs,
  type EndpointServer
} from './server-endpoint'
import type { FromServer } from './server-protocol'

function deferred<T>() {
  let resolve: (value: T) => void = () => {}
  const promise = new Promise<T>((r) => (resolve = r))
  return { promise, resolve }
}

function call(id: number, method: string, input: unknown, token: string | null) {
  return { type: 'call', id, method, input, token }
}

function setup(dispatch: EndpointServer['dispatch']) {
  const posted: FromServer[] = []
  const exits: number[] = []
  const events: string[] = []
  const server: EndpointServer = {
    dispatch,
    close: () => {
      events.push('close')
    }
  }
  const endpoint = createServerEndpoint(
    server,
    (message) => posted.push(message),
    (code) => {
      events.push('exit')
      exits.push(code)
    }
  )
  return { endpoint, posted, exits, events }
}

describe('createServerEndpoint', () => {
  it('answers a call with the dispatch envelope under the same id', async () => {
    const calls: unknown[] = []
    const { endpoint, posted } = setup(async (method, input, token) => {
      calls.push([method, input, token])
      return { ok: true, value: { method } }
    })
    await endpoint.handle(call(7, 'cases/get', { id: 'x' }, 't'))
    expect(calls).toEqual([['cases/get', { id: 'x' }, 't']])
    const envelope = { ok: true, value: { method: 'cases/get' } }
    expect(posted).toEqual([{ type: 'reply', id: 7, envelope }])
  })

  it('ignores malformed messages', async () => {
    const { endpoint, posted } = setup(async () => ({ ok: true, value: 1 }))
    const junk = [
      null,
      'call',
      { type: 'call', id: 0, method: 'x', token: null },
      { type: 'call', id: 1, method: 3 },
      { type: 'call', id: 1, method: 'x', token: 5 }
    ]
    for (const message of junk) await endpoint.handle(message)
    expect(posted).toEqual([])
  })

  it('turns a throwing dispatch into an INTERNAL envelope', async () => {
    const { endpoint, posted } = setup(async () => {
      throw new Error('boom')
    })
    await endpoint.handle(call(1, 'cases/list', {}, null))
    expect(posted[0]).toMatchObject({ id: 1, envelope: { ok: false, error: { code: 'INTERNAL' } } })
  })

  it('still answers when the reply cannot be posted', async () => {
    const posted: FromServer[] = []
    let first = true
    const endpoint = createServerEndpoint(
      { dispatch: async () => ({ ok: true, value: 1 }), close: () => {} },
      (message) => {
        if (first) {
          first = false
          throw new Error('could not be cloned')
        }
        posted.push(message)
      },
      () => {}
    )
    await endpoint.handle(call(3, 'cases/list', {}, null))
    expect(posted[0]).toMatchObject({ id: 3, envelope: { ok: false, error: { code: 'INTERNAL' } } })
  })

  it('on shutdown finishes in-flight calls, then closes the database, then exits', async () => {
    const gate = deferred<Envelope<unknown>>()
    const { endpoint, posted, exits, events } = setup(() => gate.promise)
    const update = endpoint.handle(call(1, 'cases/update', {}, 't'))
    const shutdown = endpoint.handle({ type: 'shutdown' })
    await endpoint.handle(call(2, 'cases/list', {}, 't'))
    const refused = { code: 'INTERNAL', message: '案衡正在退出，操作未执行。' }
    expect(posted).toEqual([{ type: 'reply', id: 2, envelope: { ok: false, error: refused } }])
    expect(events).toEqual([])
    gate.resolve({ ok: true, value: 'done' })
    await update
    await shutdown
    expect(posted[1]).toEqual({ type: 'reply', id: 1, envelope: { ok: true, value: 'done' } })
    expect(events).toEqual(['close', 'exit'])
    expect(exits).toEqual([0])
  })
})

describe('shutdown hooks', () => {
  it('runs beforeClose, closes, runs afterClose, then exits', async () => {
    const events: string[] = []
    const endpoint = createServerEndpoint(
      { dispatch: async () => ({ ok: true, value: 1 }), close: () => events.push('close') },
      () => {},
      (code) => events.push(`exit:${code}`),
      {
        beforeClose: async () => void events.push('before'),
        afterClose: async () => void events.push('after')
      }
    )
    await endpoint.handle({ type: 'shutdown' })
    expect(events).toEqual(['before', 'close', 'after', 'exit:0'])
  })

  it('logs a failing hook and still closes and exits', async () => {
    const events: string[] = []
    const endpoint = createServerEndpoint(
      { dispatch: async () => ({ ok: true, value: 1 }), close: () => events.push('close') },
      () => {},
      (code) => events.push(`exit:${code}`),
      {
        beforeClose: () => Promise.reject(new Error('stop failed')),
        afterClose: () => Promise.reject(new Error('backup failed')),
        log: (message, error) => events.push(`${message} ${(error as Error).message}`)
      }
    )
    await endpoint.handle({ type: 'shutdown' })
    expect(events).toEqual([
      'before close: stop failed',
      'close',
      'after close: backup failed',
      'exit:0'
    ])
  })
})

describe('describeOpenFailure', () => {
  it('passes refusals from the migrator through', () => {
    const refusal = new AppError('REFUSED', '该文件不是案衡数据库，已拒绝打开。')
    expect(describeOpenFailure(refusal, '/d/y.sqlite')).toBe(refusal.message)
  })

  it('explains an ABI mismatch of the native module', () => {
    const message = 'was compiled against a different Node.js version using NODE_MODULE_VERSION 115'
    const error = Object.assign(new Error(message), { code: 'ERR_DLOPEN_FAILED' })
    expect(describeOpenFailure(error, '/d/y.sqlite')).toContain('better-sqlite3')
  })

  it('names the file otherwise', () => {
    const reason = describeOpenFailure(new Error('SQLITE_CANTOPEN'), '/d/y.sqlite')
    expect(reason).toContain('/d/y.sqlite')
  })
})

describe('server args', () => {
  it('round-trips through argv wherever they appear', () => {
    const args = serverArgs('/data/案衡 dir', '/res/native/better_sqlite3.node')
    const argv = ['/electron', '--type=utility', ...args, '/out/main/server-process.js']
    expect(parseServerArgs(argv)).toEqual({
      dataDir: '/data/案衡 dir',
      nativeBinding: '/res/native/better_sqlite3.node'
    })
  })

  it('omits the binding when there is none, and keeps values that start with a dash', () => {
    expect(serverArgs('-odd', null)).toEqual(['--yardstick-data=-odd'])
    const parsed = parseServerArgs(serverArgs('-odd', null))
    expect(parsed).toEqual({ dataDir: '-odd', nativeBinding: null })
    expect(parseServerArgs(['--yardstick-data='])).toEqual({ dataDir: null, nativeBinding: null })
  })
})
