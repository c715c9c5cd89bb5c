// What a statistics call reads: the period, the unit, today's date and the counting options, taken
// once from the input, the clock and the unit configuration.
import type { CountingOptions } from '../../core/statistics/metrics'
import type { Period } from '../../core/statistics/period'
import { shanghaiDate } from '../../core/text/calendar-date'
import { AppError } from '../../shared/errors'
import type { CallContext } from '../context'
import { getUnit } from '../unit/repo'
import { syncCaseFacts } from './case-facts'

export type StatsScope = {
  period: Period
  unitCode: string
  unitName: string
  options: CountingOptions
  revenueWarningPermille: number
}

export function statsScope(
  ctx: CallContext,
  input: { from: string; to: string; includeRevoked?: boolean | undefined }
): StatsScope {
  const unit = getUnit(ctx.db)
  if (!unit) throw new AppError('SETUP_REQUIRED', '请先完成首次设置。')
  const config = ctx.discretion.current(ctx.db).config.statistics
  // The projection catches up with every write since the last count (see case-facts.ts).
  syncCaseFacts(ctx.db)
  return {
    period: { from: input.from, to: input.to },
    unitCode: unit.code,
    unitName: unit.name,
    options: {
      includeRevoked: input.includeRevoked ?? config.includeRevoked,
      asOf: shanghaiDate(ctx.clock.now())
    },
    revenueWarningPermille: config.revenueWarningPermille
  }
}
