// Errors cross every process boundary as a plain {code, message} envelope: Electron's IPC keeps only an
// Error's message, and JSON over HTTP keeps only data. `message` is Chinese, for users.

export const ERROR_CODES = [
  'VALIDATION', // input failed the shared schema
  'UNAUTHENTICATED', // no valid session
  'FORBIDDEN', // the role may not call this handler
  'NOT_FOUND',
  'CONFLICT', // the record changed since it was read (rev mismatch)
  'REFUSED', // a business rule refuses the request; the message names the rule
  'SETUP_REQUIRED',
  'ALREADY_SET_UP',
  'BAD_CREDENTIALS',
  'UNKNOWN_METHOD',
  'DUPLICATE', // a likely duplicate of a stored record; resend with the acknowledgement to save it
  'INTEGRITY', // a stored file no longer matches its recorded hash
  'INTERNAL'
] as const
export type ErrorCode = (typeof ERROR_CODES)[number]

export type FieldIssue = { path: string; message: string }

export type ErrorBody = { code: ErrorCode; message: string; issues?: FieldIssue[] }

export type Envelope<T> = { ok: true; value: T } | { ok: false; error: ErrorBody }

/** An error a handler throws on purpose; the dispatcher turns it into an envelope. */
export class AppError extends Error {
  readonly code: ErrorCode
  readonly issues: FieldIssue[] | undefined
  constructor(code: ErrorCode, message: string, issues?: FieldIssue[]) {
    super(message)
    this.name = 'AppError'
    this.code = code
    this.issues = issues
  }
  toBody(): ErrorBody {
    return this.issues
      ? { code: this.code, message: this.message, issues: this.issues }
      : { code: this.code, message: this.message }
  }
}
