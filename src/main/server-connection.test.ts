import { describe, expect, it } from 'vitest'
import type { Envelope } from '../shared/errors'
import {
  DOWN_MESSAGE,
  LOST_MESSAGE,
  STOPPING_MESSAGE,
  ServerConnection,
  type ConnectionOptions,
  type ServerChild
} from './server-connection'
import type { ToServer } from './server-protocol'

class FakeChild implements ServerChild {
  sent: ToServer[] = []
  killed = false
  #message: ((message: unknown) => void) | null = null
  #exit: ((code: number) => void) | null = null
  post = (message: ToServer) => {
    this.sent.push(message)
  }
  kill = () => {
    this.killed = true
  }
  onMessage = (listener: (message: unknown) => void) => {
    this.#message = listener
  }
  onExit = (listener: (code: number) => void) => {
    this.#exit = listener
  }
  reply(id: number, envelope: Envelope<unknown>) {
    this.#message?.({ type: 'reply', id, envelope })
  }
  send(message: unknown) {
    this.#message?.(message)
  }
  exit(code: number) {
    this.#exit?.(code)
  }
  lastCallId(): number {
    const call = this.sent.findLast((m) => m.type === 'call')
    if (!call || call.type !== 'call') throw new Error('no call sent')
    return call.id
  }
}

function setup(overrides: Partial<ConnectionOptions> = {}) {
  const children: FakeChild[] = []
  const giveUps: string[] = []
  const timers: { run: () => void; ms: number; cancelled: boolean }[] = []
  let clock = 0
  const connection = new ServerConnection({
    spawn: () => {
      const child = new FakeChild()
      children.push(child)
      return child
    },
    onGiveUp: (reason) => giveUps.push(reason),
    log: () => {},
    now: () => clock,
    setTimer: (run, ms) => {
      const timer = { run, ms, cancelled: false }
      timers.push(timer)
      return { cancel: () => (timer.cancelled = true) }
    },
    ...overrides
  })
  const current = () => {
    const child = children.at(-1)
    if (!child) throw new Error('no child')
    return child
  }
  return { connection, children, giveUps, timers, current, advance: (ms: number) => (clock += ms) }
}

