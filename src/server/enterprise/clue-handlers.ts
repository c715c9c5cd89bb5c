// Handlers of the 涉企问题线索 register: register a clue (numbered per unit and year), record a step
// behind the lifecycle guards, list and read. Every write is one transaction with its audit entry.
import { addDays } from '../../core/clocks/days'
import {
  applyClueStep,
  clueStepRefusal,
  foldClue,
  nextClueSteps,
  type ClueStep
} from '../../core/enterprise/clues'
import { CLUE_STEP_ZH } from '../../core/enterprise/vocabulary'
import { assertNever } from '../../core/assert'
import type { ClueDetailView } from '../../shared/enterprise-views'
import { AppError } from '../../shared/errors'
import type { ClueStepInput } from '../../shared/schemas/enterprise'
import { appendAudit } from '../audit/repo'
import { actingUser, type CallContext, type Handler } from '../context'
import { assertPeriodOpen } from '../periods/lock'
import { getDocPrefix, getUnit } from '../unit/repo'
import {
  clueStepViews,
  getClueRow,
  getClueView,
  insertClue,
  insertClueStep,
  listClues,
  nextClueNumber,
  rewriteClue,
  toClueStep
} from './clue-repo'
import { refuseFutureDate, requireUnit, todayIn } from './links'

function detail(ctx: CallContext, id: string, today: string): ClueDetailView {
  const view = getClueView(ctx.db, id, today)
  if (!view) throw new AppError('NOT_FOUND', '线索不存在。')
  const steps = clueStepViews(ctx.db, id)
  const state = foldClue(view, steps.map(toClueStep))
  return { ...view, steps, nextSteps: nextClueSteps(state) }
}

function toStep(input: ClueStepInput): ClueStep {
  switch (input.kind) {
    case 'transfer':
      return {
        kind: 'transfer',
        on: input.on,
        toAgency: input.toAgency,
        deadlineOn: input.deadlineOn
      }
    case 'urge':
      return { kind: 'urge', on: input.on, deadlineOn: input.deadlineOn }
    case 'handle':
      return { kind: 'handle', on: input.on, finding: input.finding }
    case 'feedback':
      return { kind: 'feedback', on: input.on }
    case 'refer':
      return { kind: 'refer', on: input.on, toAgency: input.toAgency }
    default:
      return assertNever(input)
  }
}

function conflict(): AppError {
  return new AppError(
    'CONFLICT',
    '该线索已被他人修改。为避免覆盖对方的修改，本次未保存；请刷新后重试。'
  )
}

const register: Handler<'clues/register'> = (input, ctx) => {
  const user = actingUser(ctx)
  const unit = requireUnit(ctx)
  const today = todayIn(ctx)
  refuseFutureDate(input.receivedOn, today, '线索受理日期')
  assertPeriodOpen(ctx.db, input.receivedOn, '线索')
  const days = ctx.discretion.current(ctx.db).config.flexible.clues.defaultDeadlineDays
  const deadlineOn = input.deadlineOn ?? addDays(input.receivedOn, days)
  if (deadlineOn < input.receivedOn) {
    throw new AppError(
      'REFUSED',
      `办理期限（${deadlineOn}）不能早于线索受理日期（${input.receivedOn}）。`
    )
  }
  const at = ctx.clock.now().toISOString()
  const id = ctx.newId()
  return ctx.db.transaction(() => {
    // Numbered by the year it is registered in, like a 文号: the number exists from that day on.
    const head = `${getDocPrefix(ctx.db)}线索〔${today.slice(0, 4)}〕`
    const clueNumber = nextClueNumber(ctx.db, head, getUnit(ctx.db)?.code ?? '')
    const row = {
      id,
      clue_number: clueNumber,
      received_on: input.receivedOn,
      channel: input.channel,
      reporter: input.reporter,
      uscc: input.uscc,
      enterprise_name: input.enterpriseName,
      agency: input.agency,
      problem_type: input.problemType,
      amount_fen: input.amountFen,
      summary: input.summary,
      deadline_on: deadlineOn,
      status: 'registered' as const,
      handled_on: null,
      finding: null,
      referred: 0,
      rev: 1,
      origin_unit: unit.code,
      created_by: user.id,
      created_at: at
    }
    insertClue(ctx.db, row)
    appendAudit(ctx.db, {
      at,
      actor: { id: user.id, name: user.displayName },
      action: 'clues/register',
      entity: 'enterpriseClue',
      entityId: id,
      after: row,
      detail: { clueNumber, uscc: input.uscc, deadlineOn }
    })
    return detail(ctx, id, today)
  })()
}

const step: Handler<'clues/step'> = (input, ctx) => {
  const user = actingUser(ctx)
  const today = todayIn(ctx)
  const at = ctx.clock.now().toISOString()
  const next = toStep(input)
  return ctx.db.transaction(() => {
    const row = getClueRow(ctx.db, input.clueId)
    if (!row) throw new AppError('NOT_FOUND', '线索不存在。')
    if (row.rev !== input.rev) throw conflict()
    const steps = clueStepViews(ctx.db, row.id).map(toClueStep)
    const before = foldClue({ receivedOn: row.received_on, deadlineOn: row.deadline_on }, steps)
    const refusal = clueStepRefusal(before, next, today)
    if (refusal) throw new AppError('REFUSED', refusal)
    assertPeriodOpen(ctx.db, input.on, '线索办理记录')
    const after = applyClueStep(before, next)
    const stepId = ctx.newId()
    insertClueStep(ctx.db, {
      id: stepId,
      clueId: row.id,
      step: next,
      note: input.note,
      createdBy: user.id,
      createdAt: at
    })
    if (!rewriteClue(ctx.db, row.id, input.rev, after, at)) throw conflict()
    appendAudit(ctx.db, {
      at,
      actor: { id: user.id, name: user.displayName },
      action: 'clues/step',
      entity: 'enterpriseClue',
      entityId: row.id,
      before,
      after,
      detail: {
        stepId,
        kind: next.kind,
        step: CLUE_STEP_ZH[next.kind],
        on: next.on,
        changes:
          before.status === after.status
            ? []
            : [{ field: 'status', before: before.status, after: after.status }]
      }
    })
    return detail(ctx, row.id, today)
  })()
}

const list: Handler<'clues/list'> = (input, ctx) =>
  listClues(ctx.db, { status: input.status, uscc: input.uscc ?? null }, todayIn(ctx))

const get: Handler<'clues/get'> = (input, ctx) => detail(ctx, input.clueId, todayIn(ctx))

export const clueHandlers = {
  'clues/register': register,
  'clues/step': step,
  'clues/list': list,
  'clues/get': get
}
