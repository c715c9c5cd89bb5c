// What the enterprise-supervision handlers share: the unit that owns new rows, today's date in
// Beijing, and the check that a linked case exists.
import { shanghaiDate } from '../../core/text/calendar-date'
import { AppError } from '../../shared/errors'
import type { UnitView } from '../../shared/views'
import type { CallContext } from '../context'
import { prepare } from '../db/statements'
import { getUnit } from '../unit/repo'

export function requireUnit(ctx: CallContext): UnitView {
  const unit = getUnit(ctx.db)
  if (!unit) throw new AppError('SETUP_REQUIRED', '请先完成首次设置。')
  return unit
}

/** Today in Asia/Shanghai: no record may be dated later, and deadlines are compared with it. */
export function todayIn(ctx: CallContext): string {
  return shanghaiDate(ctx.clock.now())
}

/** Refuses a link to a case that does not exist or was deleted (a deleted case is no source). */
export function requireCase(ctx: CallContext, caseId: string): void {
  const row = prepare(ctx.db, 'SELECT 1 AS x FROM cases WHERE id = ? AND deleted_at IS NULL').get(
    caseId
  )
  if (!row) throw new AppError('NOT_FOUND', '关联的案件不存在或已删除。')
}

export function refuseFutureDate(on: string, today: string, what: string): void {
  if (on > today) throw new AppError('REFUSED', `${what}（${on}）不能晚于今天（${today}）。`)
}
