// What a statistics call reads: the period, the unit, today's date and the counting options, taken
// once from the input, the clock and the unit configuration.
import type { CountingOptions } from '../../core/statistics/metrics'
import type { Period } from '../../core/statistics/period'
import { shanghaiDate } from '../../core/text/calendar-date'
import { AppError } from '../../shared/errors'
import type { CallContext } from '../context'
import { getUnit } from '../unit/repo'
import { knownUnitName } from '../exchange/sources'
import { syncCaseFacts } from './case-facts'

export type StatsScope = {
  period: Period
  /** Null counts every unit in the database (the consolidated figures). */
  unitCode: string | null
  unitName: string
  options: CountingOptions
  revenueWarningPermille: number
}

export function statsScope(
  ctx: CallContext,
  input: {
    from: string
    to: string
    includeRevoked?: boolean | undefined
    unit?: string | undefined
  }
): StatsScope {
  const unit = getUnit(ctx.db)
  if (!unit) throw new AppError('SETUP_REQUIRED', '请先完成首次设置。')
  const config = ctx.discretion.current(ctx.db).config.statistics
  // The projection catches up with every write since the last count (see case-facts.ts).
  syncCaseFacts(ctx.db)
  return {
    period: { from: input.from, to: input.to },
    ...scopeUnit(ctx, unit, input.unit),
    options: {
      includeRevoked: input.includeRevoked ?? config.includeRevoked,
      asOf: shanghaiDate(ctx.clock.now())
    },
    revenueWarningPermille: config.revenueWarningPermille
  }
}

/** The own unit by default; 'all' for the consolidated figures; another code for one imported unit. */
function scopeUnit(
  ctx: CallContext,
  own: { code: string; name: string },
  requested: string | undefined
): { unitCode: string | null; unitName: string } {
  if (requested === undefined || requested === own.code)
    return { unitCode: own.code, unitName: own.name }
  if (requested === 'all') return { unitCode: null, unitName: `${own.name}（汇总）` }
  return { unitCode: requested, unitName: knownUnitName(ctx.db, requested) ?? requested }
}
