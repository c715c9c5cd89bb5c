// The one IPC channel. Every handler of the server map is reached through it, so the checks below —
// sender, method name, token type — guard all of them at once. Electron is only a type here
// (ipcMain is passed in), which keeps this file testable under plain Node.
import type { IpcMain, IpcMainInvokeEvent } from 'electron'
import { isMethod } from '../shared/api'
import type { Envelope } from '../shared/errors'
import { isTrustedSender } from './window-options'

/** Must equal the channel the preload invokes (a test reads the preload source to check). */
export const INVOKE_CHANNEL = 'yardstick:invoke'

export type SenderFrame = { url: string; isTopFrame: boolean } | null

export type Relay = (
  method: string,
  input: unknown,
  token: string | null
) => Promise<Envelope<unknown>>

export type InvokeHandler = (
  frame: SenderFrame,
  method: unknown,
  input: unknown,
  token: unknown
) => Promise<Envelope<unknown>>

type RefusalCode = 'FORBIDDEN' | 'UNKNOWN_METHOD' | 'VALIDATION'

function refused(code: RefusalCode, message: string): Envelope<never> {
  return { ok: false, error: { code, message } }
}

export function createInvokeHandler(relay: Relay, appOrigin: string): InvokeHandler {
  return async (frame, method, input, token) => {
    // Only the top frame of our own page may call: not a stale page, not an embedded frame.
    if (!frame || !frame.isTopFrame || !isTrustedSender(frame.url, appOrigin)) {
      return refused('FORBIDDEN', '请求来源不可信，已拒绝。')
    }
    if (typeof method !== 'string' || !isMethod(method)) {
      const name = typeof method === 'string' ? method.slice(0, 64) : typeof method
      return refused('UNKNOWN_METHOD', `未知的操作：${name}`)
    }
    if (token !== null && typeof token !== 'string') {
      return refused('VALIDATION', '请求格式无效。')
    }
    return relay(method, input, token)
  }
}

/**
 * A destroyed or navigated frame may be null, or throw when its URL is read; either way it is not
 * trusted.
 */
export function senderFrameOf(event: Pick<IpcMainInvokeEvent, 'senderFrame'>): SenderFrame {
  try {
    const frame = event.senderFrame
    return frame ? { url: frame.url, isTopFrame: frame.parent === null } : null
  } catch {
    return null
  }
}

/** Registers the channel; returns the function that removes it. */
export function registerInvoke(
  ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>,
  handler: InvokeHandler
): () => void {
  ipcMain.handle(INVOKE_CHANNEL, (event, method: unknown, input: unknown, token: unknown) =>
    handler(senderFrameOf(event), method, input, token)
  )
  return () => ipcMain.removeHandler(INVOKE_CHANNEL)
}
