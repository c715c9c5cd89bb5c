// The renderer's one way to reach the server: typed by the shared contract, over the Electron bridge
// when it exists and over HTTP to the browser host otherwise. Failures come back as ApiError.
import type { Input, Method, Output } from '../../../shared/api'
import type { Envelope, ErrorBody, ErrorCode, FieldIssue } from '../../../shared/errors'

export class ApiError extends Error {
  readonly code: ErrorCode | 'NETWORK'
  readonly issues: FieldIssue[]
  constructor(body: ErrorBody | { code: 'NETWORK'; message: string }) {
    super(body.message)
    this.name = 'ApiError'
    this.code = body.code
    this.issues = 'issues' in body && body.issues ? body.issues : []
  }
}

// The session token lives in this module's memory only: closing or reloading the window signs out.
let sessionToken: string | null = null
let onSignedOut: (() => void) | null = null

export function setSessionToken(token: string | null): void {
  sessionToken = token
}

/** Called when the server says the session is gone (idle timeout, deactivated account). */
export function onSessionLost(callback: () => void): void {
  onSignedOut = callback
}

async function transport(method: string, input: unknown): Promise<Envelope<unknown>> {
  if (window.yardstick)
    return (await window.yardstick.invoke(method, input, sessionToken)) as Envelope<unknown>
  const headers: Record<string, string> = { 'Content-Type': 'application/json' }
  if (sessionToken) headers['X-Yardstick-Session'] = sessionToken
  let response: Response
  try {
    response = await fetch(`/api/${method}`, {
      method: 'POST',
      headers,
      body: JSON.stringify(input),
      credentials: 'same-origin'
    })
  } catch {
    return { ok: false, error: { code: 'INTERNAL', message: '无法连接到案衡服务。' } }
  }
  return (await response.json()) as Envelope<unknown>
}

export async function call<M extends Method>(method: M, input: Input<M>): Promise<Output<M>> {
  const result = await transport(method, input)
  if (result.ok) return result.value as Output<M>
  if (result.error.code === 'UNAUTHENTICATED' && sessionToken) {
    sessionToken = null
    onSignedOut?.()
  }
  throw new ApiError(result.error)
}
