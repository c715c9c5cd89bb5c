// Handlers of the 入企检查 log: record and void inspections, list them with the repeat flag (乱检查:
// another valid inspection of the same enterprise within the unit's window), and the year's
// statistics with the year-on-year change. Every write is one transaction with its audit entry.
import { addDays } from '../../core/clocks/days'
import {
  changePermille,
  repeatedInspections,
  statsPeriods
} from '../../core/enterprise/inspections'
import type { InspectionView } from '../../shared/enterprise-views'
import { AppError } from '../../shared/errors'
import { appendAudit } from '../audit/repo'
import { actingUser, type CallContext, type Handler } from '../context'
import { assertPeriodOpen } from '../periods/lock'
import {
  getInspection,
  insertInspection,
  insertVoid,
  inspectionCounts,
  listInspections,
  toInspectionView,
  validInspectionsIn,
  validInspectionsOf,
  type InspectionRow
} from './inspection-repo'
import { refuseFutureDate, requireCase, requireUnit, todayIn } from './links'

function repeatWindowDays(ctx: CallContext): number {
  return ctx.discretion.current(ctx.db).config.flexible.inspections.repeatWindowDays
}

/** Views of the rows with their repeat flag, comparing with every valid inspection of the same
 * enterprises within the window around the rows, listed or not. */
function withRepeatFlag(
  ctx: CallContext,
  rows: NonNullable<ReturnType<typeof getInspection>>[]
): InspectionView[] {
  const valid = rows.filter((r) => r.void_reason === null)
  const dates = valid.map((r) => r.on_date).sort()
  const first = dates[0]
  const last = dates[dates.length - 1]
  if (first === undefined || last === undefined) return rows.map((r) => toInspectionView(r, false))
  const window = repeatWindowDays(ctx)
  const neighbours = validInspectionsOf(
    ctx.db,
    [...new Set(valid.map((r) => r.uscc))],
    addDays(first, -window),
    addDays(last, window)
  )
  const repeated = repeatedInspections(neighbours, window)
  return rows.map((r) => toInspectionView(r, r.void_reason === null && repeated.has(r.id)))
}

function viewOf(ctx: CallContext, id: string): InspectionView {
  const row = getInspection(ctx.db, id)
  if (!row) throw new AppError('NOT_FOUND', '入企检查记录不存在。')
  const [view] = withRepeatFlag(ctx, [row])
  if (!view) throw new Error('inspection view missing')
  return view
}

const record: Handler<'inspections/record'> = (input, ctx) => {
  const user = actingUser(ctx)
  const unit = requireUnit(ctx)
  refuseFutureDate(input.on, todayIn(ctx), '检查日期')
  assertPeriodOpen(ctx.db, input.on, '入企检查记录')
  const at = ctx.clock.now().toISOString()
  return ctx.db.transaction(() => {
    if (input.caseId !== null) requireCase(ctx, input.caseId)
    const row: InspectionRow = {
      id: ctx.newId(),
      uscc: input.uscc,
      enterprise_name: input.enterpriseName,
      on_date: input.on,
      agency: input.agency,
      legal_basis: input.legalBasis,
      result: input.result,
      result_note: input.resultNote,
      case_id: input.caseId,
      origin_unit: unit.code,
      created_by: user.id,
      created_at: at
    }
    insertInspection(ctx.db, row)
    const view = viewOf(ctx, row.id)
    appendAudit(ctx.db, {
      at,
      actor: { id: user.id, name: user.displayName },
      action: 'inspections/record',
      entity: 'enterpriseInspection',
      entityId: row.id,
      after: row,
      detail: { uscc: row.uscc, on: row.on_date, repeated: view.repeated }
    })
    return view
  })()
}

const voidInspection: Handler<'inspections/void'> = (input, ctx) => {
  const user = actingUser(ctx)
  const at = ctx.clock.now().toISOString()
  return ctx.db.transaction(() => {
    const row = getInspection(ctx.db, input.inspectionId)
    if (!row) throw new AppError('NOT_FOUND', '入企检查记录不存在。')
    if (row.void_reason !== null) {
      throw new AppError('REFUSED', `该检查记录已于 ${row.voided_at ?? ''} 作废，不能重复作废。`)
    }
    insertVoid(ctx.db, {
      inspectionId: row.id,
      reason: input.reason,
      createdBy: user.id,
      createdAt: at
    })
    appendAudit(ctx.db, {
      at,
      actor: { id: user.id, name: user.displayName },
      action: 'inspections/void',
      entity: 'enterpriseInspection',
      entityId: row.id,
      detail: { reason: input.reason }
    })
    return viewOf(ctx, row.id)
  })()
}

const list: Handler<'inspections/list'> = (input, ctx) =>
  withRepeatFlag(
    ctx,
    listInspections(ctx.db, {
      uscc: input.uscc ?? null,
      from: input.from ?? null,
      to: input.to ?? null
    })
  )

const stats: Handler<'inspections/stats'> = (input, ctx) => {
  const p = statsPeriods(input.year, todayIn(ctx))
  const window = repeatWindowDays(ctx)
  const current = inspectionCounts(ctx.db, p.from, p.to)
  const previous = inspectionCounts(ctx.db, p.previousFrom, p.previousTo)
  const around = validInspectionsIn(ctx.db, addDays(p.from, -window), addDays(p.to, window))
  const repeated = repeatedInspections(around, window)
  return {
    year: input.year,
    count: current.count,
    previousYearCount: previous.count,
    changePermille: changePermille(current.count, previous.count),
    enterprises: current.enterprises,
    // Inspections (not enterprises) of the period that have a neighbour within the window.
    repeated: around.filter((i) => i.on >= p.from && i.on <= p.to && repeated.has(i.id)).length,
    repeatWindowDays: window,
    ...p
  }
}

export const inspectionHandlers = {
  'inspections/record': record,
  'inspections/void': voidInspection,
  'inspections/list': list,
  'inspections/stats': stats
}
