// Messages between main and the server's utility process. Both sides check every message with these
// guards: a port carries structured-cloned data, and a type annotation is not a check.
import type { Envelope, ErrorBody } from '../shared/errors'

export type CallMessage = {
  type: 'call'
  id: number
  method: string
  input: unknown
  token: string | null
}

/** main → server process */
export type ToServer = CallMessage | { type: 'shutdown' }

/** server process → main. `fatal`: the server cannot start (e.g. a database from the future). */
export type FromServer =
  { type: 'reply'; id: number; envelope: Envelope<unknown> } | { type: 'fatal'; message: string }

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null
}

function isId(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value > 0
}

export function isToServer(value: unknown): value is ToServer {
  if (!isRecord(value)) return false
  if (value.type === 'shutdown') return true
  return (
    value.type === 'call' &&
    isId(value.id) &&
    typeof value.method === 'string' &&
    (value.token === null || typeof value.token === 'string')
  )
}

function isErrorBody(value: unknown): value is ErrorBody {
  return isRecord(value) && typeof value.code === 'string' && typeof value.message === 'string'
}

export function isEnvelope(value: unknown): value is Envelope<unknown> {
  if (!isRecord(value)) return false
  if (value.ok === true) return 'value' in value
  return value.ok === false && isErrorBody(value.error)
}

export function isFromServer(value: unknown): value is FromServer {
  if (!isRecord(value)) return false
  if (value.type === 'fatal') return typeof value.message === 'string'
  return value.type === 'reply' && isId(value.id) && isEnvelope(value.envelope)
}

export function internalError(message: string): Envelope<never> {
  return { ok: false, error: { code: 'INTERNAL', message } }
}
