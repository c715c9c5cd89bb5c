// Period close (结账, issue 8 §4): the head closes a reporting period, freezing its statistics and
// locking the records dated in it; the administrator reopens one with a reason. Both are audited.
import { dateZh } from '../../core/discretion/citation'
import { shanghaiDate } from '../../core/text/calendar-date'
import { canonicalJson } from '../../core/text/canonical-json'
import { AppError } from '../../shared/errors'
import type { PeriodCloseView, PeriodUnitScope } from '../../shared/period-views'
import { appendAudit } from '../audit/repo'
import { actingUser, type CallContext, type Handler } from '../context'
import { periodStatistics } from '../statistics/period-view'
import { statsScope } from '../statistics/scope'
import { getUnit } from '../unit/repo'
import {
  closeView,
  getClose,
  insertClose,
  listCloses,
  markReopened,
  overlappingClose
} from './repo'

function mustView(ctx: CallContext, id: string): PeriodCloseView {
  const row = getClose(ctx.db, id)
  if (!row) throw new AppError('NOT_FOUND', '结账记录不存在。')
  return closeView(row)
}

/** The own unit's figures (no unit, or its own code) or the consolidated ones ('all'). */
function closeScope(ctx: CallContext, unit: string | undefined): PeriodUnitScope {
  const own = getUnit(ctx.db)
  if (!own) throw new AppError('SETUP_REQUIRED', '请先完成首次设置。')
  if (unit === 'all') return 'all'
  if (unit === undefined || unit === own.code) return 'own'
  throw new AppError('REFUSED', '只能对本单位或全部单位（汇总）的统计结账。')
}

const list: Handler<'periods/list'> = (_input, ctx) => listCloses(ctx.db)

const close: Handler<'periods/close'> = (input, ctx) => {
  const user = actingUser(ctx)
  const unitScope = closeScope(ctx, input.unit)
  const today = shanghaiDate(ctx.clock.now())
  if (input.to > today) {
    throw new AppError(
      'REFUSED',
      `期间尚未结束：截止日期${dateZh(input.to)}晚于今天（${dateZh(today)}），不能结账。`
    )
  }
  const at = ctx.clock.now().toISOString()
  const id = ctx.newId()
  ctx.db.transaction(() => {
    const overlap = overlappingClose(ctx.db, input, unitScope)
    if (overlap) {
      throw new AppError(
        'REFUSED',
        `与已结账的${dateZh(overlap.from_on)}至${dateZh(overlap.to_on)}重叠，不能结账；如需更正该期间，请由管理员重新开账。`
      )
    }
    // Counted inside the transaction that writes the lock: no record can slip in between.
    const scope = statsScope(ctx, { from: input.from, to: input.to, unit: input.unit })
    const view = periodStatistics(ctx, scope)
    insertClose(ctx.db, {
      id,
      from_on: input.from,
      to_on: input.to,
      unit_scope: unitScope,
      include_revoked: view.meta.includeRevoked ? 1 : 0,
      snapshot: canonicalJson(view),
      data_hash: view.meta.dataHash,
      closed_by: user.id,
      closed_at: at
    })
    appendAudit(ctx.db, {
      at,
      actor: { id: user.id, name: user.displayName },
      action: 'periods/close',
      entity: 'period',
      entityId: id,
      after: view,
      detail: {
        from: input.from,
        to: input.to,
        unitScope,
        includeRevoked: view.meta.includeRevoked,
        dataHash: view.meta.dataHash
      }
    })
  })()
  return mustView(ctx, id)
}

const reopen: Handler<'periods/reopen'> = (input, ctx) => {
  const user = actingUser(ctx)
  const at = ctx.clock.now().toISOString()
  ctx.db.transaction(() => {
    const row = getClose(ctx.db, input.id)
    if (!row) throw new AppError('NOT_FOUND', '结账记录不存在。')
    if (row.reopened_at !== null || !markReopened(ctx.db, row.id, user.id, at, input.reason)) {
      throw new AppError('REFUSED', '该期间已重新开账。')
    }
    appendAudit(ctx.db, {
      at,
      actor: { id: user.id, name: user.displayName },
      action: 'periods/reopen',
      entity: 'period',
      entityId: row.id,
      before: { id: row.id, dataHash: row.data_hash, closedAt: row.closed_at },
      detail: {
        from: row.from_on,
        to: row.to_on,
        unitScope: row.unit_scope,
        reason: input.reason
      }
    })
  })()
  return mustView(ctx, input.id)
}

export const periodHandlers = {
  'periods/list': list,
  'periods/close': close,
  'periods/reopen': reopen
}
