// 公益减罚 (domain.md §5): the party's voluntary application, the officer's verification with
// evidence from the case file, and withdrawal. The engine offsets only verified service, and only
// through the next evaluation (src/server/discretion/handlers.ts), so the reduction reaches the
// decision as a recorded ground and never as a side payment.
import { assertNever } from '../../core/assert'
import { quantityText } from '../../core/flexible/public-service'
import { AppError } from '../../shared/errors'
import type { PublicServiceView } from '../../shared/flexible-views'
import type { UserView } from '../../shared/views'
import { appendAudit } from '../audit/repo'
import { actingUser, type CallContext, type Handler } from '../context'
import { getEvidence } from '../evidence/repo'
import { liveCase, loadCaseState, todayOf } from '../lifecycle/state'
import { getUnit } from '../unit/repo'
import { assertPeriodOpen } from '../periods/lock'
import {
  getPublicService,
  insertPublicServiceEvent,
  publicServiceOfCase,
  type PublicServiceEventRow
} from './public-service-repo'

/** Who may act on a case: its own officers or a head (as for the case's other records). */
function checkHandles(user: UserView, row: { officer1_id: string; officer2_id: string }): void {
  if (user.roles.includes('head') || row.officer1_id === user.id || row.officer2_id === user.id)
    return
  throw new AppError('FORBIDDEN', '只有本案的办案人员或负责人可以办理本案的公益减罚。')
}

/** The case, loaded in the caller's transaction, open to 公益减罚: the decision is not yet made. */
function openCase(ctx: CallContext, user: UserView, caseId: string) {
  const state = loadCaseState(ctx, caseId)
  checkHandles(user, state.row)
  if (state.progress.decision) {
    throw new AppError(
      'REFUSED',
      '本案已作出处理决定；公益减罚只能在作出决定前通过裁量折抵罚款，不能事后折抵。'
    )
  }
  return state
}

function notFuture(ctx: CallContext, on: string, what: string): void {
  if (on > todayOf(ctx)) throw new AppError('REFUSED', `${what}不能晚于今天（${todayOf(ctx)}）。`)
}

function originUnit(ctx: CallContext): string {
  const unit = getUnit(ctx.db)
  if (!unit) throw new AppError('SETUP_REQUIRED', '请先完成首次设置。')
  return unit.code
}

function summary(v: PublicServiceView, tenths: number): string {
  return `${v.serviceName} ${quantityText(v.measure, tenths)}`
}

function audit(
  ctx: CallContext,
  user: UserView,
  action: string,
  v: PublicServiceView,
  before: string | null,
  after: string
): void {
  appendAudit(ctx.db, {
    at: ctx.clock.now().toISOString(),
    actor: { id: user.id, name: user.displayName },
    action,
    entity: 'case',
    entityId: v.caseId,
    after: v,
    detail: {
      applicationId: v.applicationId,
      changes: [{ field: 'publicService', before, after }]
    }
  })
}

function reload(ctx: CallContext, applicationId: string): PublicServiceView {
  const view = getPublicService(ctx.db, applicationId)
  if (!view) throw new Error('public-service application vanished after insert')
  return view
}

/** The application to verify or withdraw, still open (neither verified nor withdrawn). */
function openApplication(ctx: CallContext, user: UserView, applicationId: string) {
  const application = getPublicService(ctx.db, applicationId)
  if (!application) throw new AppError('NOT_FOUND', '公益减罚申请不存在。')
  const state = openCase(ctx, user, application.caseId)
  switch (application.status) {
    case 'applied':
      return { application, state }
    case 'verified':
      throw new AppError('REFUSED', '该公益服务已核实，不能再核实或撤回。')
    case 'withdrawn':
      throw new AppError('REFUSED', '该公益减罚申请已撤回。')
  }
  return assertNever(application.status)
}

/** The columns every row of an application repeats, and who wrote it. */
type Stamped = Pick<
  PublicServiceEventRow,
  | 'case_id'
  | 'service_code'
  | 'service_name'
  | 'measure'
  | 'origin_unit'
  | 'created_by'
  | 'created_at'
>

function eventRow(
  ctx: CallContext,
  user: UserView,
  a: Pick<PublicServiceView, 'caseId' | 'serviceCode' | 'serviceName' | 'measure'>,
  e: Omit<PublicServiceEventRow, keyof Stamped>
): PublicServiceEventRow {
  return {
    ...e,
    case_id: a.caseId,
    service_code: a.serviceCode,
    service_name: a.serviceName,
    measure: a.measure,
    origin_unit: originUnit(ctx),
    created_by: user.id,
    created_at: ctx.clock.now().toISOString()
  }
}

