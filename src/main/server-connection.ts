// Main's side of the server utility process: relays calls by id, answers every pending call when
// the process dies, restarts it a bounded number of times, and reports when it gives up. The
// process is injected (`spawn`), so this runs in unit tests without Electron.
import type { Envelope } from '../shared/errors'
import { internalError, isFromServer, type ToServer } from './server-protocol'

export type ServerChild = {
  post: (message: ToServer) => void
  kill: () => void
  onMessage: (listener: (message: unknown) => void) => void
  onExit: (listener: (code: number) => void) => void
}

export type Timer = { cancel: () => void }

export type ConnectionOptions = {
  spawn: () => ServerChild
  /** Called once when the server cannot be (re)started; the app should tell the user and quit. */
  onGiveUp: (reason: string) => void
  log?: (message: string) => void
  now?: () => number
  setTimer?: (run: () => void, ms: number) => Timer
  /** At most this many restarts within `restartWindowMs`, so a crash loop ends in a report. */
  maxRestarts?: number
  restartWindowMs?: number
  /** How long a graceful shutdown (finish in-flight calls, close the DB) may take before a kill. */
  stopTimeoutMs?: number
}

export const LOST_MESSAGE = '数据服务意外中断，本次操作是否已完成无法确定，请刷新后核对。'
export const DOWN_MESSAGE = '数据服务未运行，操作未执行。请重新启动案衡。'
export const STOPPING_MESSAGE = '案衡正在退出，操作未执行。'

type State = 'idle' | 'running' | 'stopping' | 'stopped' | 'failed'

const defaultTimer = (run: () => void, ms: number): Timer => {
  const handle = setTimeout(run, ms)
  return { cancel: () => clearTimeout(handle) }
}

export class ServerConnection {
  readonly #options: Required<Omit<ConnectionOptions, 'spawn' | 'onGiveUp'>> &
    Pick<ConnectionOptions, 'spawn' | 'onGiveUp'>
  readonly #pending = new Map<number, (envelope: Envelope<unknown>) => void>()
  #child: ServerChild | null = null
  #state: State = 'idle'
  #nextId = 1
  #restarts: number[] = []
  #fatal: string | null = null
  #stopping: Promise<void> | null = null
  #stopped: (() => void) | null = null

  constructor(options: ConnectionOptions) {
    this.#options = {
      log: (message) => console.error(message),
      now: () => Date.now(),
      setTimer: defaultTimer,
      maxRestarts: 3,
      restartWindowMs: 60_000,
      stopTimeoutMs: 5_000,
      ...options
    }
  }

  get state(): State {
    return this.#state
  }

  start(): void {
    if (this.#state !== 'idle') return
    this.#spawn()
  }

  /** Always resolves with an envelope: the renderer gets a coded error, never a rejection. */
  call(method: string, input: unknown, token: string | null): Promise<Envelope<unknown>> {
    if (this.#state === 'stopping' || this.#state === 'stopped') {
      return Promise.resolve(internalError(STOPPING_MESSAGE))
    }
    const child = this.#child
    if (this.#state !== 'running' || !child) return Promise.resolve(internalError(DOWN_MESSAGE))
    const id = this.#nextId++
    return new Promise((resolve) => {
      this.#pending.set(id, resolve)
      try {
        child.post({ type: 'call', id, method, input, token })
      } catch (error) {
        // Typically an input that cannot be structured-cloned; nothing reached the server.
        this.#pending.delete(id)
        this.#options.log(`server call ${method} could not be sent: ${String(error)}`)
        resolve(internalError('请求无法发送到数据服务，操作未执行。'))
      }
    })
  }

  /** Asks the server to finish in-flight calls and close the database; kills it after a timeout. */
  stop(): Promise<void> {
    if (this.#stopping) return this.#stopping
    const child = this.#child
    if (this.#state !== 'running' || !child) {
      this.#state = 'stopped'
      return Promise.resolve()
    }
    this.#state = 'stopping'
    const timer = this.#options.setTimer(() => child.kill(), this.#options.stopTimeoutMs)
    this.#stopping = new Promise<void>((resolve) => {
      this.#stopped = () => {
        timer.cancel()
        resolve()
      }
    })
    try {
      child.post({ type: 'shutdown' })
    } catch {
      child.kill()
    }
    return this.#stopping
  }

  #spawn(): void {
    let child: ServerChild
    try {
      child = this.#options.spawn()
    } catch (error) {
      this.#giveUp(`无法启动数据服务：${String(error)}`)
      return
    }
    this.#child = child
    this.#state = 'running'
    // Listeners ignore a process once it has been replaced, so a late message cannot resolve the
    // wrong call.
    child.onMessage((message) => {
      if (this.#child === child) this.#onMessage(child, message)
    })
    child.onExit((code) => {
      if (this.#child === child) this.#onExit(code)
    })
  }

  #onMessage(child: ServerChild, message: unknown): void {
    if (!isFromServer(message)) {
      this.#options.log('server process sent a malformed message; ignored')
      return
    }
    if (message.type === 'fatal') {
      this.#fatal = message.message
      child.kill()
      return
    }
    const resolve = this.#pending.get(message.id)
    if (!resolve) return
    this.#pending.delete(message.id)
    resolve(message.envelope)
  }

  #onExit(code: number): void {
    this.#child = null
    this.#failPending(LOST_MESSAGE)
    if (this.#state === 'stopping') {
      this.#state = 'stopped'
      const stopped = this.#stopped
      this.#stopped = null
      stopped?.()
      return
    }
    if (this.#fatal !== null) {
      this.#giveUp(this.#fatal)
      return
    }
    const now = this.#options.now()
    this.#restarts = this.#restarts.filter((at) => now - at < this.#options.restartWindowMs)
    if (this.#restarts.length >= this.#options.maxRestarts) {
      this.#giveUp(`数据服务反复异常退出（退出码 ${code}），已停止重试。已保存的数据不受影响。`)
      return
    }
    this.#restarts.push(now)
    this.#options.log(`server process exited with code ${code}; restarting`)
    this.#spawn()
  }

  #failPending(message: string): void {
    const pending = [...this.#pending.values()]
    this.#pending.clear()
    for (const resolve of pending) resolve(internalError(message))
  }

  #giveUp(reason: string): void {
    this.#state = 'failed'
    this.#child = null
    this.#failPending(LOST_MESSAGE)
    this.#options.onGiveUp(reason)
  }
}
