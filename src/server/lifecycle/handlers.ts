// Handlers of the case procedure: read the progress, record an action behind its legal guards, and
// record fine payments. Every write is one transaction with its audit entry.
import { availableActions } from '../../core/lifecycle/available'
import { needsHead, needsReviewer, type LifecycleAction } from '../../core/lifecycle/actions'
import { checkAction, STATUS_ZH } from '../../core/lifecycle/guards'
import { applyAction } from '../../core/lifecycle/progress'
import { AppError } from '../../shared/errors'
import type { CaseProgressView } from '../../shared/lifecycle-views'
import { toLifecycleAction } from '../../shared/schemas/lifecycle'
import type { UserView } from '../../shared/views'
import { appendAudit } from '../audit/repo'
import { actingUser, type CallContext, type Handler } from '../context'
import { setCaseStatus, setFiledOn, touchCase } from '../cases/repo'
import { blockingMessage, caseChecks, recordOutcome } from '../review/checks'
import { insertEducation } from '../flexible/education-repo'
import { getUnit } from '../unit/repo'
import { assertPeriodOpen } from '../periods/lock'
import { serviceNotEvaluated } from '../flexible/public-service-repo'
import { caseEvents, getPayment, insertEvent, insertPayment } from './repo'
import {
  balanceFor,
  guardContext,
  loadCaseState,
  refreshDerivedDates,
  todayOf,
  workingCalendar,
  type CaseState
} from './state'

function progressView(ctx: CallContext, state: CaseState): CaseProgressView {
  const loaded = ctx.calendar.current()
  const money = loaded.ok
    ? balanceFor(loaded.calendar, state, todayOf(ctx))
    : { balance: null, problem: `工作日历不可用：${loaded.problem}` }
  return {
    caseId: state.row.id,
    caseNumber: state.row.case_number,
    status: state.progress.status,
    rev: state.row.rev,
    progress: state.progress,
    events: caseEvents(ctx.db, state.row.id),
    available: availableActions(state.progress),
    payments: state.payments,
    balance: money.balance,
    balanceProblem: money.problem
  }
}

const isOfficerOf = (user: UserView, state: CaseState) =>
  state.row.officer1_id === user.id || state.row.officer2_id === user.id

/** Who may record which action on this case. */
function checkActor(user: UserView, state: CaseState, action: LifecycleAction): void {
  if (needsReviewer(action.kind)) {
    if (!user.roles.includes('reviewer')) {
      throw new AppError(
        'FORBIDDEN',
        '法制审核意见只能由法制审核人员记录（《行政处罚法》第五十八条）。'
      )
    }
    if (isOfficerOf(user, state)) {
      throw new AppError(
        'FORBIDDEN',
        '办案人员不得审核本人承办的案件（《行政处罚法》第五十八条）。'
      )
    }
    return
  }
  if (needsHead(action.kind)) {
    if (!user.roles.includes('head')) {
      throw new AppError(
        'FORBIDDEN',
        '延长办案期限、延期或分期缴纳、结案和归档须经行政机关负责人批准，只能由负责人记录。'
      )
    }
    return
  }
  if (user.roles.includes('head') || isOfficerOf(user, state)) return
  throw new AppError('FORBIDDEN', '只有本案的办案人员或负责人可以办理本案。')
}

/** Runs the checks at the step about to be taken, on the penalty it names, and refuses on a
 * statutory bar. */
function blockIfChecksForbid(
  ctx: CallContext,
  before: CaseState,
  action: Extract<LifecycleAction, { kind: 'notify' | 'decide' }>
): void {
  const penalty =
    action.kind === 'notify' ? action.penalty : action.outcome === 'penalty' ? action.penalty : null
  const checks = caseChecks(ctx, before, {
    penalty,
    checkpoint: action.kind === 'notify' ? 'notice' : 'decision'
  })
  if (!checks.ok) return
  const message = blockingMessage(checks.flags)
  if (message) throw new AppError('REFUSED', message)
}