describe('ServerConnection', () => {
  it('relays a call and resolves it with the reply of the same id', async () => {
    const { connection, current } = setup()
    connection.start()
    const first = connection.call('cases/get', { id: 'a' }, 'tok')
    const second = connection.call('cases/list', {}, null)
    const [a, b] = current().sent
    expect(a).toEqual({
      type: 'call',
      id: 1,
      method: 'cases/get',
      input: { id: 'a' },
      token: 'tok'
    })
    expect(b).toMatchObject({ type: 'call', id: 2, token: null })
    current().reply(2, { ok: true, value: 'second' })
    current().reply(1, { ok: true, value: 'first' })
    expect(await first).toEqual({ ok: true, value: 'first' })
    expect(await second).toEqual({ ok: true, value: 'second' })
  })

  it('ignores malformed messages and replies to unknown ids', async () => {
    const { connection, current } = setup()
    connection.start()
    const pending = connection.call('cases/get', {}, null)
    current().send({ type: 'reply', id: 1, envelope: { ok: 'yes' } })
    current().send('garbage')
    current().reply(99, { ok: true, value: 'stray' })
    current().reply(1, { ok: false, error: { code: 'NOT_FOUND', message: '未找到' } })
    expect(await pending).toEqual({ ok: false, error: { code: 'NOT_FOUND', message: '未找到' } })
  })

  it('answers pending calls with INTERNAL when the process dies, then restarts it', async () => {
    const { connection, children, current } = setup()
    connection.start()
    const pending = connection.call('cases/create', {}, 'tok')
    current().exit(1)
    expect(await pending).toEqual({ ok: false, error: { code: 'INTERNAL', message: LOST_MESSAGE } })
    expect(children).toHaveLength(2)
    const next = connection.call('cases/list', {}, 'tok')
    current().reply(current().lastCallId(), { ok: true, value: [] })
    expect(await next).toEqual({ ok: true, value: [] })
  })

  it('ignores a late message from a process that was replaced', async () => {
    const { connection, children, current } = setup()
    connection.start()
    const old = current()
    old.exit(1)
    const pending = connection.call('cases/list', {}, null)
    old.reply(1, { ok: true, value: 'from the dead' })
    current().reply(1, { ok: true, value: 'fresh' })
    expect(await pending).toEqual({ ok: true, value: 'fresh' })
    expect(children).toHaveLength(2)
  })

  it('gives up after too many restarts in the window, and reports once', async () => {
    const { connection, children, giveUps, current } = setup({ maxRestarts: 2 })
    connection.start()
    current().exit(1)
    current().exit(1)
    current().exit(1)
    expect(children).toHaveLength(3)
    expect(giveUps).toHaveLength(1)
    expect(giveUps[0]).toContain('退出码 1')
    expect(connection.state).toBe('failed')
    expect(await connection.call('cases/list', {}, null)).toEqual({
      ok: false,
      error: { code: 'INTERNAL', message: DOWN_MESSAGE }
    })
  })

  it('forgets old restarts once the window has passed', () => {
    const { connection, children, giveUps, current, advance } = setup({
      maxRestarts: 1,
      restartWindowMs: 1000
    })
    connection.start()
    current().exit(1)
    advance(1500)
    current().exit(1)
    expect(children).toHaveLength(3)
    expect(giveUps).toHaveLength(0)
  })

  it('does not restart after a fatal message, and reports its reason', async () => {
    const { connection, children, giveUps, current } = setup()
    connection.start()
    const pending = connection.call('cases/list', {}, null)
    current().send({ type: 'fatal', message: '数据库版本（9）比本软件支持的版本（1）新' })
    expect(current().killed).toBe(true)
    current().exit(2)
    expect(children).toHaveLength(1)
    expect(giveUps).toEqual(['数据库版本（9）比本软件支持的版本（1）新'])
    expect((await pending).ok).toBe(false)
  })

  it('gives up when the process cannot be spawned', () => {
    const giveUps: string[] = []
    const connection = new ServerConnection({
      spawn: () => {
        throw new Error('no such file')
      },
      onGiveUp: (reason) => giveUps.push(reason),
      log: () => {}
    })
    connection.start()
    expect(giveUps[0]).toContain('no such file')
    expect(connection.state).toBe('failed')
  })

  it('answers a call whose input cannot be sent, without leaving it pending', async () => {
    const { connection, current } = setup()
    connection.start()
    current().post = () => {
      throw new Error('could not be cloned')
    }
    const result = await connection.call('cases/create', { f: () => 1 }, null)
    expect(result.ok).toBe(false)
  })

  it('stops gracefully: shutdown, in-flight replies still delivered, no restart', async () => {
    const { connection, children, timers, current } = setup()
    connection.start()
    const inFlight = connection.call('cases/update', {}, 'tok')
    const stopped = connection.stop()
    expect(current().sent.at(-1)).toEqual({ type: 'shutdown' })
    expect(await connection.call('cases/list', {}, 'tok')).toEqual({
      ok: false,
      error: { code: 'INTERNAL', message: STOPPING_MESSAGE }
    })
    current().reply(1, { ok: true, value: 'saved' })
    current().exit(0)
    await stopped
    expect(await inFlight).toEqual({ ok: true, value: 'saved' })
    expect(children).toHaveLength(1)
    expect(connection.state).toBe('stopped')
    expect(timers[0]?.cancelled).toBe(true)
    expect(connection.stop()).toBe(connection.stop())
  })

  it('kills a process that does not stop in time', async () => {
    const { connection, timers, current } = setup({ stopTimeoutMs: 500 })
    connection.start()
    const stopped = connection.stop()
    expect(timers[0]?.ms).toBe(500)
    timers[0]?.run()
    expect(current().killed).toBe(true)
    current().exit(-1)
    await stopped
    expect(connection.state).toBe('stopped')
  })

  it('stops at once when nothing is running', async () => {
    const { connection } = setup()
    await connection.stop()
    expect(connection.state).toBe('stopped')
  })
})
