import type { z } from 'zod'
import { inputSchemas, isMethod, type Method } from '../shared/api'
import { AppError, type Envelope, type FieldIssue } from '../shared/errors'
import { isValidationKey, validationZh } from '../shared/i18n/validation-messages'
import { appendAudit } from './audit/repo'
import type { CallContext, Handler, ServerDeps } from './context'
import { handlers } from './handlers'
import { allows, PERMISSIONS } from './permissions'
import { isPeriodClosedError, PERIOD_CLOSED_MESSAGE } from './periods/lock'
import { getUser } from './users/repo'

function issuesOf(error: z.ZodError): FieldIssue[] {
  return error.issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    message: isValidationKey(issue.message)
      ? validationZh[issue.message]
      : validationZh['v.invalid']
  }))
}

function resolveUser(deps: ServerDeps, token: string | null) {
  if (!token) return null
  const userId = deps.sessions.touch(token, deps.clock.now().getTime())
  if (!userId) return null
  const user = getUser(deps.db, userId)
  return user && user.active ? user : null
}

async function run<M extends Method>(
  deps: ServerDeps,
  method: M,
  rawInput: unknown,
  token: string | null
) {
  const user = resolveUser(deps, token)
  const permission = PERMISSIONS[method]
  if (!allows(permission, user?.roles ?? null)) {
    if (!user) throw new AppError('UNAUTHENTICATED', '请先登录，或登录已超时。')
    // Every denial is recorded: a refused call is evidence too.
    appendAudit(deps.db, {
      at: deps.clock.now().toISOString(),
      actor: { id: user.id, name: user.displayName },
      action: 'auth/denied',
      entity: 'handler',
      entityId: method
    })
    throw new AppError('FORBIDDEN', '您的角色无权执行此操作。')
  }
  const parsed = inputSchemas[method].safeParse(rawInput ?? {})
  if (!parsed.success) {
    const issues = issuesOf(parsed.error)
    const first = issues[0]
    throw new AppError('VALIDATION', first ? `输入有误：${first.message}` : '输入有误。', issues)
  }
  const ctx: CallContext = { ...deps, user, sessionToken: token }
  const handler = handlers[method] as Handler<M>
  return handler(parsed.data as never, ctx)
}

const BUSY_MESSAGE =
  '数据库正被另一项操作占用（例如正在导入数据包），本次操作未完成，数据未被修改。请稍后重试。'

function isBusyError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code
  return (
    error instanceof Error &&
    error.name === 'SqliteError' &&
    (code === 'SQLITE_BUSY' || code === 'SQLITE_BUSY_SNAPSHOT')
  )
}

export type Logger = (message: string, error: unknown) => void

/**
 * The single entry point of every transport (Electron IPC, HTTP host, CLI, tests): resolves the session,
 * checks the permission, validates the input with the shared schema, runs the handler, and turns any
 * failure into a {code, message} envelope. Unexpected errors are logged and never leak internals.
 */
export async function dispatch(
  deps: ServerDeps,
  method: string,
  rawInput: unknown,
  token: string | null,
  log: Logger = (m, e) => console.error(m, e)
): Promise<Envelope<unknown>> {
  if (!isMethod(method))
    return {
      ok: false,
      error: { code: 'UNKNOWN_METHOD', message: `未知的操作：${method.slice(0, 64)}` }
    }
  try {
    return { ok: true, value: await run(deps, method, rawInput, token) }
  } catch (error) {
    if (error instanceof AppError) return { ok: false, error: error.toBody() }
    // A period-lock trigger (结账) aborted the write: a refusal, not a fault.
    if (isPeriodClosedError(error)) {
      return { ok: false, error: { code: 'REFUSED', message: PERIOD_CLOSED_MESSAGE } }
    }
    // Another connection holds the write lock: a package being merged in its worker, or the CLI.
    // The statement failed before changing anything; the user can simply try again.
    if (isBusyError(error)) {
      return { ok: false, error: { code: 'REFUSED', message: BUSY_MESSAGE } }
    }
    log(`handler ${method} failed`, error)
    return {
      ok: false,
      error: {
        code: 'INTERNAL',
        message: '内部错误，操作未完成，数据未被修改。请重试或联系管理员。'
      }
    }
  }
}