function proposesPenalty(a: LifecycleAction): boolean {
  return (
    a.kind === 'notify' ||
    a.kind === 'decideOnTheSpot' ||
    (a.kind === 'decide' && a.outcome === 'penalty')
  )
}

/** 公益减罚 reaches the decision only through an evaluation that counted the verified service. */
function refuseStaleServiceEvaluation(ctx: CallContext, caseId: string): void {
  const missing = serviceNotEvaluated(ctx.db, caseId)
  if (missing) {
    throw new AppError(
      'REFUSED',
      `已核实的公益服务（${missing}）尚未计入裁量评估：请先重新评估，使折抵计入告知和决定。`
    )
  }
}

function conflict(): AppError {
  return new AppError(
    'CONFLICT',
    '该案件已被他人修改。为避免覆盖对方的修改，本次未保存；请刷新后重试。'
  )
}

const progress: Handler<'cases/progress'> = (input, ctx) =>
  progressView(ctx, loadCaseState(ctx, input.id))

const act: Handler<'cases/act'> = (input, ctx) => {
  const user = actingUser(ctx)
  const action = toLifecycleAction(input.action)
  if (!action) {
    const a = input.action
    const education = a.kind === 'decide' && (a.outcome === 'noPenalty') === (a.education === null)
    throw new AppError(
      'VALIDATION',
      '决定结果与处罚内容或教育记录不一致：给予处罚须填写处罚内容，不填写教育记录；不予处罚不填写处罚内容，须填写对当事人的教育和回访日期（《中华人民共和国行政处罚法》第三十三条第三款）。',
      [
        education
          ? { path: 'action.education', message: '教育记录与决定结果不一致' }
          : { path: 'action.penalty', message: '处罚内容与决定结果不一致' }
      ]
    )
  }
  const unit = getUnit(ctx.db)
  if (!unit) throw new AppError('SETUP_REQUIRED', '请先完成首次设置。')
  const at = ctx.clock.now().toISOString()
  return ctx.db.transaction(() => {
    const before = loadCaseState(ctx, input.id)
    checkActor(user, before, action)
    if (before.row.rev !== input.rev) throw conflict()
    assertPeriodOpen(ctx.db, action.on, '办案记录')
    if (action.kind === 'decide' && action.outcome === 'noPenalty') {
      assertPeriodOpen(ctx.db, action.education.educatedOn, '教育记录')
    }
    const refusal = checkAction(before.progress, action, guardContext(ctx, before))
    if (refusal) throw new AppError('REFUSED', refusal.message)
    // The consistency review runs before the notice and before the decision (issue 5): what a
    // statute forbids (a fine above the maximum, a mandatory exemption ignored) is refused here.
    if (action.kind === 'notify' || action.kind === 'decide')
      blockIfChecksForbid(ctx, before, action)
    if (proposesPenalty(action)) refuseStaleServiceEvaluation(ctx, input.id)
    insertEvent(ctx.db, {
      id: ctx.newId(),
      caseId: input.id,
      action,
      originUnit: unit.code,
      createdBy: user.id,
      createdAt: at
    })
    if (action.kind === 'decide' && action.outcome === 'noPenalty') {
      insertEducation(ctx.db, {
        caseId: input.id,
        education: action.education,
        originUnit: unit.code,
        createdBy: user.id,
        createdAt: at
      })
    }
    if (!touchCase(ctx.db, input.id, input.rev, at)) throw conflict()
    // The new stage is the fold with this action; the row is reloaded once the columns are written.
    const status = applyAction(before.progress, action).status
    if (status !== before.row.status) setCaseStatus(ctx.db, input.id, status)
    if (action.kind === 'file') setFiledOn(ctx.db, input.id, action.on)
    const state = loadCaseState(ctx, input.id)
    refreshDerivedDates(ctx, state)
    if (action.kind === 'decide' || action.kind === 'decideOnTheSpot') recordOutcome(ctx, state)
    appendAudit(ctx.db, {
      at,
      actor: { id: user.id, name: user.displayName },
      action: 'cases/act',
      entity: 'case',
      entityId: input.id,
      after: action,
      detail: {
        kind: action.kind,
        on: action.on,
        changes:
          before.row.status === state.progress.status
            ? []
            : [
                {
                  field: 'status',
                  before: before.row.status,
                  after: state.progress.status
                }
              ]
      }
    })
    return progressView(ctx, state)
  })()
}