const catalogue: Handler<'publicService/catalogue'> = (_input, ctx) =>
  ctx.discretion.current(ctx.db).config.flexible.publicService.services.map((s) => ({
    code: s.code,
    name: s.name,
    measure: s.measure,
    fenPerUnit: s.fenPerUnit,
    capPercent: s.capPercent,
    basis: s.basis,
    verified: s.verified
  }))

const list: Handler<'publicService/list'> = (input, ctx) => {
  liveCase(ctx, input.caseId)
  return publicServiceOfCase(ctx.db, input.caseId)
}

const apply: Handler<'publicService/apply'> = (input, ctx) => {
  const user = actingUser(ctx)
  const services = ctx.discretion.current(ctx.db).config.flexible.publicService.services
  return ctx.db.transaction(() => {
    const state = openCase(ctx, user, input.caseId)
    const item = services.find((s) => s.code === input.serviceCode)
    if (!item) {
      throw new AppError('REFUSED', `公益服务项目“${input.serviceCode}”不在本单位公益服务目录中。`)
    }
    notFuture(ctx, input.on, '申请日期')
    assertPeriodOpen(ctx.db, input.on, '公益减罚申请')
    if (input.on < state.row.discovered_on) {
      throw new AppError('REFUSED', `申请日期早于案件发现日期（${state.row.discovered_on}）。`)
    }
    const id = ctx.newId()
    const a = {
      caseId: input.caseId,
      serviceCode: item.code,
      serviceName: item.name,
      measure: item.measure
    }
    insertPublicServiceEvent(
      ctx.db,
      eventRow(ctx, user, a, {
        id,
        application_id: id,
        kind: 'apply',
        quantity_tenths: input.quantityTenths,
        on_date: input.on,
        evidence_id: null,
        note: input.statement
      })
    )
    const view = reload(ctx, id)
    audit(
      ctx,
      user,
      'publicService/apply',
      view,
      null,
      `${summary(view, view.appliedTenths)}：自愿申请`
    )
    return view
  })()
}

const verify: Handler<'publicService/verify'> = (input, ctx) => {
  const user = actingUser(ctx)
  return ctx.db.transaction(() => {
    const { application: a } = openApplication(ctx, user, input.applicationId)
    if (input.on < a.appliedOn) {
      throw new AppError('REFUSED', `核实日期不能早于申请日期（${a.appliedOn}）。`)
    }
    notFuture(ctx, input.on, '核实日期')
    assertPeriodOpen(ctx.db, input.on, '公益服务核实记录')
    if (input.quantityTenths > a.appliedTenths) {
      throw new AppError(
        'REFUSED',
        `核实数量不能超过申请数量（${quantityText(a.measure, a.appliedTenths)}）；超出部分须由当事人另行申请。`
      )
    }
    const evidence = getEvidence(ctx.db, input.evidenceId)
    if (!evidence || evidence.caseId !== a.caseId || evidence.withdrawn) {
      throw new AppError('REFUSED', '所选证据不属于本案或已撤回；请选择本案的服务完成证明材料。')
    }
    insertPublicServiceEvent(
      ctx.db,
      eventRow(ctx, user, a, {
        id: ctx.newId(),
        application_id: a.applicationId,
        kind: 'verify',
        quantity_tenths: input.quantityTenths,
        on_date: input.on,
        evidence_id: evidence.id,
        note: input.note
      })
    )
    const view = reload(ctx, a.applicationId)
    audit(
      ctx,
      user,
      'publicService/verify',
      view,
      `${summary(a, a.appliedTenths)}：已申请`,
      `${summary(view, input.quantityTenths)}：经核实完成（证据：${evidence.title}）`
    )
    return view
  })()
}

const withdraw: Handler<'publicService/withdraw'> = (input, ctx) => {
  const user = actingUser(ctx)
  return ctx.db.transaction(() => {
    const { application: a } = openApplication(ctx, user, input.applicationId)
    if (input.on < a.appliedOn) {
      throw new AppError('REFUSED', `撤回日期不能早于申请日期（${a.appliedOn}）。`)
    }
    notFuture(ctx, input.on, '撤回日期')
    assertPeriodOpen(ctx.db, input.on, '公益减罚撤回记录')
    insertPublicServiceEvent(
      ctx.db,
      eventRow(ctx, user, a, {
        id: ctx.newId(),
        application_id: a.applicationId,
        kind: 'withdraw',
        quantity_tenths: null,
        on_date: input.on,
        evidence_id: null,
        note: input.note
      })
    )
    const view = reload(ctx, a.applicationId)
    audit(
      ctx,
      user,
      'publicService/withdraw',
      view,
      `${summary(a, a.appliedTenths)}：已申请`,
      `已撤回：${input.note}`
    )
    return view
  })()
}

export const publicServiceHandlers = {
  'publicService/catalogue': catalogue,
  'publicService/list': list,
  'publicService/apply': apply,
  'publicService/verify': verify,
  'publicService/withdraw': withdraw
}
