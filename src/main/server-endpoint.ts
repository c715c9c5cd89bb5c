// The utility process's message loop, apart from the process plumbing so it can be tested with a
// fake server: answers each call with the dispatch envelope, and on shutdown lets in-flight calls
// finish before closing the database.
import type { Server } from '../server/app'
import { AppError, type Envelope } from '../shared/errors'
import { internalError, isToServer, type FromServer } from './server-protocol'

export type EndpointServer = Pick<Server, 'dispatch' | 'close'>

export type Endpoint = {
  /** Handles one message from main; resolves when its reply has been posted. */
  handle: (message: unknown) => Promise<void>
}

export type EndpointHooks = {
  /** Runs after the last call and before the database closes (e.g. let a scheduled backup finish). */
  beforeClose?: () => Promise<void>
  /** Runs once the database is closed, before the process exits (the backup on quit). */
  afterClose?: () => Promise<void>
  log?: (message: string, error: unknown) => void
}

export function createServerEndpoint(
  server: EndpointServer,
  post: (message: FromServer) => void,
  exit: (code: number) => void,
  hooks: EndpointHooks = {}
): Endpoint {
  const log = hooks.log ?? ((message, error) => console.error(message, error))
  const inFlight = new Set<Promise<void>>()
  let closing = false

  async function answer(id: number, method: string, input: unknown, token: string | null) {
    let envelope: Envelope<unknown>
    try {
      envelope = await server.dispatch(method, input, token)
    } catch {
      // dispatch turns every failure into an envelope; this is a last line of defence.
      envelope = internalError('内部错误，操作未完成。')
    }
    try {
      post({ type: 'reply', id, envelope })
    } catch {
      // The value could not be cloned across the port; main must still get an answer for this id.
      post({ type: 'reply', id, envelope: internalError('内部错误：结果无法传回界面。') })
    }
  }

  async function shutdown() {
    closing = true
    await Promise.allSettled([...inFlight])
    try {
      // A failing hook is logged and never keeps the process (and the app's quit) waiting.
      await hooks.beforeClose?.().catch((error: unknown) => log('before close:', error))
      server.close()
      await hooks.afterClose?.().catch((error: unknown) => log('after close:', error))
    } finally {
      exit(0)
    }
  }

  return {
    async handle(message) {
      if (!isToServer(message)) return
      if (message.type === 'shutdown') return shutdown()
      if (closing) {
        const envelope = internalError('案衡正在退出，操作未执行。')
        post({ type: 'reply', id: message.id, envelope })
        return
      }
      const task = answer(message.id, message.method, message.input, message.token)
      inFlight.add(task)
      try {
        await task
      } finally {
        inFlight.delete(task)
      }
    }
  }
}

const ABI_MISMATCH = /NODE_MODULE_VERSION|ERR_DLOPEN_FAILED|compiled against a different Node\.js/

/** A user-facing (Chinese) reason the database could not be opened, for the give-up dialog. */
export function describeOpenFailure(error: unknown, file: string): string {
  // Refusals from the migrator (not a Yardstick file, a newer schema) already speak to the user.
  if (error instanceof AppError) return error.message
  const code = (error as { code?: unknown } | null)?.code
  const text = error instanceof Error ? `${error.message} ${String(code)}` : ''
  if (ABI_MISMATCH.test(text)) {
    return (
      '数据库组件（better-sqlite3）不是为本桌面运行时编译的，无法打开数据库。' +
      '请安装正式版本，或改用浏览器模式（npm run start:web）。'
    )
  }
  return `无法打开数据库文件：${file}。请检查文件夹权限和磁盘空间。`
}

export type ServerArgs = { dataDir: string | null; nativeBinding: string | null }

export const DATA_FLAG = '--yardstick-data='
export const BINDING_FLAG = '--yardstick-native-binding='

/**
 * Reads the two flags main passes to the utility process. They are searched for anywhere in argv,
 * with `=` joining name and value, so neither the position of the script path nor a value that
 * starts with `-` matters.
 */
export function parseServerArgs(argv: readonly string[]): ServerArgs {
  const value = (flag: string) => {
    const hit = argv.find((arg) => arg.startsWith(flag))
    return hit === undefined || hit.length === flag.length ? null : hit.slice(flag.length)
  }
  return { dataDir: value(DATA_FLAG), nativeBinding: value(BINDING_FLAG) }
}

export function serverArgs(dataDir: string, nativeBinding: string | null): string[] {
  return nativeBinding ? [DATA_FLAG + dataDir, BINDING_FLAG + nativeBinding] : [DATA_FLAG + dataDir]
}