const recordPayment: Handler<'payments/record'> = (input, ctx) => {
  const user = actingUser(ctx)
  const unit = getUnit(ctx.db)
  if (!unit) throw new AppError('SETUP_REQUIRED', '请先完成首次设置。')
  const at = ctx.clock.now().toISOString()
  return ctx.db.transaction(() => {
    const state = loadCaseState(ctx, input.caseId)
    if (!user.roles.includes('head') && !isOfficerOf(user, state)) {
      throw new AppError('FORBIDDEN', '只有本案的办案人员或负责人可以登记缴款。')
    }
    const d = state.progress.decision
    if (!d || d.outcome !== 'penalty' || d.penalty.fineFen === null || !state.progress.service) {
      throw new AppError('REFUSED', '本案尚无已送达的罚款决定，不能登记缴款。')
    }
    if (state.progress.status === 'CLOSED' || state.progress.status === 'ARCHIVED') {
      throw new AppError('REFUSED', `案件已${STATUS_ZH[state.progress.status]}，不能再登记缴款。`)
    }
    if (input.paidOn > todayOf(ctx)) throw new AppError('REFUSED', '缴款日期不能晚于今天。')
    assertPeriodOpen(ctx.db, input.paidOn, '缴款记录')
    if (input.paidOn < state.progress.service.on) {
      throw new AppError('REFUSED', '缴款日期不能早于决定书送达日。')
    }
    let amount = input.amountFen
    if (input.reversesId) {
      const original = getPayment(ctx.db, input.reversesId)
      if (!original || original.case_id !== input.caseId || original.reverses_id !== null) {
        throw new AppError('REFUSED', '要冲正的缴款记录不存在，或本身就是冲正记录。')
      }
      if (state.payments.some((p) => p.reversesId === input.reversesId)) {
        throw new AppError('REFUSED', '该缴款记录已冲正过。')
      }
      if (input.amountFen !== original.amount_fen) {
        throw new AppError('REFUSED', '冲正金额须与原缴款金额相同。')
      }
      amount = -original.amount_fen
    }
    const id = ctx.newId()
    insertPayment(ctx.db, {
      id,
      caseId: input.caseId,
      paidOn: input.paidOn,
      amountFen: amount,
      receiptNo: input.receiptNo,
      note: input.note,
      reversesId: input.reversesId ?? null,
      originUnit: unit.code,
      createdBy: user.id,
      createdAt: at
    })
    const after = loadCaseState(ctx, input.caseId)
    refreshDerivedDates(ctx, after)
    const calendar = workingCalendar(ctx)
    const { balance } = balanceFor(calendar, after, input.paidOn)
    appendAudit(ctx.db, {
      at,
      actor: { id: user.id, name: user.displayName },
      action: 'payments/record',
      entity: 'case',
      entityId: input.caseId,
      after: { id, paidOn: input.paidOn, amountFen: amount, receiptNo: input.receiptNo },
      detail: {
        paymentId: id,
        amountFen: amount,
        reverses: input.reversesId ?? null,
        outstandingFen: balance?.outstandingFen ?? null,
        changes: []
      }
    })
    const view = after.payments.find((p) => p.id === id)
    if (!view) throw new Error('payment not found after insert')
    return view
  })()
}

export const lifecycleHandlers = {
  'cases/progress': progress,
  'cases/act': act,
  'payments/record': recordPayment
}
